#pragma once

#include "core/export/ReportWriter.h"

namespace sift {

/// A report as PDF: A4 or Letter, the title and "page n of m" in a footer on every page, fonts that
/// cover Arabic and Cyrillic embedded.
class PdfReportWriter final : public ReportWriter
{
public:
    QString write(const ReportDocument &doc, QIODevice &out) override;

    int pageCount() const { return m_pages; } ///< pages of the last document written

private:
    int m_pages = 0;
};

} // namespace sift

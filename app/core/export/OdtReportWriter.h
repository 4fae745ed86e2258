#pragma once

#include "core/export/ReportWriter.h"

namespace sift {

/// A report as OpenDocument text (opens in LibreOffice and Word), written by Qt's ODF writer from the
/// same QTextDocument the PDF is printed from.
class OdtReportWriter final : public ReportWriter
{
public:
    QString write(const ReportDocument &doc, QIODevice &out) override;
};

} // namespace sift

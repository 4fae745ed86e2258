#pragma once

#include "core/export/ReportWriter.h"

namespace sift {

struct ReportBlock;
struct ReportSectionBlock;
struct ReportSpan;

/// A report as one self-contained HTML file: styles inline, the chart embedded as a data: URI, every
/// piece of user text escaped.
class HtmlReportWriter final : public ReportWriter
{
public:
    QString write(const ReportDocument &doc, QIODevice &out) override;

    static QString toHtml(const ReportDocument &doc);

private:
    static QString section(const ReportSectionBlock &section);
    static QString block(const ReportBlock &block);
    static QString spans(const QList<ReportSpan> &spans);
};

} // namespace sift

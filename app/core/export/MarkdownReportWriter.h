#pragma once

#include "core/export/ReportWriter.h"

#include <QList>

namespace sift {

struct ReportBlock;
struct ReportSpan;

/// A report as GitHub-flavoured Markdown: claims in **bold** with [^n] footnotes, tables as pipe tables,
/// the chart as an embedded data: URI. User text is escaped so it never turns into markup.
class MarkdownReportWriter final : public ReportWriter
{
public:
    QString write(const ReportDocument &doc, QIODevice &out) override;

    static QString toMarkdown(const ReportDocument &doc);
    static QString escape(const QString &text); ///< backslash-escapes what Markdown would read as markup

private:
    static QString block(const ReportBlock &block);
    static QString spans(const QList<ReportSpan> &spans, bool inTable);
};

} // namespace sift

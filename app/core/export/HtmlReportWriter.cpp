#include "core/export/HtmlReportWriter.h"

#include "core/domain/Translation.h"
#include "core/export/ReportDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

namespace sift {

namespace {

/// Escapes user text for element content and double-quoted attributes; line breaks become <br>.
QString esc(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    out.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return out;
}

QString swatch(const QColor &color)
{
    if (!color.isValid())
        return {};
    return QStringLiteral("<span class=\"swatch\" style=\"background-color:%1\"></span>").arg(color.name());
}

QString pngDataUri(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString styleSheet(PaperSize paper)
{
    return QStringLiteral(R"(@page { size: %1; margin: 18mm 16mm 20mm 16mm; }
body { font-family: "Noto Sans", "DejaVu Sans", "Noto Sans Arabic", "Noto Naskh Arabic", Arial, sans-serif;
  color: #1d232b; background: #ffffff; max-width: 54rem; margin: 2.5rem auto; padding: 0 1.5rem;
  font-size: 15px; line-height: 1.55; }
header.report { border-bottom: 3px solid #1d3557; padding-bottom: 0.9rem; margin-bottom: 1.2rem; }
header.report h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.4rem 0; color: #1d3557; }
header.report p { margin: 0.2rem 0; }
nav.contents { font-size: 0.9rem; color: #5b6573; margin-bottom: 1.5rem; }
nav.contents a { color: #1d3557; }
h2 { font-size: 1.4rem; color: #1d3557; border-bottom: 1px solid #d7dce2; padding-bottom: 0.2rem;
  margin: 2.4rem 0 0.8rem 0; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 0.3rem 0; }
h4 { font-size: 1rem; margin: 1.2rem 0 0.3rem 0; }
p { margin: 0.45rem 0; }
.muted { color: #5b6573; }
.nowrap { white-space: nowrap; }
a { color: #1d4f91; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.1rem 0; font-size: 0.86rem; }
th, td { border-bottom: 1px solid #d7dce2; padding: 0.35rem 0.45rem; text-align: left; vertical-align: top; }
th { background-color: #eef1f5; font-weight: 600; }
td.num, th.num { text-align: right; }
caption { caption-side: bottom; text-align: left; color: #5b6573; font-size: 0.85rem; padding-top: 0.3rem; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; margin-right: 0.4em;
  vertical-align: -0.05em; border: 1px solid rgba(0, 0, 0, 0.25); }
mark.claim { color: inherit; border-radius: 2px; padding: 0 0.08em; }
sup.fn { font-size: 0.72em; font-weight: 700; }
sup.fn a { text-decoration: none; }
article.annotated { margin-bottom: 2rem; }
ol.footnotes { font-size: 0.86rem; border-top: 1px solid #d7dce2; margin-top: 0.8rem; padding-top: 0.6rem;
  padding-left: 2rem; }
ol.footnotes li { margin-bottom: 0.7rem; }
ol.footnotes q { font-style: italic; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.05rem 0.9rem; margin: 0.25rem 0 0 0; }
dl.fields dt { color: #5b6573; }
dl.fields dd { margin: 0; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #d7dce2; }
figcaption { color: #5b6573; font-size: 0.86rem; margin-top: 0.3rem; }
footer.generated { color: #5b6573; font-size: 0.8rem; border-top: 1px solid #d7dce2; margin-top: 3rem;
  padding-top: 0.5rem; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  section.page { break-before: page; }
  figure img { width: 100%; }
  tr, li, figure { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  nav.contents { display: none; }
}
)")
        .arg(paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("A4"));
}

QString fields(const QList<ReportField> &list)
{
    QString out = QStringLiteral("<dl class=\"fields\">");
    for (const ReportField &f : list) {
        QString value = esc(f.value);
        if (!f.link.isEmpty())
            value = QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(f.link), value);
        out += QStringLiteral("<dt>%1</dt><dd>%2%3</dd>").arg(esc(f.label), swatch(f.swatch), value);
    }
    return out + QStringLiteral("</dl>");
}

QString table(const ReportTable &t, const QString &caption)
{
    QString out = QStringLiteral("<table>");
    if (!caption.isEmpty())
        out += QStringLiteral("<caption>%1</caption>").arg(esc(caption));
    const bool numericColumn = !t.rows.isEmpty();
    out += QStringLiteral("<thead><tr>");
    for (int c = 0; c < t.header.size(); ++c) {
        const bool numeric = numericColumn && t.rows.first().value(c).numeric;
        const QString width = c < t.widths.size() ? QStringLiteral(" width=\"%1%\"").arg(t.widths.at(c)) : QString();
        out += QStringLiteral("<th%1%2>%3</th>")
                   .arg(width, numeric ? QStringLiteral(" class=\"num\"") : QString(), esc(t.header.at(c)));
    }
    out += QStringLiteral("</tr></thead><tbody>");
    return out;
}

} // namespace

QString HtmlReportWriter::spans(const QList<ReportSpan> &list)
{
    QString out;
    for (const ReportSpan &s : list) {
        if (s.footnote > 0) {
            out += QStringLiteral("<sup class=\"fn\"><a href=\"#fn-%1\" id=\"ref-%1\">%1</a></sup>").arg(s.footnote);
            continue;
        }
        QString text = esc(s.text);
        switch (s.style) {
        case ReportSpan::Style::Plain:
            break;
        case ReportSpan::Style::Strong:
            text = QStringLiteral("<strong>%1</strong>").arg(text);
            break;
        case ReportSpan::Style::Emphasis:
            text = QStringLiteral("<em>%1</em>").arg(text);
            break;
        case ReportSpan::Style::Muted:
            text = QStringLiteral("<span class=\"muted\">%1</span>").arg(text);
            break;
        }
        if (!s.link.isEmpty())
            text = QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(s.link), text);
        if (s.highlight.isValid())
            text = QStringLiteral("<mark class=\"claim\" style=\"background-color:%1;border-bottom:2px solid %2\">%3"
                                  "</mark>")
                       .arg(reportHighlight(s.highlight).name(), s.highlight.name(), text);
        out += text;
    }
    return out;
}

QString HtmlReportWriter::block(const ReportBlock &b)
{
    switch (b.kind) {
    case ReportBlock::Kind::Heading: {
        const int level = qBound(3, b.level, 6);
        const QString id = b.anchor.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(esc(b.anchor));
        QString text;
        for (const ReportSpan &s : b.spans)
            text += swatch(s.highlight) + esc(s.text);
        return QStringLiteral("<h%1%2>%3</h%1>\n").arg(level).arg(id, text);
    }
    case ReportBlock::Kind::Paragraph:
    case ReportBlock::Kind::Quote: {
        const QString dir = b.rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString();
        const QString tag = b.kind == ReportBlock::Kind::Quote ? QStringLiteral("blockquote") : QStringLiteral("p");
        return QStringLiteral("<%1%2>%3</%1>\n").arg(tag, dir, spans(b.spans));
    }
    case ReportBlock::Kind::Table: {
        QString out = table(b.table, b.caption);
        for (const QList<ReportCell> &row : b.table.rows) {
            out += QStringLiteral("<tr>");
            for (const ReportCell &cell : row) {
                // A status name stays on one line with its swatch.
                const QString content = cell.swatch.isValid() ? QStringLiteral("<span class=\"nowrap\">%1%2</span>")
                                                                    .arg(swatch(cell.swatch), spans(cell.spans))
                                                              : spans(cell.spans);
                out += QStringLiteral("<td%1>%2</td>")
                           .arg(cell.numeric ? QStringLiteral(" class=\"num\"") : QString(), content);
            }
            out += QStringLiteral("</tr>\n");
        }
        return out + QStringLiteral("</tbody></table>\n");
    }
    case ReportBlock::Kind::Image:
        if (b.image.isNull())
            return {};
        return QStringLiteral("<figure><img src=\"%1\" alt=\"%2\" width=\"%3\"><figcaption>%2</figcaption></figure>\n")
            .arg(pngDataUri(b.image), esc(b.caption))
            .arg(qMin(b.image.width(), 860));
    case ReportBlock::Kind::Footnotes: {
        QString out = QStringLiteral("<ol class=\"footnotes\">\n");
        for (const ReportFootnote &n : b.footnotes) {
            out += QStringLiteral("<li id=\"fn-%1\" value=\"%1\">%2<q>%3</q>")
                       .arg(n.number)
                       .arg(swatch(n.color), esc(n.quote));
            if (n.location.isEmpty())
                out += QStringLiteral(" <a href=\"#ref-%1\" class=\"back\" title=\"%2\">↩</a>")
                           .arg(n.number)
                           .arg(esc(Sift::tr("Back to the text")));
            else
                out += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(n.location));
            out += fields(n.fields) + QStringLiteral("</li>\n");
        }
        return out + QStringLiteral("</ol>\n");
    }
    case ReportBlock::Kind::Fields:
        return fields(b.fields) + QLatin1Char('\n');
    }
    return {};
}

QString HtmlReportWriter::section(const ReportSectionBlock &s)
{
    // Long sections start a printed page of their own.
    const bool page = s.kind == ReportSection::Incidents || s.kind == ReportSection::Claims ||
                      s.kind == ReportSection::AnnotatedText || s.kind == ReportSection::Legend;
    QString out = QStringLiteral("<section id=\"%1\"%2>\n<h2>%3</h2>\n")
                      .arg(esc(s.anchor), page ? QStringLiteral(" class=\"page\"") : QString(), esc(s.title));
    const bool annotated = s.kind == ReportSection::AnnotatedText;
    bool inArticle = false;
    for (const ReportBlock &b : s.blocks) {
        if (annotated && b.kind == ReportBlock::Kind::Heading) {
            if (inArticle)
                out += QStringLiteral("</article>\n");
            out += QStringLiteral("<article class=\"annotated\">\n");
            inArticle = true;
        }
        QString html = block(b);
        if (inArticle && b.kind == ReportBlock::Kind::Paragraph && !b.spans.isEmpty() &&
            b.spans.first().style == ReportSpan::Style::Plain)
            html.replace(0, 2, QStringLiteral("<p class=\"text\""));
        out += html;
    }
    if (inArticle)
        out += QStringLiteral("</article>\n");
    return out + QStringLiteral("</section>\n");
}

QString HtmlReportWriter::toHtml(const ReportDocument &doc)
{
    QString out;
    out.reserve(64 * 1024);
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"generator\" content=\"Sift\">\n<title>%2</title>\n<style>\n%3</style>\n"
                          "</head>\n<body>\n")
               .arg(esc(doc.language), esc(doc.title), styleSheet(doc.paper));
    out += QStringLiteral("<header class=\"report\">\n<h1>%1</h1>\n").arg(esc(doc.title));
    QStringList meta;
    for (const ReportField &f : doc.meta)
        meta << QStringLiteral("%1: %2").arg(esc(f.label), esc(f.value));
    out += QStringLiteral("<p class=\"muted\">%1</p>\n<p>%2</p>\n</header>\n")
               .arg(meta.join(QStringLiteral(" · ")), esc(doc.scope));
    if (doc.sections.size() > 1) {
        QStringList links;
        for (const ReportSectionBlock &s : doc.sections)
            links << QStringLiteral("<a href=\"#%1\">%2</a>").arg(esc(s.anchor), esc(s.title));
        out += QStringLiteral("<nav class=\"contents\">%1 %2</nav>\n")
                   .arg(esc(Sift::tr("Contents:")), links.join(QStringLiteral(" · ")));
    }
    for (const ReportSectionBlock &s : doc.sections)
        out += section(s);
    out +=
        QStringLiteral("<footer class=\"generated\">%1</footer>\n</body>\n</html>\n")
            .arg(esc(Sift::tr("Generated with Sift on %1.").arg(doc.generated.toString(QStringLiteral("d MMM yyyy")))));
    return out;
}

QString HtmlReportWriter::write(const ReportDocument &doc, QIODevice &out)
{
    return writeAll(out, toHtml(doc).toUtf8());
}

} // namespace sift

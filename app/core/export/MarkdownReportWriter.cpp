#include "core/export/MarkdownReportWriter.h"

#include "core/export/ReportDocument.h"

#include <QBuffer>
#include <QIODevice>
#include <QRegularExpression>

namespace sift {

namespace {

/// Escapes what a line may not start with: headings, quotes, list items, rules, setext underlines.
QString escapeLineStarts(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\s*)(?:([#>+=-])|(\d+)[.)]))"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const QRegularExpressionMatch m = re.match(line);
        if (!m.hasMatch())
            continue;
        // A digit cannot be escaped; the delimiter after it can ("12\. March").
        line.insert(m.capturedLength(3) > 0 ? m.capturedEnd(3) : m.capturedLength(1), QLatin1Char('\\'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString oneLine(const QString &text)
{
    return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString pngDataUri(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString fieldList(const QList<ReportField> &fields, const QString &indent)
{
    QString out;
    for (const ReportField &f : fields)
        out += QStringLiteral("%1- **%2:** %3\n")
                   .arg(indent, MarkdownReportWriter::escape(f.label), MarkdownReportWriter::escape(oneLine(f.value)));
    return out;
}

/// Moves whitespace out of a strong run: "** text **" is not bold in CommonMark.
QString strong(const QString &escaped)
{
    const QString core = escaped.trimmed();
    if (core.isEmpty())
        return escaped;
    const qsizetype lead = escaped.indexOf(core);
    return escaped.left(lead) + QStringLiteral("**") + core + QStringLiteral("**") + escaped.mid(lead + core.size());
}

} // namespace

QString MarkdownReportWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '~':
        case '&':
        case '!':
        case '$':
            out += QLatin1Char('\\');
            break;
        default:
            break;
        }
        out += c;
    }
    return out;
}

QString MarkdownReportWriter::spans(const QList<ReportSpan> &list, bool inTable)
{
    QString out;
    for (const ReportSpan &s : list) {
        if (s.footnote > 0) {
            out += QStringLiteral("[^%1]").arg(s.footnote);
            continue;
        }
        QString text = escape(s.text);
        if (inTable)
            text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        else
            text = escapeLineStarts(text).replace(QLatin1Char('\n'), QLatin1String("  \n"));
        if (!s.link.isEmpty())
            text =
                QStringLiteral("[%1](<%2>)").arg(text, QString(s.link).replace(QLatin1Char('>'), QLatin1String("%3E")));
        if (s.highlight.isValid() || s.style == ReportSpan::Style::Strong)
            text = strong(text);
        else if (s.style == ReportSpan::Style::Emphasis && !text.trimmed().isEmpty())
            text = QStringLiteral("*%1*").arg(text.trimmed());
        out += text;
    }
    return out;
}

QString MarkdownReportWriter::block(const ReportBlock &b)
{
    switch (b.kind) {
    case ReportBlock::Kind::Heading: {
        QString text;
        for (const ReportSpan &s : b.spans)
            text += escape(oneLine(s.text));
        return QString(qBound(3, b.level, 6), QLatin1Char('#')) + QLatin1Char(' ') + text + QStringLiteral("\n\n");
    }
    case ReportBlock::Kind::Paragraph:
        return escapeLineStarts(spans(b.spans, false)) + QStringLiteral("\n\n");
    case ReportBlock::Kind::Quote:
        return QStringLiteral("> ") + spans(b.spans, false).replace(QLatin1Char('\n'), QLatin1String("\n> ")) +
               QStringLiteral("\n\n");
    case ReportBlock::Kind::Table: {
        const ReportTable &t = b.table;
        QString out = QStringLiteral("|");
        QString rule = QStringLiteral("|");
        for (int c = 0; c < t.header.size(); ++c) {
            out += QLatin1Char(' ') + escape(t.header.at(c)) + QStringLiteral(" |");
            const bool numeric = !t.rows.isEmpty() && t.rows.first().value(c).numeric;
            rule += numeric ? QStringLiteral(" --: |") : QStringLiteral(" --- |");
        }
        out += QLatin1Char('\n') + rule + QLatin1Char('\n');
        for (const QList<ReportCell> &row : t.rows) {
            out += QLatin1Char('|');
            for (const ReportCell &cell : row)
                out += QLatin1Char(' ') + spans(cell.spans, true) + QStringLiteral(" |");
            out += QLatin1Char('\n');
        }
        if (!b.caption.isEmpty())
            out += QStringLiteral("\n*%1*\n").arg(escape(b.caption));
        return out + QLatin1Char('\n');
    }
    case ReportBlock::Kind::Image:
        if (b.image.isNull())
            return {};
        return QStringLiteral("![%1](%2)\n\n*%1*\n\n").arg(escape(b.caption), pngDataUri(b.image));
    case ReportBlock::Kind::Footnotes: {
        QString out;
        for (const ReportFootnote &n : b.footnotes) {
            out += QStringLiteral("[^%1]: *“%2”*").arg(n.number).arg(escape(oneLine(n.quote)));
            if (!n.location.isEmpty())
                out += QStringLiteral(" (%1)").arg(escape(n.location));
            out += QLatin1Char('\n') + fieldList(n.fields, QStringLiteral("    ")) + QLatin1Char('\n');
        }
        return out;
    }
    case ReportBlock::Kind::Fields:
        return fieldList(b.fields, {}) + QLatin1Char('\n');
    }
    return {};
}

QString MarkdownReportWriter::toMarkdown(const ReportDocument &doc)
{
    QString out = QStringLiteral("# %1\n\n").arg(escape(oneLine(doc.title)));
    QStringList meta;
    for (const ReportField &f : doc.meta)
        meta << QStringLiteral("%1: %2").arg(escape(f.label), escape(oneLine(f.value)));
    out += meta.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
    out += escapeLineStarts(escape(doc.scope)) + QStringLiteral("\n\n");
    for (const ReportSectionBlock &s : doc.sections) {
        out += QStringLiteral("## %1\n\n").arg(escape(s.title));
        for (const ReportBlock &b : s.blocks)
            out += block(b);
    }
    return out;
}

QString MarkdownReportWriter::write(const ReportDocument &doc, QIODevice &out)
{
    return writeAll(out, toMarkdown(doc).toUtf8());
}

} // namespace sift

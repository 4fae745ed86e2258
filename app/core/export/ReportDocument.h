#pragma once

#include "core/export/ReportOptions.h"

#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

namespace sift {

/// A run of text in a report. Writers escape text for their format; nothing in a span is markup.
struct ReportSpan {
    enum class Style { Plain, Strong, Emphasis, Muted };
    QString text;
    Style style = Style::Plain;
    QColor highlight; ///< a claim's status colour; invalid = not highlighted
    int footnote = 0; ///< > 0: this span is the marker of footnote n (text is ignored)
    QString link;     ///< an http(s) address the text links to; empty = none

    static ReportSpan plain(const QString &text) { return {text}; }
    static ReportSpan strong(const QString &text) { return {text, Style::Strong}; }
    static ReportSpan emphasis(const QString &text) { return {text, Style::Emphasis}; }
    static ReportSpan muted(const QString &text) { return {text, Style::Muted}; }
    static ReportSpan marker(int number) { return {{}, Style::Plain, {}, number}; }
};

using ReportParagraph = QList<ReportSpan>;

/// One cell of a report table: spans (a "\n" in a span's text breaks the line) and an optional colour swatch.
struct ReportCell {
    ReportParagraph spans;
    QColor swatch;
    bool numeric = false; ///< right-aligned

    static ReportCell text(const QString &text) { return {{ReportSpan::plain(text)}}; }
    static ReportCell number(qint64 n) { return {{ReportSpan::plain(QString::number(n))}, {}, true}; }
};

struct ReportTable {
    QStringList header;
    QList<int> widths; ///< relative column widths (percent); empty = even
    QList<QList<ReportCell>> rows;
};

struct ReportField {
    QString label;
    QString value;
    QColor swatch;
    QString link;       ///< an http(s) address value links to
    bool brief = false; ///< short enough to run on with other brief fields in one line
};

/// The numbered note under an annotated article: the claim's quote and its assessment.
struct ReportFootnote {
    int number = 0;
    QColor color;
    QString quote;
    QString location; ///< "not found in the current text" for an orphaned claim; empty otherwise
    QList<ReportField> fields;
};

struct ReportBlock {
    enum class Kind { Heading, Paragraph, Quote, Table, Image, Footnotes, Fields };
    Kind kind = Kind::Paragraph;
    int level = 3;                   ///< Heading: 3 for a sub-heading, 4 below it
    QString anchor;                  ///< Heading: an id other blocks can point at
    bool rightToLeft = false;        ///< Paragraph/Quote: the text's direction
    ReportParagraph spans;           ///< Heading, Paragraph, Quote
    ReportTable table;               ///< Table
    QImage image;                    ///< Image
    QString caption;                 ///< Image, Table (optional)
    QList<ReportFootnote> footnotes; ///< Footnotes
    QList<ReportField> fields;       ///< Fields: label/value pairs

    static ReportBlock heading(const QString &text, int level = 3, const QString &anchor = {});
    static ReportBlock paragraph(const ReportParagraph &spans);
    static ReportBlock paragraph(const QString &text) { return paragraph({ReportSpan::plain(text)}); }
};

struct ReportSectionBlock {
    ReportSection kind = ReportSection::Summary;
    QString title;
    QString anchor;
    QList<ReportBlock> blocks;
};

/// A report as plain data, built once by ReportBuilder and written by one writer per format.
struct ReportDocument {
    QString title;
    QString author;
    QString language = QStringLiteral("en");
    QDateTime generated;
    PaperSize paper = PaperSize::A4;
    QList<ReportField> meta; ///< what the title block shows under the title
    QString scope;           ///< one sentence describing what the report covers
    QList<ReportSectionBlock> sections;
    int claimCount = 0;
    int articleCount = 0;
};

/// The background a highlight in colour gets on paper: the colour washed out over white, so text stays legible.
inline QColor reportHighlight(const QColor &color, double strength = 0.38)
{
    auto mix = [strength](int c) { return int(255 - (255 - c) * strength + 0.5); };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

inline ReportBlock ReportBlock::heading(const QString &text, int level, const QString &anchor)
{
    ReportBlock b;
    b.kind = Kind::Heading;
    b.level = level;
    b.anchor = anchor;
    b.spans = {ReportSpan::plain(text)};
    return b;
}

inline ReportBlock ReportBlock::paragraph(const ReportParagraph &spans)
{
    ReportBlock b;
    b.kind = Kind::Paragraph;
    b.spans = spans;
    return b;
}

} // namespace sift

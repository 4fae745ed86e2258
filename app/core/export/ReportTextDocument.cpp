#include "core/export/ReportTextDocument.h"

#include "core/export/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace sift {

namespace {

const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kAccent(0x1d, 0x35, 0x57);
const QColor kMuted(0x5b, 0x65, 0x73);
const QColor kRule(0xc9, 0xd0, 0xd8);
const QColor kHeaderFill(0xee, 0xf1, 0xf5);

/// A block property: move this block to the next page rather than leave it last on its page (headings, captions).
constexpr int kKeepWithNext = QTextFormat::UserProperty + 1;

constexpr qreal kBodyPoints = 10;
constexpr qreal kSmallPoints = 8.5;
constexpr qreal kCellPadding = 3.5;
constexpr qreal kCellBorder = 0.6;

QTextCharFormat charFormat(qreal points, bool bold = false, const QColor &color = kInk)
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    // Any letter spacing turns off Qt's cosmetic ligatures (never Arabic joining); 100% spaces nothing apart. So the
    // PDF's text layer holds "fi", not U+FB01, and a search for "confirm" finds it.
    f.setFontLetterSpacingType(QFont::PercentageSpacing);
    f.setFontLetterSpacing(100);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

QTextBlockFormat blockFormat(qreal top, qreal bottom)
{
    QTextBlockFormat f;
    f.setTopMargin(top);
    f.setBottomMargin(bottom);
    f.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    return f;
}

/// The cursor's own block when it is still empty (the document's first, or the one after a table), else a new one.
class BlockInserter
{
public:
    explicit BlockInserter(QTextDocument &doc)
        : m_cursor(&doc)
    {}

    QTextCursor &cursor() { return m_cursor; }

    void insert(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_cursor.block().length() <= 1) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    /// After a table the cursor sits in the empty block that follows it.
    void toEnd() { m_cursor.movePosition(QTextCursor::End); }

private:
    QTextCursor m_cursor;
};

void insertText(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    // A line break inside a paragraph is a soft break, not a new block.
    QString t = text;
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    cursor.insertText(t, format);
}

void insertSwatch(QTextCursor &cursor, const QColor &color, const QTextCharFormat &base)
{
    if (!color.isValid())
        return;
    QTextCharFormat f = base;
    f.setForeground(color);
    cursor.insertText(QStringLiteral("■\u00A0"), f);
}

QString swatchText()
{
    return QStringLiteral("■\u00A0");
}

/// The widest run of text that cannot break across lines ("■ Unconfirmed", "Fatalities"), in layout units.
qreal widestUnbreakable(const QString &text, const QFont &font, QPaintDevice *device)
{
    const QFontMetricsF metrics = device ? QFontMetricsF(font, device) : QFontMetricsF(font);
    qreal widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, line);
        qsizetype start = 0;
        for (qsizetype at = finder.toNextBoundary(); at >= 0; at = finder.toNextBoundary()) {
            if (at > start)
                widest = std::max(widest, metrics.horizontalAdvance(line.mid(start, at - start).trimmed()));
            start = at;
        }
    }
    return widest;
}

/// Column widths (percent) as close to wanted as they can be while each column holds its widest word: a column
/// short of its minimum takes the difference from the others' room above their own minimum.
QList<qreal> fitColumns(const QList<qreal> &wanted, const QList<qreal> &minimum)
{
    qreal deficit = 0;
    qreal room = 0;
    qreal needed = 0;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const qreal d = minimum.at(i) - wanted.at(i);
        (d > 0 ? deficit : room) += std::abs(d);
        needed += minimum.at(i);
    }
    if (deficit <= 0)
        return wanted;
    QList<qreal> out;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (room <= deficit) // the words do not fit side by side at all: share the width by what they need
            out << minimum.at(i) * 100 / needed;
        else if (wanted.at(i) < minimum.at(i))
            out << minimum.at(i);
        else
            out << wanted.at(i) - deficit * (wanted.at(i) - minimum.at(i)) / room;
    }
    return out;
}

} // namespace

QFont ReportTextDocument::baseFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Droid Sans Fallback")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(kBodyPoints);
    font.setLetterSpacing(QFont::PercentageSpacing, 100); // no ligatures: see charFormat()
    return font;
}

ReportTextDocument::ReportTextDocument(QTextDocument &document, qreal textWidth, QPaintDevice *device)
    : m_doc(document)
    , m_textWidth(textWidth)
    , m_device(device)
{}

namespace {

/// The sections that open a page of their own: only the long read of the annotated articles. The others follow
/// one another, so a section with nothing in scope is one line, never a page.
bool startsPage(ReportSection section)
{
    return section == ReportSection::AnnotatedText;
}

} // namespace

std::unique_ptr<QTextDocument> ReportTextDocument::build(const ReportDocument &doc, qreal textWidth,
                                                         QPaintDevice *device, const QSizeF &pageSize)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(baseFont());
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    document->setMetaInformation(QTextDocument::DocumentTitle, doc.title);
    // Paint device and page size before the text: the document is then laid out once, as it will be printed.
    if (device)
        document->documentLayout()->setPaintDevice(device);
    if (pageSize.isValid())
        document->setPageSize(pageSize);
    else
        document->setTextWidth(textWidth);
    ReportTextDocument writer(*document, textWidth, device);
    // One edit block: the document is laid out once when it is complete, not after every insertion.
    QTextCursor edit(document.get());
    edit.beginEditBlock();
    writer.title(doc);
    for (const ReportSectionBlock &section : doc.sections) {
        writer.heading(section.title, 2, {}, startsPage(section.kind));
        for (const ReportBlock &b : section.blocks)
            writer.block(b);
    }
    edit.endEditBlock();
    return document;
}

void ReportTextDocument::keepWithNext(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    auto pageOf = [&](const QTextBlock &b) { return int(layout->blockBoundingRect(b).top() / pageHeight); };
    // One pass: each pass costs a full layout, and a move that strands another block is rare.
    QList<QTextBlock> moves;
    QList<QTextBlock> spareBreaks;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        // A forced break reached when a margin before it already ran onto the next page leaves that page blank
        // (Qt breaks again from there): the text before it ends two pages back. Flowing on is enough then.
        if ((b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) && b.previous().isValid()) {
            // Where the text before it ends, without its bottom margin.
            const QTextTable *table = QTextCursor(b.previous()).currentTable();
            const qreal before =
                table ? layout->frameBoundingRect(const_cast<QTextTable *>(table)).bottom() -
                            table->format().bottomMargin()
                      : layout->blockBoundingRect(b.previous()).bottom() - b.previous().blockFormat().bottomMargin();
            if (int(before / pageHeight) + 1 < pageOf(b))
                spareBreaks << b;
        }
        if (!b.blockFormat().boolProperty(kKeepWithNext) || !b.next().isValid())
            continue;
        const int page = pageOf(b);
        if (pageOf(b.next()) <= page)
            continue;
        // Move the whole run that leads up to what it introduces: heading, outlet line, …
        QTextBlock first = b;
        while (first.previous().isValid() && first.previous().blockFormat().boolProperty(kKeepWithNext) &&
               pageOf(first.previous()) == page)
            first = first.previous();
        // Already at the top of a page: moving it on would only leave a blank page.
        const qreal top = layout->blockBoundingRect(first).top();
        if (top - page * pageHeight > 40 && (moves.isEmpty() || moves.last() != first))
            moves << first;
    }
    if (moves.isEmpty() && spareBreaks.isEmpty())
        return;
    // One edit block: the layout runs once for all the moves, not once per move.
    QTextCursor edit(&doc);
    edit.beginEditBlock();
    for (const QTextBlock &b : std::as_const(spareBreaks)) {
        QTextBlockFormat format = b.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        edit.setPosition(b.position());
        edit.setBlockFormat(format);
    }
    for (const QTextBlock &b : std::as_const(moves)) {
        QTextBlockFormat format = b.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        edit.setPosition(b.position());
        edit.setBlockFormat(format);
    }
    edit.endEditBlock();
}

void ReportTextDocument::title(const ReportDocument &doc)
{
    BlockInserter in(m_doc);
    in.insert(blockFormat(0, 4), charFormat(22, true, kAccent));
    insertText(in.cursor(), doc.title, charFormat(22, true, kAccent));
    QStringList meta;
    for (const ReportField &f : doc.meta)
        meta << QStringLiteral("%1: %2").arg(f.label, f.value);
    in.insert(blockFormat(2, 2), charFormat(kBodyPoints, false, kMuted));
    insertText(in.cursor(), meta.join(QStringLiteral(" · ")), charFormat(kBodyPoints, false, kMuted));
    QTextBlockFormat scope = blockFormat(4, 10);
    scope.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
    in.insert(scope, charFormat(kBodyPoints));
    insertText(in.cursor(), doc.scope, charFormat(kBodyPoints));
}

void ReportTextDocument::heading(const QString &text, int level, const QColor &swatch, bool pageBreak)
{
    BlockInserter in(m_doc);
    in.toEnd();
    const qreal points = level <= 2 ? 15 : (level == 3 ? 11.5 : 10.5);
    const QColor color = level <= 2 ? kAccent : kInk;
    QTextBlockFormat block = blockFormat(level <= 2 ? 20 : 12, level <= 2 ? 8 : 3);
    if (pageBreak)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    block.setHeadingLevel(level);
    block.setProperty(kKeepWithNext, true);
    in.insert(block, charFormat(points, true, color));
    insertSwatch(in.cursor(), swatch, charFormat(points, true, color));
    insertText(in.cursor(), text, charFormat(points, true, color));
}

void ReportTextDocument::spans(QTextCursor &cursor, const QList<ReportSpan> &list, const QTextCharFormat &base,
                               bool breakIntoBlocks)
{
    for (const ReportSpan &s : list) {
        QTextCharFormat f = base;
        if (s.footnote > 0) {
            f.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
            f.setFontWeight(QFont::Bold);
            f.setForeground(kAccent);
            // No anchor names on markers and notes: Qt hashes a QStringList property by its type alone, so
            // thousands of distinct names would make every new format a linear search (and PDF drops them).
            cursor.insertText(QString::number(s.footnote), f);
            continue;
        }
        switch (s.style) {
        case ReportSpan::Style::Plain:
            break;
        case ReportSpan::Style::Strong:
            f.setFontWeight(QFont::Bold);
            break;
        case ReportSpan::Style::Emphasis:
            f.setFontItalic(true);
            break;
        case ReportSpan::Style::Muted:
            f.setForeground(kMuted);
            break;
        }
        if (s.highlight.isValid())
            f.setBackground(reportHighlight(s.highlight));
        if (!s.link.isEmpty()) {
            f.setAnchor(true);
            f.setAnchorHref(s.link);
            f.setForeground(QColor(0x1d, 0x4f, 0x91));
        }
        if (!breakIntoBlocks) {
            insertText(cursor, s.text, f);
            continue;
        }
        // In a table cell each line is a block of its own, so an Arabic quote does not turn the English line
        // under it right-to-left.
        const QStringList lines = s.text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                cursor.insertBlock(cursor.blockFormat(), f);
            cursor.insertText(lines.at(i), f);
        }
    }
}

void ReportTextDocument::paragraph(const QList<ReportSpan> &list, bool rightToLeft)
{
    BlockInserter in(m_doc);
    in.toEnd();
    QTextBlockFormat block = blockFormat(0, 6);
    if (rightToLeft)
        block.setLayoutDirection(Qt::RightToLeft);
    // Ragged right, not justified: as readable, without rivers, and justifying costs another pass over every line
    // when a long report is laid out and drawn.
    // A muted line (an article's outlet and date, a section's note) introduces what follows it.
    const bool intro = std::all_of(list.cbegin(), list.cend(),
                                   [](const ReportSpan &s) { return s.style == ReportSpan::Style::Muted; });
    if (intro)
        block.setProperty(kKeepWithNext, true);
    in.insert(block, charFormat(kBodyPoints));
    spans(in.cursor(), list, charFormat(kBodyPoints), false);
}

void ReportTextDocument::block(const ReportBlock &b)
{
    switch (b.kind) {
    case ReportBlock::Kind::Heading:
        heading(b.spans.value(0).text, b.level, b.spans.value(0).highlight, false);
        break;
    case ReportBlock::Kind::Paragraph:
    case ReportBlock::Kind::Quote: {
        paragraph(b.spans, b.rightToLeft);
        break;
    }
    case ReportBlock::Kind::Table:
        table(b.table, b.caption);
        break;
    case ReportBlock::Kind::Image:
        image(b);
        break;
    case ReportBlock::Kind::Footnotes:
        footnotes(b);
        break;
    case ReportBlock::Kind::Fields:
        fields(b);
        break;
    }
}

void ReportTextDocument::table(const ReportTable &t, const QString &caption)
{
    BlockInserter in(m_doc);
    in.toEnd();
    QTextTableFormat format;
    format.setBorder(kCellBorder);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(kRule);
    format.setBorderCollapse(true);
    format.setCellPadding(kCellPadding);
    format.setCellSpacing(0);
    format.setTopMargin(3);
    format.setBottomMargin(caption.isEmpty() ? 9 : 2);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1);
    const int columns = int(t.header.size());
    QList<QTextLength> widths;
    for (qreal w : columnWidths(t))
        widths << QTextLength(QTextLength::PercentageLength, w);
    format.setColumnWidthConstraints(widths);
    QTextTable *table = in.cursor().insertTable(int(t.rows.size()) + 1, columns, format);
    const QTextCharFormat text = charFormat(kSmallPoints);
    for (int c = 0; c < columns; ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        cf.setBackground(kHeaderFill);
        cell.setFormat(cf);
        QTextCursor cursor = cell.firstCursorPosition();
        const bool numeric = !t.rows.isEmpty() && t.rows.first().value(c).numeric;
        QTextBlockFormat bf;
        bf.setAlignment(numeric ? Qt::AlignRight : Qt::AlignLeft);
        cursor.setBlockFormat(bf);
        cursor.insertText(t.header.at(c), charFormat(kSmallPoints, true));
    }
    for (int r = 0; r < t.rows.size(); ++r) {
        const QList<ReportCell> &row = t.rows.at(r);
        for (int c = 0; c < columns && c < row.size(); ++c) {
            const ReportCell &cell = row.at(c);
            QTextCursor cursor = table->cellAt(r + 1, c).firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(cell.numeric ? Qt::AlignRight : Qt::AlignLeft);
            cursor.setBlockFormat(bf);
            cursor.setCharFormat(text);
            insertSwatch(cursor, cell.swatch, text);
            spans(cursor, cell.spans, text, true);
        }
    }
    in.toEnd();
    if (!caption.isEmpty()) {
        in.insert(blockFormat(0, 9), charFormat(kSmallPoints, false, kMuted));
        insertText(in.cursor(), caption, charFormat(kSmallPoints, false, kMuted));
    }
}

QList<qreal> ReportTextDocument::columnWidths(const ReportTable &t) const
{
    const qsizetype columns = t.header.size();
    QList<qreal> wanted;
    for (int w : t.widths)
        wanted << w;
    if (wanted.size() != columns)
        wanted = QList<qreal>(columns, columns > 0 ? 100.0 / qreal(columns) : 0);
    if (m_textWidth <= 0)
        return wanted;
    QFont regular = baseFont();
    regular.setPointSizeF(kSmallPoints);
    QFont bold = regular;
    bold.setBold(true);
    QFont italic = regular;
    italic.setItalic(true);
    QList<qreal> widest(columns, 0);
    for (qsizetype c = 0; c < columns; ++c)
        widest[c] = widestUnbreakable(t.header.at(c), bold, m_device);
    for (const QList<ReportCell> &row : t.rows) {
        for (qsizetype c = 0; c < columns && c < row.size(); ++c) {
            const ReportCell &cell = row.at(c);
            QString prefix = cell.swatch.isValid() ? swatchText() : QString();
            for (const ReportSpan &s : cell.spans) {
                const QFont &font = s.style == ReportSpan::Style::Strong     ? bold
                                    : s.style == ReportSpan::Style::Emphasis ? italic
                                                                             : regular;
                widest[c] = std::max(widest[c], widestUnbreakable(prefix + s.text, font, m_device));
                prefix.clear();
            }
        }
    }
    QList<qreal> minimum;
    for (qreal w : std::as_const(widest))
        minimum << (w + 2 * kCellPadding + 2 * kCellBorder + 2) * 100 / m_textWidth;
    return fitColumns(wanted, minimum);
}

void ReportTextDocument::footnotes(const ReportBlock &b)
{
    // Paragraphs with a hanging number rather than a table: a long report has thousands of notes, and plain
    // blocks lay out several times faster than table cells.
    constexpr qreal kHang = 26;
    BlockInserter in(m_doc);
    in.toEnd();
    const QTextCharFormat small = charFormat(kSmallPoints);
    const QTextCharFormat label = charFormat(kSmallPoints, false, kMuted);
    QTextBlockFormat first = blockFormat(5, 0);
    // Left to right whatever the quote's script: a note on an Arabic quote would otherwise be laid out right to left,
    // and its hanging number pushed off the page.
    first.setLayoutDirection(Qt::LeftToRight);
    first.setLeftMargin(kHang);
    first.setTextIndent(-kHang);
    first.setTabPositions({QTextOption::Tab(kHang, QTextOption::LeftTab)});
    QTextBlockFormat line = blockFormat(1, 0);
    line.setLeftMargin(kHang);
    QTextCursor &cursor = in.cursor();
    for (const ReportFootnote &n : b.footnotes) {
        in.insert(first, small);
        QTextCharFormat numberFormat = charFormat(kSmallPoints, true, kAccent);
        cursor.insertText(QStringLiteral("%1.").arg(n.number), numberFormat);
        cursor.insertText(QStringLiteral("\t"), small);
        QTextCharFormat quote = small;
        quote.setFontItalic(true);
        cursor.insertText(QStringLiteral("“%1”").arg(QString(n.quote).replace(QLatin1Char('\n'), QLatin1Char(' '))),
                          quote);
        if (!n.location.isEmpty())
            cursor.insertText(QStringLiteral(" (%1)").arg(n.location), label);
        bool firstBrief = true;
        for (const ReportField &f : n.fields) {
            if (!f.brief)
                continue;
            if (firstBrief)
                cursor.insertBlock(line, small);
            else
                cursor.insertText(QStringLiteral("  ·  "), label);
            firstBrief = false;
            // A brief field breaks only at the separators, never inside "3 — possibly true".
            cursor.insertText(f.label + QStringLiteral(":\u00A0"), label);
            insertSwatch(cursor, f.swatch, small);
            insertText(cursor, QString(f.value).replace(QLatin1Char(' '), QChar::Nbsp), small);
        }
        for (const ReportField &f : n.fields) {
            if (f.brief)
                continue;
            cursor.insertBlock(line, small);
            cursor.insertText(f.label + QStringLiteral(": "), label);
            QTextCharFormat value = small;
            if (!f.link.isEmpty()) {
                value.setAnchor(true);
                value.setAnchorHref(f.link);
                value.setForeground(QColor(0x1d, 0x4f, 0x91));
            }
            insertText(cursor, f.value, value);
        }
    }
    // Space before what follows the notes.
    QTextBlockFormat last = cursor.blockFormat();
    last.setBottomMargin(10);
    cursor.setBlockFormat(last);
}

void ReportTextDocument::image(const ReportBlock &b)
{
    if (b.image.isNull())
        return;
    const QUrl name(QStringLiteral("sift-report:image-%1.png").arg(++m_images));
    m_doc.addResource(QTextDocument::ImageResource, name, b.image);
    QTextImageFormat format;
    format.setName(name.toString());
    format.setWidth(m_textWidth);
    format.setHeight(m_textWidth * b.image.height() / qMax(1, b.image.width()));
    BlockInserter in(m_doc);
    in.toEnd();
    QTextBlockFormat block = blockFormat(4, 2);
    block.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
    block.setAlignment(Qt::AlignHCenter);
    block.setProperty(kKeepWithNext, !b.caption.isEmpty());
    in.insert(block, charFormat(kBodyPoints));
    in.cursor().insertImage(format);
    if (!b.caption.isEmpty()) {
        in.insert(blockFormat(2, 10), charFormat(kSmallPoints, false, kMuted));
        insertText(in.cursor(), b.caption, charFormat(kSmallPoints, false, kMuted));
    }
}

void ReportTextDocument::fields(const ReportBlock &b)
{
    BlockInserter in(m_doc);
    in.toEnd();
    for (const ReportField &f : b.fields) {
        in.insert(blockFormat(0, 4), charFormat(kBodyPoints));
        in.cursor().insertText(f.label + QStringLiteral(": "), charFormat(kBodyPoints, true));
        insertSwatch(in.cursor(), f.swatch, charFormat(kBodyPoints));
        insertText(in.cursor(), f.value, charFormat(kBodyPoints));
    }
}

} // namespace sift

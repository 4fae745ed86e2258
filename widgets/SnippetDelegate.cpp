#include "widgets/SnippetDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QTextDocument>

namespace sift {

namespace {

const QChar kOpen(0x00AB);  // «
const QChar kClose(0x00BB); // »

} // namespace

QString SnippetDelegate::toHtml(const QString &snippet)
{
    QString html;
    qsizetype from = 0;
    while (from < snippet.size()) {
        const qsizetype open = snippet.indexOf(kOpen, from);
        if (open < 0) {
            html += snippet.mid(from).toHtmlEscaped();
            break;
        }
        const qsizetype close = snippet.indexOf(kClose, open + 1);
        html += snippet.mid(from, open - from).toHtmlEscaped();
        const qsizetype end = close < 0 ? snippet.size() : close;
        html += QStringLiteral("<b>") + snippet.mid(open + 1, end - open - 1).toHtmlEscaped() + QStringLiteral("</b>");
        from = end + 1;
    }
    return html;
}

QString SnippetDelegate::focused(const QString &snippet, int wordsBefore)
{
    const qsizetype open = snippet.indexOf(kOpen);
    if (open <= 0)
        return snippet;
    const QStringList before = snippet.left(open).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (before.size() <= wordsBefore)
        return snippet;
    return QChar(0x2026) + before.mid(before.size() - wordsBefore).join(QLatin1Char(' ')) + QLatin1Char(' ') +
           snippet.mid(open);
}

QString SnippetDelegate::toPlain(const QString &snippet)
{
    QString plain = snippet;
    plain.remove(kOpen);
    plain.remove(kClose);
    return plain;
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString snippet = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 2, -2, 0);
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(opt.font);
    doc.setTextWidth(r.width());
    doc.setHtml(toHtml(focused(snippet))); // the match near the start, where two narrow lines still show it
    const bool selected = opt.state & QStyle::State_Selected;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text,
                             selected ? opt.palette.highlightedText().color() : opt.palette.text().color());
    painter->save();
    painter->translate(r.topLeft());
    // Whole lines only (two in a search row); the rest of the snippet is in the tooltip.
    const int line = QFontMetrics(opt.font).lineSpacing();
    const int lines = qMax(1, r.height() / line);
    painter->setClipRect(QRect(0, 0, r.width(), lines * line));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace sift

#pragma once

#include <QStyledItemDelegate>

namespace sift {

/// Paints a search snippet marked up with « » around each match: wrapped to two lines, the matches in bold.
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The snippet as rich text: escaped, each «match» in <b>, the markers gone.
    static QString toHtml(const QString &snippet);
    /// The snippet with at most wordsBefore words ahead of its first match (the cut marked "…").
    static QString focused(const QString &snippet, int wordsBefore = 3);
    /// The snippet as plain text, markers gone (for tooltips).
    static QString toPlain(const QString &snippet);
};

} // namespace sift

#pragma once

#include <QStyledItemDelegate>

namespace sift {

/// Paints a claim card: its number, a status bar and badge, claimant, stance and link count, and the quote's
/// first words (all of it as a tooltip).
class ClaimDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    static QString idText(qint64 id);                                                     ///< "#12"
    static QString detailText(const QString &claimant, const QString &stance, int links); ///< the card's first line
};

} // namespace sift

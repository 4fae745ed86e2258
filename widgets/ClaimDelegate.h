#pragma once

#include <QStyledItemDelegate>

namespace sift {

/// Paints a claim row: a status bar and badge, the claimant, and the quote's first words.
class ClaimDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sift

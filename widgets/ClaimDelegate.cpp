#include "widgets/ClaimDelegate.h"

#include "core/models/ClaimListModel.h"

#include <QApplication>
#include <QPainter>

namespace sift {

QSize ClaimDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {200, option.fontMetrics.lineSpacing() * 2 + 14};
}

void ClaimDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QColor color = index.data(ClaimListModel::StatusColorRole).value<QColor>();
    const QString status = index.data(ClaimListModel::StatusRole).toString();
    const QString claimant = index.data(ClaimListModel::ClaimantRole).toString();
    const QString quote = index.data(ClaimListModel::QuoteRole).toString();
    const int links = index.data(ClaimListModel::LinkCountRole).toInt();
    const QRect r = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->fillRect(QRect(r.left(), r.top(), 4, r.height()), color);

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const QRect badge(r.left() + 10, r.top(), fm.horizontalAdvance(status) + 12, fm.height() + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor fill = color;
    fill.setAlpha(60);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, 4, 4);
    painter->setFont(bold);
    painter->setPen(selected ? option.palette.highlightedText().color() : option.palette.text().color());
    painter->drawText(badge, Qt::AlignCenter, status);

    QString who = claimant.isEmpty() ? tr("no claimant") : claimant;
    if (links > 0)
        who += QStringLiteral("  ↔ %1").arg(links);
    const QRect whoRect(badge.right() + 8, r.top(), r.right() - badge.right() - 8, badge.height());
    painter->drawText(whoRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(who, Qt::ElideRight, whoRect.width()));

    painter->setFont(option.font);
    const QRect quoteRect(r.left() + 10, badge.bottom() + 2, r.width() - 10, option.fontMetrics.lineSpacing());
    painter->drawText(
        quoteRect, Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(QStringLiteral("“%1”").arg(quote), Qt::ElideRight, quoteRect.width()));
    painter->restore();
}

} // namespace sift

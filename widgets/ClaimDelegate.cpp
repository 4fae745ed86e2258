#include "widgets/ClaimDelegate.h"

#include "core/models/ClaimListModel.h"
#include "widgets/HighlightColors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

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
    const qint64 id = index.data(ClaimListModel::IdRole).toLongLong();
    const QString status = index.data(ClaimListModel::StatusRole).toString();
    const QString claimant = index.data(ClaimListModel::ClaimantRole).toString();
    const QString stance = index.data(ClaimListModel::StanceRole).toString();
    const QString quote = index.data(ClaimListModel::QuoteRole).toString();
    const int links = index.data(ClaimListModel::LinkCountRole).toInt();
    const QRect r = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColor = option.palette.text().color(); // on the badge, whose fill is chosen against it
    const QColor rowText = selected ? option.palette.highlightedText().color() : textColor;
    painter->save();
    painter->fillRect(QRect(r.left(), r.top(), 4, r.height()), color);

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    painter->setFont(bold);
    painter->setPen(rowText);
    const QString number = idText(id);
    const QRect numberRect(r.left() + 10, r.top(), fm.horizontalAdvance(number), fm.height() + 2);
    painter->drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, number);

    const QRect badge(numberRect.right() + 6, r.top(), fm.horizontalAdvance(status) + 12, fm.height() + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(HighlightColors::claimFill(color, option.palette, false));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(textColor);
    painter->drawText(badge, Qt::AlignCenter, status);

    const QString who = detailText(claimant, stance, links);
    const QRect whoRect(badge.right() + 8, r.top(), r.right() - badge.right() - 8, badge.height());
    painter->setFont(option.font);
    painter->setPen(rowText);
    painter->drawText(whoRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(who, Qt::ElideRight, whoRect.width()));

    const QRect quoteRect(r.left() + 10, badge.bottom() + 2, r.width() - 10, option.fontMetrics.lineSpacing());
    painter->drawText(
        quoteRect, Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(QStringLiteral("“%1”").arg(quote), Qt::ElideRight, quoteRect.width()));
    painter->restore();
}

QString ClaimDelegate::idText(qint64 id)
{
    return QStringLiteral("#%1").arg(id);
}

QString ClaimDelegate::detailText(const QString &claimant, const QString &stance, int links)
{
    QString text = claimant.isEmpty() ? tr("no claimant") : claimant;
    text += QStringLiteral(" · ") + stance;
    if (links > 0)
        text += QStringLiteral(" · ") + (links == 1 ? tr("↔ 1 link") : tr("↔ %1 links").arg(links));
    return text;
}

bool ClaimDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString tip = tr("Claim %1 · %2\n%3\n“%4”")
                                .arg(idText(index.data(ClaimListModel::IdRole).toLongLong()),
                                     index.data(ClaimListModel::StatusRole).toString(),
                                     detailText(index.data(ClaimListModel::ClaimantRole).toString(),
                                                index.data(ClaimListModel::StanceRole).toString(),
                                                index.data(ClaimListModel::LinkCountRole).toInt()),
                                     index.data(ClaimListModel::QuoteRole).toString());
        QToolTip::showText(event->globalPos(), tip, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace sift

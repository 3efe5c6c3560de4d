#include "app/routines/picturelistdelegate.h"

#include "app/figure/figurestyle.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

namespace limber {

namespace {

constexpr int kPadding = 6;
constexpr int kGap = 10;

} // namespace

PictureListDelegate::PictureListDelegate(
    int detailRole, int badgeRole, QSize pictureSize, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_detailRole(detailRole)
    , m_badgeRole(badgeRole)
    , m_pictureSize(pictureSize)
{ }

void PictureListDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    opt.icon = {};
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The background, selection and focus frame come from the style.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QRect pictureRect(area.left(), area.top() + (area.height() - m_pictureSize.height()) / 2,
        m_pictureSize.width(), m_pictureSize.height());
    const QPixmap picture = index.data(Qt::DecorationRole).value<QPixmap>();
    if (!picture.isNull())
        painter->drawPixmap(pictureRect, picture);

    const bool selected = option.state & QStyle::State_Selected;
    const bool enabled = option.state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background
        = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor muted = blendColours(text, background, 0.35);

    const QRect textRect = area.adjusted(m_pictureSize.width() + kGap, 0, 0, 0);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics detailMetrics(option.font);
    const int blockHeight = titleMetrics.height() + 2 + detailMetrics.height();
    int y = textRect.top() + (textRect.height() - blockHeight) / 2;

    const QStringList badges
        = m_badgeRole >= 0 ? index.data(m_badgeRole).toStringList() : QStringList();
    int badgesWidth = 0;
    for (const QString &badge : badges)
        badgesWidth += detailMetrics.horizontalAdvance(badge) + 12 + 6;
    const QString shownTitle = titleMetrics.elidedText(
        title, Qt::ElideRight, textRect.width() - (badgesWidth ? badgesWidth + 2 : 0));
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(textRect.left(), y, textRect.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, shownTitle);

    int x = textRect.left() + titleMetrics.horizontalAdvance(shownTitle) + 8;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(option.font);
    for (const QString &badge : badges) {
        const int width = detailMetrics.horizontalAdvance(badge) + 12;
        const QRect pill(x, y + (titleMetrics.height() - detailMetrics.height() - 2) / 2, width,
            detailMetrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(
            selected ? blendColours(background, text, 0.25) : blendColours(background, text, 0.12));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(text);
        painter->drawText(pill, Qt::AlignCenter, badge);
        x += width + 6;
    }

    y += titleMetrics.height() + 2;
    painter->setFont(option.font);
    painter->setPen(muted);
    const QString detail = index.data(m_detailRole).toString();
    painter->drawText(QRect(textRect.left(), y, textRect.width(), detailMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        detailMetrics.elidedText(detail, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize PictureListDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int textHeight
        = QFontMetrics(titleFont).height() + 2 + QFontMetrics(option.font).height();
    const int height = std::max(m_pictureSize.height(), textHeight) + 2 * kPadding;
    return {m_pictureSize.width() + kGap + 200, height};
}

} // namespace limber

// lazyIcon: an icon made when first drawn or measured, once for all copies,
// and from then on drawn as the icon it made, in every mode.
#include "app/window/lazyicon.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPixmap>

#include <gtest/gtest.h>

using namespace limber;

namespace {

QIcon twoColourIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(QColor(200, 30, 30));
    QPainter painter(&pixmap);
    painter.fillRect(4, 4, 8, 8, QColor(20, 20, 160));
    painter.end();
    return QIcon(pixmap);
}

QImage imageOf(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    return icon.pixmap(QSize(16, 16), mode).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

TEST(LazyIcon, IsMadeWhenFirstDrawnOnceForAllItsCopies)
{
    int made = 0;
    const QIcon icon = lazyIcon([&made] {
        ++made;
        return twoColourIcon();
    });
    EXPECT_FALSE(icon.isNull()) << "a button lays itself out for an icon from the start";
    const QIcon copy = icon; // NOLINT(performance-unnecessary-copy-initialization): a copy's use
    EXPECT_EQ(made, 0);

    EXPECT_EQ(imageOf(copy), imageOf(twoColourIcon()));
    EXPECT_EQ(made, 1);
    EXPECT_EQ(imageOf(icon), imageOf(twoColourIcon()));
    EXPECT_EQ(icon.actualSize(QSize(32, 32)), QSize(16, 16));
    EXPECT_EQ(made, 1) << "made once, then shared";
}

TEST(LazyIcon, IsDrawnInEveryModeAsTheIconItMade)
{
    const QIcon icon = lazyIcon(&twoColourIcon);
    const QImage disabled = imageOf(icon, QIcon::Disabled);
    EXPECT_EQ(disabled, imageOf(twoColourIcon(), QIcon::Disabled));
    EXPECT_NE(disabled, imageOf(icon)) << "a disabled button's icon is greyed";

    QImage painted(16, 16, QImage::Format_ARGB32);
    painted.fill(Qt::transparent);
    QPainter painter(&painted);
    icon.paint(&painter, QRect(0, 0, 16, 16));
    painter.end();
    EXPECT_EQ(painted, imageOf(twoColourIcon()));
}

TEST(LazyIcon, WhatMakesNothingDrawsNothing)
{
    const QIcon icon = lazyIcon([] { return QIcon(); });
    EXPECT_TRUE(icon.pixmap(QSize(16, 16)).isNull());
    EXPECT_EQ(icon.actualSize(QSize(16, 16)), QSize());
}

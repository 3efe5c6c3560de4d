// ExerciseTile's figure: drawn while the page is built (on a thread of its
// own), shown as the figure of its pose in the tile's colours, and drawn
// again in new colours when the palette changes, even before it was shown.
#include "app/figure/figurestyle.h"
#include "app/start/exercisetile.h"
#include "tests/core/figure/seated_leg_cross_poses.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>

#include <gtest/gtest.h>

using namespace limber;
using namespace Qt::Literals::StringLiterals;

namespace {

const Camera side {-90.0, 0.0};

QImage shown(const ExerciseTile &tile, QIcon::Mode mode = QIcon::Normal)
{
    const QSize size(ExerciseTile::figureSide, ExerciseTile::figureSide);
    return tile.icon()
        .pixmap(size, tile.devicePixelRatioF(), mode)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

QImage expected(const QPalette &palette, qreal ratio)
{
    return ExerciseTile::drawFigure(FigureStyle::fromPalette(palette, QPalette::Button),
        limber::testing::crossLeggedLeanHalf(), side, ratio);
}

/// How many pixels are mostly \a colour.
int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 200 && std::abs(pixel.red() - colour.red()) < 40
                && std::abs(pixel.green() - colour.green()) < 40
                && std::abs(pixel.blue() - colour.blue()) < 40)
                ++count;
        }
    return count;
}

} // namespace

TEST(ExerciseTile, ShowsItsPosesFigureInItsColours)
{
    ExerciseTile tile(u"seated-leg-cross"_s, u"Seated Leg Cross"_s, u"2 × 60 s each side"_s);
    tile.setFigure(limber::testing::crossLeggedLeanHalf(), side);
    EXPECT_EQ(tile.toolButtonStyle(), Qt::ToolButtonTextUnderIcon);
    const QImage figure = shown(tile);
    EXPECT_EQ(figure, expected(tile.palette(), tile.devicePixelRatioF()));
    const QColor body = FigureStyle::fromPalette(tile.palette(), QPalette::Button).body;
    EXPECT_GT(pixelsOf(figure, body), 200) << "a figure, not an empty square";
    EXPECT_NE(shown(tile, QIcon::Disabled), figure) << "greyed on a disabled tile";
}

TEST(ExerciseTile, APaletteChangedBeforeTheFigureIsShownGivesItsNewColours)
{
    ExerciseTile tile(u"seated-leg-cross"_s, u"Seated Leg Cross"_s, {});
    tile.setFigure(limber::testing::crossLeggedLeanHalf(), side);
    QPalette dark = tile.palette();
    dark.setColor(QPalette::Button, QColor(30, 30, 34));
    dark.setColor(QPalette::ButtonText, QColor(240, 240, 240));
    dark.setColor(QPalette::Window, QColor(30, 30, 34));
    dark.setColor(QPalette::WindowText, QColor(240, 240, 240));
    tile.setPalette(dark);

    const QImage figure = shown(tile);
    EXPECT_EQ(figure, expected(dark, tile.devicePixelRatioF()));
    EXPECT_GT(pixelsOf(figure, QColor(240, 240, 240)), 200) << "a light body on a dark tile";
}

TEST(ExerciseTile, WithoutAPoseShowsTheNameAlone)
{
    ExerciseTile tile(u"knees-to-chest"_s, u"Knees to Chest"_s, {});
    tile.setFigure(limber::testing::crossLeggedLeanHalf(), side);
    tile.setFigure(std::nullopt, side);
    EXPECT_TRUE(tile.icon().isNull());
    EXPECT_EQ(tile.toolButtonStyle(), Qt::ToolButtonTextOnly);
}

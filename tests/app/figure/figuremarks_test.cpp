// What the figure marks beyond the body: the active leg in the accent
// colour (mirrored exactly for the other side), a small legend naming it
// when there is room for words, and a chair under a figure sitting on one.
#include "app/figure/figurepainter.h"
#include "app/figure/figurestyle.h"
#include "app/figure/figureview.h"
#include "core/figure/posemath.h"
#include "tests/core/figure/seated_leg_cross_poses.h"

#include <QImage>
#include <QPainter>
#include <QPalette>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace limber;
using namespace limber::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

FigureStyle lightStyle()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xfa, 0xfa, 0xfa));
    palette.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Highlight, QColor(0xc0, 0x50, 0x20));
    return FigureStyle::fromPalette(palette);
}

QImage paint(const FigureGeometry &geometry, const FigureStyle &style, int size = 240)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(style.background);
    QPainter painter(&image);
    FigurePainter(style).paint(painter, QRectF(0, 0, size, size), geometry);
    painter.end();
    return image;
}

int channelDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
        std::abs(qBlue(a) - qBlue(b))});
}

int pixelsOf(const QImage &image, const QColor &colour, const QRect &area = {})
{
    const QRect region = area.isNull() ? image.rect() : area;
    int count = 0;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        for (int x = region.left(); x <= region.right(); ++x) {
            if (channelDistance(image.pixel(x, y), colour.rgb()) < 8)
                ++count;
        }
    }
    return count;
}

Pose chairSitting()
{
    Pose pose;
    pose.left.hipFlexion = pose.right.hipFlexion = 90;
    pose.left.kneeFlexion = pose.right.kneeFlexion = 90;
    pose.support = PoseSupport::Chair;
    return pose;
}

} // namespace

TEST(FigureMarks, TheHighlightedLegIsPaintedInTheAccent)
{
    FigureStyle style = lightStyle();
    const FigureGeometry geometry = figureGeometry(crossLeggedUpright(), Camera {-30, 0});
    EXPECT_EQ(pixelsOf(paint(geometry, style), style.accent), 0);
    style.highlightedLeg = Side::Left;
    const int left = pixelsOf(paint(geometry, style), style.accent);
    EXPECT_GT(left, 300);
    // Arms stay in the body colour: only a leg is marked.
    style.highlightedLeg = Side::Right;
    EXPECT_NE(pixelsOf(paint(geometry, style), style.accent), left);
}

TEST(FigureMarks, TheOtherSidesHighlightIsTheMirrorImage)
{
    FigureStyle style = lightStyle();
    const Camera camera {-30, 0};
    style.highlightedLeg = Side::Left;
    const QImage plain = paint(figureGeometry(crossLeggedUpright(), camera), style);
    style.highlightedLeg = Side::Right;
    const QImage other
        = paint(figureGeometry(mirrored(crossLeggedUpright()), camera.mirrored()), style);
    const QImage flipped = plain.mirrored(true, false);
    int accent = 0;
    int different = 0;
    for (int y = 0; y < plain.height(); ++y) {
        for (int x = 0; x < plain.width(); ++x) {
            if (channelDistance(flipped.pixel(x, y), style.accent.rgb()) < 8)
                ++accent;
            if (channelDistance(flipped.pixel(x, y), other.pixel(x, y)) > 48)
                ++different;
        }
    }
    ASSERT_GT(accent, 300);
    EXPECT_LT(different, accent / 20) << "only antialiased edges may differ";
}

TEST(FigureMarks, TheLegendNeedsRoomForWords)
{
    const FigureStyle style = lightStyle();
    const FigurePainter painter(style);
    QImage small(96, 96, QImage::Format_ARGB32);
    small.fill(style.background);
    QPainter onSmall(&small);
    EXPECT_FALSE(painter.paintLegend(onSmall, QRectF(small.rect()), u"left leg on top"_s));
    onSmall.end();
    EXPECT_EQ(pixelsOf(small, style.accent), 0);

    QImage large(400, 400, QImage::Format_ARGB32);
    large.fill(style.background);
    QPainter onLarge(&large);
    EXPECT_FALSE(painter.paintLegend(onLarge, QRectF(large.rect()), QString()));
    EXPECT_TRUE(painter.paintLegend(onLarge, QRectF(large.rect()), u"left leg on top"_s));
    onLarge.end();
    // A swatch in the top left corner, and words beside it in the body colour.
    EXPECT_GT(pixelsOf(large, style.accent, QRect(0, 0, 100, 60)), 40);
    EXPECT_EQ(pixelsOf(large, style.accent, QRect(0, 100, 400, 300)), 0);
    int dark = 0;
    for (int y = 0; y < 60; ++y) {
        for (int x = 100; x < 400; ++x)
            dark += qGray(large.pixel(x, y)) < 128 ? 1 : 0;
    }
    EXPECT_GT(dark, 30);
}

TEST(FigureMarks, AChairIsPaintedUnderAFigureSittingOnOne)
{
    const FigureStyle style = lightStyle();
    const FigureGeometry onChair = figureGeometry(chairSitting(), Camera {90, 0});
    ASSERT_FALSE(onChair.props.empty());
    const int withChair = pixelsOf(paint(onChair, style), style.prop);
    Pose onFloor = chairSitting();
    onFloor.support = PoseSupport::Floor;
    // Without the chair only antialiased edges come near the prop's colour.
    const int withoutChair
        = pixelsOf(paint(figureGeometry(onFloor, Camera {90, 0}), style), style.prop);
    EXPECT_GT(withChair, 1500);
    EXPECT_GT(withChair, 5 * withoutChair);
}

TEST(FigureMarks, TheViewHighlightsTheActiveLegOnEitherSide)
{
    FigureView view;
    view.resize(300, 300);
    view.setPose(crossLeggedUpright());
    // From the left leg's side: the highlighted leg is the near one on both sides.
    view.setCamera(Camera {-30, 0});
    EXPECT_EQ(view.highlightedLeg(), Side::None);
    view.setActiveLegHighlighted(true);
    EXPECT_EQ(view.highlightedLeg(), Side::Left);
    view.setMirrored(true);
    EXPECT_EQ(view.highlightedLeg(), Side::Right);
    view.setLegend(u"right leg on top"_s);
    EXPECT_EQ(view.legend(), u"right leg on top"_s);
    const QColor accent = view.palette().color(QPalette::Highlight);
    EXPECT_GT(pixelsOf(view.grab().toImage(), accent), 200);
    view.setActiveLegHighlighted(false);
    EXPECT_EQ(view.highlightedLeg(), Side::None);
}

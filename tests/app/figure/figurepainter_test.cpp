// The figure painter: stays inside its rectangle, mirrors exactly, paints
// vectors only, and follows the palette.
#include "app/figure/figurepainter.h"
#include "app/figure/figurestyle.h"
#include "core/figure/posemath.h"
#include "tests/app/figure/recordingpaintdevice.h"
#include "tests/core/figure/seated_leg_cross_poses.h"

#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace limber;
using namespace limber::testing;

namespace {

QPalette themePalette(bool dark)
{
    QPalette palette;
    palette.setColor(QPalette::Window, dark ? QColor(0x2a, 0x2a, 0x2e) : QColor(0xfa, 0xfa, 0xfa));
    palette.setColor(
        QPalette::WindowText, dark ? QColor(0xee, 0xee, 0xee) : QColor(0x10, 0x10, 0x10));
    palette.setColor(
        QPalette::Highlight, dark ? QColor(0xe0, 0x90, 0x50) : QColor(0xc0, 0x50, 0x20));
    return palette;
}

QImage paintFigure(
    const FigureGeometry &geometry, QSize size, const QRectF &target, bool dark = false)
{
    const FigureStyle style = FigureStyle::fromPalette(themePalette(dark));
    QImage image(size, QImage::Format_ARGB32);
    image.fill(style.background);
    QPainter painter(&image);
    FigurePainter(style).paint(painter, target, geometry);
    painter.end();
    return image;
}

int channelDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
        std::abs(qBlue(a) - qBlue(b))});
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

} // namespace

TEST(FigurePainter, PaintsInsideTheTargetAndNowhereElse)
{
    const QRectF target(60, 30, 180, 140);
    for (const auto &[id, pose] : seatedLegCrossPoses()) {
        const QImage image = paintFigure(figureGeometry(pose, Camera {-60, 0}), {320, 220}, target);
        const QRgb background = image.pixel(0, 0);
        int inside = 0;
        int outside = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) == background)
                    continue;
                if (target.contains(QPointF(x + 0.5, y + 0.5)))
                    ++inside;
                else
                    ++outside;
            }
        }
        EXPECT_EQ(outside, 0) << id.toStdString();
        // A figure, not a speck: a good part of the rectangle is painted.
        EXPECT_GT(inside, static_cast<int>(target.width() * target.height() * 0.1))
            << id.toStdString();
    }
}

TEST(FigurePainter, FitKeepsProportionsAndCentres)
{
    const Bounds bounds {-1, 0, 1, 1}; // twice as wide as tall
    const QTransform fit = FigurePainter::fitTransform(QRectF(0, 0, 400, 400), bounds, 0.0);
    EXPECT_DOUBLE_EQ(fit.m11(), 200);
    EXPECT_DOUBLE_EQ(fit.m22(), -200) << "y up in the figure, down on the screen";
    EXPECT_EQ(fit.map(QPointF(-1, 0)), QPointF(0, 300));
    EXPECT_EQ(fit.map(QPointF(1, 1)), QPointF(400, 100));
}

TEST(FigurePainter, MirroredPoseAndCameraPaintTheMirrorImage)
{
    const Camera camera {-60, 0};
    const QSize size(240, 240);
    const QRectF target(0, 0, 240, 240);
    for (const Pose &pose : {crossLeggedUpright(), crossLeggedLeanHalf()}) {
        const QImage plain = paintFigure(figureGeometry(pose, camera), size, target);
        const QImage other
            = paintFigure(figureGeometry(mirrored(pose), camera.mirrored()), size, target);
        const QImage flipped = plain.mirrored(true, false);
        int different = 0;
        int painted = 0;
        for (int y = 0; y < size.height(); ++y) {
            for (int x = 0; x < size.width(); ++x) {
                if (channelDistance(plain.pixel(x, y), plain.pixel(0, 0)) > 0)
                    ++painted;
                if (channelDistance(flipped.pixel(x, y), other.pixel(x, y)) > 48)
                    ++different;
            }
        }
        ASSERT_GT(painted, 1000);
        EXPECT_LT(different, painted / 200) << "only antialiased edges may differ";
        // And it is not symmetric by accident: the unflipped images differ.
        int unflippedDifferent = 0;
        for (int y = 0; y < size.height(); ++y) {
            for (int x = 0; x < size.width(); ++x) {
                if (channelDistance(plain.pixel(x, y), other.pixel(x, y)) > 48)
                    ++unflippedDifferent;
            }
        }
        EXPECT_GT(unflippedDifferent, painted / 10);
    }
}

TEST(FigurePainter, PaintsVectorsOnly)
{
    const Camera camera {-60, 0};
    const FigureGeometry from = figureGeometry(crossLeggedUpright(), camera);
    const FigureGeometry to = figureGeometry(crossLeggedLeanHalf(), camera);
    RecordingPaintDevice device(400, 400);
    {
        QPainter painter(&device);
        const FigurePainter figurePainter(FigureStyle::fromPalette(themePalette(false)));
        const QTransform fit = FigurePainter::fitTransform(QRectF(0, 0, 400, 400), from.bounds);
        figurePainter.paint(painter, fit, to);
        figurePainter.paintMotionArrow(painter, fit, from, to);
    }
    EXPECT_GT(device.counts().vector(), 14) << "every part is drawn as a shape";
    EXPECT_EQ(device.counts().raster(), 0);
}

TEST(FigurePainter, PdfHoldsNoImages)
{
    const auto pdf = [](bool withImage) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A6));
        writer.setResolution(300);
        QPainter painter(&writer);
        const FigureStyle style = FigureStyle::fromPalette(themePalette(false));
        FigurePainter(style).paint(painter, QRectF(0, 0, 800, 800),
            figureGeometry(crossLeggedLeanHalf(), Camera {-90, 0}));
        if (withImage) {
            QImage image(16, 16, QImage::Format_RGB32);
            image.fill(Qt::red);
            painter.drawImage(QPointF(900, 900), image);
        }
        painter.end();
        return buffer.data();
    };
    const QByteArray figureOnly = pdf(false);
    ASSERT_TRUE(figureOnly.startsWith("%PDF"));
    EXPECT_FALSE(figureOnly.contains("/Subtype /Image"));
    // The check can see an image when there is one.
    EXPECT_TRUE(pdf(true).contains("/Subtype /Image"));
}

TEST(FigurePainter, LightAndDarkPalettesGiveContrastingBodies)
{
    const FigureStyle light = FigureStyle::fromPalette(themePalette(false));
    const FigureStyle dark = FigureStyle::fromPalette(themePalette(true));
    EXPECT_NE(light.body, dark.body);
    EXPECT_LT(luminance(light.body), luminance(light.background) - 0.5);
    EXPECT_GT(luminance(dark.body), luminance(dark.background) + 0.5);
    for (const FigureStyle &style : {light, dark}) {
        // Far limbs sit between the body and the background.
        const double body = luminance(style.body);
        const double far = luminance(style.farLimb);
        const double background = luminance(style.background);
        EXPECT_GT(std::abs(far - body), 0.1);
        EXPECT_GT(std::abs(far - background), 0.1);
        EXPECT_LT(std::min(body, background), far);
        EXPECT_GT(std::max(body, background), far);
    }
}

TEST(FigurePainter, DarkThemeFigureIsLightOnDark)
{
    const QImage image = paintFigure(figureGeometry(crossLeggedUpright(), Camera {0, 0}),
        {200, 200}, QRectF(0, 0, 200, 200), true);
    const FigureStyle style = FigureStyle::fromPalette(themePalette(true));
    int bodyPixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (channelDistance(image.pixel(x, y), style.body.rgb()) < 8)
                ++bodyPixels;
        }
    }
    EXPECT_GT(bodyPixels, 2000);
    EXPECT_EQ(image.pixel(0, 0), style.background.rgb());
}

TEST(FigurePainter, TintPaintsTheStretchedRegionInTheAccent)
{
    FigureStyle style = FigureStyle::fromPalette(themePalette(false));
    const FigureGeometry geometry = figureGeometry(crossLeggedLeanHalf(), Camera {-90, 0});
    const auto accentPixels = [&geometry](const FigureStyle &s) {
        QImage image(200, 200, QImage::Format_ARGB32);
        image.fill(s.background);
        QPainter painter(&image);
        FigurePainter(s).paint(painter, QRectF(0, 0, 200, 200), geometry);
        painter.end();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (channelDistance(image.pixel(x, y), s.accent.rgb()) < 8)
                    ++count;
            }
        }
        return count;
    };
    EXPECT_EQ(accentPixels(style), 0);
    style.tintStretchedRegion = true;
    EXPECT_GT(accentPixels(style), 200);
}

TEST(FigurePainter, PaperStyleIsDarkOnWhite)
{
    const FigureStyle paper = FigureStyle::forPaper();
    EXPECT_EQ(paper.background, QColor(Qt::white));
    EXPECT_LT(luminance(paper.body), 0.2);
    EXPECT_LT(luminance(paper.accent), luminance(paper.farLimb))
        << "the tint stays visible in grey";
}

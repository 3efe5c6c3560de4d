// The figure widget: shows a pose, moves between poses without waiting for
// a real timer, mirrors, and tells assistive technology what it shows.
#include "app/figure/figureview.h"
#include "core/figure/posemath.h"
#include "tests/core/figure/seated_leg_cross_poses.h"

#include <QImage>

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::testing;

namespace {

int paintedPixels(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background)
                ++count;
        }
    }
    return count;
}

} // namespace

TEST(FigureView, ShowsThePose)
{
    FigureView view;
    view.resize(200, 200);
    view.setPose(crossLeggedUpright());
    EXPECT_EQ(view.shownPose(), crossLeggedUpright());
    const QImage image = view.grab().toImage();
    EXPECT_GT(paintedPixels(image), 3000);
}

TEST(FigureView, AnimatesBetweenPosesOverTheGivenTime)
{
    FigureView view;
    view.setPose(crossLeggedUpright());
    view.animateTo(crossLeggedLeanHalf(), 3.0);
    EXPECT_TRUE(view.isAnimating());
    EXPECT_EQ(view.transitionDurationMs(), 3000);
    EXPECT_EQ(view.shownPose(), crossLeggedUpright()) << "it starts where it was";

    view.setTransitionProgress(0.5);
    const Pose halfway = view.shownPose();
    // Eased, but symmetric: halfway in time is halfway in angle.
    EXPECT_NEAR(halfway.pelvisPitch, crossLeggedLeanHalf().pelvisPitch / 2, 1e-9);

    view.setTransitionProgress(0.1);
    EXPECT_LT(view.shownPose().pelvisPitch, crossLeggedLeanHalf().pelvisPitch * 0.1)
        << "eases in: slower than linear at the start";

    view.setTransitionProgress(1.0);
    EXPECT_EQ(view.shownPose(), crossLeggedLeanHalf());
}

TEST(FigureView, ANewMovementStartsFromWhatIsShown)
{
    FigureView view;
    view.setPose(crossLeggedUpright());
    view.animateTo(crossLeggedElbowsFloor(), 2.0);
    view.setTransitionProgress(0.5);
    const Pose midway = view.shownPose();
    view.animateTo(crossLeggedUpright(), 1.0);
    EXPECT_EQ(view.shownPose(), midway) << "no jump";
    EXPECT_EQ(view.transitionDurationMs(), 1000);
}

TEST(FigureView, SetPoseStopsAMovement)
{
    FigureView view;
    view.animateTo(crossLeggedLeanHalf(), 2.0);
    view.setPose(crossLeggedElbowsFloor());
    EXPECT_FALSE(view.isAnimating());
    EXPECT_EQ(view.shownPose(), crossLeggedElbowsFloor());
}

TEST(FigureView, MirroredViewIsTheMirrorImage)
{
    FigureView view;
    view.resize(180, 180);
    view.setCamera(Camera {-60, 0});
    view.setPose(crossLeggedLeanHalf());
    const QImage plain = view.grab().toImage();
    view.setMirrored(true);
    EXPECT_TRUE(view.isMirrored());
    const QImage other = view.grab().toImage();
    EXPECT_NE(plain, other);
    const QImage flipped = plain.mirrored(true, false);
    int different = 0;
    for (int y = 0; y < other.height(); ++y) {
        for (int x = 0; x < other.width(); ++x) {
            const QRgb a = flipped.pixel(x, y);
            const QRgb b = other.pixel(x, y);
            if (std::abs(qGray(a) - qGray(b)) > 48)
                ++different;
        }
    }
    EXPECT_LT(different, paintedPixels(plain) / 100);
}

TEST(FigureView, MotionArrowIsDrawnOnlyWhenAsked)
{
    FigureView view;
    view.resize(200, 200);
    view.setCamera(Camera {-90, 0});
    view.setPose(crossLeggedUpright());
    view.animateTo(crossLeggedLeanHalf(), 1.0);
    view.setTransitionProgress(1.0);
    const QColor accent = view.palette().color(QPalette::Highlight);
    const auto accentPixels = [&accent](const QImage &image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - accent.red()) < 6 && std::abs(c.green() - accent.green()) < 6
                    && std::abs(c.blue() - accent.blue()) < 6)
                    ++count;
            }
        }
        return count;
    };
    EXPECT_EQ(accentPixels(view.grab().toImage()), 0);
    view.setMotionArrowVisible(true);
    EXPECT_GT(accentPixels(view.grab().toImage()), 50);
}

TEST(FigureView, TellsAssistiveTechnologyWhatItShows)
{
    FigureView view;
    EXPECT_FALSE(view.accessibleName().isEmpty());
    EXPECT_FALSE(view.accessibleDescription().isEmpty());
    const QString description
        = QStringLiteral("Sitting cross-legged, left leg on top, back upright.");
    view.setDescription(description);
    EXPECT_EQ(view.accessibleDescription(), description);
}

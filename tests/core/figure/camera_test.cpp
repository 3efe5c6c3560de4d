// The orthographic camera: which axes land where at each yaw, and depth.
#include "core/figure/camera.h"
#include "core/figure/skeleton.h"
#include "core/model/pose.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {
constexpr double kTolerance = 1e-9;
const Vec3 kPoint {0.3, 0.7, -0.2};
} // namespace

TEST(Camera, FrontViewShowsTheFiguresLeftOnTheRight)
{
    const ProjectedPoint p = Camera {0, 0}.project(kPoint);
    EXPECT_NEAR(p.point.x, kPoint.x, kTolerance);
    EXPECT_NEAR(p.point.y, kPoint.y, kTolerance);
    EXPECT_NEAR(p.depth, kPoint.z, kTolerance) << "the figure's front is nearest";
}

TEST(Camera, SideViewFromTheRightShowsTheFigureFacingRight)
{
    const ProjectedPoint p = Camera {90, 0}.project(kPoint);
    EXPECT_NEAR(p.point.x, kPoint.z, kTolerance);
    EXPECT_NEAR(p.point.y, kPoint.y, kTolerance);
    EXPECT_NEAR(p.depth, -kPoint.x, kTolerance) << "the figure's right is nearest";
}

TEST(Camera, YawZeroAndNinetySwapTheHorizontalAxesOfASkeleton)
{
    Pose pose;
    pose.left.hipFlexion = 70;
    pose.right.shoulderAbduction = 60;
    pose.spineTwist = 15;
    const Skeleton s = forwardKinematics(pose);
    for (const Vec3 &joint : s.joints) {
        const ProjectedPoint front = Camera {0, 0}.project(joint);
        const ProjectedPoint side = Camera {90, 0}.project(joint);
        EXPECT_NEAR(front.point.x, side.depth * -1, kTolerance);
        EXPECT_NEAR(side.point.x, front.depth, kTolerance);
        EXPECT_NEAR(front.point.y, side.point.y, kTolerance);
    }
}

TEST(Camera, ThreeQuarterViewBlendsFrontAndSide)
{
    const double half = std::sqrt(0.5);
    const ProjectedPoint p = Camera {45, 0}.project(kPoint);
    EXPECT_NEAR(p.point.x, (kPoint.x + kPoint.z) * half, kTolerance);
    EXPECT_NEAR(p.depth, (kPoint.z - kPoint.x) * half, kTolerance);
}

TEST(Camera, ScreenAxesAndViewDirectionAreOrthonormal)
{
    for (const Camera camera :
        {Camera {0, 0}, Camera {90, 10}, Camera {-45, 20}, Camera {30, -5}}) {
        EXPECT_NEAR(length(camera.screenRight()), 1, kTolerance);
        EXPECT_NEAR(length(camera.screenUp()), 1, kTolerance);
        EXPECT_NEAR(length(camera.towardCamera()), 1, kTolerance);
        EXPECT_NEAR(dot(camera.screenRight(), camera.screenUp()), 0, kTolerance);
        EXPECT_NEAR(dot(camera.screenRight(), camera.towardCamera()), 0, kTolerance);
        EXPECT_NEAR(dot(camera.screenUp(), camera.towardCamera()), 0, kTolerance);
    }
}

TEST(Camera, PitchLooksDownSoNearFloorPointsDropOnThePicture)
{
    const Camera level {90, 0};
    const Camera above {90, 20};
    const Vec3 nearFloorPoint {-0.5, 0, 0};
    const Vec3 farFloorPoint {0.5, 0, 0};
    EXPECT_NEAR(
        level.project(nearFloorPoint).point.y, level.project(farFloorPoint).point.y, kTolerance);
    EXPECT_LT(above.project(nearFloorPoint).point.y, above.project(farFloorPoint).point.y);
    EXPECT_GT(above.project({0, 1, 0}).depth, 0) << "the camera is above the figure";
}

TEST(Camera, MirroredCameraMirrorsThePicture)
{
    const Camera camera {35, 12};
    const Vec3 reflected {-kPoint.x, kPoint.y, kPoint.z};
    const ProjectedPoint a = camera.project(kPoint);
    const ProjectedPoint b = camera.mirrored().project(reflected);
    EXPECT_NEAR(a.point.x, -b.point.x, kTolerance);
    EXPECT_NEAR(a.point.y, b.point.y, kTolerance);
    EXPECT_NEAR(a.depth, b.depth, kTolerance);
}

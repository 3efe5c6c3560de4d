#pragma once

#include "core/figure/vec.h"

namespace limber {

/// A point after projection: where it lands on the drawing plane and how
/// near the camera it is (larger depth is nearer).
struct ProjectedPoint
{
    Point2 point;
    double depth = 0;
};

/// An orthographic camera circling the figure. Yaw 0 looks at the figure's
/// front (its left appears on the right of the picture), yaw 90 looks at its
/// right side (it faces right in the picture), yaw 45 is the three-quarter
/// view from the front right; negative yaws look from the figure's left.
/// Pitch raises the camera to look down a little (positive) at the figure.
struct Camera
{
    double yawDegrees = 90.0;
    double pitchDegrees = 0.0;

    /// Unit vector pointing from the figure toward the camera.
    Vec3 towardCamera() const;
    /// Unit vectors in 3D that map to the picture's right and up.
    Vec3 screenRight() const;
    Vec3 screenUp() const;

    ProjectedPoint project(Vec3 point) const;

    /// The camera on the other side of the figure's midplane: with a
    /// mirrored pose it gives the horizontal mirror image of the picture.
    Camera mirrored() const { return {-yawDegrees, pitchDegrees}; }

    friend bool operator==(const Camera &, const Camera &) = default;
};

} // namespace limber

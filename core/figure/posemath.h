#pragma once

#include "core/model/pose.h"

namespace limber {

/// The same posture with left and right swapped: the limbs trade places and
/// the side bend and twist turn the other way. Used to show the other side
/// of an exercise; mirrored(mirrored(p)) == p.
Pose mirrored(const Pose &pose);

/// Every joint angle moved linearly from \a from (t = 0) to \a to (t = 1).
/// \a t is clamped to [0, 1]; easing is the caller's choice. The support
/// (a prop such as a chair) is that of the nearer end.
Pose interpolate(const Pose &from, const Pose &to, double t);

} // namespace limber

#pragma once

#include "core/figure/bodyproportions.h"
#include "core/figure/vec.h"

#include <array>
#include <vector>

namespace limber {

struct Skeleton;

/// A rectangular block of a prop in the figure's 3D frame, as its eight corners.
using PropBlock = std::array<Vec3, 8>;

/// The blocks of the prop a posed figure sits on (Skeleton::support): none
/// on the floor; for a chair, a seat just under the figure's seat, four legs
/// down to the floor and a backrest behind the lower back. The chair is
/// square to the room, centred under the pelvis, so it mirrors with the
/// figure. Empty when the seat is too close to the floor to put a chair under.
std::vector<PropBlock> supportBlocks(const Skeleton &skeleton, const BodyProportions &body = {});

} // namespace limber

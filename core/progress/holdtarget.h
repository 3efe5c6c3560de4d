#pragma once

#include "core/model/progressionladder.h"
#include "core/model/routine.h"

#include <optional>

namespace limber {

/// How long each hold lasts and how many holds per side (for an exercise
/// without sides: how many holds) a routine asks of one exercise.
///
/// A target belongs to one exercise in one routine: the same exercise in
/// two routines has two targets. With no target chosen, the routine item's
/// own hold plan is the target ("the routine plan").
struct HoldTarget
{
    int holdSeconds = 60;
    int holdsPerSide = 2;

    friend bool operator==(const HoldTarget &, const HoldTarget &) = default;
};

/// The routine item's own plan.
HoldTarget planOf(const RoutineItem &item);

/// `target` moved inside the routine limits (limits::minHoldSeconds ..
/// maxHoldSeconds, minHoldsPerSide .. maxHoldsPerSide).
HoldTarget withinLimits(HoldTarget target);

/// How many holds one session asks at `target`: both sides for an exercise
/// done on alternating sides, otherwise holdsPerSide.
int holdsPerSession(HoldTarget target, bool sided);

/// One step up the ladder: seconds first (to the next multiple of the step
/// above the current length, never past the ladder's longest hold), then,
/// once the hold is as long as the ladder goes, one more hold per side (up
/// to the ladder's most). std::nullopt at the top: there is nothing to grow.
/// A target set by hand between two rungs grows to the next rung above.
std::optional<HoldTarget> grownTarget(HoldTarget current, const ProgressionLadder &ladder);

/// One step down, mirroring grownTarget(): while there are more holds per
/// side than the routine plan asks, one hold fewer; otherwise the hold gets
/// shorter, to the next multiple of the step below, never under
/// limits::minHoldSeconds (10 s). std::nullopt at the bottom (plan's holds
/// per side or fewer, and 10 s). A target between two rungs steps back to
/// the rung below.
std::optional<HoldTarget> steppedBackTarget(
    HoldTarget current, HoldTarget plan, const ProgressionLadder &ladder);

} // namespace limber

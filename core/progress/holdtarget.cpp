#include "core/progress/holdtarget.h"

#include <algorithm>

namespace limber {

namespace {

/// The multiple of `step` next above `seconds`.
int nextRungAbove(int seconds, int step)
{
    return (seconds / step + 1) * step;
}

/// The multiple of `step` next below `seconds`.
int nextRungBelow(int seconds, int step)
{
    return ((seconds - 1) / step) * step;
}

} // namespace

HoldTarget planOf(const RoutineItem &item)
{
    return {item.holdSeconds, item.holdsPerSide};
}

HoldTarget withinLimits(HoldTarget target)
{
    return {std::clamp(target.holdSeconds, limits::minHoldSeconds, limits::maxHoldSeconds),
        std::clamp(target.holdsPerSide, limits::minHoldsPerSide, limits::maxHoldsPerSide)};
}

int holdsPerSession(HoldTarget target, bool sided)
{
    return sided ? target.holdsPerSide * 2 : target.holdsPerSide;
}

std::optional<HoldTarget> grownTarget(HoldTarget current, const ProgressionLadder &ladder)
{
    const int step = std::max(ladder.stepSeconds, 1);
    const int longest
        = std::clamp(ladder.maxHoldSeconds, limits::minHoldSeconds, limits::maxHoldSeconds);
    const int mostHolds
        = std::clamp(ladder.maxHoldsPerSide, limits::minHoldsPerSide, limits::maxHoldsPerSide);
    if (current.holdSeconds < longest) {
        const int seconds = std::min(nextRungAbove(current.holdSeconds, step), longest);
        return withinLimits({seconds, current.holdsPerSide});
    }
    if (current.holdsPerSide < mostHolds)
        return withinLimits({current.holdSeconds, current.holdsPerSide + 1});
    return std::nullopt;
}

std::optional<HoldTarget> steppedBackTarget(
    HoldTarget current, HoldTarget plan, const ProgressionLadder &ladder)
{
    const int step = std::max(ladder.stepSeconds, 1);
    if (current.holdsPerSide > plan.holdsPerSide && current.holdsPerSide > limits::minHoldsPerSide)
        return withinLimits({current.holdSeconds, current.holdsPerSide - 1});
    if (current.holdSeconds <= limits::minHoldSeconds)
        return std::nullopt;
    const int seconds = std::max(nextRungBelow(current.holdSeconds, step), limits::minHoldSeconds);
    return withinLimits({seconds, current.holdsPerSide});
}

} // namespace limber

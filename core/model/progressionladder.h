#pragma once

#include "core/model/routine.h"

#include <algorithm>

namespace limber {

/// How an exercise's hold target may grow, from its content file
/// (`"progression"`, docs/content-format.md). Hold lengths move along the
/// multiples of stepSeconds (60, 75, 90, ... for 15-second steps) up to
/// maxHoldSeconds; after that the target grows by one hold per side at a
/// time, up to maxHoldsPerSide.
struct ProgressionLadder
{
    int stepSeconds = 15;
    int maxHoldSeconds = std::min(120, limits::maxHoldSeconds);
    int maxHoldsPerSide = 2;

    friend bool operator==(const ProgressionLadder &, const ProgressionLadder &) = default;
};

/// What a content file may say about a ladder.
namespace limits {
inline constexpr int minProgressionStepSeconds = 5;
inline constexpr int maxProgressionStepSeconds = 60;
inline constexpr int minProgressionMaxHoldSeconds = 10;
inline constexpr int maxProgressionMaxHoldSeconds = 600;
} // namespace limits

} // namespace limber

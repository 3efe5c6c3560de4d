#pragma once

#include "core/session/sessionoptions.h"

#include <QString>

#include <chrono>
#include <optional>

namespace limber {

class ContentLibrary;
struct Routine;

/// How long \a routine takes with \a options, from its timeline; nothing
/// when it has no exercises or cannot be built (an unknown exercise, a plan
/// out of the limits).
std::optional<std::chrono::seconds> routineDuration(
    const Routine &routine, const ContentLibrary &library, const SessionOptions &options);

/// "About 6 minutes", "Under a minute"; for nothing, "No exercises yet".
QString describeRoutineLength(std::optional<std::chrono::seconds> duration);

} // namespace limber

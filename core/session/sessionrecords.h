#pragma once

#include "core/model/side.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace limber {

/// Why a session ended before its end.
enum class StopReason {
    None, ///< it did not stop early: it ran to Done
    User, ///< the person chose to stop
    Pain, ///< the person stopped because it hurt
};

/// One hold as it happened: what the session runner reports the moment a
/// hold ends, what the session log writes, and, once the person answers,
/// how far they reached.
///
/// Holds are counted from 1 here, as a person reads them ("hold 1 of 2"),
/// like Phase::holdNumber. The history file stores the same count from 0
/// (holds.hold_index); SessionLog converts at that boundary and nowhere else.
struct HoldRecord
{
    QString exerciseId;
    int itemIndex = 0; ///< routine item the hold belongs to
    Side side = Side::None;
    int holdNumber = 1; ///< from 1, counted per side (n of holdsPerSide)
    int holdsPerSide = 0;
    std::chrono::milliseconds target {0}; ///< planned length, including any extension
    std::chrono::milliseconds held {0}; ///< active time actually held (pauses excluded)
    QDateTime startUtc; ///< calendar time the hold began (from the WallClock)
    int utcOffsetSeconds = 0; ///< the user's UTC offset then; decides the local calendar day
    bool completed = false; ///< false when cut short by skip or stop
    std::optional<int> reach; ///< 0..3, how far into the stretch; unset when not asked

    friend bool operator==(const HoldRecord &, const HoldRecord &) = default;
};

/// The outcome of a session, when it finishes or is stopped. Each hold of the
/// routine counts once, by the best of its attempts (held, else cut short, else
/// skipped), however often it was gone back to; holds after a stop count nowhere.
struct SessionSummary
{
    int completedLeftHolds = 0; ///< held to their end
    int completedRightHolds = 0;
    int completedUnsidedHolds = 0;
    /// Held for at least SessionOptions::holdStartedAfter, then left by skip or stop.
    int cutShortHolds = 0;
    /// Left by skip before SessionOptions::holdStartedAfter: never really started.
    int skippedHolds = 0;
    std::chrono::milliseconds totalHeld {0}; ///< every hold's held time, partial ones too
    std::chrono::milliseconds activeTime {0}; ///< session time, pauses excluded
    /// The session reached Done with at least one hold held to its end. A
    /// session skipped through to the end without that is not completed
    /// (stopReason stays None: nobody stopped it).
    bool completed = false;
    StopReason stopReason = StopReason::None;
    QDateTime startedUtc;
    int utcOffsetSeconds = 0;

    int heldHolds() const
    {
        return completedLeftHolds + completedRightHolds + completedUnsidedHolds;
    }

    friend bool operator==(const SessionSummary &, const SessionSummary &) = default;
};

} // namespace limber

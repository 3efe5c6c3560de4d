#pragma once

#include "model/side.h"

#include <QString>

#include <chrono>

namespace limber {

/// What the person should hear or see now. The session engine decides which
/// cues are due; the app turns them into tones, speech and on-screen text.
struct Cue
{
    enum class Kind {
        PhaseStart, ///< a prepare step, hold, switch or rest begins
        StepText, ///< read the step's instruction aloud
        Countdown, ///< 3, 2, 1 before a hold ends (count holds the number)
        TenSecondsLeft,
        Halfway,
        SwitchSides, ///< text names the leg that goes on top next
        BreatheIn,
        BreatheOut,
        Reminder, ///< a short form reminder during a hold
        Paused, ///< the runner paused itself (e.g. the computer slept)
        Done,
    };

    /// How much a cue matters when two want the voice at once: a newer cue
    /// of higher priority interrupts; lower waits or is dropped.
    enum class Priority { Low = 0, Normal = 1, High = 2, Critical = 3 };

    Kind kind = Kind::PhaseStart;
    Priority priority = Priority::Normal;
    QString text; ///< user-facing words, already localised
    Side side = Side::None;
    int count = 0; ///< for Countdown: 3, 2 or 1
    std::chrono::milliseconds at {0}; ///< active session time the cue is due

    friend bool operator==(const Cue &, const Cue &) = default;
};

} // namespace limber

#pragma once

#include "core/model/side.h"

#include <QString>

#include <chrono>

namespace limber {

/// What the person should hear or see now. The Timeline decides which cues
/// are due and when; the app turns them into tones, speech and on-screen text.
struct Cue
{
    enum class Kind {
        PhaseStart, ///< a get-ready, prepare step, hold, switch, rest or the end begins
        StepText, ///< read the step's instruction aloud (at a prepare step's start)
        /// A caution of the step that runs (after its instruction), or of all
        /// the steps at the first hold when the set-up steps are left out.
        Caution,
        /// An exercise is over: its finish words ("Sit up slowly"), at the start
        /// of the phase after its last hold.
        Finish,
        /// The person stopped because it hurt: the exercise's finish words,
        /// said at once. Emitted by the runner, never planned.
        StoppedForPain,
        Countdown, ///< 3, 2, 1 before a hold ends (count holds the number)
        TenSecondsLeft, ///< ten seconds before a hold of 20 s or more ends
        Halfway, ///< half-way through a hold of 30 s or more
        SwitchSides, ///< text names the side that comes next ("Switch: right leg on top")
        BreatheIn,
        BreatheOut,
        Reminder, ///< a short form reminder from the exercise, during a hold
        Paused, ///< the runner paused itself because the computer slept
        Done, ///< the routine is complete ("Well done"; "No holds done this time." when none was
              ///< held)
    };

    /// How much a cue matters when two want the voice at once: a newer cue
    /// of higher priority interrupts; lower waits or is dropped.
    enum class Priority { Low = 0, Normal = 1, High = 2, Critical = 3 };

    Kind kind = Kind::PhaseStart;
    Priority priority = Priority::Normal;
    QString text; ///< user-facing words, already localised
    /// Fewer words for the same moment, spoken when the full text does not fit
    /// before the next tone (a short hold); empty when there is none.
    QString shortText;
    Side side = Side::None; ///< the side held, or for SwitchSides the side that comes next
    int count = 0; ///< for Countdown: 3, 2 or 1
    std::chrono::milliseconds at {0}; ///< active session time the cue is due
    int phaseIndex = -1; ///< the Timeline phase the cue belongs to

    friend bool operator==(const Cue &, const Cue &) = default;
};

/// The priority each kind of cue carries: Done, SwitchSides, Countdown and the
/// safety words (Caution, Finish) are High, Paused and StoppedForPain are
/// Critical, breath and reminders are Low, the rest Normal.
constexpr Cue::Priority priorityOf(Cue::Kind kind)
{
    switch (kind) {
    case Cue::Kind::Paused:
    case Cue::Kind::StoppedForPain:
        return Cue::Priority::Critical;
    case Cue::Kind::Caution:
    case Cue::Kind::Finish:
    case Cue::Kind::Done:
    case Cue::Kind::SwitchSides:
    case Cue::Kind::Countdown:
        return Cue::Priority::High;
    case Cue::Kind::BreatheIn:
    case Cue::Kind::BreatheOut:
    case Cue::Kind::Reminder:
        return Cue::Priority::Low;
    case Cue::Kind::PhaseStart:
    case Cue::Kind::StepText:
    case Cue::Kind::TenSecondsLeft:
    case Cue::Kind::Halfway:
        break;
    }
    return Cue::Priority::Normal;
}

} // namespace limber

#pragma once

#include <QStringList>

#include <chrono>
#include <optional>

namespace limber {

/// How a routine is turned into a timed session. Defaults suit a first session.
struct SessionOptions
{
    /// Breathing pattern during holds: in, then out, repeated from the hold's start.
    std::chrono::milliseconds breatheIn {4000};
    std::chrono::milliseconds breatheOut {6000};
    bool breathingCues = true;

    /// How long a set-up step lasts when the content gives it no duration. A step
    /// with a motion and no duration lasts this plus the motion's own time.
    std::chrono::milliseconds defaultStepDuration {8000};
    /// A step with cautions and no duration of its own lasts this much longer
    /// per caution, so that there is time to say them after the instruction.
    std::chrono::milliseconds cautionTime {4000};
    /// A set-up step never ends before its words could be said: the
    /// instruction and its cautions at this many words a minute (the voice
    /// speaks at 150; slower leaves room for the pauses between sentences
    /// and for reading), whatever duration the content gives it.
    int unhurriedWordsPerMinute = 120;

    /// Form reminders from the exercise during holds: the first this long into a
    /// hold, then every reminderInterval, each kept clear of other cues.
    bool reminders = true;
    std::chrono::milliseconds firstReminderAfter {20000};
    std::chrono::milliseconds reminderInterval {30000};

    /// UI languages, most preferred first (QLocale::uiLanguages()), for the
    /// content's LocalizedText. Cue words of our own go through Qt translations.
    QStringList uiLanguages;

    // Runner behaviour.
    /// How much extendHold() adds.
    std::chrono::milliseconds extendStep {15000};
    /// back() within this much of a phase's start goes to the previous phase.
    std::chrono::milliseconds backGrace {3000};
    /// A hold skipped before this much of it was held counts as skipped, not
    /// cut short: nobody was in the stretch yet (a quick press of Next).
    std::chrono::milliseconds holdStartedAfter {3000};
    /// Cues more than this late when a poll finally comes are dropped (phase
    /// changes, hold records, Done and the safety words never are).
    std::chrono::milliseconds staleCueLimit {2000};
    /// Suspend-inclusive time running ahead of monotonic time by more than
    /// this between two polls means the computer slept.
    std::chrono::milliseconds suspendThreshold {5000};
    /// Monotonic time between two polls longer than this means the program
    /// did not run (stopped with SIGSTOP, or its event loop held up): the
    /// session pauses at the last poll, as after a sleep, so time nobody saw
    /// is never counted as held. Only for a caller that polls more often
    /// than this (SessionDriver then polls at least three times as often);
    /// none by default, where polls may come at any interval.
    std::optional<std::chrono::milliseconds> stallThreshold;
};

} // namespace limber

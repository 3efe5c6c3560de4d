#pragma once

#include "core/session/cue.h"
#include "core/session/phase.h"
#include "core/session/tone.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

namespace limber {

/// What one cue asks to be heard (decided by the app from the person's settings).
struct CueSound
{
    std::optional<Tone> tone;
    QStringList speech; ///< the words: the full form first, then shorter forms; empty = no words
};

/// One sound the session will play, with the moment it starts.
struct PlannedSound
{
    enum class Kind { Tone, Speech };

    Kind kind = Kind::Tone;
    std::chrono::milliseconds at {0}; ///< onset, in active session time (the cues' clock)
    std::chrono::milliseconds duration {0};
    Tone tone = Tone::PhaseStart; ///< Kind::Tone only
    QString text; ///< Kind::Speech only: the form chosen
    int cueIndex = -1; ///< index into the cue list given to planSounds

    std::chrono::milliseconds end() const { return at + duration; }

    friend bool operator==(const PlannedSound &, const PlannedSound &) = default;
};

/// A sound a cue asked for that will not be played, and why. Kept so that the
/// app can log it and tests can see that nothing disappears silently.
struct DroppedSound
{
    enum class Reason {
        ToneCollision, ///< too close to a tone of higher priority (or an earlier one of equal)
        BreathUnderWords, ///< a breath (Low) tone that words of a higher-priority cue cover
        NoRoomForWords, ///< no form of the words fits before the cue's delay limit or phase end
        WordsNotRendered, ///< the speech length was unknown for every form
        SameWordsAtOnce, ///< another cue already says the same words at the same instant
    };

    PlannedSound::Kind kind = PlannedSound::Kind::Tone;
    int cueIndex = -1;
    Tone tone = Tone::PhaseStart; ///< Kind::Tone only
    QString text; ///< Kind::Speech only: the full form
    Reason reason = Reason::ToneCollision;

    friend bool operator==(const DroppedSound &, const DroppedSound &) = default;
};

struct SoundPlan
{
    QList<PlannedSound> sounds; ///< sorted by at (ties: tones before speech, then cueIndex)
    QList<DroppedSound> dropped; ///< sorted by cueIndex, a cue's tone before its words
};

/// The spacing the planner keeps. Every limit is there so that the person can
/// tell sounds apart: a tick under a sentence is a missed count.
struct SoundPlanRules
{
    std::chrono::milliseconds toneGap {40}; ///< least silence between two tones
    /// Silence between a tone's end and words (and words' end and a tone).
    std::chrono::milliseconds wordsAfterTone {120};
    std::chrono::milliseconds gapBetweenSentences {250};
    /// How late words may start after their earliest moment; later, they no
    /// longer belong to the moment they describe.
    std::chrono::milliseconds longestDelay {2500};
    /// The same for Cue::Kind::StepText: an instruction still helps a few seconds late.
    std::chrono::milliseconds longestInstructionDelay {6000};
    /// The same for Low-priority cues (breath words, reminders): a late
    /// "breathe in" is wrong, so it waits little.
    std::chrono::milliseconds longestLowPriorityDelay {800};
};

using ToneLength = std::function<std::chrono::milliseconds(Tone)>;
/// Length of the rendered words; nullopt when they could not be rendered.
using SpeechLength = std::function<std::optional<std::chrono::milliseconds>(const QString &)>;

/// Decides when every tone and every sentence of a session is heard, so that
/// nothing talks over anything else, above all not over the countdown. Pure
/// and deterministic: the same input gives the same plan, with no clock.
///
/// `sounds` is parallel to `cues` (same size; extra entries of the longer list
/// are ignored). `phases`: the timeline's phases (Cue::phaseIndex indexes it).
/// A cue's priority is its Cue::priority.
///
/// Tones never move; their timing is the session's rhythm:
/// - Tones are handled by cue priority (highest first), then time, then cue
///   index. A tone is kept unless its interval [at, at + length) comes closer
///   than toneGap to a tone already kept; then it is dropped (ToneCollision).
///   So a breath tone (Low) at a hold's start gives way to the phase-start
///   chime (Normal), and countdown ticks (High) always win.
///
/// Words may wait a little, and come in shorter forms:
/// - Words are handled by cue priority (highest first), then time, then cue
///   index. A Caution (High: it is about safety) follows the words of its
///   phase at the same instant that come before it in the cue list (the
///   PhaseStart, the StepText, a Finish, earlier cautions): those are handled
///   with the caution's priority, just before it, and the caution starts no
///   earlier than gapBetweenSentences after the last of them ends.
/// - Words equal (full form) to words already placed for the same instant are
///   dropped (SameWordsAtOnce): a Switch phase's PhaseStart and its
///   SwitchSides cue say the same thing.
/// - earliest = cue.at, plus (own tone length + wordsAfterTone) when the cue's
///   own tone is kept. The start may be at most longestDelay after earliest
///   (longestInstructionDelay for StepText, else longestLowPriorityDelay for
///   Low priority); a Caution may start any time its words still end within
///   its phase.
/// - Words end no later than the end of the cue's phase, except in a phase of
///   zero duration (Done) or when the cue names no phase: no end limit then.
/// - Obstacles: every kept tone padded by wordsAfterTone on both sides, every
///   placed sentence padded by gapBetweenSentences. For words of a cue above
///   Low priority, Low-priority tones (breath) are no obstacle; instead every
///   such tone that the words, padded by wordsAfterTone, overlap is removed
///   (BreathUnderWords).
/// - Each form of the speech is tried in order, full form first. A form's
///   candidate starts are earliest and every obstacle end up to the latest
///   start, in order; the first where the words are clear of every obstacle
///   and meet the end rule is taken. The first form that fits wins. A form
///   with no rendered length is skipped. Nothing fits: NoRoomForWords; no form
///   rendered at all: WordsNotRendered.
///
/// So words never overlap a kept tone: every tone in the plan has at least
/// wordsAfterTone of silence from every sentence in the plan.
SoundPlan planSounds(const QList<Cue> &cues, const QList<CueSound> &sounds,
    const QList<Phase> &phases, const ToneLength &toneLength, const SpeechLength &speechLength,
    const SoundPlanRules &rules = {});

} // namespace limber

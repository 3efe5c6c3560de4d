#pragma once

#include "app/audio/tone.h"
#include "core/session/cue.h"

#include <QString>

#include <optional>

namespace limber {

/// How the 3-2-1 before a hold ends is given.
enum class CountdownStyle { Voice, Tones };

/// What the person chose to hear (from Settings).
struct CuePreferences
{
    bool tones = true;
    bool voice = true;
    bool breathingTones = true;
    /// Tones by default: a tick lands on the second, while speech engines start
    /// (and report finishing) short words a few hundred milliseconds late.
    CountdownStyle countdown = CountdownStyle::Tones;

    friend bool operator==(const CuePreferences &, const CuePreferences &) = default;
};

/// What this machine can play right now.
struct AudioAvailability
{
    bool tones = false;
    bool voice = false;
};

/// The sounds for one cue: a tone, words to speak, both or neither.
struct CueOutput
{
    std::optional<Tone> tone;
    QString speech; ///< empty: say nothing
};

/// Decides how a cue sounds. When the chosen way is not available (voice off
/// or no speech engine) the countdown and breath cues fall back to the other
/// way, so the person still gets them; the rest rely on the screen. Words
/// without a tone of their own: instructions, cautions, finish words (also
/// when stopped for pain), reminders, "halfway", "ten seconds left".
CueOutput routeCue(const Cue &cue, const CuePreferences &preferences, AudioAvailability available);

} // namespace limber

#include "app/audio/cuerouting.h"

namespace limber {

namespace {

struct Channels
{
    bool tones;
    bool voice;
};

CueOutput toneAndWords(Tone tone, const Cue &cue, Channels on)
{
    CueOutput output;
    if (on.tones)
        output.tone = tone;
    if (on.voice)
        output.speech = cue.text;
    return output;
}

CueOutput wordsOnly(const Cue &cue, Channels on)
{
    CueOutput output;
    if (on.voice)
        output.speech = cue.text;
    return output;
}

CueOutput countdown(const Cue &cue, const CuePreferences &preferences, Channels on)
{
    const QString words = cue.text.isEmpty() ? QString::number(cue.count) : cue.text;
    const bool preferVoice = preferences.countdown == CountdownStyle::Voice;
    CueOutput output;
    if ((preferVoice && on.voice) || (!on.tones && on.voice))
        output.speech = words;
    else if (on.tones)
        output.tone = Tone::CountdownTick;
    return output;
}

CueOutput breath(Tone tone, const Cue &cue, const CuePreferences &preferences, Channels on)
{
    CueOutput output;
    if (!preferences.breathingTones)
        return output;
    if (on.tones)
        output.tone = tone;
    else if (on.voice)
        output.speech = cue.text;
    return output;
}

} // namespace

CueOutput routeCue(const Cue &cue, const CuePreferences &preferences, AudioAvailability available)
{
    const Channels on {preferences.tones && available.tones, preferences.voice && available.voice};
    switch (cue.kind) {
    case Cue::Kind::PhaseStart:
        return toneAndWords(Tone::PhaseStart, cue, on);
    case Cue::Kind::SwitchSides:
        return toneAndWords(Tone::SwitchSides, cue, on);
    case Cue::Kind::Paused:
        return toneAndWords(Tone::Paused, cue, on);
    case Cue::Kind::Done:
        return toneAndWords(Tone::Done, cue, on);
    case Cue::Kind::Countdown:
        return countdown(cue, preferences, on);
    case Cue::Kind::BreatheIn:
        return breath(Tone::BreatheIn, cue, preferences, on);
    case Cue::Kind::BreatheOut:
        return breath(Tone::BreatheOut, cue, preferences, on);
    case Cue::Kind::StepText:
    case Cue::Kind::Caution:
    case Cue::Kind::Finish:
    case Cue::Kind::StoppedForPain:
    case Cue::Kind::TenSecondsLeft:
    case Cue::Kind::Halfway:
    case Cue::Kind::Reminder:
        return wordsOnly(cue, on);
    }
    return {};
}

} // namespace limber

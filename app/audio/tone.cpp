#include "tone.h"

#include "sound_resources.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

QString toneFileName(Tone tone)
{
    switch (tone) {
    case Tone::PhaseStart:
        return u"phase-start.wav"_s;
    case Tone::CountdownTick:
        return u"countdown-tick.wav"_s;
    case Tone::SwitchSides:
        return u"switch-sides.wav"_s;
    case Tone::Done:
        return u"done.wav"_s;
    case Tone::BreatheIn:
        return u"breathe-in.wav"_s;
    case Tone::BreatheOut:
        return u"breathe-out.wav"_s;
    case Tone::Paused:
        return u"paused.wav"_s;
    }
    return {};
}

} // namespace

QString toneResourcePath(Tone tone)
{
    return bundledSoundsRoot() + u'/' + toneFileName(tone);
}

} // namespace limber

#include "app/audio/tone.h"

#include "resources/sounds/sound_resources.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

QString toneName(Tone tone)
{
    switch (tone) {
    case Tone::PhaseStart:
        return u"phase-start"_s;
    case Tone::CountdownTick:
        return u"countdown-tick"_s;
    case Tone::SwitchSides:
        return u"switch-sides"_s;
    case Tone::Done:
        return u"done"_s;
    case Tone::BreatheIn:
        return u"breathe-in"_s;
    case Tone::BreatheOut:
        return u"breathe-out"_s;
    case Tone::Paused:
        return u"paused"_s;
    }
    return {};
}

QString toneResourcePath(Tone tone)
{
    return bundledSoundsRoot() + u'/' + toneName(tone) + u".wav"_s;
}

} // namespace limber

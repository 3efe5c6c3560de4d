#include "toneoutput.h"

#include <QSoundEffect>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace limber {

SoundEffectTones::SoundEffectTones(QObject *parent)
    : QObject(parent)
{
    for (const Tone tone : allTones) {
        auto *effect = new QSoundEffect(this);
        effect->setSource(QUrl(u"qrc"_s + toneResourcePath(tone)));
        m_effects.insert(tone, effect);
    }
    warmUp(m_effects.value(Tone::CountdownTick));
}

void SoundEffectTones::warmUp(QSoundEffect *effect)
{
    // The first sound a process plays waits for the audio system to open a
    // stream (half a second or more with PulseAudio), which would put the first
    // tone of a session behind its words. Playing one tone muted at start
    // pays that cost early.
    const auto playMuted = [effect] {
        effect->setMuted(true);
        effect->play();
    };
    connect(effect, &QSoundEffect::playingChanged, this, [effect] {
        if (!effect->isPlaying())
            effect->setMuted(false);
    });
    if (effect->status() == QSoundEffect::Ready) {
        playMuted();
        return;
    }
    connect(effect, &QSoundEffect::statusChanged, this, [effect, playMuted] {
        if (effect->status() == QSoundEffect::Ready)
            playMuted();
    });
}

SoundEffectTones::~SoundEffectTones() = default;

void SoundEffectTones::play(Tone tone)
{
    if (QSoundEffect *effect = m_effects.value(tone))
        effect->play();
}

void SoundEffectTones::setGain(float gain)
{
    for (QSoundEffect *effect : std::as_const(m_effects))
        effect->setVolume(gain);
}

} // namespace limber

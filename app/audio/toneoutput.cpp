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

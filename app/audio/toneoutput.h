#pragma once

#include "tone.h"

#include <QHash>
#include <QObject>

class QSoundEffect;

namespace limber {

/// Plays the short cue tones.
class ToneOutput
{
public:
    virtual ~ToneOutput() = default;
    virtual void play(Tone tone) = 0;
    /// Linear gain, 0 to 1.
    virtual void setGain(float gain) = 0;

protected:
    ToneOutput() = default;
    ToneOutput(const ToneOutput &) = default;
    ToneOutput &operator=(const ToneOutput &) = default;
};

/// The real tones: one QSoundEffect per tone, loaded when created so that a
/// cue plays without a decoding delay.
class SoundEffectTones final : public QObject, public ToneOutput
{
    Q_OBJECT

public:
    explicit SoundEffectTones(QObject *parent = nullptr);
    ~SoundEffectTones() override;

    void play(Tone tone) override;
    void setGain(float gain) override;

private:
    QHash<Tone, QSoundEffect *> m_effects;
};

} // namespace limber

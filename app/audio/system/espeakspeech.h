#pragma once

#include "app/audio/speechengine.h"

#include <memory>

namespace limber {

/// SpeechEngine over libespeak-ng's C API: offline, voices for every language
/// Limber ships, and it renders in the calling thread (AUDIO_OUTPUT_SYNCHRONOUS)
/// into memory, so nothing of it touches the sound device.
/// eSpeak keeps global state: every instance shares the one engine, which
/// stays loaded until the process ends.
class EspeakSpeech final : public SpeechEngine
{
public:
    /// Starts eSpeak; null with `problem` set when its data is missing.
    static std::unique_ptr<EspeakSpeech> create(QString *problem);
    ~EspeakSpeech() override;

    QStringList voicesFor(const QString &language) const override;
    Result<PcmClip> render(const QString &text, const SpeechVoice &voice) override;

private:
    explicit EspeakSpeech(int sampleRate);

    int m_sampleRate;
    QString m_voice; ///< the voice eSpeak has set now
};

} // namespace limber

#pragma once

#include "app/audio/audiosystem.h"

#include <QAudioDevice>
#include <QAudioFormat>

namespace limber {

/// The AudioSystem of Limber's audio module: outputs through Qt
/// Multimedia's QAudioSink, speech through eSpeak NG where it was built in.
class QtAudioSystem final : public AudioSystem
{
public:
    /// The format a stream of `sampleRate` mono uses on `device`: 16-bit
    /// where the device takes it, else what the device prefers.
    static QAudioFormat formatFor(const QAudioDevice &device, int sampleRate);

    OutputDevice defaultOutput() const override;
    void watchOutputs(QObject *context, std::function<void()> changed) override;
    std::unique_ptr<PlayingOutput> play(
        const OutputDevice &device, int sampleRate, SoundFeed &feed) override;
    std::unique_ptr<SpeechEngine> speechEngine(QString *problem) override;
};

} // namespace limber

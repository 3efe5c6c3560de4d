#pragma once

#include "app/audio/speechengine.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QObject;

namespace limber {

/// A sound output, as the audio system names it.
struct OutputDevice
{
    QByteArray id;
    QString description;

    bool isNull() const { return id.isEmpty(); }
};

/// What an output plays. Called on the thread that started the output.
class SoundFeed
{
public:
    using Clock = std::chrono::steady_clock;

    /// The device asks, at `now`, for the next `frames` mono samples (-1 to 1).
    virtual void render(float *mono, qint64 frames, Clock::time_point now) = 0;
    /// The device has played long enough for its clock to be trusted.
    virtual void playing() = 0;
    /// The output cannot play (or stopped); `reason` is a sentence for the person.
    virtual void failed(const QString &reason) = 0;

protected:
    SoundFeed() = default;
    ~SoundFeed() = default;
    SoundFeed(const SoundFeed &) = default;
    SoundFeed &operator=(const SoundFeed &) = default;
};

/// An output playing its feed until it is destroyed, on the thread that started it.
class PlayingOutput
{
public:
    virtual ~PlayingOutput() = default;

protected:
    PlayingOutput() = default;
    PlayingOutput(const PlayingOutput &) = default;
    PlayingOutput &operator=(const PlayingOutput &) = default;
};

/// The machine's sound outputs and its speech engine. The program reaches
/// them only through this interface: the libraries behind it (Qt
/// Multimedia, eSpeak NG) live in Limber's audio module, which is loaded
/// after the window's first frame (see audiomodule.h), so they cost the
/// start nothing.
class AudioSystem
{
public:
    virtual ~AudioSystem() = default;

    /// The output sound goes to now; a null device when there is none.
    virtual OutputDevice defaultOutput() const = 0;
    /// Calls `changed` on `context`'s thread whenever outputs come or go,
    /// for as long as `context` lives.
    virtual void watchOutputs(QObject *context, std::function<void()> changed) = 0;
    /// Starts `device` playing `feed`, mono at `sampleRate` (converted to
    /// what the device takes). Failing to open is reported through the feed.
    virtual std::unique_ptr<PlayingOutput> play(
        const OutputDevice &device, int sampleRate, SoundFeed &feed)
        = 0;
    /// A speech engine, or null with `problem` set to a sentence for the person.
    virtual std::unique_ptr<SpeechEngine> speechEngine(QString *problem) = 0;

protected:
    AudioSystem() = default;
    AudioSystem(const AudioSystem &) = default;
    AudioSystem &operator=(const AudioSystem &) = default;
};

} // namespace limber

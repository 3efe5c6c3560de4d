#include "app/audio/system/qtaudiosystem.h"

#ifdef LIMBER_HAVE_ESPEAK
#include "app/audio/system/espeakspeech.h"
#endif

#include <QAudioSink>
#include <QCoreApplication>
#include <QIODevice>
#include <QMediaDevices>

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

namespace limber {

namespace {

/// The device counts as playing once it reports this much played.
constexpr std::chrono::milliseconds playedWhenFlowing {300};

// The messages keep the context the program's AudioStream gives them.
QString describeFailure(QAudio::Error error)
{
    switch (error) {
    case QAudio::OpenError:
        return QCoreApplication::translate(
            "limber::AudioStream", "The sound output could not be opened.");
    case QAudio::IOError:
        return QCoreApplication::translate(
            "limber::AudioStream", "The sound output stopped accepting sound.");
    case QAudio::FatalError:
        return QCoreApplication::translate("limber::AudioStream", "The sound output went away.");
    case QAudio::UnderrunError:
    case QAudio::NoError:
        break;
    }
    return QCoreApplication::translate("limber::AudioStream", "The sound output stopped.");
}

/// What the sink reads: the feed's next frames, in the stream's format.
/// Each read also tells the feed when the device asked, so the timing
/// follows the device's own clock.
class FeedSource final : public QIODevice
{
public:
    FeedSource(SoundFeed &feed, const QAudioFormat &format, QAudioSink &sink)
        : m_feed(feed)
        , m_format(format)
        , m_sink(sink)
    { }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return std::numeric_limits<int>::max(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const auto now = SoundFeed::Clock::now();
        const std::chrono::microseconds played(m_sink.processedUSecs());
        if (!m_flowing && played >= playedWhenFlowing) {
            m_flowing = true;
            m_feed.playing();
        }
        const int frameBytes = m_format.bytesPerFrame();
        const qint64 frames = maxSize / frameBytes;
        if (frames <= 0)
            return 0;
        m_mono.resize(std::size_t(frames));
        m_feed.render(m_mono.data(), frames, now);
        write(data, frames);
        return frames * frameBytes;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void write(char *data, qint64 frames) const
    {
        const int channels = m_format.channelCount();
        for (qint64 frame = 0; frame < frames; ++frame) {
            const float sample = m_mono[std::size_t(frame)];
            for (int channel = 0; channel < channels; ++channel) {
                switch (m_format.sampleFormat()) {
                case QAudioFormat::Float:
                    std::memcpy(data, &sample, sizeof(float));
                    data += sizeof(float);
                    break;
                case QAudioFormat::Int32: {
                    const auto value = qint32(double(sample) * 2147483647.0);
                    std::memcpy(data, &value, sizeof(value));
                    data += sizeof(value);
                    break;
                }
                case QAudioFormat::UInt8:
                    *data++ = char(quint8(128 + int(sample * 127.0f)));
                    break;
                default: {
                    const auto value = qint16(sample * 32767.0f);
                    std::memcpy(data, &value, sizeof(value));
                    data += sizeof(value);
                    break;
                }
                }
            }
        }
    }

    SoundFeed &m_feed;
    QAudioFormat m_format;
    QAudioSink &m_sink;
    std::vector<float> m_mono;
    bool m_flowing = false;
};

/// A QAudioSink pulling from a FeedSource, stopped when destroyed.
class SinkOutput final : public PlayingOutput
{
public:
    SinkOutput(const QAudioDevice &device, const QAudioFormat &format, SoundFeed &feed)
        : m_sink(device, format)
        , m_source(feed, format, m_sink)
    {
        m_source.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QObject::connect(&m_sink, &QAudioSink::stateChanged, &m_sink, [this, &feed] {
            if (m_sink.state() == QAudio::StoppedState && m_sink.error() != QAudio::NoError)
                feed.failed(describeFailure(m_sink.error()));
        });
        m_sink.start(&m_source);
        if (m_sink.state() == QAudio::StoppedState && m_sink.error() != QAudio::NoError)
            feed.failed(describeFailure(m_sink.error()));
    }

    ~SinkOutput() override
    {
        m_sink.disconnect();
        m_sink.stop();
    }

    SinkOutput(const SinkOutput &) = delete;
    SinkOutput &operator=(const SinkOutput &) = delete;

private:
    QAudioSink m_sink;
    FeedSource m_source;
};

/// Nothing plays: the device it was asked for has gone.
class NoOutput final : public PlayingOutput
{
};

} // namespace

QAudioFormat QtAudioSystem::formatFor(const QAudioDevice &device, int sampleRate)
{
    QAudioFormat format;
    format.setSampleRate(sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (device.isNull() || device.isFormatSupported(format))
        return format;
    QAudioFormat preferred = device.preferredFormat();
    preferred.setSampleRate(sampleRate);
    if (device.isFormatSupported(preferred))
        return preferred;
    return device.preferredFormat();
}

OutputDevice QtAudioSystem::defaultOutput() const
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull())
        return {};
    return {device.id(), device.description()};
}

void QtAudioSystem::watchOutputs(QObject *context, std::function<void()> changed)
{
    auto *devices = new QMediaDevices(context);
    QObject::connect(devices, &QMediaDevices::audioOutputsChanged, context, std::move(changed));
}

std::unique_ptr<PlayingOutput> QtAudioSystem::play(
    const OutputDevice &output, int sampleRate, SoundFeed &feed)
{
    const QList<QAudioDevice> devices = QMediaDevices::audioOutputs();
    const auto device = std::find_if(devices.cbegin(), devices.cend(),
        [&output](const QAudioDevice &candidate) { return candidate.id() == output.id; });
    if (device == devices.cend()) {
        feed.failed(
            QCoreApplication::translate("limber::AudioStream", "The sound output went away."));
        return std::make_unique<NoOutput>();
    }
    return std::make_unique<SinkOutput>(*device, formatFor(*device, sampleRate), feed);
}

std::unique_ptr<SpeechEngine> QtAudioSystem::speechEngine(QString *problem)
{
#ifdef LIMBER_HAVE_ESPEAK
    return EspeakSpeech::create(problem);
#else
    *problem = QCoreApplication::translate(
        "limber::CuePlayer", "Spoken cues are not available in this build of Limber.");
    return nullptr;
#endif
}

} // namespace limber

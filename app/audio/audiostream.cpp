#include "app/audio/audiostream.h"

#include "app/audio/mixer.h"

#include <QAudioSink>
#include <QIODevice>
#include <QThread>

#include <cstring>
#include <memory>
#include <vector>

namespace limber {

namespace {

/// The device counts as playing once it reports this much played.
constexpr std::chrono::milliseconds playedWhenFlowing {300};

/// What the sink reads: the mixer's next frames, in the stream's format.
/// Reading also tells the mixer how far the device has played, so the
/// timing follows the device's own clock.
class MixerSource final : public QIODevice
{
public:
    MixerSource(Mixer &mixer, const QAudioFormat &format, QAudioSink *sink)
        : m_mixer(mixer)
        , m_format(format)
        , m_sink(sink)
    { }

    /// Called with true once the device has played enough to trust its clock.
    std::function<void()> onFlowing;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return std::numeric_limits<int>::max(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const auto now = Mixer::Clock::now();
        const std::chrono::microseconds played(m_sink->processedUSecs());
        if (!m_flowing && played >= playedWhenFlowing) {
            m_flowing = true;
            m_mixer.streamSettled();
            if (onFlowing)
                onFlowing();
        }
        const int frameBytes = m_format.bytesPerFrame();
        const qint64 frames = maxSize / frameBytes;
        if (frames <= 0)
            return 0;
        m_mono.resize(std::size_t(frames));
        m_mixer.render(m_mono.data(), frames, now);
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

    Mixer &m_mixer;
    QAudioFormat m_format;
    QAudioSink *m_sink;
    std::vector<float> m_mono;
    bool m_flowing = false;
};

QString describeFailure(QAudio::Error error)
{
    switch (error) {
    case QAudio::OpenError:
        return AudioStream::tr("The sound output could not be opened.");
    case QAudio::IOError:
        return AudioStream::tr("The sound output stopped accepting sound.");
    case QAudio::FatalError:
        return AudioStream::tr("The sound output went away.");
    case QAudio::UnderrunError:
    case QAudio::NoError:
        break;
    }
    return AudioStream::tr("The sound output stopped.");
}

} // namespace

/// Lives on the stream's thread: owns the sink and its source there.
class StreamWorker final : public QObject
{
    Q_OBJECT

public:
    explicit StreamWorker(Mixer &mixer)
        : m_mixer(mixer)
    { }
    ~StreamWorker() override { stop(); }

    void start(const QAudioDevice &device, const QAudioFormat &format, quint64 generation)
    {
        stop();
        m_generation = generation;
        m_mixer.restartStream();
        m_sink = std::make_unique<QAudioSink>(device, format);
        m_source = std::make_unique<MixerSource>(m_mixer, format, m_sink.get());
        m_source->onFlowing = [this, generation] { Q_EMIT flowing(generation); };
        m_source->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        connect(
            m_sink.get(), &QAudioSink::stateChanged, this, [this, generation](QAudio::State state) {
                if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError)
                    Q_EMIT failed(generation, describeFailure(m_sink->error()));
            });
        m_sink->start(m_source.get());
        if (m_sink->state() == QAudio::StoppedState && m_sink->error() != QAudio::NoError)
            Q_EMIT failed(generation, describeFailure(m_sink->error()));
    }

    void stop()
    {
        if (m_sink) {
            m_sink->disconnect(this);
            m_sink->stop();
        }
        m_sink.reset();
        m_source.reset();
    }

Q_SIGNALS:
    void flowing(quint64 generation);
    void failed(quint64 generation, const QString &reason);

private:
    Mixer &m_mixer;
    quint64 m_generation = 0;
    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<MixerSource> m_source;
};

AudioStream::AudioStream(Mixer &mixer, QObject *parent)
    : QObject(parent)
    , m_mixer(mixer)
    , m_thread(new QThread(this))
    , m_worker(new StreamWorker(mixer))
{
    m_thread->setObjectName(QStringLiteral("limber-audio"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StreamWorker::flowing, this, &AudioStream::onFlowing);
    connect(m_worker, &StreamWorker::failed, this, &AudioStream::onFailed);
    m_thread->start(QThread::TimeCriticalPriority);
}

AudioStream::~AudioStream()
{
    // The sink must be stopped and destroyed on the thread that made it.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QAudioFormat AudioStream::formatFor(const QAudioDevice &device, int sampleRate)
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

void AudioStream::open(const QAudioDevice &device)
{
    const quint64 generation = ++m_generation;
    m_state = State::Starting;
    const QAudioFormat format = formatFor(device, m_mixer.sampleRate());
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, device, format, generation] {
        worker->start(device, format, generation);
    });
}

void AudioStream::close()
{
    ++m_generation;
    m_state = State::Closed;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); });
}

void AudioStream::onFlowing(quint64 generation)
{
    if (generation != m_generation || m_state != State::Starting)
        return;
    m_state = State::Flowing;
    Q_EMIT flowing();
}

void AudioStream::onFailed(quint64 generation, const QString &reason)
{
    if (generation != m_generation || m_state == State::Failed)
        return;
    m_state = State::Failed;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); });
    Q_EMIT failed(reason);
}

} // namespace limber

#include "audiostream.moc"

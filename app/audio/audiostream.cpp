#include "app/audio/audiostream.h"

#include "app/audio/mixer.h"

#include <QThread>

#include <memory>

namespace limber {

/// Lives on the stream's thread: starts the output there and feeds it from
/// the mixer.
class StreamWorker final : public QObject, public SoundFeed
{
    Q_OBJECT

public:
    explicit StreamWorker(Mixer &mixer)
        : m_mixer(mixer)
    { }
    ~StreamWorker() override { stop(); }

    void start(AudioSystem &system, const OutputDevice &device, quint64 generation)
    {
        stop();
        m_generation = generation;
        m_mixer.restartStream();
        m_output = system.play(device, m_mixer.sampleRate(), *this);
    }

    void stop() { m_output.reset(); }

    void render(float *mono, qint64 frames, Clock::time_point now) override
    {
        m_mixer.render(mono, frames, now);
    }

    void playing() override
    {
        m_mixer.streamSettled();
        Q_EMIT flowing(m_generation);
    }

    void failed(const QString &reason) override { Q_EMIT failedWith(m_generation, reason); }

Q_SIGNALS:
    void flowing(quint64 generation);
    void failedWith(quint64 generation, const QString &reason);

private:
    Mixer &m_mixer;
    quint64 m_generation = 0;
    std::unique_ptr<PlayingOutput> m_output;
};

AudioStream::AudioStream(Mixer &mixer, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new StreamWorker(mixer))
{
    m_thread->setObjectName(QStringLiteral("limber-audio"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StreamWorker::flowing, this, &AudioStream::onFlowing);
    connect(m_worker, &StreamWorker::failedWith, this, &AudioStream::onFailed);
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

void AudioStream::open(AudioSystem &system, const OutputDevice &device)
{
    const quint64 generation = ++m_generation;
    m_state = State::Starting;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, &system, device, generation] {
        worker->start(system, device, generation);
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

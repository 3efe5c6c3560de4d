#pragma once

#include "app/audio/audiosystem.h"

#include <QObject>

#include <atomic>

class QThread;

namespace limber {

class Mixer;
class StreamWorker;

/// The program's one sound output: an output of the AudioSystem, started
/// and fed on a thread of its own, pulling from the Mixer, kept open (playing silence between cues)
/// for as long as a session may need it. Living on its own thread, the stream is fed on time
/// however busy the window is with painting.
///
/// open() is asynchronous: flowing() follows once the device really plays
/// (its position advances), failed() when it cannot open or goes away later
/// (a server that quits, a headset unplugged). Nothing here retries: the
/// owner decides when to open again.
class AudioStream : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Starting, Flowing, Failed };

    explicit AudioStream(Mixer &mixer, QObject *parent = nullptr);
    ~AudioStream() override;

    /// Opens `device` of `system`, which must outlive the stream (closing
    /// what was open). The mixer's stream restarts.
    void open(AudioSystem &system, const OutputDevice &device);
    void close();
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Starting || m_state == State::Flowing; }

Q_SIGNALS:
    void flowing();
    /// `reason` is a sentence for the person.
    void failed(const QString &reason);

private:
    void onFlowing(quint64 generation);
    void onFailed(quint64 generation, const QString &reason);

    QThread *m_thread = nullptr;
    StreamWorker *m_worker = nullptr;
    State m_state = State::Closed;
    /// Bumped by open() and close(), so a late report from an old stream is ignored.
    quint64 m_generation = 0;
};

} // namespace limber

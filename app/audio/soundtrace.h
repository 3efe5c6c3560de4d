#pragma once

#include "core/session/soundplan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <chrono>

namespace limber {

/// A record of what the sound side planned and when it finished, one JSON
/// object a line, for the whole-program audio test and the onset benchmark:
/// they compare it with what a recording of the speaker holds. Written only
/// when the environment names a file (LIMBER_SOUND_TRACE); otherwise every
/// call does nothing.
class SoundTrace
{
public:
    /// Opens the file named by LIMBER_SOUND_TRACE, if any.
    SoundTrace();

    bool isOn() const { return m_file.isOpen(); }
    /// A session began with `plan`; returns its number (1, 2, ...). Times in
    /// the file ("trace_ms", "starts_ms") count from the file's opening.
    int sessionPlanned(const SoundPlan &plan);
    void sessionFinished(int session, bool completed);
    /// A planned sound was handed to the mixer to start `fromNow` after this
    /// call: what a session with skips, pauses or a new plan asked for can be
    /// read back.
    void soundQueued(int session, const PlannedSound &sound, std::chrono::milliseconds fromNow);
    /// Every sound of the session has been played out.
    void sessionIdle(int session);

private:
    void writeLine(const QByteArray &json);

    QFile m_file;
    QElapsedTimer m_sinceOpen;
    int m_sessions = 0;
};

} // namespace limber

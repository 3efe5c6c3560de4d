#pragma once

#include "session/soundplan.h"

#include <QFile>
#include <QString>

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
    /// A session began with `plan`; returns its number (1, 2, ...).
    int sessionPlanned(const SoundPlan &plan);
    void sessionFinished(int session, bool completed);
    /// Every sound of the session has been played out.
    void sessionIdle(int session);

private:
    void writeLine(const QByteArray &json);

    QFile m_file;
    int m_sessions = 0;
};

} // namespace limber

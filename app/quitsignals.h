#pragma once

#include <QObject>

class QSocketNotifier;

namespace limber {

/// Turns SIGTERM, SIGHUP and SIGINT (a logout, a shutdown, Ctrl+C in a
/// terminal) into a clean quit: the signal handler only writes a byte to a
/// pipe, and the event loop reads it and emits quitRequested(), so whatever
/// runs on quit (the hold in progress recorded as cut short, the session
/// closed) runs as after Ctrl+Q. Does nothing where there are no such
/// signals (Windows). One instance per process.
class QuitSignals : public QObject
{
    Q_OBJECT

public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

    /// False when the handlers could not be installed (the process then
    /// ends on those signals as before).
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    /// One of the signals arrived; \a signalNumber says which.
    void quitRequested(int signalNumber);

private:
    void readPending();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace limber

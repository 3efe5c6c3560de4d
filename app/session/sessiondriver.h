#pragma once

#include "core/session/sessionrunner.h"

#include <QObject>

#include <chrono>
#include <optional>

class QTimer;

namespace limber {

class CueSink;

/// Runs a SessionRunner on time. One single-shot Qt::PreciseTimer is armed
/// from runner().timeUntilNextEvent() after every poll and every action, so
/// phase ends and cues are emitted when they are due and the program sleeps
/// in between: nothing ticks, except that with the options' stallThreshold
/// set it polls at least three times within it. Every cue goes to the CueSink.
///
/// Tests move a ManualClock and call poll() themselves; the timer only
/// matters in the real event loop.
class SessionDriver : public QObject
{
    Q_OBJECT

public:
    /// The clocks must outlive the driver.
    SessionDriver(Timeline timeline, const MonotonicClock &clock, const WallClock &wallClock,
        QObject *parent = nullptr);
    ~SessionDriver() override;

    /// Where cues go; null plays nothing. The sink must outlive the driver or be reset.
    void setCueSink(CueSink *sink) { m_sink = sink; }
    CueSink *cueSink() const { return m_sink; }

    SessionRunner &runner() { return m_runner; }
    const SessionRunner &runner() const { return m_runner; }

    /// The wait the deadline timer was last armed with; nothing when it is idle
    /// (paused, finished, or not started).
    std::optional<std::chrono::milliseconds> armedWait() const;

public Q_SLOTS:
    /// Starts the session with its first moment `lead` from now (see SessionRunner::start).
    void start(std::chrono::milliseconds lead = std::chrono::milliseconds::zero());
    void togglePause();
    void pause();
    void resume();
    void skip();
    void back();
    /// Longer hold by the runner's extend step; false outside a hold.
    bool extendHold();
    void stop(limber::StopReason reason);
    /// Emits whatever is due now and arms the timer for what comes next.
    void poll();

private:
    void arm();

    SessionRunner m_runner;
    QTimer *m_deadline = nullptr;
    CueSink *m_sink = nullptr;
};

} // namespace limber

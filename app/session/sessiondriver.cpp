#include "app/session/sessiondriver.h"

#include "app/audio/cuesink.h"

#include <QTimer>

#include <limits>

namespace limber {

SessionDriver::SessionDriver(
    Timeline timeline, const MonotonicClock &clock, const WallClock &wallClock, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(timeline), clock, wallClock)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    // A coarse timer may fire up to 5 % late (3 s in a minute); a precise one
    // keeps to the millisecond, which is what a hold's end needs.
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, &SessionDriver::poll);
    connect(&m_runner, &SessionRunner::cue, this, [this](const Cue &cue) {
        if (m_sink)
            m_sink->play(cue);
    });
}

SessionDriver::~SessionDriver() = default;

std::optional<std::chrono::milliseconds> SessionDriver::armedWait() const
{
    if (!m_deadline->isActive())
        return std::nullopt;
    return std::chrono::milliseconds(m_deadline->interval());
}

void SessionDriver::start(std::chrono::milliseconds lead)
{
    m_runner.start(lead);
    arm();
}

void SessionDriver::togglePause()
{
    m_runner.togglePause();
    arm();
}

void SessionDriver::pause()
{
    m_runner.pause();
    arm();
}

void SessionDriver::resume()
{
    m_runner.resume();
    arm();
}

void SessionDriver::skip()
{
    m_runner.skip();
    arm();
}

void SessionDriver::back()
{
    m_runner.back();
    arm();
}

bool SessionDriver::extendHold()
{
    const bool extended = m_runner.extendHold();
    arm();
    return extended;
}

void SessionDriver::stop(StopReason reason)
{
    m_runner.stop(reason);
    arm();
}

void SessionDriver::poll()
{
    m_runner.poll();
    arm();
}

void SessionDriver::arm()
{
    const std::optional<std::chrono::milliseconds> wait = m_runner.timeUntilNextEvent();
    if (!wait) {
        m_deadline->stop();
        return;
    }
    // With stall detection on, the runner must hear from us well within the
    // threshold, or a quiet stretch of a hold would look like a stall.
    std::chrono::milliseconds next = *wait;
    if (const auto stall = m_runner.timeline().options().stallThreshold)
        next = std::min(next, *stall / 3);
    const auto capped = std::min<qint64>(next.count(), std::numeric_limits<int>::max());
    m_deadline->start(static_cast<int>(std::max<qint64>(capped, 0)));
}

} // namespace limber

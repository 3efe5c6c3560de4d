#include "session/clock.h"

#include <QElapsedTimer>
#include <QTimeZone>

namespace limber {

namespace {
qint64 monotonicNowMs()
{
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}
} // namespace

SystemMonotonicClock::SystemMonotonicClock()
    : m_origin(monotonicNowMs())
{ }

std::chrono::milliseconds SystemMonotonicClock::now() const
{
    return std::chrono::milliseconds(monotonicNowMs() - m_origin);
}

QDateTime SystemWallClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

int SystemWallClock::utcOffsetSeconds() const
{
    return QDateTime::currentDateTime().offsetFromUtc();
}

ManualClock::ManualClock(QDateTime startUtc, int utcOffsetSeconds)
    : m_wall(std::move(startUtc))
    , m_offset(utcOffsetSeconds)
{ }

void ManualClock::advance(std::chrono::milliseconds step)
{
    m_monotonic += step;
    m_wall = m_wall.addMSecs(step.count());
}

void ManualClock::jumpWallClock(std::chrono::milliseconds step)
{
    m_wall = m_wall.addMSecs(step.count());
}

} // namespace limber

#include "core/util/clock.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <QtGlobal>

#if defined(Q_OS_LINUX) || defined(Q_OS_DARWIN)
#include <time.h>
#endif

namespace limber {

namespace {
qint64 monotonicNowMs()
{
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}

qint64 suspendInclusiveNowMs()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_DARWIN)
#if defined(Q_OS_LINUX)
    // CLOCK_BOOTTIME is CLOCK_MONOTONIC plus the time spent suspended.
    constexpr clockid_t source = CLOCK_BOOTTIME;
#else
    // On Darwin CLOCK_MONOTONIC keeps counting during sleep, while QElapsedTimer
    // (mach_absolute_time / CLOCK_UPTIME_RAW) stops.
    constexpr clockid_t source = CLOCK_MONOTONIC;
#endif
    timespec ts {};
    if (clock_gettime(source, &ts) == 0)
        return qint64(ts.tv_sec) * 1000 + qint64(ts.tv_nsec) / 1000000;
#endif
    // Elsewhere the calendar clock is the only source that runs through a sleep.
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

SystemMonotonicClock::SystemMonotonicClock()
    : m_origin(monotonicNowMs())
    , m_suspendOrigin(suspendInclusiveNowMs())
{ }

std::chrono::milliseconds SystemMonotonicClock::now() const
{
    return std::chrono::milliseconds(monotonicNowMs() - m_origin);
}

std::chrono::milliseconds SystemMonotonicClock::nowIncludingSuspend() const
{
    return std::chrono::milliseconds(suspendInclusiveNowMs() - m_suspendOrigin);
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
    : m_wall(startUtc.toUTC())
    , m_offset(utcOffsetSeconds)
{ }

void ManualClock::advance(std::chrono::milliseconds step)
{
    m_monotonic += step;
    m_boot += step;
    m_wall = m_wall.addMSecs(step.count());
}

void ManualClock::jumpWallClock(std::chrono::milliseconds step)
{
    m_wall = m_wall.addMSecs(step.count());
}

void ManualClock::suspend(std::chrono::milliseconds duration)
{
    m_boot += duration;
    m_wall = m_wall.addMSecs(duration.count());
}

} // namespace limber

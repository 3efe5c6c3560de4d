#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <chrono>

namespace limber {

/// The clocks a session reads, injected so tests can move time instantly.
///
/// Three kinds of time, and why each exists:
/// - now(): monotonic time that STOPS while the computer sleeps (CLOCK_MONOTONIC
///   on Linux). All session timing is measured on it, so a hold never counts the
///   time the machine was asleep, and changing the calendar clock changes nothing.
/// - nowIncludingSuspend(): time that KEEPS RUNNING while the computer sleeps
///   (CLOCK_BOOTTIME on Linux, Darwin's CLOCK_MONOTONIC on macOS, the calendar
///   clock elsewhere). It is only compared with now(): when it runs ahead of now()
///   by more than a threshold between two polls, the computer slept, and the
///   runner pauses the session at the last moment it saw the machine awake.
/// - WallClock: calendar time, used for nothing but the dates written to the log.
///
/// On platforms where the fallback (the calendar clock) is the suspend-inclusive
/// source, moving the calendar clock forward by more than the threshold looks like
/// a sleep and pauses the session (the safe direction); moving it back is ignored.
class MonotonicClock
{
public:
    virtual ~MonotonicClock() = default;
    /// Time since an arbitrary fixed point; never goes backwards; stops during suspend.
    virtual std::chrono::milliseconds now() const = 0;
    /// Time since an arbitrary fixed point that keeps counting during suspend.
    /// Only differences between two readings, compared with now(), are meaningful.
    virtual std::chrono::milliseconds nowIncludingSuspend() const = 0;
};

/// The calendar clock, injected for the dates written to the log. Never used
/// for timing: the user may change it at any moment.
class WallClock
{
public:
    virtual ~WallClock() = default;
    virtual QDateTime nowUtc() const = 0;
    /// Offset from UTC in seconds at the current moment in the user's zone.
    virtual int utcOffsetSeconds() const = 0;
};

/// The real monotonic clock (QElapsedTimer, which is monotonic where the OS allows)
/// with the platform's suspend-inclusive clock beside it.
class SystemMonotonicClock final : public MonotonicClock
{
public:
    SystemMonotonicClock();
    std::chrono::milliseconds now() const override;
    std::chrono::milliseconds nowIncludingSuspend() const override;

private:
    qint64 m_origin;
    qint64 m_suspendOrigin;
};

/// The real calendar clock in the system time zone.
class SystemWallClock final : public WallClock
{
public:
    QDateTime nowUtc() const override;
    int utcOffsetSeconds() const override;
};

/// A clock that only moves when told to. For tests and benchmarks. It models
/// the Linux behaviour: suspend() moves the suspend-inclusive and calendar
/// clocks but not the monotonic one; jumpWallClock() moves the calendar only.
class ManualClock final : public MonotonicClock, public WallClock
{
public:
    explicit ManualClock(
        QDateTime startUtc = QDateTime(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc()),
        int utcOffsetSeconds = 3600);

    std::chrono::milliseconds now() const override { return m_monotonic; }
    std::chrono::milliseconds nowIncludingSuspend() const override { return m_boot; }
    QDateTime nowUtc() const override { return m_wall; }
    int utcOffsetSeconds() const override { return m_offset; }

    /// Moves every clock forward together, as real time passes while awake.
    void advance(std::chrono::milliseconds step);
    /// Moves only the calendar clock (the user or NTP changed it); may be negative.
    void jumpWallClock(std::chrono::milliseconds step);
    /// The computer sleeps for `duration`: the monotonic clock stands still,
    /// the suspend-inclusive and calendar clocks move on.
    void suspend(std::chrono::milliseconds duration);
    void setUtcOffsetSeconds(int seconds) { m_offset = seconds; }

private:
    std::chrono::milliseconds m_monotonic {0};
    std::chrono::milliseconds m_boot {0};
    QDateTime m_wall;
    int m_offset;
};

} // namespace limber

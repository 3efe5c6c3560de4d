#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <chrono>

namespace limber {

/// A monotonic clock, injected so tests can advance time instantly.
class MonotonicClock
{
public:
    virtual ~MonotonicClock() = default;
    /// Time since an arbitrary fixed point; never goes backwards.
    virtual std::chrono::milliseconds now() const = 0;
};

/// The calendar clock, injected for the dates written to the log and for
/// noticing that the computer slept (wall time jumps, monotonic does not).
class WallClock
{
public:
    virtual ~WallClock() = default;
    virtual QDateTime nowUtc() const = 0;
    /// Offset from UTC in seconds at the current moment in the user's zone.
    virtual int utcOffsetSeconds() const = 0;
};

/// The real monotonic clock (QElapsedTimer, which is monotonic where the OS allows).
class SystemMonotonicClock final : public MonotonicClock
{
public:
    SystemMonotonicClock();
    std::chrono::milliseconds now() const override;

private:
    qint64 m_origin;
};

/// The real calendar clock in the system time zone.
class SystemWallClock final : public WallClock
{
public:
    QDateTime nowUtc() const override;
    int utcOffsetSeconds() const override;
};

/// A clock that only moves when told to. For tests and benchmarks.
class ManualClock final : public MonotonicClock, public WallClock
{
public:
    explicit ManualClock(
        QDateTime startUtc = QDateTime(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc()),
        int utcOffsetSeconds = 3600);

    std::chrono::milliseconds now() const override { return m_monotonic; }
    QDateTime nowUtc() const override { return m_wall; }
    int utcOffsetSeconds() const override { return m_offset; }

    /// Moves both clocks forward together, as real time passes.
    void advance(std::chrono::milliseconds step);
    /// Moves only the wall clock (the user changed the clock, or the computer slept).
    void jumpWallClock(std::chrono::milliseconds step);
    void setUtcOffsetSeconds(int seconds) { m_offset = seconds; }

private:
    std::chrono::milliseconds m_monotonic {0};
    QDateTime m_wall;
    int m_offset;
};

} // namespace limber

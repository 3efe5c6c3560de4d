#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QtGlobal>

namespace limber {

/// How reminder times are chosen.
enum class ReminderMode {
    TimesOfDay, ///< at each of a list of wall-clock times
    Interval, ///< every N minutes within the active hours
};

/// What the person asked for: when reminders come and which routine they offer.
/// A value type; ReminderSchedule applies it. Times are wall-clock times in the
/// person's time zone.
struct ReminderPlan
{
    static constexpr int shortestIntervalMinutes = 15;
    static constexpr int longestIntervalMinutes = 240;
    static constexpr int defaultIntervalMinutes = 60;
    static constexpr int smallestDailyLimit = 1;
    static constexpr int largestDailyLimit = 24;
    static constexpr int defaultDailyLimit = 6;
    /// Day bits: Monday is bit 0, Sunday bit 6 (Qt::DayOfWeek minus one).
    static constexpr quint8 weekdays = 0b0011111;
    static constexpr quint8 everyDay = 0b1111111;

    bool enabled = false;
    ReminderMode mode = ReminderMode::TimesOfDay;
    /// TimesOfDay: sorted, whole minutes, no repeats (see normalized()).
    QList<QTime> times {QTime(10, 30), QTime(15, 0)};
    /// Interval: minutes between reminders, measured in real time.
    int intervalMinutes = defaultIntervalMinutes;
    /// Interval: reminders fall after activeFrom and no later than activeTo,
    /// within one day; activeTo before or at activeFrom leaves no active hours.
    QTime activeFrom {9, 0};
    QTime activeTo {17, 0};
    quint8 days = weekdays;
    /// Reminders shown per day at most; snoozed ones shown again do not count.
    int dailyLimit = defaultDailyLimit;
    /// The routine a reminder offers.
    QString routineId = QStringLiteral("desk-break");

    /// Whether reminders come on \a dayOfWeek (1 = Monday ... 7 = Sunday).
    bool coversDay(int dayOfWeek) const;
    void setDay(int dayOfWeek, bool on);

    /// This plan within its limits: invalid times dropped, seconds cut,
    /// times sorted without repeats, interval and daily limit clamped,
    /// unknown day bits cleared, an empty routine id replaced by the default.
    ReminderPlan normalized() const;
    /// Whether \a other asks for reminders at different moments (not only a
    /// different routine or daily limit).
    bool timingDiffers(const ReminderPlan &other) const;

    friend bool operator==(const ReminderPlan &, const ReminderPlan &) = default;
};

/// What the schedule remembers between checks, kept in the settings so that a
/// restart neither repeats a reminder already shown today nor forgets a snooze
/// or "skip today". All moments are UTC; days are the person's local dates.
struct ReminderState
{
    /// When a reminder last appeared (a snoozed one shown again included).
    QDateTime lastShownUtc;
    /// When the person last finished a session.
    QDateTime lastSessionEndUtc;
    /// When the times in the plan last changed: due times before it are not
    /// brought up, and interval reminders count from it.
    QDateTime planSinceUtc;
    /// A snoozed reminder comes back at this moment; invalid: none.
    QDateTime snoozedUntilUtc;
    /// The local day on which the person chose "skip today".
    QDate skippedDay;
    /// shownOnCountedDay counts the reminders shown on this local day.
    QDate countedDay;
    int shownOnCountedDay = 0;

    friend bool operator==(const ReminderState &, const ReminderState &) = default;
};

} // namespace limber

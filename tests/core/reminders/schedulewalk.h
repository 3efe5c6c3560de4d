#pragma once

#include "core/reminders/reminderschedule.h"
#include "core/util/clock.h"

#include <QStringList>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <chrono>
#include <ostream>
#include <utility>

// Readable failures: the moments compared are text.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace limber::testing {

/// Loads a time zone by its IANA id, failing the test loudly when the system
/// has no data for it: daylight-saving tests that silently run in UTC prove nothing.
inline QTimeZone requireZone(const char *ianaId)
{
    const QTimeZone zone(ianaId);
    EXPECT_TRUE(zone.isValid()) << "QTimeZone cannot load " << ianaId
                                << ": install the time zone data (tzdata) to run these tests";
    return zone;
}

/// A moment given as the wall-clock reading and UTC offset a person would see.
inline QDateTime at(int year, int month, int day, int hour, int minute, int offsetHours)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(offsetHours * 3600))
        .toUTC();
}

/// "2026-03-29T03:00:00+02:00": the moment as read in \a zone, offset included.
inline QString localReading(const QDateTime &moment, const QTimeZone &zone)
{
    return moment.toOffsetFromUtc(zone.offsetFromUtc(moment)).toString(Qt::ISODate);
}

/// Drives a schedule the way the controller does, on a ManualClock: looks
/// once a minute, shows what is due, and checks on the way that nextDue()
/// predicted each reminder to the minute.
class ScheduleWalk
{
public:
    ScheduleWalk(ReminderSchedule &schedule, ManualClock &clock, QTimeZone zone)
        : m_schedule(schedule)
        , m_clock(clock)
        , m_zone(std::move(zone))
    { }

    /// Looks now; shows a due reminder. Returns its kind.
    ReminderDue look()
    {
        const QDateTime now = m_clock.nowUtc();
        m_schedule.settle(now, m_zone);
        const ReminderDue due = m_schedule.dueAt(now, m_zone);
        if (due != ReminderDue::No) {
            if (m_predicted.isValid()) {
                EXPECT_LE(m_predicted, now)
                    << "due earlier than predicted at " << localReading(now, m_zone).toStdString();
            }
            m_schedule.recordShown(now, m_zone);
            m_shown << localReading(now, m_zone)
                    + (due == ReminderDue::Snoozed ? QStringLiteral(" (snoozed)") : QString());
        }
        m_predicted = m_schedule.nextDue(now, m_zone);
        if (m_predicted.isValid()) {
            EXPECT_GT(m_predicted, now)
                << "still due after being shown at " << localReading(now, m_zone).toStdString();
        }
        return due;
    }

    /// Looks once a minute while the clock advances to \a untilUtc.
    void walkUntil(const QDateTime &untilUtc)
    {
        look();
        while (m_clock.nowUtc() < untilUtc) {
            m_clock.advance(std::chrono::minutes(1));
            // A prediction more than a minute old that did not come true is wrong.
            if (m_predicted.isValid() && m_predicted.addSecs(60) <= m_clock.nowUtc()) {
                const bool due = m_schedule.dueAt(m_clock.nowUtc(), m_zone) != ReminderDue::No;
                EXPECT_TRUE(due) << "predicted at "
                                 << localReading(m_predicted, m_zone).toStdString()
                                 << " but nothing due at "
                                 << localReading(m_clock.nowUtc(), m_zone).toStdString();
            }
            look();
        }
    }

    /// Every reminder shown so far, as local readings; clears the list.
    QStringList takeShown() { return std::exchange(m_shown, {}); }
    /// Predicts again, after an answer or an event changed the schedule.
    void refreshPrediction() { m_predicted = m_schedule.nextDue(m_clock.nowUtc(), m_zone); }

private:
    ReminderSchedule &m_schedule;
    ManualClock &m_clock;
    QTimeZone m_zone;
    QStringList m_shown;
    QDateTime m_predicted;
};

} // namespace limber::testing

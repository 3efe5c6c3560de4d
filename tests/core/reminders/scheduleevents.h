#pragma once

#include "core/reminders/reminderschedule.h"
#include "tests/core/reminders/schedulewalk.h"

#include <gtest/gtest.h>

namespace limber::testing {

/// A Monday in Berlin, 08:00 local, with reminders at 10:30 and 15:00 on weekdays.
class ScheduleEvents : public ::testing::Test
{
protected:
    static ReminderPlan twiceADay()
    {
        ReminderPlan plan;
        plan.enabled = true;
        plan.mode = ReminderMode::TimesOfDay;
        plan.times = {QTime(10, 30), QTime(15, 0)};
        return plan;
    }

    static ReminderPlan hourly()
    {
        ReminderPlan plan;
        plan.enabled = true;
        plan.mode = ReminderMode::Interval;
        plan.intervalMinutes = 60;
        plan.activeFrom = QTime(9, 0);
        plan.activeTo = QTime(17, 0);
        plan.dailyLimit = ReminderPlan::largestDailyLimit;
        return plan;
    }

    /// Monday 2026-01-05 at \a hour:\a minute in Berlin (winter time).
    static QDateTime monday(int hour, int minute) { return at(2026, 1, 5, hour, minute, +1); }
    static QDateTime tuesday(int hour, int minute) { return at(2026, 1, 6, hour, minute, +1); }

    QString local(const QDateTime &moment) const { return localReading(moment, zone); }
    QString now() const { return local(clock.nowUtc()); }

    QTimeZone zone = requireZone("Europe/Berlin");
    ManualClock clock {monday(8, 0), 3600};
    ReminderSchedule schedule {twiceADay()};
    ScheduleWalk walk {schedule, clock, zone};
};

} // namespace limber::testing

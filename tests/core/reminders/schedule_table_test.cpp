// A day (or a few) of reminders walked minute by minute: which moments a plan
// shows, read on the person's clock with its UTC offset, including the days
// the clocks change in Europe/Berlin and America/New_York.
#include "core/reminders/reminderschedule.h"
#include "tests/core/reminders/schedulewalk.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

struct WalkCase
{
    const char *name;
    const char *zone;
    ReminderPlan plan;
    QDateTime from;
    QDateTime until;
    QStringList shown;
};

void PrintTo(const WalkCase &walk, std::ostream *out)
{
    *out << walk.name;
}

ReminderPlan timesOfDay(QList<QTime> times, quint8 days = ReminderPlan::weekdays, int limit = 6)
{
    ReminderPlan plan;
    plan.enabled = true;
    plan.mode = ReminderMode::TimesOfDay;
    plan.times = std::move(times);
    plan.days = days;
    plan.dailyLimit = limit;
    return plan;
}

ReminderPlan interval(int minutes, QTime from, QTime to, quint8 days = ReminderPlan::weekdays,
    int limit = ReminderPlan::largestDailyLimit)
{
    ReminderPlan plan;
    plan.enabled = true;
    plan.mode = ReminderMode::Interval;
    plan.intervalMinutes = minutes;
    plan.activeFrom = from;
    plan.activeTo = to;
    plan.days = days;
    plan.dailyLimit = limit;
    return plan;
}

ReminderPlan switchedOff(ReminderPlan plan)
{
    plan.enabled = false;
    return plan;
}

// 2026-01-05 is a Monday; 2026-01-10 a Saturday.
const QList<WalkCase> walks {
    {"OffByDefault", "Europe/Berlin", ReminderPlan {}, at(2026, 1, 5, 0, 0, +1),
        at(2026, 1, 6, 0, 0, +1), {}},
    {"SwitchedOff", "Europe/Berlin", switchedOff(timesOfDay({QTime(10, 30)})),
        at(2026, 1, 5, 0, 0, +1), at(2026, 1, 6, 0, 0, +1), {}},
    {"EachTimeOnce", "Europe/Berlin", timesOfDay({QTime(15, 0), QTime(10, 30)}),
        at(2026, 1, 5, 0, 0, +1), at(2026, 1, 6, 0, 0, +1),
        {u"2026-01-05T10:30:00+01:00"_s, u"2026-01-05T15:00:00+01:00"_s}},
    {"DaysNotChosenStayQuiet", "Europe/Berlin", timesOfDay({QTime(10, 30)}),
        at(2026, 1, 10, 0, 0, +1), at(2026, 1, 12, 12, 0, +1), {u"2026-01-12T10:30:00+01:00"_s}},
    {"AMissedTimeComesOnceTheSameDay", "Europe/Berlin", timesOfDay({QTime(10, 30), QTime(12, 0)}),
        at(2026, 1, 9, 14, 0, +1), at(2026, 1, 9, 23, 0, +1), {u"2026-01-09T14:00:00+01:00"_s}},
    {"WeekendOnly", "Europe/Berlin", timesOfDay({QTime(10, 30)}, 0b1100000),
        at(2026, 1, 9, 0, 0, +1), at(2026, 1, 12, 12, 0, +1),
        {u"2026-01-10T10:30:00+01:00"_s, u"2026-01-11T10:30:00+01:00"_s}},
    {"DailyLimitStopsTheDayAndResetsTheNext", "Europe/Berlin",
        timesOfDay(
            {QTime(9, 0), QTime(11, 0), QTime(13, 0), QTime(15, 0)}, ReminderPlan::weekdays, 2),
        at(2026, 1, 5, 0, 0, +1), at(2026, 1, 6, 12, 0, +1),
        {u"2026-01-05T09:00:00+01:00"_s, u"2026-01-05T11:00:00+01:00"_s,
            u"2026-01-06T09:00:00+01:00"_s, u"2026-01-06T11:00:00+01:00"_s}},
    {"SpringForwardBerlinSkippedTimeComesAfterTheGap", "Europe/Berlin",
        timesOfDay({QTime(2, 30), QTime(3, 30)}, ReminderPlan::everyDay), at(2026, 3, 29, 0, 0, +1),
        at(2026, 3, 29, 6, 0, +2),
        {u"2026-03-29T03:00:00+02:00"_s, u"2026-03-29T03:30:00+02:00"_s}},
    {"FallBackBerlinRepeatedTimeComesOnce", "Europe/Berlin",
        timesOfDay({QTime(2, 30)}, ReminderPlan::everyDay), at(2026, 10, 25, 0, 0, +2),
        at(2026, 10, 25, 6, 0, +1), {u"2026-10-25T02:30:00+02:00"_s}},
    {"SpringForwardNewYork", "America/New_York",
        timesOfDay({QTime(2, 30), QTime(9, 0)}, ReminderPlan::everyDay), at(2026, 3, 8, 0, 0, -5),
        at(2026, 3, 8, 12, 0, -4),
        {u"2026-03-08T03:00:00-04:00"_s, u"2026-03-08T09:00:00-04:00"_s}},
    {"FallBackNewYork", "America/New_York",
        timesOfDay({QTime(1, 30), QTime(9, 0)}, ReminderPlan::everyDay), at(2026, 11, 1, 0, 0, -4),
        at(2026, 11, 1, 12, 0, -5),
        {u"2026-11-01T01:30:00-04:00"_s, u"2026-11-01T09:00:00-05:00"_s}},
    {"IntervalWithinActiveHours", "Europe/Berlin", interval(90, QTime(9, 0), QTime(17, 0)),
        at(2026, 1, 5, 0, 0, +1), at(2026, 1, 6, 0, 0, +1),
        {u"2026-01-05T10:30:00+01:00"_s, u"2026-01-05T12:00:00+01:00"_s,
            u"2026-01-05T13:30:00+01:00"_s, u"2026-01-05T15:00:00+01:00"_s,
            u"2026-01-05T16:30:00+01:00"_s}},
    {"IntervalEndOfActiveHoursIncluded", "Europe/Berlin", interval(60, QTime(14, 0), QTime(17, 0)),
        at(2026, 1, 5, 0, 0, +1), at(2026, 1, 6, 0, 0, +1),
        {u"2026-01-05T15:00:00+01:00"_s, u"2026-01-05T16:00:00+01:00"_s,
            u"2026-01-05T17:00:00+01:00"_s}},
    {"IntervalDailyLimit", "Europe/Berlin",
        interval(60, QTime(9, 0), QTime(17, 0), ReminderPlan::weekdays, 3),
        at(2026, 1, 5, 0, 0, +1), at(2026, 1, 6, 0, 0, +1),
        {u"2026-01-05T10:00:00+01:00"_s, u"2026-01-05T11:00:00+01:00"_s,
            u"2026-01-05T12:00:00+01:00"_s}},
    {"IntervalNoActiveHours", "Europe/Berlin", interval(60, QTime(17, 0), QTime(9, 0)),
        at(2026, 1, 5, 0, 0, +1), at(2026, 1, 6, 0, 0, +1), {}},
    {"IntervalDaysNotChosen", "Europe/Berlin", interval(120, QTime(9, 0), QTime(12, 0)),
        at(2026, 1, 10, 0, 0, +1), at(2026, 1, 12, 0, 0, +1), {}},
    // Real minutes: the hour the clocks skip is not waited for.
    {"IntervalSpringForwardBerlin", "Europe/Berlin",
        interval(60, QTime(1, 0), QTime(5, 0), ReminderPlan::everyDay), at(2026, 3, 29, 0, 0, +1),
        at(2026, 3, 29, 8, 0, +2),
        {u"2026-03-29T03:00:00+02:00"_s, u"2026-03-29T04:00:00+02:00"_s,
            u"2026-03-29T05:00:00+02:00"_s}},
    // Real minutes: the hour the clocks repeat has its own reminder.
    {"IntervalFallBackBerlin", "Europe/Berlin",
        interval(60, QTime(1, 0), QTime(4, 0), ReminderPlan::everyDay), at(2026, 10, 25, 0, 0, +2),
        at(2026, 10, 25, 8, 0, +1),
        {u"2026-10-25T02:00:00+02:00"_s, u"2026-10-25T02:00:00+01:00"_s,
            u"2026-10-25T03:00:00+01:00"_s, u"2026-10-25T04:00:00+01:00"_s}},
    {"IntervalSpringForwardNewYork", "America/New_York",
        interval(60, QTime(0, 0), QTime(4, 0), ReminderPlan::everyDay), at(2026, 3, 7, 23, 0, -5),
        at(2026, 3, 8, 8, 0, -4),
        {u"2026-03-08T01:00:00-05:00"_s, u"2026-03-08T03:00:00-04:00"_s,
            u"2026-03-08T04:00:00-04:00"_s}},
    {"IntervalFallBackNewYork", "America/New_York",
        interval(60, QTime(0, 0), QTime(3, 0), ReminderPlan::everyDay), at(2026, 10, 31, 23, 0, -4),
        at(2026, 11, 1, 8, 0, -5),
        {u"2026-11-01T01:00:00-04:00"_s, u"2026-11-01T01:00:00-05:00"_s,
            u"2026-11-01T02:00:00-05:00"_s, u"2026-11-01T03:00:00-05:00"_s}},
};

class ScheduleTable : public ::testing::TestWithParam<WalkCase>
{
};

TEST_P(ScheduleTable, ShowsExactlyThesePlannedMoments)
{
    const WalkCase &walk = GetParam();
    const QTimeZone zone = requireZone(walk.zone);
    ASSERT_TRUE(zone.isValid());
    ManualClock clock(walk.from, zone.offsetFromUtc(walk.from));
    ReminderSchedule schedule(walk.plan);
    ScheduleWalk walker(schedule, clock, zone);
    walker.walkUntil(walk.until);
    EXPECT_EQ(walker.takeShown(), walk.shown);
}

INSTANTIATE_TEST_SUITE_P(Walks, ScheduleTable, ::testing::ValuesIn(walks),
    [](const ::testing::TestParamInfo<WalkCase> &walk) { return std::string(walk.param.name); });

} // namespace

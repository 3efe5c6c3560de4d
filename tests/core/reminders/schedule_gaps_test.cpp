// The computer asleep, the program not running, the clock set back.
#include "tests/core/reminders/scheduleevents.h"

using namespace limber;
using namespace limber::testing;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

TEST_F(ScheduleEvents, ASuspendOverOneDueTimeShowsItOnWaking)
{
    walk.walkUntil(monday(10, 0));
    clock.suspend(1h);
    EXPECT_EQ(walk.look(), ReminderDue::Scheduled);
    EXPECT_EQ(walk.takeShown(), QStringList {local(monday(11, 0))});
}

TEST_F(ScheduleEvents, ASuspendOverSeveralDueTimesShowsOneReminder)
{
    ReminderPlan plan = twiceADay();
    plan.times = {QTime(10, 30), QTime(12, 0), QTime(13, 0), QTime(16, 0)};
    schedule.setPlan(plan);
    walk.walkUntil(monday(10, 0));
    clock.suspend(4h);
    walk.walkUntil(monday(15, 0));
    EXPECT_EQ(walk.takeShown(), QStringList {local(monday(14, 0))});
    EXPECT_EQ(schedule.state().shownOnCountedDay, 1);
    walk.walkUntil(monday(17, 0));
    EXPECT_EQ(walk.takeShown(), QStringList {local(monday(16, 0))});
}

TEST_F(ScheduleEvents, AnEveningReminderIsNotShownTheNextMorning)
{
    ReminderPlan plan = twiceADay();
    plan.times = {QTime(10, 30), QTime(17, 0)};
    schedule.setPlan(plan);
    walk.walkUntil(monday(16, 50));
    walk.takeShown();
    clock.suspend(std::chrono::minutes(monday(16, 50).secsTo(tuesday(8, 0)) / 60));
    EXPECT_EQ(walk.look(), ReminderDue::No) << now().toStdString();
    walk.walkUntil(tuesday(11, 0));
    EXPECT_EQ(walk.takeShown(), QStringList {local(tuesday(10, 30))});
}

TEST_F(ScheduleEvents, ASnoozeDoesNotOutliveItsDay)
{
    walk.walkUntil(monday(10, 31));
    schedule.recordSnoozed(clock.nowUtc());
    clock.suspend(23h);
    EXPECT_EQ(walk.look(), ReminderDue::No) << now().toStdString();
}

TEST_F(ScheduleEvents, AnIntervalSuspendShowsOneAndCountsOnFromIt)
{
    schedule.setPlan(hourly());
    walk.walkUntil(monday(10, 5));
    clock.suspend(3h + 15min);
    walk.walkUntil(monday(15, 0));
    EXPECT_EQ(walk.takeShown(),
        (QStringList {local(monday(10, 0)), local(monday(13, 20)), local(monday(14, 20))}));
}

TEST_F(ScheduleEvents, AnIntervalReminderMissedIsNotShownAfterTheActiveHours)
{
    schedule.setPlan(hourly());
    walk.walkUntil(monday(16, 30));
    walk.takeShown();
    clock.suspend(1h);
    EXPECT_EQ(walk.look(), ReminderDue::No) << now().toStdString();
    EXPECT_EQ(schedule.nextDue(clock.nowUtc(), zone), tuesday(10, 0));
}

TEST_F(ScheduleEvents, SettingTheClockBackDoesNotRepeatAReminder)
{
    walk.walkUntil(monday(10, 40));
    clock.jumpWallClock(-1h);
    walk.refreshPrediction();
    walk.walkUntil(monday(15, 1));
    EXPECT_EQ(walk.takeShown(), (QStringList {local(monday(10, 30)), local(monday(15, 0))}));
}

TEST_F(ScheduleEvents, SettingTheClockBackADayNeitherRepeatsNorSilencesThatDay)
{
    ReminderPlan plan = twiceADay();
    plan.days = ReminderPlan::everyDay;
    schedule.setPlan(plan);
    walk.walkUntil(monday(15, 10));
    walk.takeShown();
    clock.jumpWallClock(-24h); // Sunday 15:10
    walk.refreshPrediction();
    EXPECT_EQ(walk.look(), ReminderDue::No) << now().toStdString();
    walk.walkUntil(monday(11, 0));
    EXPECT_EQ(walk.takeShown(), QStringList {local(monday(10, 30))});
}

TEST_F(ScheduleEvents, SettingTheClockBackDelaysAnIntervalReminderButNeverRepeatsIt)
{
    schedule.setPlan(hourly());
    walk.walkUntil(monday(10, 5));
    clock.jumpWallClock(-1h); // 09:05 again
    walk.refreshPrediction();
    walk.walkUntil(monday(11, 30));
    EXPECT_EQ(walk.takeShown(), (QStringList {local(monday(10, 0)), local(monday(11, 0))}));
}

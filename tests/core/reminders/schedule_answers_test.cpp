// Snooze, skip today, sessions, the daily limit and a restart.
#include "tests/core/reminders/scheduleevents.h"

using namespace limber;
using namespace limber::testing;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

TEST_F(ScheduleEvents, SnoozeBringsTheReminderBackTenMinutesAfterTheAnswer)
{
    walk.walkUntil(monday(10, 33));
    EXPECT_EQ(walk.takeShown(), QStringList {local(monday(10, 30))});
    schedule.recordSnoozed(clock.nowUtc());
    EXPECT_EQ(schedule.nextDue(clock.nowUtc(), zone), monday(10, 43));
    walk.refreshPrediction();
    walk.walkUntil(monday(11, 0));
    EXPECT_EQ(walk.takeShown(), QStringList {local(monday(10, 43)) + u" (snoozed)"_s});
}

TEST_F(ScheduleEvents, SnoozedRemindersShownAgainDoNotCountTowardTheDailyLimit)
{
    ReminderPlan plan = twiceADay();
    plan.dailyLimit = 2;
    schedule.setPlan(plan);
    walk.walkUntil(monday(10, 31));
    for (int snooze = 0; snooze < 3; ++snooze) {
        schedule.recordSnoozed(clock.nowUtc());
        walk.refreshPrediction();
        clock.advance(10min);
        EXPECT_EQ(walk.look(), ReminderDue::Snoozed) << now().toStdString();
    }
    walk.walkUntil(monday(16, 0));
    const QStringList shown = walk.takeShown();
    ASSERT_EQ(shown.size(), 5);
    EXPECT_EQ(shown.last(), local(monday(15, 0)));
}

TEST_F(ScheduleEvents, TheDailyLimitCountsEveryReminderShown)
{
    ReminderPlan plan = twiceADay();
    plan.dailyLimit = 1;
    schedule.setPlan(plan);
    walk.walkUntil(monday(23, 59));
    EXPECT_EQ(walk.takeShown(), QStringList {local(monday(10, 30))});
    EXPECT_EQ(schedule.state().countedDay, QDate(2026, 1, 5));
    EXPECT_EQ(schedule.state().shownOnCountedDay, 1);
    EXPECT_EQ(schedule.nextDue(clock.nowUtc(), zone), tuesday(10, 30));
}

TEST_F(ScheduleEvents, SkipTodaySilencesTheRestOfTheLocalDay)
{
    walk.walkUntil(monday(10, 31));
    schedule.recordSnoozed(clock.nowUtc());
    schedule.recordSkippedToday(clock.nowUtc(), zone);
    walk.refreshPrediction();
    EXPECT_EQ(schedule.nextDue(clock.nowUtc(), zone), tuesday(10, 30));
    walk.walkUntil(tuesday(11, 0));
    EXPECT_EQ(walk.takeShown(), (QStringList {local(monday(10, 30)), local(tuesday(10, 30))}));
}

TEST_F(ScheduleEvents, NothingIsDueWhileASessionRuns)
{
    clock.advance(2h + 20min); // 10:20
    schedule.recordSessionStarted(clock.nowUtc());
    EXPECT_FALSE(schedule.nextDue(clock.nowUtc(), zone).isValid());
    clock.advance(15min); // 10:35: the 10:30 reminder fell due during the session
    EXPECT_EQ(schedule.dueAt(clock.nowUtc(), zone), ReminderDue::No);
    clock.advance(5min);
    schedule.recordSessionEnded(clock.nowUtc());
    // The person practised through 10:30: that reminder is dropped, not shown late.
    EXPECT_EQ(schedule.dueAt(clock.nowUtc(), zone), ReminderDue::No);
    walk.walkUntil(monday(16, 0));
    EXPECT_EQ(walk.takeShown(), QStringList {local(monday(15, 0))});
}

TEST_F(ScheduleEvents, ASessionEndsASnooze)
{
    walk.walkUntil(monday(10, 31));
    schedule.recordSnoozed(clock.nowUtc());
    clock.advance(2min);
    schedule.recordSessionStarted(clock.nowUtc());
    clock.advance(4min);
    schedule.recordSessionEnded(clock.nowUtc());
    walk.refreshPrediction();
    walk.walkUntil(monday(14, 0));
    EXPECT_EQ(walk.takeShown(), QStringList {local(monday(10, 30))});
}

TEST_F(ScheduleEvents, IntervalsCountFromTheEndOfTheLastSession)
{
    schedule.setPlan(hourly());
    walk.walkUntil(monday(10, 30));
    schedule.recordSessionStarted(clock.nowUtc());
    clock.advance(20min);
    schedule.recordSessionEnded(clock.nowUtc()); // 10:50
    walk.refreshPrediction();
    walk.walkUntil(monday(13, 0));
    EXPECT_EQ(walk.takeShown(),
        (QStringList {local(monday(10, 0)), local(monday(11, 50)), local(monday(12, 50))}));
}

TEST_F(ScheduleEvents, IntervalsCountFromTheLastReminderShown)
{
    schedule.setPlan(hourly());
    walk.walkUntil(monday(10, 1));
    schedule.recordSnoozed(clock.nowUtc());
    walk.refreshPrediction();
    walk.walkUntil(monday(12, 0));
    // Shown again at 10:11, so the next comes an hour after that.
    EXPECT_EQ(walk.takeShown(),
        (QStringList {
            local(monday(10, 0)), local(monday(10, 11)) + u" (snoozed)"_s, local(monday(11, 11))}));
}

TEST_F(ScheduleEvents, AReminderStillOpenAbsorbsTheNextOne)
{
    walk.walkUntil(monday(10, 31));
    clock.advance(4h + 30min); // 15:01, the 10:30 notice never answered
    ASSERT_EQ(schedule.dueAt(clock.nowUtc(), zone), ReminderDue::Scheduled);
    schedule.recordStillOpen(clock.nowUtc());
    EXPECT_EQ(schedule.dueAt(clock.nowUtc(), zone), ReminderDue::No);
    EXPECT_EQ(schedule.state().shownOnCountedDay, 1);
}

TEST_F(ScheduleEvents, ARestartDoesNotRepeatTodaysReminders)
{
    ReminderPlan plan = twiceADay();
    plan.times = {QTime(10, 30), QTime(12, 0), QTime(15, 0)};
    plan.dailyLimit = 2;
    schedule.setPlan(plan);
    walk.walkUntil(monday(10, 45));
    const ReminderState kept = schedule.state();

    ReminderSchedule restarted(plan, kept);
    ScheduleWalk afterRestart(restarted, clock, zone);
    afterRestart.walkUntil(monday(23, 0));
    // 10:30 is not shown again, and it still counts toward the limit of two.
    EXPECT_EQ(afterRestart.takeShown(), QStringList {local(monday(12, 0))});
}

TEST_F(ScheduleEvents, NothingWhenNoDayIsChosen)
{
    ReminderPlan plan = twiceADay();
    plan.days = 0;
    schedule.setPlan(plan);
    EXPECT_FALSE(schedule.nextDue(clock.nowUtc(), zone).isValid());
}

TEST_F(ScheduleEvents, TheNextReminderAfterFridayIsOnMonday)
{
    clock.advance(std::chrono::days(4) + 7h + 1min); // Friday 15:01
    schedule.recordShown(clock.nowUtc(), zone);
    EXPECT_EQ(schedule.nextDue(clock.nowUtc(), zone), at(2026, 1, 12, 10, 30, +1));
}

TEST_F(ScheduleEvents, SwitchingRemindersOnDoesNotBringUpTheMorningsReminder)
{
    ReminderPlan off = twiceADay();
    off.enabled = false;
    schedule.setPlan(off);
    clock.advance(8h); // 16:00
    schedule.changePlan(twiceADay(), clock.nowUtc());
    EXPECT_EQ(schedule.dueAt(clock.nowUtc(), zone), ReminderDue::No);
    EXPECT_EQ(schedule.nextDue(clock.nowUtc(), zone), tuesday(10, 30));
}

TEST_F(ScheduleEvents, AChangedIntervalCountsFromTheChange)
{
    schedule.setPlan(hourly());
    walk.walkUntil(monday(10, 30));
    ReminderPlan plan = hourly();
    plan.intervalMinutes = 30;
    schedule.changePlan(plan, clock.nowUtc());
    walk.refreshPrediction();
    walk.walkUntil(monday(11, 30));
    EXPECT_EQ(walk.takeShown(),
        (QStringList {local(monday(10, 0)), local(monday(11, 0)), local(monday(11, 30))}));
}

TEST_F(ScheduleEvents, ChangingOnlyTheRoutineKeepsTheCount)
{
    schedule.setPlan(hourly());
    walk.walkUntil(monday(10, 30));
    ReminderPlan plan = hourly();
    plan.routineId = QStringLiteral("gentle-floor");
    plan.dailyLimit = 3;
    schedule.changePlan(plan, clock.nowUtc());
    EXPECT_EQ(schedule.nextDue(clock.nowUtc(), zone), monday(11, 0));
    EXPECT_FALSE(schedule.state().planSinceUtc.isValid());
}

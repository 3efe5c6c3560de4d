#include "core/reminders/reminderplan.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace Qt::Literals::StringLiterals;

TEST(ReminderPlan, IsOffByDefaultAndCoversMondayToFriday)
{
    const ReminderPlan plan;
    EXPECT_FALSE(plan.enabled);
    EXPECT_EQ(plan.dailyLimit, 6);
    EXPECT_EQ(plan.routineId, u"desk-break"_s);
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        EXPECT_TRUE(plan.coversDay(day)) << day;
    EXPECT_FALSE(plan.coversDay(Qt::Saturday));
    EXPECT_FALSE(plan.coversDay(Qt::Sunday));
}

TEST(ReminderPlan, DaysAreSetOneByOne)
{
    ReminderPlan plan;
    plan.setDay(Qt::Wednesday, false);
    plan.setDay(Qt::Sunday, true);
    plan.setDay(8, true); // not a day: ignored
    EXPECT_FALSE(plan.coversDay(Qt::Wednesday));
    EXPECT_TRUE(plan.coversDay(Qt::Sunday));
    EXPECT_FALSE(plan.coversDay(0));
    EXPECT_EQ(plan.days, 0b1011011);
}

TEST(ReminderPlan, NormalizedSortsTimesAndKeepsNumbersInRange)
{
    ReminderPlan plan;
    plan.times = {QTime(15, 0, 40), QTime(9, 15), QTime(), QTime(15, 0)};
    plan.intervalMinutes = 5;
    plan.dailyLimit = 0;
    plan.days = 0xFF;
    plan.routineId = u"  "_s;
    const ReminderPlan normalized = plan.normalized();
    EXPECT_EQ(normalized.times, (QList<QTime> {QTime(9, 15), QTime(15, 0)}));
    EXPECT_EQ(normalized.intervalMinutes, ReminderPlan::shortestIntervalMinutes);
    EXPECT_EQ(normalized.dailyLimit, ReminderPlan::smallestDailyLimit);
    EXPECT_EQ(normalized.days, ReminderPlan::everyDay);
    EXPECT_EQ(normalized.routineId, u"desk-break"_s);

    plan.intervalMinutes = 500;
    plan.dailyLimit = 99;
    EXPECT_EQ(plan.normalized().intervalMinutes, ReminderPlan::longestIntervalMinutes);
    EXPECT_EQ(plan.normalized().dailyLimit, ReminderPlan::largestDailyLimit);
}

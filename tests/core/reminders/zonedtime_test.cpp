#include "core/reminders/zonedtime.h"
#include "tests/core/reminders/schedulewalk.h"

#include <gtest/gtest.h>

using namespace limber;
using limber::testing::at;
using limber::testing::requireZone;

TEST(ZonedTime, AnOrdinaryTimeIsTheMomentTheClocksShowIt)
{
    const QTimeZone berlin = requireZone("Europe/Berlin");
    EXPECT_EQ(firstMomentAtLocalTime(QDate(2026, 1, 5), QTime(10, 30), berlin),
        at(2026, 1, 5, 10, 30, +1));
    EXPECT_EQ(firstMomentAtLocalTime(QDate(2026, 7, 6), QTime(10, 30), berlin),
        at(2026, 7, 6, 10, 30, +2));
}

TEST(ZonedTime, ATimeTheClocksSkipComesAtTheFirstTimeAfterTheGap)
{
    const QTimeZone berlin = requireZone("Europe/Berlin");
    EXPECT_EQ(firstMomentAtLocalTime(QDate(2026, 3, 29), QTime(2, 30), berlin),
        at(2026, 3, 29, 3, 0, +2));
    EXPECT_EQ(
        firstMomentAtLocalTime(QDate(2026, 3, 29), QTime(2, 0), berlin), at(2026, 3, 29, 3, 0, +2));
    EXPECT_EQ(
        firstMomentAtLocalTime(QDate(2026, 3, 29), QTime(3, 0), berlin), at(2026, 3, 29, 3, 0, +2));

    const QTimeZone newYork = requireZone("America/New_York");
    EXPECT_EQ(
        firstMomentAtLocalTime(QDate(2026, 3, 8), QTime(2, 15), newYork), at(2026, 3, 8, 3, 0, -4));
}

TEST(ZonedTime, ATimeTheClocksPassTwiceIsItsFirstOccurrence)
{
    const QTimeZone berlin = requireZone("Europe/Berlin");
    EXPECT_EQ(firstMomentAtLocalTime(QDate(2026, 10, 25), QTime(2, 30), berlin),
        at(2026, 10, 25, 2, 30, +2));

    const QTimeZone newYork = requireZone("America/New_York");
    EXPECT_EQ(firstMomentAtLocalTime(QDate(2026, 11, 1), QTime(1, 30), newYork),
        at(2026, 11, 1, 1, 30, -4));
}

TEST(ZonedTime, TheLocalDateFollowsTheZone)
{
    const QDateTime lateMonday = at(2026, 1, 5, 23, 30, 0);
    EXPECT_EQ(localDate(lateMonday, requireZone("Europe/Berlin")), QDate(2026, 1, 6));
    EXPECT_EQ(localDate(lateMonday, requireZone("America/New_York")), QDate(2026, 1, 5));
}

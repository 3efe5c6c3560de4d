#include "core/util/clock.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace std::chrono_literals;

TEST(ManualClock, AdvanceMovesEveryClockTogether)
{
    ManualClock clock;
    const QDateTime wallStart = clock.nowUtc();
    clock.advance(1500ms);
    EXPECT_EQ(clock.now(), 1500ms);
    EXPECT_EQ(clock.nowIncludingSuspend(), 1500ms);
    EXPECT_EQ(wallStart.msecsTo(clock.nowUtc()), 1500);
}

TEST(ManualClock, AWallClockJumpMovesOnlyTheCalendar)
{
    ManualClock clock;
    const QDateTime wallStart = clock.nowUtc();
    clock.jumpWallClock(-2h);
    EXPECT_EQ(clock.now(), 0ms);
    EXPECT_EQ(clock.nowIncludingSuspend(), 0ms);
    EXPECT_EQ(wallStart.msecsTo(clock.nowUtc()), -7200000);
}

TEST(ManualClock, SuspendStopsOnlyTheMonotonicClock)
{
    ManualClock clock;
    const QDateTime wallStart = clock.nowUtc();
    clock.advance(1s);
    clock.suspend(10min);
    EXPECT_EQ(clock.now(), 1s);
    EXPECT_EQ(clock.nowIncludingSuspend(), 1s + 10min);
    EXPECT_EQ(wallStart.msecsTo(clock.nowUtc()), 601000);
}

TEST(ManualClock, StartsAtTheGivenDateAndOffset)
{
    const QDateTime start(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc());
    ManualClock clock(start, 7200);
    EXPECT_EQ(clock.nowUtc(), start);
    EXPECT_EQ(clock.utcOffsetSeconds(), 7200);
    clock.setUtcOffsetSeconds(3600);
    EXPECT_EQ(clock.utcOffsetSeconds(), 3600);
}

TEST(SystemMonotonicClock, NeverGoesBackAndSuspendInclusiveTimeKeepsUp)
{
    // Both readings start near zero, and on an awake machine they advance
    // together; the suspend-inclusive one is never behind by more than a blink.
    SystemMonotonicClock clock;
    std::chrono::milliseconds previous = clock.now();
    for (int i = 0; i < 1000; ++i) {
        const std::chrono::milliseconds now = clock.now();
        ASSERT_GE(now, previous);
        previous = now;
    }
    const auto drift = clock.nowIncludingSuspend() - clock.now();
    EXPECT_LT(std::chrono::abs(drift), 50ms);
}

TEST(SystemWallClock, GivesUtc)
{
    SystemWallClock clock;
    EXPECT_EQ(clock.nowUtc().timeSpec(), Qt::UTC);
    EXPECT_GE(clock.utcOffsetSeconds(), -14 * 3600);
    EXPECT_LE(clock.utcOffsetSeconds(), 14 * 3600);
}

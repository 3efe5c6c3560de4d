// History queries in the user's calendar: weeks across DST changes and
// midnight, both week starts, streaks, months, side balance, summaries.
#include "core/history/historyqueries.h"
#include "core/history/sessionlog.h"
#include "tests/core/history/historytestsupport.h"

#include <QTimeZone>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;

namespace {

class Queries : public StoreFixture
{
protected:
    void SetUp() override
    {
        store = openStore();
        ASSERT_TRUE(store);
    }

    static HoldRecord holdAt(const QDateTime &start, const QString &exercise, Side side,
        qint64 heldMs, std::optional<int> reach = std::nullopt)
    {
        HoldRecord entry;
        entry.exerciseId = exercise;
        entry.side = side;
        entry.target = std::chrono::milliseconds(60000);
        entry.held = std::chrono::milliseconds(heldMs);
        entry.startUtc = start.toUTC();
        entry.utcOffsetSeconds = start.offsetFromUtc();
        entry.completed = true;
        entry.reach = reach;
        return entry;
    }

    // One session that starts with its first hold, in that hold's offset.
    void addSession(const QList<HoldRecord> &holds, std::optional<int> painBefore = {},
        std::optional<int> painAfter = {})
    {
        const HoldRecord &first = holds.first();
        clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(first.startUtc)));
        clock.setUtcOffsetSeconds(first.utcOffsetSeconds);
        SessionLog log(*store);
        ASSERT_TRUE(log.begin(u"routine"_s));
        if (painBefore) {
            ASSERT_TRUE(log.setPainBefore(*painBefore));
        }
        int index = 0;
        for (HoldRecord hold : holds) {
            hold.holdNumber = ++index;
            ASSERT_TRUE(log.recordHold(hold));
        }
        if (painAfter) {
            ASSERT_TRUE(log.setPainAfter(*painAfter));
        }
        ASSERT_TRUE(log.finish(SessionEnd::Completed));
    }

    HistoryQueries queries() { return HistoryQueries(*store); }

    std::unique_ptr<HistoryStore> store;
};

// A hold at a local wall time in a zone, and the week it must count in.
struct WeekCase
{
    QDate localDate;
    QTime localTime;
    QDate expectedWeekStart;
};

struct ZoneCase
{
    const char *name;
    const char *zone;
    Qt::DayOfWeek firstDay;
    QList<WeekCase> holds;
    /// Two holds (indices) whose UTC offsets must differ: the case really
    /// straddles a DST change.
    int beforeChange;
    int afterChange;
};

void PrintTo(const ZoneCase &zoneCase, std::ostream *os)
{
    *os << zoneCase.name;
}

class WeekGrouping : public Queries, public ::testing::WithParamInterface<ZoneCase>
{
};

TEST_P(WeekGrouping, HoldsCountInTheWeekOfTheirLocalDate)
{
    // The machine's zone is far from every case: only stored offsets may count.
    const ScopedTimeZone machineZone("Pacific/Kiritimati");
    const ZoneCase &zoneCase = GetParam();
    const QTimeZone zone(zoneCase.zone);
    ASSERT_TRUE(zone.isValid()) << zoneCase.zone;

    QList<HoldRecord> holds;
    for (int i = 0; i < zoneCase.holds.size(); ++i) {
        const WeekCase &c = zoneCase.holds[i];
        const QDateTime local(c.localDate, c.localTime, zone);
        ASSERT_EQ(local.time(), c.localTime) << "a case must not fall into a DST gap";
        holds.append(holdAt(local, u"hold-%1"_s.arg(i), Side::Left, 60000));
    }
    ASSERT_NE(holds[zoneCase.beforeChange].utcOffsetSeconds,
        holds[zoneCase.afterChange].utcOffsetSeconds);
    for (const HoldRecord &hold : holds)
        addSession({hold});

    const QDate last = zoneCase.holds.last().localDate;
    const auto totals = queries().weeklyTotals(WeekWindow(last, 4, zoneCase.firstDay));
    ASSERT_TRUE(totals.ok()) << totals.error().message.toStdString();
    ASSERT_EQ(totals->size(), zoneCase.holds.size());
    for (const ExerciseWeekTotal &total : *totals) {
        const int index = total.exerciseId.section(u'-', 1).toInt();
        const WeekCase &c = zoneCase.holds[index];
        EXPECT_EQ(total.weekStart, c.expectedWeekStart)
            << zoneCase.name << ": hold at " << c.localDate.toString(Qt::ISODate).toStdString()
            << ' ' << c.localTime.toString().toStdString();
        EXPECT_EQ(total.weekStart.dayOfWeek(), zoneCase.firstDay);
    }
}

INSTANTIATE_TEST_SUITE_P(Zones, WeekGrouping,
    ::testing::Values(
        // Berlin springs forward on Sunday 2026-03-29 at 02:00.
        ZoneCase {"BerlinSpringMondayFirst", "Europe/Berlin", Qt::Monday,
            {{{2026, 3, 29}, {1, 50}, {2026, 3, 23}}, {{2026, 3, 29}, {3, 10}, {2026, 3, 23}},
                {{2026, 3, 29}, {23, 30}, {2026, 3, 23}}, {{2026, 3, 30}, {0, 15}, {2026, 3, 30}}},
            0, 3},
        // Berlin falls back on Sunday 2026-10-25; Sunday-first weeks start then.
        ZoneCase {"BerlinAutumnSundayFirst", "Europe/Berlin", Qt::Sunday,
            {{{2026, 10, 24}, {23, 50}, {2026, 10, 18}}, {{2026, 10, 25}, {0, 10}, {2026, 10, 25}},
                {{2026, 10, 25}, {23, 55}, {2026, 10, 25}}},
            0, 2},
        // New York springs forward on Sunday 2026-03-08: late Saturday is
        // already Sunday in UTC.
        ZoneCase {"NewYorkSpringSundayFirst", "America/New_York", Qt::Sunday,
            {{{2026, 3, 7}, {23, 30}, {2026, 3, 1}}, {{2026, 3, 8}, {0, 30}, {2026, 3, 8}},
                {{2026, 3, 8}, {23, 45}, {2026, 3, 8}}},
            0, 2},
        ZoneCase {"NewYorkSpringMondayFirst", "America/New_York", Qt::Monday,
            {{{2026, 3, 8}, {1, 30}, {2026, 3, 2}}, {{2026, 3, 8}, {23, 45}, {2026, 3, 2}},
                {{2026, 3, 9}, {0, 5}, {2026, 3, 9}}},
            0, 1},
        ZoneCase {"NewYorkAutumnMondayFirst", "America/New_York", Qt::Monday,
            {{{2026, 11, 1}, {0, 30}, {2026, 10, 26}}, {{2026, 11, 1}, {23, 30}, {2026, 10, 26}},
                {{2026, 11, 2}, {0, 20}, {2026, 11, 2}}},
            0, 1},
        // Lord Howe moves by 30 minutes: back on Sunday 2026-04-05 at 02:00,
        // forward on Sunday 2026-10-04 at 02:00.
        ZoneCase {"LordHoweAutumnMondayFirst", "Australia/Lord_Howe", Qt::Monday,
            {{{2026, 4, 5}, {0, 40}, {2026, 3, 30}}, {{2026, 4, 5}, {23, 50}, {2026, 3, 30}},
                {{2026, 4, 6}, {0, 10}, {2026, 4, 6}}},
            0, 1},
        ZoneCase {"LordHoweSpringSundayFirst", "Australia/Lord_Howe", Qt::Sunday,
            {{{2026, 10, 3}, {23, 45}, {2026, 9, 27}}, {{2026, 10, 4}, {0, 15}, {2026, 10, 4}},
                {{2026, 10, 4}, {2, 45}, {2026, 10, 4}}},
            1, 2}),
    [](const auto &param) { return std::string(param.param.name); });

TEST_F(Queries, WeeklySummaryHasEveryWeekWithSessionsLongestReachAndPain)
{
    const QTimeZone berlin("Europe/Berlin");
    auto at
        = [&](int day, int hour) { return QDateTime(QDate(2026, 6, day), QTime(hour, 0), berlin); };
    // Week of Mon 2026-06-01: two sessions; week of 06-08: none; week of 06-15: one.
    addSession({holdAt(at(1, 8), u"leg-cross"_s, Side::Left, 90000, 1),
                   holdAt(at(1, 8).addSecs(100), u"leg-cross"_s, Side::Right, 60000, 2)},
        6, 4);
    addSession({holdAt(at(3, 19), u"leg-cross"_s, Side::Left, 120000, 1),
                   holdAt(at(3, 19).addSecs(200), u"cat-cow"_s, Side::None, 30000)},
        4, 2);
    addSession({holdAt(at(15, 7), u"cat-cow"_s, Side::None, 45000)}, std::nullopt, 1);

    const WeekWindow window(QDate(2026, 6, 17), 3, Qt::Monday);
    auto all = queries().weeklySummary(window);
    ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    ASSERT_EQ(all->size(), 3);
    const WeekSummary &first = (*all)[0];
    EXPECT_EQ(first.weekStart, QDate(2026, 6, 1));
    EXPECT_EQ(first.holdCount, 4);
    EXPECT_EQ(first.heldMs, 90000 + 60000 + 120000 + 30000);
    EXPECT_EQ(first.longestHoldMs, 120000);
    EXPECT_EQ(first.sessionCount, 2);
    EXPECT_EQ(first.bestReach, 2);
    EXPECT_DOUBLE_EQ(first.averagePainBefore.value(), 5.0);
    EXPECT_DOUBLE_EQ(first.averagePainAfter.value(), 3.0);
    EXPECT_DOUBLE_EQ(first.heldMinutes(), 5.0);

    const WeekSummary &empty = (*all)[1];
    EXPECT_EQ(empty.weekStart, QDate(2026, 6, 8));
    EXPECT_EQ(empty.holdCount, 0);
    EXPECT_EQ(empty.sessionCount, 0);
    EXPECT_FALSE(empty.averagePainBefore.has_value());

    const WeekSummary &third = (*all)[2];
    EXPECT_EQ(third.sessionCount, 1);
    EXPECT_FALSE(third.averagePainBefore.has_value());
    EXPECT_DOUBLE_EQ(third.averagePainAfter.value(), 1.0);
    EXPECT_FALSE(third.bestReach.has_value());

    auto legCross = queries().weeklySummary(window, {u"leg-cross"_s});
    ASSERT_TRUE(legCross.ok());
    EXPECT_EQ((*legCross)[0].holdCount, 3);
    EXPECT_EQ((*legCross)[0].sessionCount, 2);
    EXPECT_EQ((*legCross)[2].sessionCount, 0);
    EXPECT_FALSE((*legCross)[2].averagePainAfter.has_value()) << "that session had no leg-cross";

    auto totals = queries().weeklyTotals(window, {u"leg-cross"_s});
    ASSERT_TRUE(totals.ok());
    ASSERT_EQ(totals->size(), 2);
    EXPECT_EQ((*totals)[0].side, Side::Left);
    EXPECT_EQ((*totals)[0].holdCount, 2);
    EXPECT_EQ((*totals)[0].heldMs, 210000);
    EXPECT_EQ((*totals)[0].longestMs, 120000);
    EXPECT_EQ((*totals)[1].side, Side::Right);
    EXPECT_EQ((*totals)[1].bestReach, 2);
}

TEST_F(Queries, SummaryFollowsReachChangedAfterTheHold)
{
    const QDateTime start(QDate(2026, 6, 2), QTime(8, 0), QTimeZone::utc());
    const HoldRecord hold = holdAt(start, u"leg-cross"_s, Side::Left, 60000);
    clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(start)));
    SessionLog log(*store);
    ASSERT_TRUE(log.begin(u"r"_s));
    ASSERT_TRUE(log.recordHold(hold));
    ASSERT_TRUE(log.setReach(hold, 3));
    auto weeks = queries().weeklySummary(WeekWindow(start.date(), 1, Qt::Monday));
    ASSERT_TRUE(weeks.ok());
    EXPECT_EQ((*weeks)[0].bestReach, 3);
}

TEST_F(Queries, StreaksAndPractisedDaysUseLocalDates)
{
    const QTimeZone newYork("America/New_York");
    // 21:30 in New York is the next day in UTC; the streak is 3 local days.
    for (int day : {2, 3, 4, 10, 11})
        addSession({holdAt(
            QDateTime(QDate(2026, 6, day), QTime(21, 30), newYork), u"a"_s, Side::None, 60000)});
    auto june = queries().practisedDays(2026, 6);
    ASSERT_TRUE(june.ok());
    EXPECT_EQ(*june,
        (QList<QDate> {QDate(2026, 6, 2), QDate(2026, 6, 3), QDate(2026, 6, 4), QDate(2026, 6, 10),
            QDate(2026, 6, 11)}));
    EXPECT_TRUE(queries().practisedDays(2026, 5).value().isEmpty());

    EXPECT_EQ(queries().streaks(QDate(2026, 6, 11)).value(), (Streaks {2, 3}));
    EXPECT_EQ(queries().streaks(QDate(2026, 6, 12)).value(), (Streaks {2, 3}))
        << "today is still open";
    EXPECT_EQ(queries().streaks(QDate(2026, 6, 13)).value(), (Streaks {0, 3}));
    EXPECT_EQ(queries().streaks(QDate(2026, 6, 4), {u"a"_s}).value(), (Streaks {3, 3}));
    EXPECT_EQ(queries().streaks(QDate(2026, 6, 4), {u"other"_s}).value(), (Streaks {0, 0}));
}

TEST(StreakRules, CountRunsOfConsecutiveDays)
{
    EXPECT_EQ(computeStreaks({}, 100), (Streaks {0, 0}));
    EXPECT_EQ(computeStreaks({100}, 100), (Streaks {1, 1}));
    EXPECT_EQ(computeStreaks({95, 96, 97, 98, 99}, 100), (Streaks {5, 5}));
    EXPECT_EQ(computeStreaks({90, 91, 92, 93, 99, 100}, 100), (Streaks {2, 4}));
    EXPECT_EQ(computeStreaks({90, 91, 92}, 100), (Streaks {0, 3}));
    EXPECT_EQ(computeStreaks({99, 100, 101, 102}, 100), (Streaks {2, 4}))
        << "days after today count only for the best";
}

TEST_F(Queries, SideBalanceFlagsASideThatLagsByMoreThanTwentyPercent)
{
    const QDate today(2026, 6, 30);
    auto holdOn = [&](QDate day, Side side, qint64 ms, const QString &exercise = u"leg-cross"_s) {
        return holdAt(QDateTime(day, QTime(9, 0), QTimeZone(7200)), exercise, side, ms);
    };
    addSession({holdOn(today.addDays(-27), Side::Left, 100000),
        holdOn(today.addDays(-27), Side::Right, 79000)});
    auto oneSession = queries().sideBalance(today, {u"leg-cross"_s});
    ASSERT_TRUE(oneSession.ok());
    EXPECT_EQ(oneSession->sessions, 1);
    EXPECT_FALSE(oneSession->isUnbalanced()) << "one session is too little to compare";
    addSession({holdOn(today.addDays(-20), Side::Left, 10000),
        holdOn(today.addDays(-20), Side::Right, 7900)});
    addSession({holdOn(today.addDays(-28), Side::Right, 500000)}); // outside the 28 days
    addSession({holdOn(today, Side::Right, 60000, u"other"_s)});

    auto legCross = queries().sideBalance(today, {u"leg-cross"_s});
    ASSERT_TRUE(legCross.ok());
    EXPECT_EQ(legCross->leftMs, 110000);
    EXPECT_EQ(legCross->rightMs, 86900);
    EXPECT_EQ(legCross->sessions, 2);
    EXPECT_TRUE(legCross->isUnbalanced());
    EXPECT_EQ(legCross->lagging, Side::Right);
    EXPECT_NEAR(legCross->lagFraction, 0.21, 1e-9);

    auto all = queries().sideBalance(today);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->rightMs, 146900);
    EXPECT_EQ(all->sessions, 3);
    EXPECT_EQ(all->lagging, Side::Left) << "110 against 146.9: the left lags by 25 %";
}

TEST(SideBalanceRule, TwentyPercentIsStillBalanced)
{
    EXPECT_FALSE(balanceOf(100, 80).isUnbalanced());
    EXPECT_EQ(balanceOf(100, 79).lagging, Side::Right);
    EXPECT_EQ(balanceOf(70, 100).lagging, Side::Left);
    EXPECT_FALSE(balanceOf(0, 0).isUnbalanced());
    EXPECT_EQ(balanceOf(0, 5).lagging, Side::Left);
    EXPECT_EQ(balanceOf(9000, 0, 1).lagging, Side::None) << "one 9 s hold says nothing yet";
    EXPECT_FALSE(balanceOf(9000, 0, 1).hasEnoughToCompare());
    EXPECT_TRUE(balanceOf(9000, 0, 2).hasEnoughToCompare());
}

TEST(Calendar, WeekStartsAndLocalDates)
{
    EXPECT_EQ(startOfWeek(QDate(2026, 3, 29), Qt::Monday), QDate(2026, 3, 23));
    EXPECT_EQ(startOfWeek(QDate(2026, 3, 29), Qt::Sunday), QDate(2026, 3, 29));
    EXPECT_EQ(startOfWeek(QDate(2026, 3, 28), Qt::Saturday), QDate(2026, 3, 28));
    const WeekWindow window(QDate(2026, 3, 29), 2, Qt::Monday);
    EXPECT_EQ(window.firstDay(), QDate(2026, 3, 16));
    EXPECT_EQ(window.lastDay(), QDate(2026, 3, 29));
    const QDateTime lateUtc(QDate(2026, 3, 8), QTime(4, 30), QTimeZone::utc());
    EXPECT_EQ(localDate(lateUtc, -5 * 3600), QDate(2026, 3, 7));
    EXPECT_EQ(localDate(lateUtc, 10 * 3600 + 1800), QDate(2026, 3, 8));
    EXPECT_EQ(dateOfDayNumber(dayNumber(QDate(2031, 2, 28))), QDate(2031, 2, 28));
}

TEST_F(Queries, ExerciseIdsListsWhatWasPractised)
{
    addSession({holdAt(QDateTime(QDate(2026, 6, 2), QTime(8, 0), QTimeZone::utc()), u"b"_s,
                    Side::None, 1000),
        holdAt(QDateTime(QDate(2026, 6, 2), QTime(8, 5), QTimeZone::utc()), u"a"_s, Side::None,
            1000)});
    EXPECT_EQ(queries().exerciseIds().value(), (QStringList {u"a"_s, u"b"_s}));
}

} // namespace

TEST_F(Queries, LastSessionIsTheOneThatStartedLastInItsOwnOffset)
{
    auto none = queries().lastSession();
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value()) << "an empty history has no last session";

    const QDateTime earlier(QDate(2026, 3, 2), QTime(7, 30), QTimeZone(3600));
    const QDateTime later(QDate(2026, 3, 4), QTime(21, 15), QTimeZone(-4 * 3600));
    addSession({holdAt(earlier, u"a"_s, Side::Left, 60000)});
    addSession({holdAt(later, u"a"_s, Side::Left, 45000),
        holdAt(later.addSecs(70), u"a"_s, Side::Right, 30000)});

    auto last = queries().lastSession();
    ASSERT_TRUE(last.ok());
    ASSERT_TRUE(last->has_value());
    const LastSession &session = **last;
    EXPECT_EQ(session.started.toUTC(), later.toUTC());
    EXPECT_EQ(session.started.time(), QTime(21, 15)) << "the wall time the person saw";
    EXPECT_EQ(session.holds, 2);
    EXPECT_EQ(session.heldMs, 75000);
    EXPECT_EQ(session.status, u"completed"_s);
}

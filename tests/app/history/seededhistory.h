#pragma once

// A history file in a QTemporaryDir, seeded through SessionLog with a
// pattern whose weekly numbers were worked out by hand (see expectedWeeks).
//
// Local time is UTC+1 throughout; today is Wednesday 2026-03-18.
//   week of Mon  9 Feb: Tue 10 L60 (reach 0) R45 (reach 1), pain 6 -> 4
//                       Wed 11 L90 R90, pain before 5
//                       Thu 12 breathing 30 (no side)
//                       Fri 13 L30
//   week of Mon 16 Feb: Sun 22 L120 (1) R60 (2) breathing 30, pain 4 -> 2
//   week of Mon 23 Feb: nothing
//   week of Mon  2 Mar: Mon  2 L100 (2) R100 (2), pain 3 -> 1
//                       Tue  3 breathing 40
//   week of Mon  9 Mar: Wed 11 L150 (3) R90 (2), pain 3 -> 2
//   week of Mon 16 Mar: Mon 16 L80 R50; Tue 17 L70 R40, pain after 1; Wed 18 L60 R30
// (seconds held; every session starts with its first hold)
#include "core/history/historystore.h"
#include "core/history/sessionlog.h"
#include "core/util/clock.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace limber::testing {

inline const QString legCross = QStringLiteral("seated-leg-cross");
inline const QString breathing = QStringLiteral("belly-breathing");
inline const QDate seededToday(2026, 3, 18);
constexpr int localOffset = 3600;

/// One planned hold: exercise, side, seconds held, reach.
struct PlannedHold
{
    QString exercise;
    Side side = Side::None;
    int seconds = 0;
    std::optional<int> reach;
};

/// One planned session, on a local date and time.
struct PlannedSession
{
    QDate date;
    QTime time;
    QList<PlannedHold> holds;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
};

inline QList<PlannedSession> seededSessions()
{
    const auto l = [](int s, std::optional<int> r = {}) {
        return PlannedHold {legCross, Side::Left, s, r};
    };
    const auto r = [](int s, std::optional<int> reach = {}) {
        return PlannedHold {legCross, Side::Right, s, reach};
    };
    const auto b = [](int s) { return PlannedHold {breathing, Side::None, s, {}}; };
    return {
        {{2026, 2, 10}, {9, 0}, {l(60, 0), r(45, 1)}, 6, 4},
        {{2026, 2, 11}, {9, 0}, {l(90), r(90)}, 5, {}},
        {{2026, 2, 12}, {9, 0}, {b(30)}, {}, {}},
        {{2026, 2, 13}, {9, 0}, {l(30)}, {}, {}},
        {{2026, 2, 22}, {18, 0}, {l(120, 1), r(60, 2), b(30)}, 4, 2},
        {{2026, 3, 2}, {8, 0}, {l(100, 2), r(100, 2)}, 3, 1},
        {{2026, 3, 3}, {8, 0}, {b(40)}, {}, {}},
        {{2026, 3, 11}, {8, 0}, {l(150, 3), r(90, 2)}, 3, 2},
        {{2026, 3, 16}, {8, 0}, {l(80), r(50)}, {}, {}},
        {{2026, 3, 17}, {8, 0}, {l(70), r(40)}, {}, 1},
        {{2026, 3, 18}, {8, 0}, {l(60), r(30)}, {}, {}},
    };
}

/// The numbers of one week as worked out by hand from the plan above.
struct ExpectedWeek
{
    QDate weekStart;
    qint64 leftMs;
    qint64 rightMs;
    qint64 unsidedMs;
    int holds;
    qint64 longestMs;
    int sessions;
    std::optional<int> reach;
    std::optional<double> painBefore;
    std::optional<double> painAfter;
};

/// All exercises, Monday-first weeks, the eight weeks ending with today's.
inline QList<ExpectedWeek> expectedWeeks()
{
    return {
        {{2026, 1, 26}, 0, 0, 0, 0, 0, 0, {}, {}, {}},
        {{2026, 2, 2}, 0, 0, 0, 0, 0, 0, {}, {}, {}},
        {{2026, 2, 9}, 180000, 135000, 30000, 6, 90000, 4, 1, 5.5, 4.0},
        {{2026, 2, 16}, 120000, 60000, 30000, 3, 120000, 1, 2, 4.0, 2.0},
        {{2026, 2, 23}, 0, 0, 0, 0, 0, 0, {}, {}, {}},
        {{2026, 3, 2}, 100000, 100000, 40000, 3, 100000, 2, 2, 3.0, 1.0},
        {{2026, 3, 9}, 150000, 90000, 0, 2, 150000, 1, 3, 3.0, 2.0},
        {{2026, 3, 16}, 210000, 120000, 0, 6, 80000, 3, {}, {}, 1.0},
    };
}

/// A history file with the plan written through SessionLog, and a clock
/// standing at today 19:00 local time.
class SeededHistory : public ::testing::Test
{
protected:
    void SetUp() override
    {
        StoreOptions options;
        options.dataDir = m_dir.path();
        options.dailyBackup = false;
        auto opened = HistoryStore::open(options, clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened.value());
    }

    void seed()
    {
        for (const PlannedSession &session : seededSessions())
            write(session);
        moveClockTo(QDateTime(seededToday, QTime(19, 0), QTimeZone(localOffset)));
    }

    void moveClockTo(const QDateTime &moment)
    {
        clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(moment)));
        clock.setUtcOffsetSeconds(localOffset);
    }

    void write(const PlannedSession &session)
    {
        const QDateTime start(session.date, session.time, QTimeZone(localOffset));
        moveClockTo(start);
        SessionLog log(*store);
        ASSERT_TRUE(log.begin(QStringLiteral("routine")));
        if (session.painBefore) {
            ASSERT_TRUE(log.setPainBefore(*session.painBefore));
        }
        int index = 0;
        QDateTime holdStart = start;
        for (const PlannedHold &planned : session.holds) {
            HoldRecord hold;
            hold.exerciseId = planned.exercise;
            hold.side = planned.side;
            hold.holdNumber = ++index;
            hold.target = std::chrono::milliseconds(60000);
            hold.held = std::chrono::milliseconds(planned.seconds * 1000);
            hold.startUtc = holdStart.toUTC();
            hold.utcOffsetSeconds = localOffset;
            hold.completed = true;
            hold.reach = planned.reach;
            ASSERT_TRUE(log.recordHold(hold));
            holdStart = holdStart.addSecs(planned.seconds + 20);
        }
        if (session.painAfter) {
            ASSERT_TRUE(log.setPainAfter(*session.painAfter));
        }
        ASSERT_TRUE(log.finish(SessionEnd::Completed));
    }

    QTemporaryDir m_dir;
    ManualClock clock {QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()), localOffset};
    std::unique_ptr<HistoryStore> store;
};

} // namespace limber::testing

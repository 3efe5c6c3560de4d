// Listing sessions and deleting one with its holds, on a real SQLite file;
// every effect is checked with plain SQL on the file, not through the class.
#include "core/history/historyqueries.h"
#include "core/history/sessionlog.h"
#include "core/history/sessionrecords.h"
#include "tests/core/history/historytestsupport.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;

namespace {

class SessionRecordsTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        store = openStore();
        ASSERT_TRUE(store);
    }

    // A session at `start` (local time, UTC+1) with one hold per entry of
    // (exercise, side, seconds); finished unless `open`.
    void addSession(const QDateTime &start, const QList<std::tuple<QString, Side, int>> &holds,
        bool open = false)
    {
        clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(start)));
        SessionLog log(*store);
        ASSERT_TRUE(log.begin(u"routine"_s));
        int index = 0;
        for (const auto &[exercise, side, seconds] : holds) {
            HoldRecord hold;
            hold.exerciseId = exercise;
            hold.side = side;
            hold.holdNumber = ++index;
            hold.target = std::chrono::milliseconds(60000);
            hold.held = std::chrono::milliseconds(qint64 {seconds} * 1000);
            hold.startUtc = clock.nowUtc().addSecs(index * 90);
            hold.utcOffsetSeconds = clock.utcOffsetSeconds();
            hold.completed = true;
            ASSERT_TRUE(log.recordHold(hold));
        }
        if (!open) {
            ASSERT_TRUE(log.finish(SessionEnd::Completed));
        }
    }

    qint64 count(const QString &sql) { return RawDatabase(databasePath()).integer(sql); }

    // The summary table against a sum over the holds themselves.
    bool summariesMatchHolds()
    {
        RawDatabase db(databasePath());
        const QString summaries = db.text(
            u"SELECT group_concat(x, ';') FROM (SELECT local_day || exercise_id || side || ':' "
            "|| hold_count || '/' || held_ms AS x FROM hold_days ORDER BY 1)"_s);
        const QString fromHolds = db.text(
            u"SELECT group_concat(x, ';') FROM (SELECT local_day || exercise_id || side || ':' "
            "|| count(*) || '/' || sum(held_ms) AS x FROM holds "
            "GROUP BY local_day, exercise_id, side ORDER BY 1)"_s);
        return summaries == fromHolds;
    }

    std::unique_ptr<HistoryStore> store;
    const QDateTime monday {QDate(2026, 11, 23), QTime(7, 0), QTimeZone::utc()};
};

TEST_F(SessionRecordsTest, ListsSessionsWithHoldsNewestFirst)
{
    addSession(monday, {{u"leg-cross"_s, Side::Left, 30}, {u"leg-cross"_s, Side::Right, 20}});
    addSession(
        monday.addDays(1), {{u"cat-cow"_s, Side::None, 45}, {u"leg-cross"_s, Side::Left, 9}});
    addSession(monday.addDays(2), {}); // started and stopped before any hold

    auto listed = SessionRecords(*store).between(
        monday.date().addDays(-1), monday.date().addDays(7), HistoryFilter {});
    ASSERT_TRUE(listed) << listed.error().message.toStdString();
    ASSERT_EQ(listed->size(), 2);
    const SessionRecord &newer = listed->at(0);
    const SessionRecord &older = listed->at(1);
    EXPECT_GT(newer.started, older.started);
    EXPECT_EQ(newer.id,
        count(u"SELECT id FROM sessions WHERE hold_count > 0 ORDER BY started_utc_ms DESC"_s));
    EXPECT_EQ(newer.holdCount,
        count(u"SELECT count(*) FROM holds WHERE session_id = %1"_s.arg(newer.id)));
    EXPECT_EQ(newer.heldMs,
        count(u"SELECT sum(held_ms) FROM holds WHERE session_id = %1"_s.arg(newer.id)));
    EXPECT_EQ(older.heldMs,
        count(u"SELECT sum(held_ms) FROM holds WHERE session_id = %1"_s.arg(older.id)));
    EXPECT_EQ(newer.exerciseIds, (QStringList {u"cat-cow"_s, u"leg-cross"_s}));
    EXPECT_EQ(older.exerciseIds, QStringList {u"leg-cross"_s});
    // The local day is the one of the person's clock (UTC+1 in the fixture).
    EXPECT_EQ(newer.localDay, newer.started.toOffsetFromUtc(3600).date());
    EXPECT_EQ(newer.status, u"completed"_s);

    auto filtered = SessionRecords(*store).between(
        monday.date(), monday.date().addDays(6), HistoryFilter {u"cat-cow"_s});
    ASSERT_TRUE(filtered);
    ASSERT_EQ(filtered->size(), 1);
    EXPECT_EQ(filtered->at(0).id, newer.id);

    auto outside = SessionRecords(*store).between(
        monday.date().addDays(3), monday.date().addDays(9), HistoryFilter {});
    ASSERT_TRUE(outside);
    EXPECT_TRUE(outside->isEmpty());
}

TEST_F(SessionRecordsTest, DeletingRemovesTheSessionItsHoldsAndTheirSummaries)
{
    addSession(monday, {{u"leg-cross"_s, Side::Left, 30}, {u"leg-cross"_s, Side::Right, 20}});
    addSession(monday.addSecs(3 * 3600),
        {{u"leg-cross"_s, Side::Left, 40}, {u"cat-cow"_s, Side::None, 15},
            {u"cat-cow"_s, Side::None, 25}});
    const qint64 doomed = count(u"SELECT max(id) FROM sessions"_s);
    const qint64 kept = count(u"SELECT min(id) FROM sessions"_s);
    const qint64 doomedHolds
        = count(u"SELECT count(*) FROM holds WHERE session_id = %1"_s.arg(doomed));
    const qint64 keptHolds = count(u"SELECT count(*) FROM holds WHERE session_id = %1"_s.arg(kept));
    ASSERT_GT(doomedHolds, 0);

    auto removed = SessionRecords(*store).remove(doomed);
    ASSERT_TRUE(removed) << removed.error().message.toStdString();
    EXPECT_EQ(*removed, doomedHolds);

    EXPECT_EQ(count(u"SELECT count(*) FROM sessions WHERE id = %1"_s.arg(doomed)), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM holds WHERE session_id = %1"_s.arg(doomed)), 0);
    EXPECT_EQ(
        count(u"SELECT count(*) FROM session_exercises WHERE session_id = %1"_s.arg(doomed)), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM holds WHERE session_id = %1"_s.arg(kept)), keptHolds);
    EXPECT_EQ(count(u"SELECT count(*) FROM hold_days WHERE exercise_id = 'cat-cow'"_s), 0);
    EXPECT_TRUE(summariesMatchHolds());
    RawDatabase db(databasePath());
    EXPECT_EQ(db.text(u"PRAGMA foreign_key_check"_s), QString());
    EXPECT_EQ(db.text(u"PRAGMA integrity_check"_s), u"ok"_s);
}

TEST_F(SessionRecordsTest, ASessionStillRunningIsNotDeleted)
{
    addSession(monday, {{u"leg-cross"_s, Side::Left, 30}}, true);
    const qint64 id = count(u"SELECT id FROM sessions"_s);
    auto removed = SessionRecords(*store).remove(id);
    ASSERT_FALSE(removed);
    EXPECT_FALSE(removed.error().message.isEmpty());
    EXPECT_EQ(count(u"SELECT count(*) FROM holds"_s), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM sessions"_s), 1);
}

TEST_F(SessionRecordsTest, AMissingSessionIsAnError)
{
    addSession(monday, {{u"leg-cross"_s, Side::Left, 30}});
    auto removed = SessionRecords(*store).remove(count(u"SELECT max(id) FROM sessions"_s) + 1);
    EXPECT_FALSE(removed);
    EXPECT_EQ(count(u"SELECT count(*) FROM holds"_s), 1);
}

TEST_F(SessionRecordsTest, AFailureHalfwayKeepsEverything)
{
    addSession(monday, {{u"leg-cross"_s, Side::Left, 30}, {u"leg-cross"_s, Side::Right, 20}});
    const qint64 id = count(u"SELECT id FROM sessions"_s);
    {
        // The holds go first; the session's own row then refuses to go.
        RawDatabase db(databasePath());
        ASSERT_EQ(db.exec(u"CREATE TRIGGER refuse BEFORE DELETE ON sessions BEGIN "
                          "SELECT RAISE(ABORT, 'refused'); END"_s),
            0)
            << db.error().toStdString();
    }
    auto removed = SessionRecords(*store).remove(id);
    EXPECT_FALSE(removed);
    EXPECT_EQ(count(u"SELECT count(*) FROM holds WHERE session_id = %1"_s.arg(id)), 2);
    EXPECT_EQ(count(u"SELECT count(*) FROM sessions"_s), 1);
    EXPECT_TRUE(summariesMatchHolds());
}

} // namespace

// SessionLog: each hold written when it ends; failures keep the write in
// memory and a retry stores it exactly once.
#include "core/history/sessionlog.h"
#include "tests/core/history/historytestsupport.h"

#include <QTimeZone>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;
using ::testing::HasSubstr;

namespace {

class SessionLogTest : public StoreFixture
{
protected:
    HoldRecord hold(int index, Side side = Side::Left, qint64 heldMs = 60000)
    {
        HoldRecord entry;
        entry.exerciseId = u"seated-leg-cross"_s;
        entry.side = side;
        entry.holdNumber = index + 1;
        entry.target = std::chrono::milliseconds(60000);
        entry.held = std::chrono::milliseconds(heldMs);
        entry.startUtc = clock.nowUtc().addSecs(qint64 {index} * 70);
        entry.utcOffsetSeconds = clock.utcOffsetSeconds();
        entry.completed = heldMs >= entry.target.count();
        return entry;
    }
    qint64 count(HistoryStore &store, const QString &sql)
    {
        return store.connection().queryInt(sql).value();
    }
    // Every hold key occurs once.
    qint64 duplicateKeys(HistoryStore &store)
    {
        return count(store,
            u"SELECT count(*) FROM (SELECT 1 FROM holds GROUP BY session_id, exercise_id, side, "
            u"hold_index, started_utc_ms HAVING count(*) > 1)"_s);
    }
};

TEST_F(SessionLogTest, RecordsASessionAsItHappens)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    SessionLog log(*store);
    ASSERT_TRUE(log.begin(u"hips-and-back"_s));
    ASSERT_TRUE(log.setPainBefore(6));
    EXPECT_EQ(count(*store, u"SELECT count(*) FROM sessions WHERE status = 'in_progress'"_s), 1)
        << "the session row exists from the start";

    const HoldRecord left = hold(0, Side::Left);
    ASSERT_TRUE(log.recordHold(left));
    EXPECT_EQ(count(*store, u"SELECT count(*) FROM holds"_s), 1) << "written the moment it ends";
    ASSERT_TRUE(log.recordHold(hold(1, Side::Right, 42000)));
    ASSERT_TRUE(log.setReach(left, 2));
    ASSERT_TRUE(log.setPainAfter(3));
    ASSERT_TRUE(log.setNote(u"Knees, \"tight\" today, ok"_s));
    clock.advance(std::chrono::minutes(5));
    ASSERT_TRUE(log.finish(SessionEnd::Stopped, u"doorbell"_s));
    EXPECT_FALSE(log.hasOpenSession());

    RawDatabase raw(databasePath());
    EXPECT_EQ(raw.text(u"SELECT status || '|' || stop_reason || '|' || pain_before || '|' || "
                       u"pain_after || '|' || note FROM sessions"_s),
        u"stopped|doorbell|6|3|Knees, \"tight\" today, ok"_s);
    EXPECT_EQ(
        raw.integer(u"SELECT ended_utc_ms FROM sessions"_s), clock.nowUtc().toMSecsSinceEpoch());
    EXPECT_EQ(raw.text(u"SELECT side || ':' || held_ms || ':' || completed || ':' || "
                       u"coalesce(reach, '-') FROM holds ORDER BY hold_index"_s),
        u"left:60000:1:2"_s);
    EXPECT_EQ(raw.integer(u"SELECT held_ms FROM holds WHERE side = 'right'"_s), 42000);
    EXPECT_EQ(raw.integer(u"SELECT completed FROM holds WHERE side = 'right'"_s), 0);
}

TEST_F(SessionLogTest, HoldsCountedFromOneAreStoredFromZero)
{
    // The file format keeps hold_index from 0; HoldRecord counts from 1.
    auto store = openStore();
    ASSERT_TRUE(store);
    SessionLog log(*store);
    ASSERT_TRUE(log.begin(u"r"_s));
    HoldRecord second = hold(0);
    second.holdNumber = 2;
    ASSERT_TRUE(log.recordHold(second));
    ASSERT_TRUE(log.setReach(second, 3)) << "reach finds the hold by the same number";
    HoldRecord none = hold(1);
    none.holdNumber = 0;
    EXPECT_FALSE(log.recordHold(none)) << "there is no hold 0";

    RawDatabase raw(databasePath());
    EXPECT_EQ(raw.integer(u"SELECT count(*) FROM holds"_s), 1);
    EXPECT_EQ(raw.integer(u"SELECT hold_index FROM holds"_s), 1);
    EXPECT_EQ(raw.integer(u"SELECT reach FROM holds"_s), 3);
}

TEST_F(SessionLogTest, SelfReportsAfterTheEndGoToTheSessionJustFinished)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    SessionLog log(*store);
    EXPECT_FALSE(log.setPainAfter(2)) << "no session to report on yet";
    ASSERT_TRUE(log.begin(u"first"_s));
    ASSERT_TRUE(log.finish(SessionEnd::Completed));
    ASSERT_TRUE(log.begin(u"second"_s));
    const HoldRecord left = hold(0, Side::Left);
    ASSERT_TRUE(log.recordHold(left));
    ASSERT_TRUE(log.finish(SessionEnd::Completed));

    // The end screen asks after the session has ended.
    ASSERT_TRUE(log.setPainAfter(2));
    ASSERT_TRUE(log.setReach(left, 1));
    ASSERT_TRUE(log.setNote(u"easier today"_s));
    EXPECT_FALSE(log.recordHold(hold(1))) << "holds still need an open session";

    RawDatabase raw(databasePath());
    EXPECT_EQ(raw.text(u"SELECT routine_id || '|' || status || '|' || coalesce(pain_after, '-') "
                       u"|| '|' || coalesce(nullif(note, ''), '-') FROM sessions ORDER BY id"_s),
        u"first|completed|-|-"_s)
        << "the first session is untouched";
    EXPECT_EQ(raw.text(u"SELECT status || '|' || pain_after || '|' || note FROM sessions "
                       u"WHERE routine_id = 'second'"_s),
        u"completed|2|easier today"_s);
    EXPECT_EQ(raw.integer(u"SELECT reach FROM holds"_s), 1);
}

TEST_F(SessionLogTest, RejectsValuesOutOfRangeWithoutKeepingThem)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    SessionLog log(*store);
    EXPECT_FALSE(log.recordHold(hold(0))) << "no session yet";
    ASSERT_TRUE(log.begin(u"r"_s));
    EXPECT_FALSE(log.begin(u"r"_s));
    EXPECT_FALSE(log.setPainBefore(11));
    EXPECT_FALSE(log.setReach(hold(0), 4));
    HoldRecord negative = hold(0);
    negative.held = std::chrono::milliseconds(-1);
    EXPECT_FALSE(log.recordHold(negative));
    HoldRecord noExercise = hold(0);
    noExercise.exerciseId.clear();
    EXPECT_FALSE(log.recordHold(noExercise));
    EXPECT_EQ(log.pendingCount(), 0);
    EXPECT_EQ(count(*store, u"SELECT count(*) FROM holds"_s), 0);
}

TEST_F(SessionLogTest, DiskFullKeepsTheHoldAndWritesItExactlyOnceLater)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    SessionLog log(*store);
    ASSERT_TRUE(log.begin(u"hips-and-back"_s));
    const qint64 pages = count(*store, u"PRAGMA page_count"_s);
    ASSERT_TRUE(store->connection().execute(u"PRAGMA max_page_count = %1"_s.arg(pages)));

    int written = 0;
    Status failed;
    for (int i = 0; i < 5000 && failed; ++i) {
        failed = log.recordHold(hold(i));
        if (failed)
            ++written;
    }
    ASSERT_FALSE(failed) << "the page limit was never reached";
    EXPECT_THAT(failed.error().message.toStdString(), HasSubstr("is full"));
    EXPECT_THAT(failed.error().message.toStdString(), HasSubstr(databasePath().toStdString()));
    EXPECT_THAT(failed.error().message.toStdString(), HasSubstr("Free some space"));
    EXPECT_THAT(failed.error().message.toStdString(), HasSubstr("keeps 1 unsaved record"));
    EXPECT_EQ(log.pendingCount(), 1);
    EXPECT_EQ(count(*store, u"SELECT count(*) FROM holds"_s), written);

    // Still full: a retry and a further hold are kept, in order.
    EXPECT_FALSE(log.retryPending());
    EXPECT_FALSE(log.recordHold(hold(written + 1, Side::Right)));
    EXPECT_EQ(log.pendingCount(), 2);

    ASSERT_TRUE(store->connection().execute(u"PRAGMA max_page_count = 1000000"_s));
    EXPECT_TRUE(log.retryPending());
    EXPECT_EQ(log.pendingCount(), 0);
    EXPECT_TRUE(log.retryPending());
    EXPECT_EQ(count(*store, u"SELECT count(*) FROM holds"_s), written + 2);
    EXPECT_EQ(
        count(*store,
            u"SELECT count(*) FROM holds WHERE hold_index = %1 AND side = 'left'"_s.arg(written)),
        1);
    EXPECT_EQ(duplicateKeys(*store), 0);
    EXPECT_EQ(count(*store, u"SELECT sum(hold_count) FROM hold_days"_s), written + 2)
        << "the weekly summary saw each hold once";
}

TEST_F(SessionLogTest, AFileLockedByAnotherProgramIsNamedAndTheHoldKept)
{
    StoreOptions impatient = options();
    impatient.busyTimeout = std::chrono::milliseconds(0);
    auto opened = HistoryStore::open(impatient, clock);
    ASSERT_TRUE(opened.ok());
    HistoryStore &store = *opened.value();
    SessionLog log(store);
    ASSERT_TRUE(log.begin(u"r"_s));

    RawDatabase other(databasePath());
    ASSERT_EQ(other.exec(u"BEGIN IMMEDIATE"_s), SQLITE_OK);
    Status blocked = log.recordHold(hold(0));
    ASSERT_FALSE(blocked);
    EXPECT_THAT(blocked.error().message.toStdString(), HasSubstr("in use by another program"));
    EXPECT_THAT(blocked.error().message.toStdString(), HasSubstr(databasePath().toStdString()));
    EXPECT_EQ(log.pendingCount(), 1);

    ASSERT_EQ(other.exec(u"COMMIT"_s), SQLITE_OK);
    EXPECT_TRUE(log.retryPending());
    EXPECT_EQ(count(store, u"SELECT count(*) FROM holds"_s), 1);
}

TEST_F(SessionLogTest, RetryingAHoldThatWasStoredDoesNotDuplicateIt)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    SessionLog log(*store);
    ASSERT_TRUE(log.begin(u"r"_s));
    const HoldRecord same = hold(0);
    ASSERT_TRUE(log.recordHold(same));
    ASSERT_TRUE(log.recordHold(same));
    EXPECT_EQ(count(*store, u"SELECT count(*) FROM holds"_s), 1);
}

TEST_F(SessionLogTest, ReadOnlyFolderKeepsTheSessionUntilTheFolderIsWritable)
{
    {
        auto first = openStore();
        ASSERT_TRUE(first);
    }
    ReadOnlyFolder locked(dataDir());
    ASSERT_TRUE(locked.ok()) << locked.how().toStdString();
    auto store = openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->isReadOnly());

    SessionLog log(*store);
    Status begun = log.begin(u"hips-and-back"_s);
    ASSERT_FALSE(begun);
    EXPECT_THAT(begun.error().message.toStdString(), HasSubstr(dataDir().toStdString()));
    EXPECT_THAT(begun.error().message.toStdString(), HasSubstr("writable"));
    EXPECT_FALSE(log.recordHold(hold(0)));
    EXPECT_FALSE(log.finish(SessionEnd::Completed));
    EXPECT_EQ(log.pendingCount(), 3);

    locked.release();
    ASSERT_TRUE(log.retryPending());
    EXPECT_EQ(log.pendingCount(), 0);
    EXPECT_FALSE(store->isReadOnly());
    EXPECT_EQ(count(*store, u"SELECT count(*) FROM sessions WHERE status = 'completed'"_s), 1);
    EXPECT_EQ(count(*store, u"SELECT count(*) FROM holds"_s), 1);
}

TEST_F(SessionLogTest, SessionStartUsesTheSystemZoneOffset)
{
    const ScopedTimeZone berlinZone("Europe/Berlin");
    SystemWallClock system;
    {
        StoreOptions berlin = options();
        auto store = HistoryStore::open(berlin, system);
        ASSERT_TRUE(store.ok());
        SessionLog log(*store.value());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(log.begin(u"r"_s));
        const int expected = QTimeZone("Europe/Berlin").offsetFromUtc(before);
        EXPECT_EQ(count(*store.value(), u"SELECT started_offset_s FROM sessions"_s), expected);
        EXPECT_TRUE(expected == 3600 || expected == 7200);
    }
}

} // namespace

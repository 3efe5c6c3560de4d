// hold_days and session_exercises are kept by triggers; whatever happens to
// holds and sessions, they must equal a recomputation from the holds.
#include "tests/core/history/historytestsupport.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;

namespace {

class SummaryTables : public StoreFixture
{
protected:
    void SetUp() override
    {
        store = openStore();
        ASSERT_TRUE(store);
    }
    void run(const QString &sql)
    {
        Status done = store->connection().execute(sql);
        ASSERT_TRUE(done) << done.error().message.toStdString();
    }
    qint64 count(const QString &sql) { return store->connection().queryInt(sql).value(); }

    // Rows that differ between the summaries and a fresh recomputation.
    qint64 mismatches()
    {
        const QString days = u"SELECT local_day, exercise_id, side, count(*), sum(held_ms), "
                             u"max(held_ms), max(reach) FROM holds "
                             u"GROUP BY local_day, exercise_id, side"_s;
        const QString stored = u"SELECT local_day, exercise_id, side, hold_count, held_ms, "
                               u"longest_ms, best_reach FROM hold_days"_s;
        const QString links = u"SELECT DISTINCT s.local_day, h.exercise_id, s.id FROM holds h "
                              u"JOIN sessions s ON s.id = h.session_id"_s;
        const QString storedLinks = u"SELECT local_day, exercise_id, session_id "
                                    u"FROM session_exercises"_s;
        const QString wrongCounts = u"SELECT count(*) FROM sessions s WHERE hold_count <> "
                                    u"(SELECT count(*) FROM holds h WHERE h.session_id = s.id)"_s;
        return count(u"SELECT count(*) FROM (%1 EXCEPT %2)"_s.arg(days, stored))
            + count(u"SELECT count(*) FROM (%1 EXCEPT %2)"_s.arg(stored, days))
            + count(u"SELECT count(*) FROM (%1 EXCEPT %2)"_s.arg(links, storedLinks))
            + count(u"SELECT count(*) FROM (%1 EXCEPT %2)"_s.arg(storedLinks, links))
            + count(wrongCounts);
    }

    std::unique_ptr<HistoryStore> store;
};

TEST_F(SummaryTables, FollowEveryChangeToHoldsAndSessions)
{
    // Three sessions over two days, 40 holds with and without reach.
    run(u"INSERT INTO sessions (uid, routine_id, started_utc_ms, started_offset_s) VALUES "
        u"('a', 'r', 1767600000000, 3600), ('b', 'r', 1767610000000, 3600), "
        u"('c', 'r', 1767690000000, -36000)"_s);
    run(u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 39) "
        u"INSERT INTO holds (session_id, exercise_id, side, hold_index, target_ms, held_ms, "
        u"started_utc_ms, started_offset_s, completed, reach) "
        u"SELECT 1 + i % 3, 'ex' || (i % 4), CASE i % 3 WHEN 0 THEN 'none' WHEN 1 THEN 'left' "
        u"ELSE 'right' END, i, 60000, 1000 * (i * 37 % 101), "
        u"CASE i % 3 WHEN 0 THEN 1767600000000 WHEN 1 THEN 1767610000000 "
        u"ELSE 1767690000000 END + i * 1000, CASE i % 3 WHEN 2 THEN -36000 ELSE 3600 END, "
        u"i % 2, CASE WHEN i % 5 = 0 THEN NULL ELSE i % 4 END FROM n"_s);
    ASSERT_EQ(count(u"SELECT count(*) FROM holds"_s), 40);
    EXPECT_EQ(mismatches(), 0);

    run(u"UPDATE holds SET reach = 3 WHERE id = 7"_s);
    run(u"UPDATE holds SET reach = NULL WHERE reach = 3"_s);
    EXPECT_EQ(mismatches(), 0);
    run(u"UPDATE holds SET held_ms = 1 WHERE id IN (SELECT id FROM holds ORDER BY held_ms DESC "
        u"LIMIT 3)"_s);
    EXPECT_EQ(mismatches(), 0);
    run(u"UPDATE holds SET exercise_id = 'moved', side = 'left' WHERE id % 7 = 0"_s);
    EXPECT_EQ(mismatches(), 0);
    run(u"UPDATE holds SET started_offset_s = 50400 WHERE id % 6 = 0"_s);
    EXPECT_EQ(mismatches(), 0);
    run(u"DELETE FROM holds WHERE id % 5 = 1"_s);
    EXPECT_EQ(mismatches(), 0);
    run(u"UPDATE holds SET session_id = 3 WHERE session_id = 2 AND id % 4 = 0"_s);
    EXPECT_EQ(mismatches(), 0);
    run(u"UPDATE sessions SET started_offset_s = -43200 WHERE uid = 'b'"_s);
    EXPECT_EQ(mismatches(), 0);
    run(u"DELETE FROM sessions WHERE uid = 'a'"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM holds WHERE session_id = 1"_s), 0) << "cascade";
    EXPECT_EQ(mismatches(), 0);
    run(u"DELETE FROM holds"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM hold_days"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM session_exercises"_s), 0);
}

} // namespace

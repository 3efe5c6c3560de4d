// SessionQueries over a real history file: how the sessions of a span of
// days ended, and their notes; and copyHistorySnapshot, which copies a
// history without writing to it.
#include "core/history/sessionlog.h"
#include "core/history/sessionqueries.h"
#include "core/history/snapshotcopy.h"
#include "tests/core/history/historytestsupport.h"

#include <QFileInfo>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;

namespace {

/// One session to write: the day it begins, how it ends (nullopt: left
/// running) and its note.
struct PlannedSession
{
    QDate day;
    std::optional<SessionEnd> end;
    QString stopReason;
    QString note;
};

class SessionQueriesTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        store = openStore();
        ASSERT_TRUE(store);
    }

    void write(const PlannedSession &plan)
    {
        // 08:00 local time on the planned day, in the clock's offset.
        const QDateTime start(plan.day, QTime(7, 0), QTimeZone::utc());
        clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(start)));
        SessionLog log(*store);
        ASSERT_TRUE(log.begin(u"routine"_s));
        HoldRecord hold;
        hold.exerciseId = u"seated-leg-cross"_s;
        hold.side = Side::Left;
        hold.target = std::chrono::milliseconds(60000);
        hold.held = std::chrono::milliseconds(60000);
        hold.startUtc = clock.nowUtc();
        hold.utcOffsetSeconds = clock.utcOffsetSeconds();
        hold.completed = true;
        ASSERT_TRUE(log.recordHold(hold));
        if (!plan.note.isNull()) {
            ASSERT_TRUE(log.setNote(plan.note));
        }
        if (plan.end) {
            ASSERT_TRUE(log.finish(*plan.end, plan.stopReason));
        }
    }

    /// What the queries must answer for \a first .. \a last, worked out
    /// from the plans.
    static SessionOutcomes expectedOutcomes(
        const QList<PlannedSession> &plans, QDate first, QDate last)
    {
        SessionOutcomes expected;
        for (const PlannedSession &plan : plans) {
            if (plan.day < first || plan.day > last)
                continue;
            ++expected.total;
            if (!plan.end) {
                ++expected.interrupted;
            } else if (*plan.end == SessionEnd::Completed) {
                ++expected.completed;
            } else {
                ++expected.stopped;
                if (plan.stopReason == u"pain"_s)
                    ++expected.stoppedForPain;
            }
        }
        return expected;
    }

    const QDate first {2026, 12, 7};
    const QDate last {2026, 12, 13};
    // Written oldest first: the log keeps one session open at a time, so
    // the one left running comes last.
    const QList<PlannedSession> plans {
        {first.addDays(-1), SessionEnd::Completed, {}, u"Before the span"_s},
        {first, SessionEnd::Completed, {}, u"First day, easy."_s},
        {first.addDays(1), SessionEnd::Stopped, u"pain"_s, u"Sharp pain; stopped."_s},
        {first.addDays(2), SessionEnd::Stopped, u"tired"_s, u"   "_s},
        {first.addDays(3), SessionEnd::Completed, {}, {}},
        {last, SessionEnd::Completed, {}, u"  Last   day\nof the span "_s},
        {last.addDays(1), SessionEnd::Completed, {}, u"After the span"_s},
        {last.addDays(2), std::nullopt, {}, {}},
    };

    std::unique_ptr<HistoryStore> store;
};

TEST_F(SessionQueriesTest, CountsEverySessionWhateverItsDate)
{
    const SessionQueries queries(*store);
    EXPECT_EQ(queries.sessionCount().value(), 0);
    for (const PlannedSession &plan : plans)
        write(plan);
    EXPECT_EQ(queries.sessionCount().value(), plans.size());
}

TEST_F(SessionQueriesTest, OutcomesCountTheSpanOnlyAndSplitStoppedByReason)
{
    for (const PlannedSession &plan : plans)
        write(plan);
    const SessionQueries queries(*store);
    const auto inSpan = queries.outcomes(first, last);
    ASSERT_TRUE(inSpan) << inSpan.error().message.toStdString();
    EXPECT_EQ(*inSpan, expectedOutcomes(plans, first, last));
    EXPECT_GT(inSpan->stoppedForPain, 0);
    EXPECT_LT(inSpan->stoppedForPain, inSpan->stopped);

    // The running session counts as interrupted, as a crash would leave it.
    const QDate end = plans.last().day;
    const auto toTheEnd = queries.outcomes(first, end);
    ASSERT_TRUE(toTheEnd);
    EXPECT_EQ(*toTheEnd, expectedOutcomes(plans, first, end));
    EXPECT_EQ(toTheEnd->interrupted, 1);

    const auto empty = queries.outcomes(first.addYears(1), last.addYears(1));
    ASSERT_TRUE(empty);
    EXPECT_EQ(*empty, SessionOutcomes {});
}

TEST_F(SessionQueriesTest, NotesAreTheSpansNonBlankOnesNewestFirstUpToTheLimit)
{
    for (const PlannedSession &plan : plans)
        write(plan);
    QList<SessionNote> expected;
    for (const PlannedSession &plan : plans) {
        if (plan.day >= first && plan.day <= last && !plan.note.trimmed().isEmpty())
            expected.prepend({plan.day, plan.note});
    }
    ASSERT_GE(expected.size(), 3);

    const SessionQueries queries(*store);
    const auto notes = queries.recentNotes(first, last, 10);
    ASSERT_TRUE(notes) << notes.error().message.toStdString();
    EXPECT_EQ(*notes, expected);

    const auto newestTwo = queries.recentNotes(first, last, 2);
    ASSERT_TRUE(newestTwo);
    EXPECT_EQ(*newestTwo, expected.mid(0, 2));
}

TEST_F(SessionQueriesTest, SnapshotCopiesTheHistoryWhileItIsOpenWithoutWritingToIt)
{
    for (const PlannedSession &plan : plans)
        write(plan);
    // The store stays open: its last writes may still be in the -wal only.
    const QByteArray before = sha256Of(databasePath());
    const QString copyPath = m_dir.filePath(u"copy.db"_s);
    const Status copied = copyHistorySnapshot(databasePath(), copyPath);
    ASSERT_TRUE(copied) << copied.error().message.toStdString();
    EXPECT_EQ(sha256Of(databasePath()), before);

    RawDatabase copy(copyPath, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(copy.text(u"PRAGMA integrity_check"_s), u"ok"_s);
    EXPECT_EQ(copy.integer(u"SELECT count(*) FROM sessions"_s), plans.size());
    EXPECT_EQ(copy.integer(u"SELECT count(*) FROM sessions WHERE status = 'in_progress'"_s), 1);
}

TEST_F(SessionQueriesTest, SnapshotOfAFileThatIsNotAHistoryFails)
{
    const QString notADatabase = m_dir.filePath(u"notes.txt"_s);
    ASSERT_TRUE(writeFile(notADatabase, QByteArray(4096, 'x')));
    const QString copyPath = m_dir.filePath(u"copy.db"_s);
    const Status copied = copyHistorySnapshot(notADatabase, copyPath);
    EXPECT_FALSE(copied);
    EXPECT_FALSE(copied.error().message.isEmpty());
}

} // namespace

// HistoryWriter: writes on a thread of their own, in order, on a real SQLite
// file that another connection may hold locked.
#include "core/history/historywriter.h"
#include "core/history/statement.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace std::chrono_literals;

namespace {

class HistoryWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_EQ(sqlite3_open(path().toUtf8().constData(), &m_other), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(m_other,
                      "PRAGMA journal_mode = WAL; CREATE TABLE numbers (n INTEGER NOT NULL)",
                      nullptr, nullptr, nullptr),
            SQLITE_OK);
    }
    void TearDown() override { sqlite3_close(m_other); }

    QString path() const { return m_dir.filePath(u"history.db"_s); }

    static HistoryWriter::Write insert(int n)
    {
        return [n](sql::Connection &connection) {
            return connection.execute(u"INSERT INTO numbers VALUES (%1)"_s.arg(n));
        };
    }

    /// Hands `write` over, waits for it, and returns why it failed (empty
    /// when it was written).
    static QString failureOf(HistoryWriter &writer, const HistoryWriter::Write &write)
    {
        QString failure;
        writer.submit(write, [&failure](const Status &written) {
            if (!written)
                failure = written.error().message;
        });
        writer.waitUntilIdle();
        return failure;
    }

    /// The rows as another program sees them, in the order they were written.
    QString rows() const
    {
        QStringList numbers;
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(
            m_other, "SELECT n FROM numbers ORDER BY rowid", -1, &statement, nullptr);
        while (sqlite3_step(statement) == SQLITE_ROW)
            numbers << QString::number(sqlite3_column_int(statement, 0));
        sqlite3_finalize(statement);
        return numbers.join(u',');
    }

    QTemporaryDir m_dir;
    sqlite3 *m_other = nullptr;
};

} // namespace

TEST_F(HistoryWriterTest, WritesInTheOrderHandedOverAndReportsOnTheOwningThread)
{
    HistoryWriter writer(path(), 5000ms);
    QStringList reported;
    QList<QThread *> threads;
    for (int n = 1; n <= 5; ++n) {
        writer.submit(insert(n), [&, n](const Status &result) {
            reported << u"%1:%2"_s.arg(n).arg(result ? u"ok"_s : result.error().message);
            threads << QThread::currentThread();
        });
    }
    writer.waitUntilIdle();
    EXPECT_EQ(rows(), u"1,2,3,4,5"_s);
    EXPECT_EQ(reported, QStringList({u"1:ok"_s, u"2:ok"_s, u"3:ok"_s, u"4:ok"_s, u"5:ok"_s}));
    for (QThread *thread : threads)
        EXPECT_EQ(thread, QThread::currentThread());
    EXPECT_EQ(writer.unfinished(), 0);
}

TEST_F(HistoryWriterTest, SubmitReturnsWhileAnotherProgramHoldsTheLockAndTheWriteLandsAfter)
{
    ASSERT_EQ(sqlite3_exec(m_other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    HistoryWriter writer(path(), 5000ms);
    std::optional<bool> result;
    writer.submit(insert(7), [&](const Status &written) { result = written.ok(); });
    // Had submit() waited for the lock it would have failed by now (or still
    // be waiting): it returned with the write outstanding.
    EXPECT_FALSE(result.has_value());
    EXPECT_EQ(writer.unfinished(), 1);
    ASSERT_EQ(sqlite3_exec(m_other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);

    writer.waitUntilIdle();
    ASSERT_TRUE(result.has_value());
    EXPECT_TRUE(*result);
    EXPECT_EQ(rows(), u"7"_s);
}

TEST_F(HistoryWriterTest, ResultsArriveThroughTheEventLoop)
{
    HistoryWriter writer(path(), 5000ms);
    bool reported = false;
    writer.submit(insert(1), [&](const Status &) { reported = true; });
    // No timer: the writer posts its result, which wakes this loop.
    while (!reported)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    EXPECT_EQ(rows(), u"1"_s);
}

TEST_F(HistoryWriterTest, ALockHeldPastTheWaitFailsWithTheReasonAndTheNextWriteStillLands)
{
    ASSERT_EQ(sqlite3_exec(m_other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    HistoryWriter writer(path(), 0ms);
    EXPECT_FALSE(failureOf(writer, insert(1)).isEmpty());
    ASSERT_EQ(sqlite3_exec(m_other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);

    EXPECT_EQ(failureOf(writer, insert(2)), QString());
    EXPECT_EQ(rows(), u"2"_s) << "the failed write left nothing behind";
}

TEST_F(HistoryWriterTest, AFailedWriteLeavesNothingOfItself)
{
    HistoryWriter writer(path(), 5000ms);
    const QString failure = failureOf(writer, [](sql::Connection &connection) {
        if (Status first = connection.execute(u"INSERT INTO numbers VALUES (1)"_s); !first)
            return first;
        return connection.execute(u"INSERT INTO numbers VALUES (NULL)"_s);
    });
    EXPECT_FALSE(failure.isEmpty());
    EXPECT_EQ(rows(), QString()) << "one transaction: the first row went with the second";
}

TEST_F(HistoryWriterTest, WritesHandedOverBeforeDestructionAreAllInTheFile)
{
    {
        HistoryWriter writer(path(), 5000ms);
        for (int n = 1; n <= 20; ++n)
            writer.submit(insert(n), {});
    }
    QStringList expected;
    for (int n = 1; n <= 20; ++n)
        expected << QString::number(n);
    EXPECT_EQ(rows(), expected.join(u','));
}

TEST_F(HistoryWriterTest, AMissingFileIsAFailureNotANewFile)
{
    HistoryWriter writer(m_dir.filePath(u"gone.db"_s), 5000ms);
    EXPECT_FALSE(failureOf(writer, insert(1)).isEmpty());
    EXPECT_FALSE(QFile::exists(m_dir.filePath(u"gone.db"_s)));
}

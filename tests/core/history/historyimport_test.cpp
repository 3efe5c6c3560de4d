// What HistoryImport refuses before it reads a file's sessions: a file over
// the size limit (read no further than the limit, even from a pipe that never
// ends) and a "formatVersion" that is not a version.
#include "core/history/exportformat.h"
#include "core/history/historyimport.h"
#include "tests/core/history/historytestsupport.h"

#include <QDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;
using ::testing::HasSubstr;

namespace {

// One session with one hold; `version` is written as it is, so a test can
// leave it out or make it text.
QByteArray exportWithVersion(const QByteArray &version)
{
    return R"({"format":"limber-history",)" + version + R"("exportedUtc":"2026-01-01T00:00:00.000Z",
"routines":[],
"sessions":[{"uid":"a1","routineId":"mine","status":"completed","stopReason":null,
"startedUtc":"2026-01-01T08:00:00.000Z","startedOffsetSeconds":3600,
"endedUtc":"2026-01-01T08:10:00.000Z","endedOffsetSeconds":3600,"painBefore":null,
"painAfter":null,"note":"","holds":[{"exerciseId":"seated-leg-cross","side":"left",
"holdIndex":0,"targetMs":60000,"heldMs":60000,"startedUtc":"2026-01-01T08:01:00.000Z",
"startedOffsetSeconds":3600,"completed":true,"reach":null}]}]})";
}

QByteArray validExport()
{
    return exportWithVersion(
        "\"formatVersion\":" + QByteArray::number(exportformat::version) + ",");
}

class ImportLimits : public StoreFixture
{
protected:
    qint64 sessionCount(HistoryStore &store)
    {
        return store.connection().queryInt(u"SELECT count(*) FROM sessions"_s).value();
    }
};

TEST_F(ImportLimits, AFileOneByteOverTheLimitIsRefusedAndOneAtTheLimitImports)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString file = m_dir.filePath(u"export.json"_s);
    const QByteArray bytes = validExport();
    ASSERT_TRUE(writeFile(file, bytes));

    auto refused = HistoryImport(*store, bytes.size() - 1).importJson(file);
    ASSERT_FALSE(refused);
    EXPECT_THAT(refused.error().message.toStdString(), HasSubstr("is larger than"));
    EXPECT_THAT(refused.error().message.toStdString(), HasSubstr("Nothing was changed"));
    EXPECT_EQ(sessionCount(*store), 0);

    auto imported = HistoryImport(*store, bytes.size()).importJson(file);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->sessionsAdded, 1);
}

TEST_F(ImportLimits, AFileOneByteOverTheRealLimitIsRefusedWithTheLimitInTheMessage)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString file = m_dir.filePath(u"huge.json"_s);
    {
        QFile huge(file);
        ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
        ASSERT_TRUE(huge.write(validExport()) > 0);
        // Sparse: the disk holds only the first bytes.
        ASSERT_TRUE(huge.resize(HistoryImport::maxFileBytes + 1));
    }
    auto refused = HistoryImport(*store).importJson(file);
    ASSERT_FALSE(refused);
    const QString limit = u"%1 MiB"_s.arg(HistoryImport::maxFileBytes / (1024 * 1024));
    EXPECT_THAT(refused.error().message.toStdString(), HasSubstr(limit.toStdString()));
    EXPECT_EQ(sessionCount(*store), 0);
}

// Writes `bytes` into a FIFO and keeps it open until `done` is ready, so
// the reader sees no end of the file before then.
class FifoWriter
{
public:
    FifoWriter(const QString &path, QByteArray bytes, bool closeWhenWritten)
        : m_thread([path, bytes = std::move(bytes), closeWhenWritten, this] {
            const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY);
            if (fd < 0)
                return;
            for (qsizetype written = 0; written < bytes.size();) {
                const ssize_t n = ::write(
                    fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
                if (n <= 0)
                    break;
                written += n;
            }
            if (!closeWhenWritten)
                m_release.get_future().wait();
            ::close(fd);
        })
    { }
    ~FifoWriter()
    {
        release();
        m_thread.join();
    }
    FifoWriter(const FifoWriter &) = delete;
    FifoWriter &operator=(const FifoWriter &) = delete;

    void release()
    {
        if (!m_released) {
            m_released = true;
            m_release.set_value();
        }
    }

private:
    std::promise<void> m_release;
    bool m_released = false;
    std::thread m_thread;
};

TEST_F(ImportLimits, APipeThatEndsUnderTheLimitImports)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString fifo = m_dir.filePath(u"export.fifo"_s);
    ASSERT_EQ(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    FifoWriter writer(fifo, validExport(), true);
    auto imported = HistoryImport(*store).importJson(fifo);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->sessionsAdded, 1);
}

TEST_F(ImportLimits, APipeThatDoesNotEndIsRefusedOnceOverTheLimit)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString fifo = m_dir.filePath(u"endless.fifo"_s);
    ASSERT_EQ(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    // Within one pipe buffer, so the writer never waits for the reader.
    constexpr qint64 limit = 1000;
    FifoWriter writer(fifo, QByteArray(2 * limit, ' '), false);
    auto importing = std::async(std::launch::async,
        [&store, &fifo] { return HistoryImport(*store, limit).importJson(fifo); });
    // A reader that waits for the end would wait for ever: the writer ends
    // the pipe after this watchdog, so the test fails instead of hanging.
    const bool returnedWhileOpen
        = importing.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
    writer.release();
    EXPECT_TRUE(returnedWhileOpen);
    auto refused = importing.get();
    ASSERT_FALSE(refused);
    EXPECT_THAT(refused.error().message.toStdString(), HasSubstr("is larger than"));
}

TEST_F(ImportLimits, AFormatVersionThatIsNotAVersionIsRefusedByName)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString file = m_dir.filePath(u"export.json"_s);
    const QByteArray versions[] = {"", R"("formatVersion":"1",)", R"("formatVersion":4294967297,)",
        R"("formatVersion":null,)", R"("formatVersion":0,)", R"("formatVersion":1.5,)"};
    for (const QByteArray &version : versions) {
        SCOPED_TRACE(version.toStdString());
        ASSERT_TRUE(writeFile(file, exportWithVersion(version)));
        auto refused = HistoryImport(*store).importJson(file);
        ASSERT_FALSE(refused);
        EXPECT_THAT(refused.error().message.toStdString(), HasSubstr("\"formatVersion\""));
        EXPECT_EQ(sessionCount(*store), 0);
    }
    ASSERT_TRUE(writeFile(file, exportWithVersion(R"("formatVersion":1,)")));
    auto imported = HistoryImport(*store).importJson(file);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->sessionsAdded, 1);
}

TEST_F(ImportLimits, ANumberBeyondEveryIntegerIsRefusedByName)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString file = m_dir.filePath(u"export.json"_s);
    QByteArray bytes = validExport();
    ASSERT_TRUE(bytes.contains("\"holdIndex\":0"));
    bytes.replace("\"holdIndex\":0", "\"holdIndex\":1e300");
    ASSERT_TRUE(writeFile(file, bytes));
    auto refused = HistoryImport(*store).importJson(file);
    ASSERT_FALSE(refused);
    EXPECT_THAT(refused.error().message.toStdString(), HasSubstr("\"holdIndex\""));
    EXPECT_EQ(sessionCount(*store), 0);
}

// What the tables refuse (a local time before 1970, a session that ends
// before it starts, a uid longer than 64 characters, a uid or exercise id
// with a NUL, which SQLite's length() stops at) is refused while the file is
// read, by name. It used to pass the check, and the import then
// failed on an SQLite CHECK constraint with a message naming neither the file
// nor the entry (found by tests/fuzz/historyimport).
TEST_F(ImportLimits, WhatTheHistoryCannotHoldIsRefusedByNameBeforeAnythingIsWritten)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString file = m_dir.filePath(u"export.json"_s);
    struct Case
    {
        QByteArray from;
        QByteArray to;
        std::string where;
    };
    const Case cases[] = {
        {R"("startedUtc":"2026-01-01T08:00:00.000Z")", R"("startedUtc":"1960-01-01T08:00:00.000Z")",
            "Session 1: \"startedUtc\""},
        {R"("endedUtc":"2026-01-01T08:10:00.000Z")", R"("endedUtc":"2025-12-31T08:10:00.000Z")",
            "Session 1: \"endedUtc\""},
        {R"("uid":"a1")", "\"uid\":\"" + QByteArray(65, 'a') + '"', "Session 1: \"uid\""},
        {R"("uid":"a1")", R"("uid":"\u0000a1")", "Session 1: \"uid\""},
        {R"("exerciseId":"seated-leg-cross")", R"("exerciseId":"\u0000seated-leg-cross")",
            "Session 1, hold 1: \"exerciseId\""},
        {R"("startedUtc":"2026-01-01T08:01:00.000Z")", R"("startedUtc":"1969-12-31T22:01:00.000Z")",
            "Session 1, hold 1: \"startedUtc\""},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.to.toStdString());
        QByteArray bytes = validExport();
        ASSERT_TRUE(bytes.contains(c.from));
        bytes.replace(c.from, c.to);
        ASSERT_TRUE(writeFile(file, bytes));
        auto refused = HistoryImport(*store).importJson(file);
        ASSERT_FALSE(refused);
        EXPECT_THAT(refused.error().message.toStdString(), HasSubstr(c.where));
        EXPECT_THAT(refused.error().message.toStdString(), HasSubstr("Nothing was changed"));
        EXPECT_EQ(sessionCount(*store), 0);
    }
}

// A history in memory has no file, so nothing is backed up. The backup used
// to be named after ":memory:", a Qt resource path: it could not be renamed
// or removed, the import failed and a stray file stayed in the working folder
// (found by tests/fuzz/historyimport, which imports into memory).
TEST_F(ImportLimits, AHistoryInMemoryImportsWithoutABackup)
{
    auto store = HistoryStore::openInMemory(clock);
    ASSERT_TRUE(store);
    const QString file = m_dir.filePath(u"export.json"_s);
    ASSERT_TRUE(writeFile(file, validExport()));
    const QStringList before = QDir::current().entryList(QDir::AllEntries | QDir::Hidden);
    auto imported = HistoryImport(**store).importJson(file);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->sessionsAdded, 1);
    EXPECT_EQ(imported->holdsAdded, 1);
    EXPECT_TRUE(imported->backupPath.isEmpty());
    EXPECT_EQ(QDir::current().entryList(QDir::AllEntries | QDir::Hidden), before);
    EXPECT_EQ(sessionCount(**store), 1);
}

} // namespace

// A guided session written into a real history file as it happens, driven by
// the real session engine on a manual clock.
#include "app/recording/sessionrecorder.h"
#include "core/content/contentlibrary.h"
#include "core/history/historystore.h"
#include "core/session/sessionrunner.h"
#include "core/session/timeline.h"
#include "resources/content_resources.h"

#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace std::chrono_literals;

namespace {

/// Reads the file with sqlite3 directly, not through the classes under test.
QString query(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr)
            == SQLITE_OK) {
            QStringList rows;
            while (sqlite3_step(statement) == SQLITE_ROW)
                rows << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            result = rows.join(u'\n');
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return result;
}

class SessionRecorderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_library = ContentLibrary::load({bundledContentRoot()});
        ASSERT_TRUE(m_library.errors().isEmpty());
        // A short routine: one 10 s hold per side, 2 s to switch, no getting
        // ready or set-up steps.
        m_routine.id = u"short"_s;
        m_routine.title = LocalizedText(u"Short"_s);
        RoutineItem item;
        item.exerciseId = u"seated-leg-cross"_s;
        item.holdsPerSide = 1;
        item.holdSeconds = 10;
        item.switchSeconds = 2;
        item.includeSetup = false;
        item.getReadySeconds = 0;
        m_routine.items = {item};
    }

    std::unique_ptr<HistoryStore> openStore(std::chrono::milliseconds busyTimeout = 5000ms)
    {
        StoreOptions options;
        options.dataDir = m_dir.path();
        options.busyTimeout = busyTimeout;
        auto store = HistoryStore::open(options, m_clock);
        EXPECT_TRUE(store.ok());
        return store.ok() ? std::move(store).value() : nullptr;
    }

    /// A runner whose holds and end go to `recorder`, as the app wires them.
    std::unique_ptr<SessionRunner> makeRunner(SessionRecorder &recorder)
    {
        auto timeline = Timeline::build(
            m_routine, [this](const QString &id) { return m_library.exercise(id); });
        EXPECT_TRUE(timeline.ok());
        auto runner
            = std::make_unique<SessionRunner>(std::move(timeline).value(), m_clock, m_clock);
        QObject::connect(
            runner.get(), &SessionRunner::holdFinished, &recorder, &SessionRecorder::recordHold);
        QObject::connect(
            runner.get(), &SessionRunner::finished, &recorder, &SessionRecorder::finish);
        return runner;
    }

    void runFor(SessionRunner &runner, std::chrono::milliseconds total)
    {
        for (auto t = 0ms; t < total; t += 250ms) {
            m_clock.advance(250ms);
            runner.poll();
        }
    }

    QString databasePath() const { return m_dir.filePath(u"history.db"_s); }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    ContentLibrary m_library;
    Routine m_routine;
};

} // namespace

TEST_F(SessionRecorderTest, EachHoldIsOnDiskTheMomentItEnds)
{
    auto store = openStore();
    SessionRecorder recorder(store.get());
    auto runner = makeRunner(recorder);
    int saved = 0;
    QObject::connect(&recorder, &SessionRecorder::holdSaved, [&] { ++saved; });
    recorder.begin(u"short"_s);
    recorder.setPainBefore(5);
    runner->start();

    runFor(*runner, 10250ms);
    recorder.waitForWrites();
    EXPECT_EQ(saved, 1);
    EXPECT_EQ(
        query(databasePath(), u"SELECT side || ':' || held_ms || ':' || completed FROM holds"_s),
        u"left:10000:1"_s)
        << "the first hold is written before the second begins";
    EXPECT_EQ(query(databasePath(), u"SELECT status FROM sessions"_s), u"in_progress"_s);

    runFor(*runner, 12s);
    recorder.waitForWrites();
    EXPECT_EQ(saved, 2);
    EXPECT_EQ(query(databasePath(), u"SELECT side || ':' || held_ms FROM holds ORDER BY id"_s),
        u"left:10000\nright:10000"_s);
    EXPECT_EQ(query(databasePath(), u"SELECT status || '|' || pain_before FROM sessions"_s),
        u"completed|5"_s);
}

TEST_F(SessionRecorderTest, AHistoryLockedByAnotherProgramNeverHoldsUpTheSession)
{
    auto store = openStore();
    SessionRecorder recorder(store.get());
    auto runner = makeRunner(recorder);
    int saved = 0;
    int failures = 0;
    QObject::connect(&recorder, &SessionRecorder::holdSaved, [&] { ++saved; });
    QObject::connect(&recorder, &SessionRecorder::saveFailed, [&] { ++failures; });
    recorder.begin(u"short"_s);
    recorder.waitForWrites();

    sqlite3 *other = nullptr;
    ASSERT_EQ(sqlite3_open(databasePath().toUtf8().constData(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    runner->start();
    runFor(*runner, 10250ms);
    // Written on this thread, the hold would have waited out the 5 s lock
    // wait and failed before runFor() returned.
    EXPECT_EQ(recorder.pendingHolds(), 1) << "handed over, waiting for the lock";
    EXPECT_EQ(saved, 0);
    EXPECT_EQ(failures, 0);
    runFor(*runner, 12s);
    EXPECT_EQ(runner->state(), SessionRunner::State::Finished)
        << "the session ran to its end meanwhile";

    ASSERT_EQ(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    recorder.waitForWrites();
    EXPECT_EQ(saved, 2);
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(recorder.pendingCount(), 0);
    EXPECT_EQ(query(databasePath(), u"SELECT side || ':' || held_ms FROM holds ORDER BY id"_s),
        u"left:10000\nright:10000"_s);
    EXPECT_EQ(query(databasePath(), u"SELECT status FROM sessions"_s), u"completed"_s);
}

TEST_F(SessionRecorderTest, ALockHeldPastTheWaitKeepsTheHoldsUntilTryAgainSavesThem)
{
    auto store = openStore(0ms);
    SessionRecorder recorder(store.get());
    auto runner = makeRunner(recorder);
    QStringList problems;
    int allSaved = 0;
    QObject::connect(&recorder, &SessionRecorder::saveFailed,
        [&](const QString &message) { problems << message; });
    QObject::connect(&recorder, &SessionRecorder::allSaved, [&] { ++allSaved; });
    recorder.begin(u"short"_s);
    recorder.waitForWrites();
    const int savedBefore = allSaved;

    sqlite3 *other = nullptr;
    ASSERT_EQ(sqlite3_open(databasePath().toUtf8().constData(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    runner->start();
    runFor(*runner, 25s);
    recorder.waitForWrites();
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_THAT(problems.first().toStdString(), ::testing::HasSubstr("hold"));
    EXPECT_EQ(recorder.pendingHolds(), 2) << "both holds kept, in order";
    EXPECT_EQ(recorder.lastProblem(), problems.last());

    ASSERT_EQ(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    recorder.retry();
    recorder.waitForWrites();
    EXPECT_EQ(recorder.pendingCount(), 0);
    EXPECT_GT(allSaved, savedBefore);
    EXPECT_TRUE(recorder.lastProblem().isEmpty());
    EXPECT_EQ(query(databasePath(), u"SELECT count(*) FROM holds"_s), u"2"_s);
    EXPECT_EQ(query(databasePath(), u"SELECT status FROM sessions"_s), u"completed"_s);
}

TEST_F(SessionRecorderTest, StoppingBecauseItHurtsKeepsThePartialHoldAndTheReason)
{
    auto store = openStore();
    SessionRecorder recorder(store.get());
    auto runner = makeRunner(recorder);
    recorder.begin(u"short"_s);
    runner->start();
    runFor(*runner, 3000ms);
    runner->stop(StopReason::Pain);
    recorder.waitForWrites();

    EXPECT_EQ(
        query(databasePath(), u"SELECT held_ms || ':' || completed FROM holds"_s), u"3000:0"_s);
    EXPECT_EQ(query(databasePath(), u"SELECT status || '|' || stop_reason FROM sessions"_s),
        u"stopped|pain"_s);
}

TEST_F(SessionRecorderTest, ASessionSkippedThroughToItsEndIsNotStoredAsCompleted)
{
    auto store = openStore();
    SessionRecorder recorder(store.get());
    auto runner = makeRunner(recorder);
    recorder.begin(u"short"_s);
    runner->start();
    // Next pressed half a second into each phase, so no hold is held to its end.
    for (int presses = 0; presses < 10 && runner->isActive(); ++presses) {
        runFor(*runner, 500ms);
        runner->skip();
    }
    ASSERT_FALSE(runner->isActive());
    recorder.waitForWrites();
    EXPECT_EQ(query(databasePath(), u"SELECT status || '|' || stop_reason FROM sessions"_s),
        u"stopped|skipped"_s)
        << "not counted as a completed session (nor toward a streak)";
    EXPECT_FALSE(recorder.reachHold()) << "no stretch held to its end, no reach to ask about";
}

TEST_F(SessionRecorderTest, SelfReportsFromTheEndScreenAreStored)
{
    auto store = openStore();
    SessionRecorder recorder(store.get());
    auto runner = makeRunner(recorder);
    recorder.begin(u"short"_s);
    runner->start();
    runFor(*runner, 25s);
    ASSERT_EQ(runner->state(), SessionRunner::State::Finished);

    recorder.setPainAfter(3);
    const std::optional<HoldRecord> reached = recorder.reachHold();
    ASSERT_TRUE(reached);
    EXPECT_EQ(reached->side, Side::Right);
    recorder.setReach(*reached, 1);
    recorder.setNote(u"  knees were fine  "_s);
    recorder.waitForWrites();
    EXPECT_EQ(query(databasePath(), u"SELECT pain_after || '|' || note FROM sessions"_s),
        u"3|knees were fine"_s);
    EXPECT_EQ(query(databasePath(),
                  u"SELECT side || ':' || coalesce(reach, '-') FROM holds "
                  u"ORDER BY id"_s),
        u"left:-\nright:1"_s)
        << "reach goes on the last completed hold";
}

TEST_F(SessionRecorderTest, WithoutAHistoryTheSessionStillRuns)
{
    SessionRecorder recorder(nullptr);
    auto runner = makeRunner(recorder);
    int failures = 0;
    QObject::connect(&recorder, &SessionRecorder::saveFailed, [&] { ++failures; });
    recorder.begin(u"short"_s);
    runner->start();
    runFor(*runner, 25s);
    EXPECT_EQ(runner->state(), SessionRunner::State::Finished);
    EXPECT_FALSE(recorder.isRecording());
    EXPECT_EQ(failures, 0);
}

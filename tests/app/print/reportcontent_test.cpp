// What the progress report reads: the history through a read-only copy
// (HistoryReadCopy), sessions and notes (SessionQueries), and the content
// of the report (ReportContentBuilder), over real history files.
#include "app/print/historyreadcopy.h"
#include "app/print/reportcontent.h"
#include "core/content/contentlibrary.h"
#include "core/history/connection.h"
#include "core/history/instancelock.h"
#include "resources/content_resources.h"
#include "tests/app/print/reporthistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray sha256(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

std::unique_ptr<HistoryReadCopy> openCopy(const QString &dataDir)
{
    auto opened = HistoryReadCopy::open(dataDir);
    if (auto *failure = std::get_if<HistoryReadCopy::Failure>(&opened)) {
        ADD_FAILURE() << failure->message.toStdString();
        return nullptr;
    }
    return std::move(std::get<std::unique_ptr<HistoryReadCopy>>(opened));
}

HistoryReadCopy::Failure failureOf(const QString &dataDir)
{
    auto opened = HistoryReadCopy::open(dataDir);
    if (auto *failure = std::get_if<HistoryReadCopy::Failure>(&opened))
        return *failure;
    ADD_FAILURE() << "the history opened";
    return {};
}

class ReportContentTest : public ::testing::Test
{
protected:
    ReportContentTest()
        : library(ContentLibrary::load({bundledContentRoot()}))
    { }

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(installReportPlurals());
    }

    QString dataDir() const { return dir.filePath(u"data"_s); }
    QString database() const { return QDir(dataDir()).filePath(u"history.db"_s); }

    Result<ReportContent> build(
        HistoryStore &store, QLocale locale = british(), int weeks = 8) const
    {
        return ReportContentBuilder(store, library).build({reportToday, weeks, std::move(locale)});
    }

    static QLocale british() { return QLocale(QLocale::English, QLocale::UnitedKingdom); }

    /// A history written by a store that stays open, as while Limber runs.
    std::unique_ptr<HistoryStore> openLiveStore()
    {
        StoreOptions options;
        options.dataDir = dataDir();
        options.dailyBackup = false;
        auto store = HistoryStore::open(options, clock);
        EXPECT_TRUE(store.ok()) << store.error().message.toStdString();
        return store ? std::move(store.value()) : nullptr;
    }

    ContentLibrary library;
    QTemporaryDir dir;
    ManualClock clock {QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()), reportOffset};
};

TEST_F(ReportContentTest, ContentOfTheSeededWeeksIsWhatWasWorkedOutByHand)
{
    ASSERT_TRUE(seedReportHistory(dataDir()));
    auto copy = openCopy(dataDir());
    ASSERT_TRUE(copy);
    const Result<ReportContent> content = build(copy->store());
    ASSERT_TRUE(content.ok()) << content.error().message.toStdString();

    EXPECT_EQ(content->madeOn, reportToday);
    EXPECT_EQ(content->firstDay, reportFirstWeek);
    EXPECT_EQ(content->lastDay, reportToday);
    ASSERT_EQ(content->weeks.size(), 8);
    for (int week = 0; week < 8; ++week)
        EXPECT_EQ(content->weeks.at(week).weekStart, reportFirstWeek.addDays(7 * week));

    EXPECT_EQ(content->sessions.total, 29);
    EXPECT_EQ(content->sessions.completed, 26);
    EXPECT_EQ(content->sessions.stopped, 2);
    EXPECT_EQ(content->sessions.stoppedForPain, 1);
    EXPECT_EQ(content->sessions.interrupted, 1);

    EXPECT_EQ(content->streaks, (Streaks {6, 6}));
    EXPECT_EQ(content->balance.lagging, Side::Right);
    EXPECT_NEAR(content->balance.lagFraction, 0.3, 1e-9);
    EXPECT_EQ(content->exercises, QStringList {u"Seated Leg Cross"_s});

    ASSERT_EQ(content->reach.size(), 1);
    const ReachProgress &reach = content->reach.constFirst();
    EXPECT_EQ(reach.exerciseTitle, u"Seated Leg Cross"_s);
    EXPECT_EQ(reach.levelNames,
        (QStringList {u"A slight lean"_s, u"Hands on your shins"_s,
            u"Forearms close to the floor"_s, u"Elbows on the floor (the goal)"_s}));
    const QList<std::optional<int>> expectedReach {0, 0, 1, 1, 2, 2, 3, 3};
    EXPECT_EQ(reach.bestReach, expectedReach);

    // Notes: newest first, blank and earlier ones left out, the long one cut.
    ASSERT_EQ(content->notes.size(), 4);
    EXPECT_EQ(content->notes.at(0).date, QDate(2026, 3, 18));
    EXPECT_TRUE(content->notes.at(0).text.startsWith(u"Long day at the desk"_s));
    EXPECT_TRUE(content->notes.at(0).text.endsWith(u"\u2026"_s));
    EXPECT_LE(content->notes.at(0).text.size(), ReportContentBuilder::maxNoteLength);
    EXPECT_EQ(content->notes.at(1).date, QDate(2026, 3, 11));
    EXPECT_EQ(content->notes.at(1).text, u"Forearms almost on the floor!"_s);
    EXPECT_EQ(content->notes.at(2).date, QDate(2026, 2, 23));
    EXPECT_EQ(content->notes.at(3).date, QDate(2026, 2, 13));
    EXPECT_EQ(content->notes.at(3).text, u"Sharp pain in the right hip when leaning; stopped."_s);
}

TEST_F(ReportContentTest, WeeksFollowTheLocalesFirstDay)
{
    ASSERT_TRUE(seedReportHistory(dataDir()));
    auto copy = openCopy(dataDir());
    ASSERT_TRUE(copy);
    const Result<ReportContent> content
        = build(copy->store(), QLocale(QLocale::English, QLocale::UnitedStates));
    ASSERT_TRUE(content.ok());
    // Sunday weeks: the eighth ends on Sat 21 Mar, so the first starts Sun 25 Jan.
    EXPECT_EQ(content->firstDay, QDate(2026, 1, 25));
    EXPECT_EQ(content->weeks.constFirst().weekStart.dayOfWeek(), Qt::Sunday);
    EXPECT_EQ(content->sessions.total, 29);
}

TEST_F(ReportContentTest, AnExerciseTheLibraryDoesNotKnowKeepsItsIdAndGenericLevels)
{
    auto store = openLiveStore();
    ASSERT_TRUE(store);
    ReportSessionPlan plan;
    plan.date = QDate(2026, 3, 16);
    plan.week = 6;
    ASSERT_TRUE(writeReportSession(*store, clock, plan, u"mystery-stretch"_s));
    const Result<ReportContent> content = build(*store);
    ASSERT_TRUE(content.ok());
    EXPECT_EQ(content->exercises, QStringList {u"mystery-stretch"_s});
    ASSERT_EQ(content->reach.size(), 1);
    EXPECT_EQ(content->reach.constFirst().exerciseTitle, u"mystery-stretch"_s);
    EXPECT_EQ(content->reach.constFirst().levelNames,
        (QStringList {u"Level 1"_s, u"Level 2"_s, u"Level 3"_s, u"Level 4"_s}));
}

TEST_F(ReportContentTest, AtMostTenNotesTheMostRecent)
{
    auto store = openLiveStore();
    ASSERT_TRUE(store);
    for (int day = 0; day < 12; ++day) {
        ReportSessionPlan plan;
        plan.date = QDate(2026, 3, 1).addDays(day);
        plan.week = 5;
        plan.note = u"Note %1"_s.arg(day + 1);
        ASSERT_TRUE(writeReportSession(*store, clock, plan));
    }
    const Result<ReportContent> content = build(*store);
    ASSERT_TRUE(content.ok());
    ASSERT_EQ(content->notes.size(), ReportContentBuilder::maxNotes);
    EXPECT_EQ(content->notes.constFirst().text, u"Note 12"_s);
    EXPECT_EQ(content->notes.constLast().text, u"Note 3"_s);
}

TEST(ReportNoteTest, NotesAreTrimmedAtAWordWithAnEllipsis)
{
    EXPECT_EQ(
        ReportContentBuilder::trimmedNote(u"  Felt  looser\n today. "_s), u"Felt looser today."_s);
    const QString words = u"one two three four five six seven eight nine ten"_s;
    const QString cut = ReportContentBuilder::trimmedNote(words, 20);
    EXPECT_EQ(cut, u"one two three four\u2026"_s);
    EXPECT_LE(cut.size(), 20);
    // One long word is cut where it must be.
    const QString word = ReportContentBuilder::trimmedNote(QString(50, u'x'), 20);
    EXPECT_EQ(word.size(), 20);
    EXPECT_TRUE(word.endsWith(u"\u2026"_s));
    EXPECT_EQ(ReportContentBuilder::trimmedNote(words, 200), words);
}

TEST_F(ReportContentTest, NoFolderOrNoFileIsNoHistoryAndCreatesNothing)
{
    const HistoryReadCopy::Failure missingFolder = failureOf(dataDir());
    EXPECT_EQ(missingFolder.problem, HistoryReadCopy::Problem::NoHistory);
    EXPECT_TRUE(missingFolder.message.contains(QDir::toNativeSeparators(dataDir())));
    EXPECT_FALSE(QFileInfo::exists(dataDir()));

    ASSERT_TRUE(QDir().mkpath(dataDir()));
    EXPECT_EQ(failureOf(dataDir()).problem, HistoryReadCopy::Problem::NoHistory);
    EXPECT_TRUE(QDir(dataDir()).isEmpty());
}

TEST_F(ReportContentTest, AHistoryFromANewerLimberIsNotReadAndNotChanged)
{
    ASSERT_TRUE(seedReportHistory(dataDir()));
    {
        auto connection = sql::Connection::open(database(), sql::OpenMode::ReadWrite);
        ASSERT_TRUE(connection.ok());
        ASSERT_TRUE(connection->execute(u"PRAGMA user_version = 99"_s));
    }
    const QByteArray before = sha256(database());
    const HistoryReadCopy::Failure failure = failureOf(dataDir());
    EXPECT_EQ(failure.problem, HistoryReadCopy::Problem::Unreadable);
    EXPECT_TRUE(failure.message.contains(u"newer version of Limber"_s))
        << failure.message.toStdString();
    EXPECT_TRUE(failure.message.contains(QDir::toNativeSeparators(database())));
    EXPECT_EQ(sha256(database()), before);
}

TEST_F(ReportContentTest, AReportCanBeReadWhileLimberRunsAndWrites)
{
    // The running Limber: its lock, its open store, a session in progress
    // whose holds are still in the -wal file.
    InstanceLock lock(dataDir());
    ASSERT_TRUE(lock.tryLock());
    auto live = openLiveStore();
    ASSERT_TRUE(live);
    for (const ReportSessionPlan &plan : reportSessionPlans()) {
        if (plan.date < QDate(2026, 3, 16)) {
            ASSERT_TRUE(writeReportSession(*live, clock, plan));
        }
    }
    SessionLog running(*live);
    ASSERT_TRUE(running.begin(u"daily-hip-stretch"_s));
    HoldRecord hold;
    hold.exerciseId = u"seated-leg-cross"_s;
    hold.side = Side::Left;
    hold.held = std::chrono::milliseconds(60000);
    hold.target = std::chrono::milliseconds(90000);
    hold.startUtc = clock.nowUtc();
    hold.utcOffsetSeconds = reportOffset;
    hold.completed = true;
    ASSERT_TRUE(running.recordHold(hold));
    ASSERT_GT(QFileInfo(database() + u"-wal"_s).size(), 0);

    const QByteArray before = sha256(database());
    QString copyFolder;
    {
        auto copy = openCopy(dataDir());
        ASSERT_TRUE(copy);
        copyFolder = QFileInfo(copy->store().databasePath()).absolutePath();
        EXPECT_NE(QDir(copyFolder).canonicalPath(), QDir(dataDir()).canonicalPath());
        const Result<ReportContent> content = build(copy->store());
        ASSERT_TRUE(content.ok()) << content.error().message.toStdString();
        // Everything written so far, the session in progress counted as
        // interrupted in the copy only.
        EXPECT_EQ(content->sessions.total, 26 + 1);
        EXPECT_EQ(content->sessions.interrupted, 2);
    }
    EXPECT_FALSE(QFileInfo::exists(copyFolder)) << "the copy is removed";
    EXPECT_EQ(sha256(database()), before);

    // Limber goes on writing; its session is still its own.
    HoldRecord next = hold;
    next.side = Side::Right;
    next.startUtc = hold.startUtc.addSecs(150);
    EXPECT_TRUE(running.recordHold(next));
    EXPECT_TRUE(running.finish(SessionEnd::Completed));
    EXPECT_TRUE(lock.isLocked());
    EXPECT_EQ(live->connection()
                  .queryText(u"SELECT status FROM sessions ORDER BY id DESC LIMIT 1"_s)
                  .value(),
        u"completed"_s);
}

} // namespace

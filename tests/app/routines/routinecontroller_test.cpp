// The Routines page in the program: what the person does on the page reaches
// the history file (a real SQLite file), the start page offers the same
// routines, and routine files go in and out as the content loader reads them.
#include "app/i18n.h"
#include "app/mainwindow.h"
#include "app/routines/routinecontroller.h"
#include "app/routines/routinespage.h"
#include "app/session/sessionlauncher.h"
#include "app/settings/settings.h"
#include "core/content/routinefile.h"
#include "core/history/historystore.h"
#include "core/history/userroutines.h"
#include "core/util/clock.h"
#include "tests/support/lockedhistory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

Routine ownRoutine(const QString &id, const QString &title)
{
    RoutineItem item;
    item.exerciseId = u"knee-to-chest"_s;
    item.holdsPerSide = 1;
    item.holdSeconds = 30;
    Routine routine;
    routine.id = id;
    routine.title = LocalizedText(title);
    routine.items = {item};
    return routine;
}

class RoutineControllerTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { installTranslators(QLocale(QLocale::English)); }

    void SetUp() override
    {
        StoreOptions options;
        options.dataDir = dir.path();
        options.dailyBackup = false;
        auto opened = HistoryStore::open(options, clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened).value();
        controller.historyOpened(store.get());
    }

    RoutinesPage &page() { return *controller.page(); }
    QList<Routine> stored() const { return UserRoutines(*store).list().value(); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(dir.path()).filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QTemporaryDir dir;
    ManualClock clock;
    Settings settings {dir.path()};
    MainWindow window {settings};
    SessionLauncher sessions {window, settings, clock, nullptr, dir.path()};
    RoutineController controller {window, sessions, settings};
    std::unique_ptr<HistoryStore> store;
};

TEST_F(RoutineControllerTest, TheRoutinesPageIsTheWindowsRoutinesPage)
{
    EXPECT_EQ(window.pageWidget(MainWindow::Page::Routines), controller.page());
}

TEST_F(RoutineControllerTest, ASavedRoutineIsInTheFileAndOfferedToStart)
{
    Q_EMIT page().saveRequested(ownRoutine(u"my-knees"_s, u"My knees"_s));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().title.english(), u"My knees"_s);
    ASSERT_EQ(sessions.userRoutines().size(), 1);
    EXPECT_TRUE(sessions.findRoutine(u"my-knees"_s).ok());
    EXPECT_TRUE(page().selectRoutine(u"my-knees"_s));

    Q_EMIT page().removeRequested(u"my-knees"_s);
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(sessions.userRoutines().isEmpty());
}

TEST_F(RoutineControllerTest, ASaveWaitingForALockLeavesTheWindowRunning)
{
    // Another program holds the history's write lock; this thread's event
    // loop lets it go after a moment. Saved on this thread, the routine would
    // wait out the busy timeout (5 s) with the loop (and a session) stopped.
    limber::testing::WriteLockHeldElsewhere lock(store->databasePath());
    ASSERT_TRUE(lock.isHeld());
    // A failed save says why in a message box: note it and close it.
    const limber::testing::MessageBoxCloser problems;

    Q_EMIT page().saveRequested(ownRoutine(u"my-knees"_s, u"My knees"_s));

    EXPECT_TRUE(problems.texts().isEmpty()) << problems.texts().join(u' ').toStdString();
    EXPECT_TRUE(lock.releasedByTheEventLoop())
        << "the window's timer stopped while the save waited";
    ASSERT_EQ(stored().size(), 1);
    EXPECT_TRUE(sessions.findRoutine(u"my-knees"_s).ok());
}

TEST_F(RoutineControllerTest, TheRoutinesAreReadBackWhenTheProgramStartsAgain)
{
    Q_EMIT page().saveRequested(ownRoutine(u"my-knees"_s, u"My knees"_s));
    Settings otherSettings {dir.path()};
    MainWindow otherWindow {otherSettings};
    SessionLauncher otherSessions {otherWindow, otherSettings, clock, nullptr, dir.path()};
    RoutineController again {otherWindow, otherSessions, otherSettings};
    again.historyOpened(store.get());
    EXPECT_TRUE(again.page()->selectRoutine(u"my-knees"_s));
    EXPECT_TRUE(otherSessions.findRoutine(u"my-knees"_s).ok());
}

TEST_F(RoutineControllerTest, TodaysRoutineIsKeptAndShownOnTheStartPage)
{
    Q_EMIT page().saveRequested(ownRoutine(u"my-knees"_s, u"My knees"_s));
    Q_EMIT page().todayRequested(u"my-knees"_s);
    EXPECT_EQ(settings.todayRoutineId(), u"my-knees"_s);
    EXPECT_EQ(sessions.todayRoutineId(), u"my-knees"_s);
}

TEST_F(RoutineControllerTest, AnImportedFileIsStoredAndAClashingIdGetsOneOfItsOwn)
{
    const QString path = writeFile(u"from-physio.json"_s,
        routineToJson(ownRoutine(u"daily-hip-stretch"_s, u"From my physiotherapist"_s)));
    Q_EMIT page().importRequested(path);
    ASSERT_EQ(stored().size(), 1);
    const Routine imported = stored().first();
    EXPECT_NE(imported.id, u"daily-hip-stretch"_s) << "the bundled routine is never replaced";
    EXPECT_EQ(imported.title.english(), u"From my physiotherapist"_s);
    EXPECT_EQ(page().selectedRoutineId(), imported.id);

    Q_EMIT page().importRequested(path);
    ASSERT_EQ(stored().size(), 2) << "a second copy is a second routine";
    EXPECT_NE(stored().at(1).id, imported.id);
}

TEST_F(RoutineControllerTest, AFileNamingAnUnknownExerciseIsRefusedWithWhereAndWhy)
{
    Routine routine = ownRoutine(u"odd"_s, u"Odd"_s);
    routine.items.first().exerciseId = u"handstand"_s;
    const QString path = writeFile(u"odd.json"_s, routineToJson(routine));
    Q_EMIT page().importRequested(path);
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(page().statusText().contains(u"odd.json:"_s)) << page().statusText().toStdString();
    EXPECT_TRUE(page().statusText().contains(u"handstand"_s)) << page().statusText().toStdString();
}

TEST_F(RoutineControllerTest, AnExportedRoutineReadsBackAsTheSameRoutine)
{
    const Routine mine = ownRoutine(u"my-knees"_s, u"My knees"_s);
    Q_EMIT page().saveRequested(mine);
    const QString path = QDir(dir.path()).filePath(u"out.json"_s);
    Q_EMIT page().exportRequested(u"my-knees"_s, path);
    auto back = sessions.library().loadRoutineFile(path);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->id, mine.id);
    EXPECT_EQ(back->items, stored().first().items);

    // A bundled routine exports too, for a person to change and hand on.
    const QString bundled = QDir(dir.path()).filePath(u"daily.json"_s);
    Q_EMIT page().exportRequested(u"daily-hip-stretch"_s, bundled);
    EXPECT_TRUE(sessions.library().loadRoutineFile(bundled).ok());
}

TEST_F(RoutineControllerTest, WithoutAHistoryNothingIsStoredAndNothingBreaks)
{
    RoutineController withoutHistory {window, sessions, settings};
    withoutHistory.historyOpened(nullptr);
    Q_EMIT withoutHistory.page()->saveRequested(ownRoutine(u"lost"_s, u"Lost"_s));
    EXPECT_TRUE(stored().isEmpty());
}

} // namespace
} // namespace limber

// Today's routine: the settings' choice is what the start page shows and
// Start begins; a choice that no longer exists quietly gives the default;
// the person's own routines join the list; an exercise opens its page.
#include "app/exercise/exercisepage.h"
#include "app/i18n.h"
#include "app/mainwindow.h"
#include "app/session/sessionlauncher.h"
#include "app/settings/settings.h"
#include "app/start/exercisetile.h"
#include "app/start/startpage.h"
#include "core/content/contentlibrary.h"
#include "core/util/clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

const QString bundledDefault = u"daily-hip-stretch"_s;

class TodayRoutineTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { installTranslators(QLocale(QLocale::English)); }

    void SetUp() override
    {
        // A routine of the person's own content folder: one hold each side.
        const QString folder
            = QDir(ContentLibrary::userContentRoot(dir.path())).filePath(u"routines"_s);
        ASSERT_TRUE(QDir().mkpath(folder));
        QFile file(QDir(folder).filePath(u"short.json"_s));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": 1, "id": "short-break", "title": "Short break",
            "items": [{"exercise": "seated-leg-cross", "holdsPerSide": 1, "holdSeconds": 30,
                       "includeSetup": false}]})");
    }

    SessionLauncher &launcher()
    {
        if (!m_launcher)
            m_launcher
                = std::make_unique<SessionLauncher>(window, settings, clock, nullptr, dir.path());
        return *m_launcher;
    }

    StartPage &start() { return *window.startPage(); }
    QComboBox *choice() { return start().findChild<QComboBox *>(u"routineChoice"_s); }

    QString startAndSeeWhatOpens()
    {
        QString opened;
        QObject::connect(&launcher(), &SessionLauncher::sessionOpened,
            [&opened](const QString &id) { opened = id; });
        EXPECT_TRUE(launcher().open({}));
        return opened;
    }

    QTemporaryDir dir;
    Settings settings {dir.path()};
    MainWindow window {settings};
    ManualClock clock;

private:
    std::unique_ptr<SessionLauncher> m_launcher;
};

TEST_F(TodayRoutineTest, WithNoChoiceTheDefaultIsTodaysRoutine)
{
    launcher();
    EXPECT_EQ(launcher().todayRoutineId(), bundledDefault);
    EXPECT_EQ(start().routineTitle(), u"Daily hip stretch"_s);
    EXPECT_EQ(start().currentRoutineId(), bundledDefault);
    EXPECT_EQ(start().exerciseIds(), QStringList {u"seated-leg-cross"_s});
    ASSERT_EQ(choice()->count(), launcher().library().routines().size())
        << "the bundled routines and the one in the person's content folder";
    EXPECT_GE(choice()->findData(u"short-break"_s), 0);
    EXPECT_EQ(startAndSeeWhatOpens(), bundledDefault);
}

TEST_F(TodayRoutineTest, TheChosenRoutineIsShownAndStarted)
{
    settings.setTodayRoutineId(u"short-break"_s);
    launcher();
    EXPECT_EQ(start().routineTitle(), u"Short break"_s);
    EXPECT_EQ(start().currentRoutineId(), u"short-break"_s);
    EXPECT_EQ(startAndSeeWhatOpens(), u"short-break"_s);
}

TEST_F(TodayRoutineTest, AChangedSettingChangesTheStartPage)
{
    launcher();
    settings.setTodayRoutineId(u"short-break"_s);
    EXPECT_EQ(start().routineTitle(), u"Short break"_s);
    settings.setTodayRoutineId({});
    EXPECT_EQ(start().routineTitle(), u"Daily hip stretch"_s);
}

TEST_F(TodayRoutineTest, ARoutineThatIsGoneFallsBackToTheDefaultQuietly)
{
    settings.setTodayRoutineId(u"deleted-long-ago"_s);
    launcher();
    EXPECT_EQ(launcher().todayRoutineId(), bundledDefault);
    EXPECT_EQ(start().routineTitle(), u"Daily hip stretch"_s);
    EXPECT_EQ(startAndSeeWhatOpens(), bundledDefault);
    EXPECT_EQ(window.findChild<QMessageBox *>(), nullptr) << "no fuss";
}

TEST_F(TodayRoutineTest, PickingFromTheListStoresTheChoice)
{
    launcher();
    const int index = choice()->findData(u"short-break"_s);
    ASSERT_GE(index, 0);
    choice()->activated(index);
    EXPECT_EQ(settings.todayRoutineId(), u"short-break"_s);
    EXPECT_EQ(start().routineTitle(), u"Short break"_s);
    Settings reread(dir.path());
    EXPECT_EQ(reread.todayRoutineId(), u"short-break"_s) << "kept for the next start";
}

TEST_F(TodayRoutineTest, ThePersonsOwnRoutinesAreOfferedAndCanBeToday)
{
    launcher();
    Routine own;
    own.id = u"evening"_s;
    own.title = LocalizedText(u"Evening stretch"_s);
    RoutineItem item;
    item.exerciseId = u"seated-leg-cross"_s;
    item.holdsPerSide = 1;
    own.items = {item};
    launcher().setUserRoutines({own});
    EXPECT_GE(choice()->findData(u"evening"_s), 0);

    settings.setTodayRoutineId(u"evening"_s);
    EXPECT_EQ(start().routineTitle(), u"Evening stretch"_s);
    EXPECT_EQ(startAndSeeWhatOpens(), u"evening"_s);

    launcher().setUserRoutines({});
    EXPECT_EQ(choice()->findData(u"evening"_s), -1);
    EXPECT_EQ(start().routineTitle(), u"Daily hip stretch"_s) << "deleted: back to the default";
}

TEST_F(TodayRoutineTest, AnExerciseOnTheStartPageOpensItsPage)
{
    launcher();
    window.show();
    ASSERT_FALSE(start().exerciseTiles().isEmpty());
    start().exerciseTiles().constFirst()->click();
    ASSERT_TRUE(window.isExerciseShown());
    EXPECT_EQ(window.exercisePage()->exerciseId(), u"seated-leg-cross"_s);
    window.closeExercise();
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Start);
}

} // namespace
} // namespace limber

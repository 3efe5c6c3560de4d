#include "appcontroller.h"
#include "content/contentlibrary.h"
#include "exercise/exercisepage.h"
#include "mainwindow.h"
#include "routines/routinespage.h"
#include "session/sessionlauncher.h"
#include "settings/settings.h"
#include "start/safetynotice.h"

#include <QApplication>
#include <QMetaEnum>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

// The window opens at 1024×720 and must fit a 1280×800 screen: no page may
// ask for more room than that window gives it.
constexpr int kWidestPage = 1000;
constexpr int kWidestWindow = 1024;
constexpr int kTallestWindow = 720;

class PageSizesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        {
            Settings settings(dir.path());
            settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
        }
        CommandLineOptions options;
        options.dataDir = dir.path();
        controller = std::make_unique<AppController>(options, dir.path());
        controller->start();
        QApplication::processEvents();
    }

    MainWindow &window() const { return controller->window(); }
    RoutinesPage *routinesPage() const
    {
        return qobject_cast<RoutinesPage *>(window().pageWidget(MainWindow::Page::Routines));
    }
    const ContentLibrary &library() const { return controller->sessions().library(); }

    void expectWindowFits() const
    {
        const QSize minimum = window().minimumSizeHint();
        EXPECT_LE(minimum.width(), kWidestWindow);
        EXPECT_LE(minimum.height(), kTallestWindow);
    }

    QTemporaryDir dir;
    std::unique_ptr<AppController> controller;
};

TEST_F(PageSizesTest, EveryPageFitsTheDefaultWindow)
{
    const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
    for (int i = 0; i < pages.keyCount(); ++i) {
        const auto page = MainWindow::Page(pages.value(i));
        QWidget *widget = window().pageWidget(page);
        ASSERT_NE(widget, nullptr) << pages.key(i);
        window().showPage(page);
        QApplication::processEvents();
        EXPECT_LE(widget->minimumSizeHint().width(), kWidestPage)
            << pages.key(i) << " (" << qPrintable(widget->objectName()) << ")";
        expectWindowFits();
    }
}

TEST_F(PageSizesTest, TheRoutinesPageFitsWithEveryBundledRoutine)
{
    ASSERT_NE(routinesPage(), nullptr);
    window().showPage(MainWindow::Page::Routines);
    const QList<Routine> routines = library().routines();
    ASSERT_FALSE(routines.isEmpty());
    for (const Routine &routine : routines) {
        ASSERT_TRUE(routinesPage()->selectRoutine(routine.id));
        QApplication::processEvents();
        EXPECT_LE(routinesPage()->minimumSizeHint().width(), kWidestPage) << qPrintable(routine.id);
        expectWindowFits();
    }
}

TEST_F(PageSizesTest, TheRoutinesPageFitsWithALongUserRoutine)
{
    ASSERT_NE(routinesPage(), nullptr);
    window().showPage(MainWindow::Page::Routines);
    Routine mine = library().routines().constFirst();
    mine.id = u"mine"_s;
    mine.title = LocalizedText(
        u"My own very long routine name for the mornings before work, with every stretch"_s);
    mine.items.clear();
    for (const Exercise &exercise : library().exercises()) {
        RoutineItem item;
        item.exerciseId = exercise.id;
        mine.items << item;
    }
    routinesPage()->setUserRoutines({mine});
    ASSERT_TRUE(routinesPage()->selectRoutine(mine.id));
    QApplication::processEvents();
    EXPECT_LE(routinesPage()->minimumSizeHint().width(), kWidestPage);
    expectWindowFits();
}

TEST_F(PageSizesTest, TheExercisePageFitsForEveryExercise)
{
    const QList<Exercise> exercises = library().exercises();
    ASSERT_FALSE(exercises.isEmpty());
    for (const Exercise &exercise : exercises) {
        window().showExercise(exercise);
        QApplication::processEvents();
        ASSERT_NE(window().exercisePage(), nullptr);
        EXPECT_LE(window().exercisePage()->minimumSizeHint().width(), kWidestPage)
            << qPrintable(exercise.id);
        expectWindowFits();
    }
}

} // namespace
} // namespace limber

#include "app/appcontroller.h"
#include "app/exercise/exercisepage.h"
#include "app/i18n.h"
#include "app/mainwindow.h"
#include "app/progression/progresspanel.h"
#include "app/routines/routinespage.h"
#include "app/session/sessionlauncher.h"
#include "app/start/startpage.h"
#include "app/window/windowplacement.h"
#include "core/content/contentlibrary.h"
#include "tests/support/appstart.h"
#include "tests/support/fixedlocale.h"

#include <QApplication>
#include <QLayout>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QToolBar>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

// Every page must be usable on a 1024×600 screen (a netbook, or 1536×900 at
// 150 %): the window there gets that screen less a panel and its frame, and
// no page may ask for more.
constexpr int kWidestPage = 1000;
const QSize kSmallWindow = roomFor(QRect(0, 0, 1024, 600 - 24)).size();

/// Each page is measured in every shipped language: German and French
/// words are longer than English ones.
class PageSizesTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        useLanguage(QString::fromLatin1(GetParam()));
        controller = test::startPastTheSafetyNotice(dir.path());
        ASSERT_TRUE(controller);
    }

    void TearDown() override
    {
        controller.reset();
        test::forgetLanguage();
    }

    MainWindow &window() const { return controller->window(); }
    RoutinesPage *routinesPage() const
    {
        return qobject_cast<RoutinesPage *>(window().pageWidget(MainWindow::Page::Routines));
    }
    const ContentLibrary &library() const { return controller->sessions().library(); }

    /// A session hides the navigation, as SessionLauncher does; every other page has it.
    /// In the launcher's order: the bar goes before the session page shows, and
    /// comes back after the page that follows it shows.
    void showAsAPersonWould(MainWindow::Page page)
    {
        if (page == MainWindow::Page::Session) {
            window().navigationBar()->setVisible(false);
            window().showPage(page);
        } else {
            window().showPage(page);
            window().navigationBar()->setVisible(true);
        }
    }

    void expectWindowFits() const
    {
        const QSize minimum = window().minimumSizeHint();
        EXPECT_LE(minimum.width(), kSmallWindow.width());
        EXPECT_LE(minimum.height(), kSmallWindow.height());
    }

    QTemporaryDir dir;
    std::unique_ptr<AppController> controller;
};

TEST_P(PageSizesTest, EveryPageFitsTheDefaultWindow)
{
    // The session screen's height follows its width: measure at the width a
    // 1024×600 screen gives.
    window().resize(kSmallWindow);
    QApplication::processEvents();
    const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
    for (int i = 0; i < pages.keyCount(); ++i) {
        const auto page = MainWindow::Page(pages.value(i));
        QWidget *widget = window().pageWidget(page);
        ASSERT_NE(widget, nullptr) << pages.key(i);
        showAsAPersonWould(page);
        QApplication::processEvents();
        EXPECT_LE(widget->minimumSizeHint().width(), kWidestPage)
            << pages.key(i) << " (" << qPrintable(widget->objectName()) << ")";
        expectWindowFits();
    }
}

TEST_P(PageSizesTest, EveryPageIsUsableInASmallWindow)
{
    window().show();
    window().resize(kSmallWindow);
    QApplication::processEvents();
    const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
    for (int i = 0; i < pages.keyCount(); ++i) {
        const auto page = MainWindow::Page(pages.value(i));
        showAsAPersonWould(page);
        QApplication::processEvents();
        EXPECT_EQ(window().size(), kSmallWindow) << pages.key(i) << " made the window grow";
        QWidget *widget = window().pageWidget(page);
        EXPECT_LE(widget->minimumSizeHint().height(), widget->height())
            << pages.key(i) << " is cut off";
    }
}

TEST_P(PageSizesTest, TheSettingsPageWithItsRemindersFitsASmallWindow)
{
    QWidget *settingsPage = window().pageWidget(MainWindow::Page::Settings);
    ASSERT_NE(settingsPage, nullptr);
    ASSERT_NE(
        settingsPage->findChild<QWidget *>(u"remindersSection"_s, Qt::FindChildrenRecursively),
        nullptr)
        << "the page has its Reminders section";
    window().showPage(MainWindow::Page::Settings);
    QApplication::processEvents();
    EXPECT_LE(settingsPage->minimumSizeHint().width(), kWidestPage);
    EXPECT_LE(settingsPage->minimumSizeHint().height(), kSmallWindow.height());
    expectWindowFits();
}

TEST_P(PageSizesTest, TheStartPageWithItsProgressPanelFitsASmallWindow)
{
    auto *panel = window().startPage()->findChild<ProgressPanel *>();
    ASSERT_NE(panel, nullptr);
    panel->setProposals(
        {{u"Seated Leg Cross: hold 45 s instead of 30 s, each side"_s, u"Seated Leg Cross"_s},
            {u"Knee to chest: hold 40 s instead of 30 s, each side"_s, u"Knee to chest"_s}});
    panel->setNextExercise(u"You are ready for the figure four stretch."_s, u"Figure four"_s, true);
    panel->setTargetsAvailable(true);
    window().showPage(MainWindow::Page::Start);
    QApplication::processEvents();
    EXPECT_TRUE(panel->isVisibleTo(window().startPage()));
    EXPECT_LE(window().startPage()->minimumSizeHint().width(), kWidestPage);
    EXPECT_LE(window().startPage()->minimumSizeHint().height(), kSmallWindow.height());
    expectWindowFits();
}

TEST_P(PageSizesTest, TheRoutinesPageFitsWithEveryBundledRoutine)
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

TEST_P(PageSizesTest, TheRoutinesPageFitsWithALongUserRoutine)
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

TEST_P(PageSizesTest, TheExercisePageFitsForEveryExercise)
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

INSTANTIATE_TEST_SUITE_P(EveryShippedLanguage, PageSizesTest,
    ::testing::Values("en", "de", "es", "fr", "it", "nl"),
    [](const ::testing::TestParamInfo<const char *> &language) {
        return std::string(language.param);
    });

} // namespace
} // namespace limber

// Opening routines in the window: the start page shows the default
// routine, Start opens it, Done comes back; the navigation steps aside
// while a session runs; a person's broken content is reported, not fatal.
#include "app/mainwindow.h"
#include "app/session/breathpacer.h"
#include "app/session/sessionlauncher.h"
#include "app/session/sessionscreen.h"
#include "app/session/sessionsummaryview.h"
#include "app/settings/settings.h"
#include "app/start/startpage.h"
#include "tests/app/session/sessionfixture.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

class SessionLauncherTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { installTranslators(QLocale(QLocale::English)); }

    void writeUserFile(const QString &relativePath, const QByteArray &text)
    {
        const QString path
            = QDir(ContentLibrary::userContentRoot(dir.path())).filePath(relativePath);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    SessionLauncher &launcher()
    {
        if (!m_launcher)
            m_launcher
                = std::make_unique<SessionLauncher>(window, settings, clock, nullptr, dir.path());
        return *m_launcher;
    }

    QPushButton *startButton() const
    {
        return window.startPage()->findChild<QPushButton *>(u"startButton"_s);
    }

    QTemporaryDir dir;
    Settings settings {dir.path()};
    MainWindow window {settings};
    ManualClock clock;

private:
    std::unique_ptr<SessionLauncher> m_launcher;
};

TEST_F(SessionLauncherTest, TheStartPageShowsTheDefaultRoutineAndHowLongItTakes)
{
    launcher();
    EXPECT_EQ(window.startPage()->routineTitle(), u"Daily hip stretch"_s);
    // 30 s of set-up, four 60 s holds and three 10 s switches.
    EXPECT_EQ(window.startPage()->durationText(), u"About 5 minutes"_s);
}

TEST_F(SessionLauncherTest, StartOpensTheSessionAndDoneComesBack)
{
    launcher();
    window.show();
    startButton()->click();
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Session);
    ASSERT_EQ(window.pageWidget(MainWindow::Page::Session), launcher().page());
    EXPECT_TRUE(launcher().page()->isRunning());
    EXPECT_FALSE(window.navigationBar()->isVisible()) << "nothing else on screen in a session";
    EXPECT_FALSE(window.navigationAction(MainWindow::Page::History)->isEnabled());
    EXPECT_EQ(window.windowTitle(), u"Daily hip stretch — Limber"_s);

    launcher().page()->findChild<QPushButton *>(u"stopButton"_s)->click();
    EXPECT_FALSE(launcher().page()->isShowingSummary()) << "a stop is asked about first";
    launcher().page()->findChild<QPushButton *>(u"confirmStopButton"_s)->click();
    ASSERT_TRUE(launcher().page()->isShowingSummary());
    launcher().page()->summaryView()->doneButton()->click();
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Start);
    EXPECT_TRUE(window.navigationBar()->isVisible());
    EXPECT_TRUE(window.navigationAction(MainWindow::Page::History)->isEnabled());
    EXPECT_EQ(window.windowTitle(), u"Limber"_s);
}

TEST_F(SessionLauncherTest, F11TogglesFullScreen)
{
    launcher();
    auto *fullScreen = window.findChild<QAction *>(u"fullScreenAction"_s);
    ASSERT_NE(fullScreen, nullptr);
    EXPECT_TRUE(fullScreen->shortcuts().contains(QKeySequence(Qt::Key_F11)));
}

TEST_F(SessionLauncherTest, OpensARoutineFileByPath)
{
    const QString path = dir.filePath(u"quick.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": 1, "id": "quick", "title": "Quick",
        "items": [{"exercise": "seated-leg-cross", "holdsPerSide": 1, "holdSeconds": 10,
                   "switchSeconds": 5, "includeSetup": false}]})");
    file.close();
    const Status opened = launcher().open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(launcher().page()->driver()->runner().timeline().routine().id, u"quick"_s);
    // Without set-up steps it still begins by getting ready, not in a hold.
    EXPECT_EQ(launcher().page()->screen()->headlineText(), u"Seated Leg Cross · get ready"_s);
}

TEST_F(SessionLauncherTest, AnUnknownRoutineIsAnErrorAndNothingOpens)
{
    const Status opened = launcher().open(u"no-such-routine"_s);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(u"no-such-routine"_s));
    EXPECT_TRUE(opened.error().message.contains(u"daily-hip-stretch"_s));
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Start);
    EXPECT_EQ(launcher().page()->driver(), nullptr);
}

TEST_F(SessionLauncherTest, BrokenUserContentIsReportedAndTheRestStillWorks)
{
    writeUserFile(u"routines/mine.json"_s, R"({"format": 1, "id": "mine", "title": 5})");
    EXPECT_TRUE(launcher().contentProblems().contains(u"mine.json"_s));
    EXPECT_TRUE(launcher().open({}).ok());
}

TEST_F(SessionLauncherTest, TheSessionFollowsTheBreathingSettings)
{
    settings.setBreatheIn(std::chrono::seconds(3));
    settings.setBreatheOut(std::chrono::seconds(5));
    settings.setBreathPacerVisible(false);
    EXPECT_EQ(launcher().sessionOptions().breatheIn, 3s);
    EXPECT_EQ(launcher().sessionOptions().breatheOut, 5s);
    ASSERT_TRUE(launcher().open({}).ok());
    EXPECT_FALSE(launcher().page()->screen()->isBreathPacerEnabled());
    settings.setBreathPacerVisible(true);
    EXPECT_TRUE(launcher().page()->screen()->isBreathPacerEnabled());
}

} // namespace
} // namespace limber::test

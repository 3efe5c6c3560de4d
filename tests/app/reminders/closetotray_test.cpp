#include "app/appcontroller.h"
#include "app/mainwindow.h"
#include "app/reminders/reminderbar.h"
#include "app/reminders/reminderpresenter.h"
#include "app/settings/settings.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

class CloseToTrayTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    Settings settings {dir.path()};
    MainWindow window {settings};
};

TEST_F(CloseToTrayTest, ClosingQuitsUnlessAskedToHide)
{
    window.show();
    QSignalSpy hidden(&window, &MainWindow::hiddenOnClose);
    EXPECT_TRUE(window.close());
    EXPECT_EQ(hidden.count(), 0);
}

TEST_F(CloseToTrayTest, ClosingHidesWhenAskedTo)
{
    bool keepRunning = true;
    window.setHideOnClose([&keepRunning] { return keepRunning; });
    window.show();
    QSignalSpy hidden(&window, &MainWindow::hiddenOnClose);
    EXPECT_FALSE(window.close()) << "the close is refused: the window hides instead";
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(hidden.count(), 1);

    // Reminders turned off meanwhile: closing closes again.
    window.show();
    keepRunning = false;
    EXPECT_TRUE(window.close());
    EXPECT_EQ(hidden.count(), 1);
}

TEST_F(CloseToTrayTest, QuitClosesEvenWhenClosingWouldHide)
{
    window.setHideOnClose([] { return true; });
    window.show();
    QSignalSpy hidden(&window, &MainWindow::hiddenOnClose);
    window.findChild<QAction *>(u"quitAction"_s)->trigger();
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(hidden.count(), 0);
}

TEST_F(CloseToTrayTest, NoticeBarSitsAboveThePages)
{
    auto *bar = new ReminderBar;
    window.addNoticeBar(bar);
    window.show();
    bar->showNotice({u"r"_s, u"Time for a stretch"_s, u"Two minutes."_s});
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(window.centralWidget()->isAncestorOf(bar));
    const QWidget *pages = window.findChild<QWidget *>(u"pages"_s);
    EXPECT_LE(bar->geometry().bottom(), pages->geometry().top());
}

class AppControllerTrayTest : public ::testing::Test
{
protected:
    // A reminder shown here must not reach the desktop of whoever runs the tests.
    AppControllerTrayTest() { qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent"); }

    CommandLineOptions options(bool minimized) const
    {
        CommandLineOptions chosen;
        chosen.dataDir = dir.path();
        chosen.minimized = minimized;
        return chosen;
    }
    QTemporaryDir dir;
};

TEST_F(AppControllerTrayTest, BringToFrontShowsAHiddenWindow)
{
    AppController controller(options(false), dir.path());
    controller.window().show();
    controller.window().hide(); // as in the tray
    controller.bringToFront();
    EXPECT_TRUE(controller.window().isVisible());
    EXPECT_FALSE(controller.window().isMinimized());
}

TEST_F(AppControllerTrayTest, BringToFrontRestoresAMinimisedWindow)
{
    AppController controller(options(false), dir.path());
    controller.window().showMinimized();
    controller.window().hide();
    controller.bringToFront();
    EXPECT_TRUE(controller.window().isVisible());
    EXPECT_FALSE(controller.window().isMinimized());
}

TEST_F(AppControllerTrayTest, MinimizedWithoutATrayStartsMinimised)
{
    AppController controller(options(true), dir.path());
    ASSERT_EQ(controller.trayIcon(), nullptr) << "offscreen has no tray";
    controller.start();
    EXPECT_TRUE(controller.window().isMinimized());
}

TEST_F(AppControllerTrayTest, WithoutATrayClosingQuitsEvenWithRemindersOn)
{
    AppController controller(options(false), dir.path());
    controller.setKeepRunningInTray([] { return true; });
    controller.window().show();
    EXPECT_TRUE(controller.window().close());
}

TEST_F(AppControllerTrayTest, RemindersShowInTheWindow)
{
    AppController controller(options(false), dir.path());
    controller.window().show();
    controller.reminders().show({u"r"_s, u"Time for a stretch"_s, u"Two minutes."_s});
    auto *bar = controller.window().findChild<ReminderBar *>(u"reminderBar"_s);
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible());
}

} // namespace
} // namespace limber

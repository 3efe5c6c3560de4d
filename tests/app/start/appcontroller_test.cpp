#include "appcontroller.h"
#include "audio/cueplayer.h"
#include "mainwindow.h"
#include "settings/settings.h"
#include "settings/settingspage.h"
#include "start/safetynotice.h"
#include "start/startpage.h"

#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

class AppControllerTest : public ::testing::Test
{
protected:
    CommandLineOptions options() const
    {
        CommandLineOptions chosen;
        chosen.dataDir = dir.path();
        return chosen;
    }

    QTemporaryDir dir;
};

TEST_F(AppControllerTest, KeepsSettingsInTheChosenDataFolder)
{
    AppController controller(options(), dir.path());
    EXPECT_TRUE(controller.settings().location().startsWith(dir.path()));
}

TEST_F(AppControllerTest, FirstRunShowsTheSafetyNoticeOverTheWindow)
{
    AppController controller(options(), dir.path());
    controller.start();
    QApplication::processEvents();
    EXPECT_TRUE(controller.window().isVisible());
    auto *notice = controller.window().findChild<SafetyNotice *>();
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    notice->findChild<QPushButton *>(u"acceptSafetyNotice"_s)->click();
    EXPECT_EQ(controller.settings().acceptedSafetyNoticeVersion(), SafetyNotice::currentVersion);
}

TEST_F(AppControllerTest, LaterRunsGoStraightToTheStartPage)
{
    {
        Settings settings(dir.path());
        settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
    }
    AppController controller(options(), dir.path());
    controller.start();
    QApplication::processEvents();
    EXPECT_EQ(controller.window().findChild<SafetyNotice *>(), nullptr);
    EXPECT_EQ(controller.window().currentPage(), MainWindow::Page::Start);
}

TEST_F(AppControllerTest, StartOpensTheSessionPage)
{
    AppController controller(options(), dir.path());
    controller.window().startPage()->findChild<QPushButton *>(u"startButton"_s)->click();
    EXPECT_EQ(controller.window().currentPage(), MainWindow::Page::Session);
}

TEST_F(AppControllerTest, SettingsPageIsInPlaceAndChangesReachThePlayer)
{
    AppController controller(options(), dir.path());
    EXPECT_NE(
        qobject_cast<SettingsPage *>(controller.window().pageWidget(MainWindow::Page::Settings)),
        nullptr);
    controller.settings().setVolume(0.3);
    controller.settings().setCountdownStyle(CountdownStyle::Voice);
    EXPECT_DOUBLE_EQ(controller.cuePlayer().volume(), 0.3);
    EXPECT_EQ(controller.cuePlayer().preferences().countdown, CountdownStyle::Voice);
}

TEST_F(AppControllerTest, AudioNoticeIsShownOncePerReason)
{
    AppController controller(options(), dir.path());
    controller.start();
    QApplication::processEvents();
    const QString remembered = controller.settings().audioNoticeShown();
    if (controller.cuePlayer().tonesAvailable() && controller.cuePlayer().voiceAvailable()) {
        EXPECT_TRUE(remembered.isEmpty());
        return;
    }
    // This machine lacks sound or speech: the reason was shown and remembered.
    EXPECT_FALSE(remembered.isEmpty());
}

} // namespace
} // namespace limber

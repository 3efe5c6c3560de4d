// Where the main window opens: inside the screen, whatever its size.
#include "app/mainwindow.h"
#include "app/settings/settings.h"
#include "app/window/windowplacement.h"

#include <QApplication>
#include <QScreen>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace limber {
namespace {

// A netbook's 1024×600 with a 24 px panel at the top, as a second screen
// to the right of a 1280 px wide one.
const QRect smallScreen(1280, 24, 1024, 576);

TEST(WindowPlacement, TheFirstSizeFitsASmallScreen)
{
    const QRect geometry = firstWindowGeometry(smallScreen);
    EXPECT_TRUE(roomFor(smallScreen).contains(geometry));
    EXPECT_LE(geometry.height(), smallScreen.height() - frameAllowance.top());
    EXPECT_EQ(geometry.center().x(), roomFor(smallScreen).center().x()) << "centred";

    const QRect large(0, 0, 2560, 1440);
    EXPECT_EQ(firstWindowGeometry(large).size(), preferredWindowSize) << "no larger than asked";
}

TEST(WindowPlacement, AGeometryFromALargerScreenShrinksAndMovesIn)
{
    // Remembered on a 1920×1080 screen at 1.0, or at a smaller scale.
    const QRect remembered(1500, 300, 1536, 1080);
    const QRect fitted = fittedGeometry(remembered, smallScreen);
    EXPECT_TRUE(roomFor(smallScreen).contains(fitted));
    EXPECT_EQ(fitted.size(), roomFor(smallScreen).size());

    const QRect offToTheRight(2200, 100, 800, 500);
    const QRect moved = fittedGeometry(offToTheRight, smallScreen);
    EXPECT_EQ(moved.size(), offToTheRight.size()) << "it fits, so only moves";
    EXPECT_TRUE(roomFor(smallScreen).contains(moved));
}

TEST(WindowPlacement, AGeometryThatFitsIsKept)
{
    const QRect fits(1400, 100, 700, 400);
    EXPECT_EQ(fittedGeometry(fits, smallScreen), fits);
}

class MainWindowPlacement : public ::testing::Test
{
protected:
    QRect available() const { return QApplication::primaryScreen()->availableGeometry(); }
    QTemporaryDir dir;
};

TEST_F(MainWindowPlacement, OpensInsideTheScreen)
{
    Settings settings(dir.path());
    MainWindow window(settings);
    EXPECT_TRUE(available().contains(window.geometry()))
        << window.width() << "x" << window.height() << " on " << available().width() << "x"
        << available().height();
}

TEST_F(MainWindowPlacement, ARememberedGeometryTooLargeForTheScreenShrinks)
{
    {
        Settings settings(dir.path());
        MainWindow larger(settings);
        larger.setGeometry(QRect(QPoint(40, 40), available().size() * 2));
        settings.setWindowGeometry(larger.saveGeometry());
    }
    Settings settings(dir.path());
    MainWindow window(settings);
    EXPECT_TRUE(available().contains(window.geometry()))
        << window.width() << "x" << window.height();
}

} // namespace
} // namespace limber

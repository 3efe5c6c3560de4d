#include "app/mainwindow.h"
#include "app/settings/settings.h"
#include "app/start/safetynotice.h"
#include "app/start/startpage.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

using Page = MainWindow::Page;

constexpr Page navigablePages[]
    = {Page::Start, Page::History, Page::Routines, Page::Print, Page::Settings};

class MainWindowTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    Settings settings {dir.path()};
    MainWindow window {settings};
};

TEST_F(MainWindowTest, OpensOnTheStartPageTitledLimber)
{
    EXPECT_EQ(window.windowTitle(), u"Limber"_s);
    EXPECT_EQ(window.currentPage(), Page::Start);
    ASSERT_NE(window.startPage(), nullptr);
    EXPECT_EQ(window.pageWidget(Page::Start), window.startPage());
}

TEST_F(MainWindowTest, TheNextWindowKeepsTheRoomThePainQuestionTookWithoutMeasuringIt)
{
    window.show();
    QApplication::processEvents();
    EXPECT_EQ(window.startPage()->findChild<QWidget *>(u"painBefore"_s), nullptr)
        << "not in the first frame of a first start";
    window.startPage()->preparePainQuestion();
    QApplication::processEvents();
    EXPECT_NE(window.startPage()->findChild<QWidget *>(u"painBefore"_s), nullptr)
        << "the first start measures the question after its first frame";
    EXPECT_TRUE(settings.painQuestionRoom(StartPage::painQuestionRoomKey()).has_value());

    MainWindow next(settings);
    next.show();
    QApplication::processEvents();
    EXPECT_EQ(next.startPage()->findChild<QWidget *>(u"painBefore"_s), nullptr);
    next.startPage()->setPainBeforeAsked(true);
    EXPECT_NE(next.startPage()->findChild<QWidget *>(u"painBefore"_s), nullptr);
}

TEST_F(MainWindowTest, KeyboardFocusIsOnStartWhenTheStartPageShows)
{
    window.show();
    window.activateWindow();
    QApplication::processEvents();
    QWidget *start = window.startPage()->findChild<QPushButton *>(u"startButton"_s);
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), start);

    window.navigationAction(Page::Settings)->trigger();
    EXPECT_NE(QApplication::focusWidget(), start);
    window.navigationAction(Page::Start)->trigger();
    EXPECT_EQ(QApplication::focusWidget(), start);
}

TEST_F(MainWindowTest, EachNavigationEntrySwitchesToItsPage)
{
    QList<Page> announced;
    QObject::connect(
        &window, &MainWindow::pageChanged, [&announced](Page page) { announced.append(page); });
    for (const Page page :
        {Page::History, Page::Routines, Page::Print, Page::Settings, Page::Start}) {
        QAction *action = window.navigationAction(page);
        ASSERT_NE(action, nullptr);
        action->trigger();
        EXPECT_EQ(window.currentPage(), page);
        EXPECT_TRUE(action->isChecked());
    }
    EXPECT_EQ(announced,
        (QList<Page> {Page::History, Page::Routines, Page::Print, Page::Settings, Page::Start}));
}

TEST_F(MainWindowTest, NavigationHasCtrlNumberShortcuts)
{
    int number = 1;
    for (const Page page : navigablePages) {
        const QKeySequence expected(Qt::CTRL | Qt::Key(Qt::Key_0 + number));
        EXPECT_EQ(window.navigationAction(page)->shortcut(), expected) << number;
        ++number;
    }
}

TEST_F(MainWindowTest, EveryNavigationControlHasAnAccessibleName)
{
    QToolBar *bar = window.navigationBar();
    ASSERT_NE(bar, nullptr);
    const auto actions = bar->actions();
    ASSERT_EQ(actions.size(), 5);
    for (QAction *action : actions) {
        QWidget *control = bar->widgetForAction(action);
        ASSERT_NE(control, nullptr);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        ASSERT_NE(accessible, nullptr);
        const QString name = accessible->text(QAccessible::Name);
        EXPECT_FALSE(name.isEmpty()) << action->objectName().toStdString();
        EXPECT_FALSE(name.contains(u'&')) << name.toStdString();
        EXPECT_TRUE(control->focusPolicy() != Qt::NoFocus || !action->shortcut().isEmpty())
            << "reachable from the keyboard: " << name.toStdString();
    }
    QAccessibleInterface *barAccessible = QAccessible::queryAccessibleInterface(bar);
    EXPECT_FALSE(barAccessible->text(QAccessible::Name).isEmpty());
}

TEST_F(MainWindowTest, SessionPageReplacesThePlaceholder)
{
    QPointer<QWidget> placeholder = window.pageWidget(Page::Session);
    ASSERT_TRUE(placeholder);
    window.showPage(Page::Session);
    EXPECT_EQ(window.currentPage(), Page::Session);
    for (const Page page : navigablePages)
        EXPECT_FALSE(window.navigationAction(page)->isChecked()) << "no toolbar entry for it";

    auto *session = new QWidget;
    window.setSessionPage(session);
    EXPECT_EQ(window.pageWidget(Page::Session), session);
    EXPECT_EQ(window.currentPage(), Page::Session) << "stays on the session";
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(placeholder);

    window.navigationAction(Page::History)->trigger();
    window.showPage(Page::Session);
    EXPECT_EQ(window.currentPage(), Page::Session);
}

TEST_F(MainWindowTest, APageWithABuilderIsBuiltWhenFirstNeededAndOnce)
{
    int built = 0;
    QPointer<QWidget> print;
    window.setPageBuilder(Page::Print, [&] {
        ++built;
        print = new QWidget;
        return print.data();
    });
    window.showPage(Page::History);
    EXPECT_EQ(built, 0) << "nobody has looked at Print yet";

    window.navigationAction(Page::Print)->trigger();
    EXPECT_EQ(built, 1);
    EXPECT_EQ(window.currentPage(), Page::Print);
    EXPECT_EQ(window.pageWidget(Page::Print), print);
    window.showPage(Page::Start);
    window.showPage(Page::Print);
    EXPECT_EQ(built, 1);

    int settingsBuilt = 0;
    window.setPageBuilder(Page::Settings, [&] {
        ++settingsBuilt;
        return new QWidget;
    });
    EXPECT_TRUE(window.pageWidget(Page::Settings)) << "asking for it builds it too";
    EXPECT_EQ(settingsBuilt, 1);
}

TEST_F(MainWindowTest, APageWithoutOneSaysItIsComingWhenShown)
{
    auto *routines = window.findChild<QWidget *>(u"routinesPlaceholder"_s);
    ASSERT_TRUE(routines);
    EXPECT_TRUE(routines->findChildren<QLabel *>().isEmpty()) << "nothing is built before";
    window.showPage(Page::Routines);
    EXPECT_EQ(window.pageWidget(Page::Routines), routines);
    EXPECT_FALSE(routines->findChildren<QLabel *>().isEmpty());
}

TEST_F(MainWindowTest, StartPageCannotBeReplaced)
{
    auto *other = new QWidget(&window);
    window.setPage(Page::Start, other);
    EXPECT_EQ(window.pageWidget(Page::Start), window.startPage());
}

TEST_F(MainWindowTest, MenusOfferQuitFullScreenSafetyAndAbout)
{
    QAction *quit = window.findChild<QAction *>(u"quitAction"_s);
    ASSERT_NE(quit, nullptr);
    EXPECT_EQ(quit->shortcut(), QKeySequence(QKeySequence::Quit));

    QAction *fullScreen = window.findChild<QAction *>(u"fullScreenAction"_s);
    ASSERT_NE(fullScreen, nullptr);
    EXPECT_EQ(fullScreen->shortcut(), QKeySequence(QKeySequence::FullScreen));
    EXPECT_TRUE(fullScreen->isCheckable());

    EXPECT_NE(window.findChild<QAction *>(u"aboutAction"_s), nullptr);
    QAction *safety = window.findChild<QAction *>(u"safetyNoticeAction"_s);
    ASSERT_NE(safety, nullptr);
    window.show();
    safety->trigger();
    auto *notice = window.findChild<SafetyNotice *>();
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->purpose(), SafetyNotice::Purpose::Reading);
    notice->reject();
}

TEST_F(MainWindowTest, FullScreenTogglesBack)
{
    window.show();
    QAction *fullScreen = window.findChild<QAction *>(u"fullScreenAction"_s);
    fullScreen->trigger();
    EXPECT_TRUE(window.isFullScreen());
    fullScreen->trigger();
    EXPECT_FALSE(window.isFullScreen());
}

TEST_F(MainWindowTest, GeometryIsRememberedForTheNextStart)
{
    window.show();
    window.resize(700, 500);
    QApplication::processEvents();
    window.close();
    EXPECT_FALSE(settings.windowGeometry().isEmpty());

    Settings reopened(dir.path());
    MainWindow next(reopened);
    EXPECT_EQ(next.size(), QSize(700, 500));
}

} // namespace
} // namespace limber

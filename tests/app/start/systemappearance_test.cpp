// The person's own settings win: the keyboard focus can be seen on every
// control, a high-contrast palette keeps its contrast on every page, and a
// larger system font makes every page's text larger without cutting it off.
#include "app/appcontroller.h"
#include "app/history/chartstyle.h"
#include "app/mainwindow.h"
#include "app/session/sessiondriver.h"
#include "app/session/sessionlauncher.h"
#include "app/session/sessionpage.h"
#include "app/start/startpage.h"
#include "tests/support/appstart.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QImage>
#include <QLabel>
#include <QMetaEnum>
#include <QPalette>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

/// White on black with a yellow highlight, as the high-contrast themes of
/// GNOME, KDE and Windows give it.
QPalette highContrastPalette()
{
    QPalette palette;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button,
             QPalette::AlternateBase, QPalette::ToolTipBase})
        palette.setColor(role, black);
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText,
            QPalette::ToolTipText, QPalette::PlaceholderText, QPalette::Light, QPalette::Midlight})
        palette.setColor(role, white);
    palette.setColor(QPalette::Highlight, yellow);
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    palette.setColor(QPalette::Mid, QColor(0xc0, 0xc0, 0xc0));
    palette.setColor(QPalette::Dark, QColor(0xc0, 0xc0, 0xc0));
    palette.setColor(QPalette::Shadow, white);
    // Disabled text stays readable, only less bright.
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xb0, 0xb0, 0xb0));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xb0, 0xb0, 0xb0));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xb0, 0xb0, 0xb0));
    return palette;
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return u"%1 (%2) \"%3\""_s.arg(QString::fromLatin1(widget->metaObject()->className()),
        widget->objectName(), text.left(40));
}

/// The whole program, as a person meets it past the safety notice, made
/// after the test has set the application's palette and font.
class SystemAppearanceTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        controller.reset();
        QApplication::setPalette(QPalette());
        QApplication::setFont(defaultFont);
    }

    void startLimber()
    {
        controller = test::startPastTheSafetyNotice(dir.path());
        ASSERT_TRUE(controller);
        window().show();
        window().activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window()));
    }

    MainWindow &window() const { return controller->window(); }

    /// Every page a person can open, then a running session and its end.
    template<typename Check> void onEveryPage(Check check)
    {
        const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
        for (int i = 0; i < pages.keyCount(); ++i) {
            const auto page = MainWindow::Page(pages.value(i));
            if (page == MainWindow::Page::Session)
                continue;
            window().showPage(page);
            QApplication::processEvents();
            SCOPED_TRACE(pages.key(i));
            check(window().pageWidget(page));
        }
        ASSERT_TRUE(controller->sessions().open(QString()));
        const QDeadlineTimer deadline(20000);
        while (window().currentPage() != MainWindow::Page::Session && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        ASSERT_EQ(window().currentPage(), MainWindow::Page::Session);
        QApplication::processEvents();
        {
            SCOPED_TRACE("Session");
            check(window().pageWidget(MainWindow::Page::Session));
        }
        SessionPage *session = controller->sessions().page();
        while (session->isRunning())
            session->driver()->skip();
        QApplication::processEvents();
        ASSERT_TRUE(session->isShowingSummary());
        SCOPED_TRACE("Session's end");
        check(window().pageWidget(MainWindow::Page::Session));
    }

    /// Every visible text on every page at 7:1 or more against its
    /// background (4.5:1 for a control that cannot be used now).
    void expectHighContrastText()
    {
        onEveryPage([&](QWidget *page) {
            int checked = 0;
            for (QWidget *widget : page->findChildren<QWidget *>()) {
                const bool isText = qobject_cast<QLabel *>(widget)
                    ? !qobject_cast<QLabel *>(widget)->text().isEmpty()
                    : qobject_cast<QAbstractButton *>(widget) != nullptr;
                if (!isText || !widget->isVisible())
                    continue;
                ++checked;
                const QPalette colours = widget->palette();
                const QPalette::ColorGroup group
                    = widget->isEnabled() ? QPalette::Active : QPalette::Disabled;
                const QColor text = colours.color(group, widget->foregroundRole());
                const QColor background = colours.color(group, widget->backgroundRole());
                // 7:1 is what WCAG asks of text for people with low vision; a
                // control that cannot be used now may be dimmer, never unreadable.
                EXPECT_GE(contrastRatio(text, background), widget->isEnabled() ? 7.0 : 4.5)
                    << describe(widget).toStdString() << ": " << text.name().toStdString() << " on "
                    << background.name().toStdString();
            }
            EXPECT_GE(checked, 2) << "the check reached the page's text";
        });
    }

    /// With the system font \a factor times larger, on a \a screen: every
    /// page fits, and its words are larger and whole.
    void expectLargerFontCutsNothingOff(double factor, QSize screen)
    {
        QFont large = defaultFont;
        large.setPointSizeF(defaultFont.pointSizeF() * factor);
        QApplication::setFont(large);
        startLimber();
        window().resize(screen);
        onEveryPage([&](QWidget *page) {
            const QSize wanted = window().minimumSizeHint().expandedTo(window().minimumSize());
            EXPECT_LE(wanted.width(), screen.width()) << "the window fits the screen";
            EXPECT_LE(wanted.height(), screen.height()) << "the window fits the screen";
            int checked = 0;
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty() || label->wordWrap())
                    continue;
                ++checked;
                EXPECT_GE(label->font().pointSizeF(), large.pointSizeF() - 0.01)
                    << describe(label).toStdString() << " follows the system font";
                EXPECT_GE(label->width(), label->minimumSizeHint().width())
                    << describe(label).toStdString() << " is cut off";
            }
            for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
                if (!button->isVisible() || button->text().isEmpty())
                    continue;
                ++checked;
                EXPECT_GE(button->width(), button->minimumSizeHint().width())
                    << describe(button).toStdString() << " is cut off";
            }
            EXPECT_GE(checked, 2) << "the check reached the page's text";
        });
    }

    QTemporaryDir dir;
    std::unique_ptr<AppController> controller;
    const QFont defaultFont = QApplication::font();
};

TEST_F(SystemAppearanceTest, EveryControlShowsWhenItHasTheFocus)
{
    startLimber();
    onEveryPage([&](QWidget *page) {
        // Walked with the Tab key, as a person does: Qt shows focus frames
        // only once the keyboard has moved the focus.
        QSet<QWidget *> seen;
        int reached = 0;
        for (int step = 0; step < 60; ++step) {
            QWidget *focused = QApplication::focusWidget();
            ASSERT_NE(focused, nullptr) << "the focus went nowhere";
            if (seen.contains(focused))
                break; // round the whole chain
            seen.insert(focused);
            const QImage withFocus = focused->grab().toImage();
            QTest::keyClick(focused, Qt::Key_Tab);
            QApplication::processEvents();
            EXPECT_TRUE(focused->isVisible());
            if (focused == page)
                continue; // the page itself holds the focus until Tab moves it in
            if (page->isAncestorOf(focused))
                ++reached;
            if (QApplication::focusWidget() == focused)
                break; // the only control there is
            EXPECT_NE(withFocus, focused->grab().toImage())
                << describe(focused).toStdString() << " looks the same with and without the focus";
        }
        EXPECT_GE(reached, 1) << "Tab reaches the page's controls";
    });
}

TEST_F(SystemAppearanceTest, AHighContrastPaletteKeepsEveryTextReadable)
{
    QApplication::setPalette(highContrastPalette());
    startLimber();
    expectHighContrastText();
}

TEST_F(SystemAppearanceTest, AHighContrastThemeChosenWhileLimberRunsReachesEveryPage)
{
    startLimber();
    QApplication::setPalette(highContrastPalette());
    QApplication::processEvents();
    expectHighContrastText();
}

TEST_F(SystemAppearanceTest, AQuarterLargerFontOnALaptopCutsNothingOff)
{
    // GNOME's "Large Text"; a 1366×768 laptop less a panel.
    expectLargerFontCutsNothingOff(1.25, QSize(1366, 768 - 32));
}

TEST_F(SystemAppearanceTest, AHalfLargerFontOnADesktopScreenCutsNothingOff)
{
    expectLargerFontCutsNothingOff(1.5, QSize(1920, 1080 - 32));
}

TEST_F(SystemAppearanceTest, ALargerSystemFontKeepsStartInView)
{
    QFont large = defaultFont;
    large.setPointSizeF(defaultFont.pointSizeF() * 1.25);
    QApplication::setFont(large);
    startLimber();
    // A wide laptop screen with a panel at the side and a dock below.
    window().resize(1366, 600);
    window().showPage(MainWindow::Page::Start);
    QApplication::processEvents();
    auto *start = window().startPage()->findChild<QPushButton *>(u"startButton"_s);
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(start->visibleRegion().boundingRect(), start->rect())
        << "Start is scrolled out of the window";
}

} // namespace
} // namespace limber

#include "app/appcontroller.h"
#include "app/help/aboutdialog.h"
#include "app/help/guidedialog.h"
#include "app/help/helpmenu.h"
#include "app/help/shortcutlist.h"
#include "app/help/shortcutswindow.h"
#include "app/mainwindow.h"
#include "app/settings/settings.h"
#include "app/start/safetynotice.h"
#include "tests/support/appstart.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

TEST(AboutDialogTest, SaysVersionQtDataFolderLicenceAndNoWarranty)
{
    QTemporaryDir dir;
    QList<QUrl> opened;
    AboutDialog about(dir.path(), nullptr, [&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    const QString text = about.text();
    EXPECT_TRUE(text.contains(QStringLiteral(LIMBER_VERSION))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion()))) << "the Qt it runs on";
    EXPECT_TRUE(text.contains(u"GNU General Public License, version 3 or"_s)) << "as in LICENSE";
    EXPECT_TRUE(text.contains(u"gnu.org/licenses/gpl-3.0"_s)) << "a link to the licence";
    EXPECT_TRUE(text.contains(u"no warranty"_s));

    auto *folder = about.findChild<QLabel *>(u"aboutDataFolder"_s);
    ASSERT_NE(folder, nullptr);
    EXPECT_EQ(folder->text(), QDir::toNativeSeparators(dir.path()));
    EXPECT_TRUE(folder->textInteractionFlags() & Qt::TextSelectableByMouse) << "it can be copied";

    auto *open = about.findChild<QPushButton *>(u"openDataFolderButton"_s);
    ASSERT_NE(open, nullptr);
    about.show();
    open->click();
    EXPECT_EQ(opened, QList<QUrl> {QUrl::fromLocalFile(dir.path())});
    EXPECT_FALSE(about.findChild<QLabel *>(u"aboutFolderProblem"_s)->isVisible());
}

TEST(AboutDialogTest, SaysSoWhenTheFolderCannotBeOpened)
{
    AboutDialog about(u"/nowhere"_s, nullptr, [](const QUrl &) { return false; });
    about.show();
    about.findChild<QPushButton *>(u"openDataFolderButton"_s)->click();
    EXPECT_TRUE(about.findChild<QLabel *>(u"aboutFolderProblem"_s)->isVisible());
}

class HelpMenuTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    Settings settings {dir.path()};
    MainWindow window {settings};
    HelpMenu &help() { return *window.helpMenu(); }
};

TEST_F(HelpMenuTest, GuideAndShortcutsOpenOnceFromTheMenu)
{
    window.show();
    ASSERT_NE(window.helpMenu(), nullptr);
    EXPECT_EQ(help().guideAction()->shortcut(), QKeySequence(Qt::Key_F1));
    EXPECT_TRUE(help().shortcutsAction()->shortcuts().contains(QKeySequence(u"Ctrl+/"_s)));
    EXPECT_TRUE(help().shortcutsAction()->shortcuts().contains(QKeySequence(u"Ctrl+?"_s)));

    help().guideAction()->trigger();
    auto *guide = window.findChild<GuideDialog *>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    EXPECT_TRUE(guide->browser()->toPlainText().contains(u"Start"_s));
    help().guideAction()->trigger();
    EXPECT_EQ(window.findChildren<GuideDialog *>().size(), 1)
        << "brought forward, not opened twice";

    help().shortcutsAction()->trigger();
    auto *shortcuts = window.findChild<ShortcutsWindow *>();
    ASSERT_NE(shortcuts, nullptr);
    EXPECT_TRUE(shortcuts->isVisible());
    EXPECT_EQ(shortcuts->list()->topLevelItemCount(), applicationShortcuts().size());
    EXPECT_NE(window.findChild<QAction *>(u"safetyNoticeAction"_s), nullptr);
}

TEST_F(HelpMenuTest, F1IsTheGuideExceptWhereItIsAboutTheExercise)
{
    window.showPage(MainWindow::Page::Session);
    EXPECT_TRUE(help().guideAction()->shortcut().isEmpty()) << "F1 in a session shows the exercise";
    window.showPage(MainWindow::Page::Routines);
    EXPECT_TRUE(help().guideAction()->shortcut().isEmpty()) << "the routine editor's F1";
    window.showPage(MainWindow::Page::History);
    EXPECT_EQ(help().guideAction()->shortcut(), QKeySequence(Qt::Key_F1));
    window.showPage(MainWindow::Page::Start);
    EXPECT_EQ(help().guideAction()->shortcut(), QKeySequence(Qt::Key_F1));
}

TEST(ShortcutListTest, EveryShortcutTheProgramHasIsListed)
{
    QTemporaryDir dir;
    {
        Settings settings(dir.path());
        settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
    }
    CommandLineOptions options;
    options.dataDir = dir.path();
    AppController controller(options, dir.path());
    ASSERT_TRUE(test::startAndWait(controller));

    QList<QKeySequence> listed;
    for (const ShortcutGroup &group : applicationShortcuts()) {
        for (const ShortcutEntry &entry : group.entries) {
            EXPECT_FALSE(keysText(entry).isEmpty()) << entry.description.toStdString();
            listed.append(entry.keys);
        }
    }
    int checked = 0;
    for (const QAction *action : controller.window().findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            ++checked;
            EXPECT_TRUE(listed.contains(key))
                << qPrintable(key.toString()) << " of " << qPrintable(action->objectName()) << " "
                << qPrintable(action->text());
        }
    }
    EXPECT_GT(checked, 20) << "the session's, the routines' and the menus' keys were found";
}

} // namespace
} // namespace limber

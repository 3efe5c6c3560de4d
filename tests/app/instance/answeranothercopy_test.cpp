// What the running copy does when a second `limber` asks it for something:
// come forward, start the routine as --start would, and never interrupt a
// session that is open.
#include "app/appcontroller.h"
#include "app/mainwindow.h"
#include "app/session/routinerequest.h"
#include "app/session/sessionlauncher.h"
#include "app/session/sessionpage.h"
#include "app/settings/settings.h"
#include "app/start/safetynotice.h"
#include "tests/support/appstart.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

class AnswerAnotherCopyTest : public ::testing::Test
{
protected:
    /// The program as a plain `limber` runs it, its window up.
    std::unique_ptr<AppController> started(bool noticeAccepted = true)
    {
        if (noticeAccepted) {
            Settings settings(dir.path());
            settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
        }
        CommandLineOptions options;
        options.dataDir = dir.path();
        auto controller = std::make_unique<AppController>(options, dir.path());
        watch(*controller);
        EXPECT_TRUE(test::startAndWait(*controller));
        return controller;
    }

    void watch(AppController &controller)
    {
        QObject::connect(&controller.sessions(), &SessionLauncher::sessionOpened,
            [this](const QString &id) { opened.append(id); });
    }

    bool waitForSession(AppController &controller)
    {
        // The sound side gets the session ready first; that may take a moment.
        return QTest::qWaitFor(
            [&] { return controller.window().currentPage() == MainWindow::Page::Session; }, 20000);
    }

    QTemporaryDir dir;
    QStringList opened;
};

TEST_F(AnswerAnotherCopyTest, PlainSecondStartStartsNothing)
{
    auto controller = started();
    controller->answerAnotherCopy({});
    QApplication::processEvents();
    EXPECT_TRUE(controller->window().isVisible());
    EXPECT_EQ(controller->window().currentPage(), MainWindow::Page::Start);
    EXPECT_TRUE(opened.isEmpty());
}

TEST_F(AnswerAnotherCopyTest, StartsTheRoutineAskedFor)
{
    auto controller = started();
    controller->answerAnotherCopy({true, u"desk-break"_s});
    ASSERT_TRUE(waitForSession(*controller));
    EXPECT_EQ(opened, QStringList {u"desk-break"_s});
    EXPECT_TRUE(controller->window().windowTitle().startsWith(u"Desk break"_s));
}

TEST_F(AnswerAnotherCopyTest, AnOpenSessionIsNeverInterrupted)
{
    auto controller = started();
    controller->answerAnotherCopy({true, u"desk-break"_s});
    ASSERT_TRUE(waitForSession(*controller));
    ASSERT_TRUE(controller->sessions().page()->isRunning());

    controller->answerAnotherCopy({true, u"gentle-floor"_s});
    QApplication::processEvents();
    EXPECT_EQ(controller->window().statusBar()->currentMessage(),
        u"A session is already running; finish or stop it to start another."_s);
    EXPECT_EQ(opened, QStringList {u"desk-break"_s});
    EXPECT_TRUE(controller->sessions().page()->isRunning());
    EXPECT_TRUE(controller->window().windowTitle().startsWith(u"Desk break"_s));
}

TEST_F(AnswerAnotherCopyTest, UnknownRoutineIsShownInTheWindow)
{
    auto controller = started();
    controller->answerAnotherCopy({true, u"no-such-routine"_s});
    QApplication::processEvents();
    auto *dialog = controller->window().findChild<QMessageBox *>(u"routineNotFound"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    // The same words `limber --start no-such-routine` says at launch.
    EXPECT_EQ(dialog->text(),
        explainRoutineProblem(controller->sessions().library(), u"no-such-routine"_s).text);
    EXPECT_TRUE(dialog->text().contains(u"no-such-routine"_s));
    EXPECT_EQ(controller->window().currentPage(), MainWindow::Page::Start);
    EXPECT_TRUE(opened.isEmpty());
}

TEST_F(AnswerAnotherCopyTest, BadRoutineFileIsShownInTheWindow)
{
    const QString path = dir.filePath(u"broken.json"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{ not a routine");
    }
    auto controller = started();
    controller->answerAnotherCopy({true, path});
    QApplication::processEvents();
    auto *dialog = controller->window().findChild<QMessageBox *>(u"routineNotFound"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->text().contains(u"broken.json"_s)) << dialog->text().toStdString();
    EXPECT_TRUE(dialog->detailedText().contains(path)) << "the file and line at fault";
    EXPECT_TRUE(opened.isEmpty());
}

TEST_F(AnswerAnotherCopyTest, RequestBeforeTheWindowIsUpWaitsForIt)
{
    {
        Settings settings(dir.path());
        settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
    }
    CommandLineOptions options;
    options.dataDir = dir.path();
    AppController controller(options, dir.path());
    watch(controller);
    controller.answerAnotherCopy({true, u"desk-break"_s});
    EXPECT_TRUE(opened.isEmpty()) << "not before the history is open";

    ASSERT_TRUE(test::startAndWait(controller));
    ASSERT_TRUE(waitForSession(controller));
    EXPECT_EQ(opened, QStringList {u"desk-break"_s});
}

TEST_F(AnswerAnotherCopyTest, FirstRunNoticeComesFirst)
{
    auto controller = started(false);
    auto *notice = controller->window().findChild<SafetyNotice *>();
    ASSERT_NE(notice, nullptr);
    ASSERT_TRUE(notice->isVisible());

    controller->answerAnotherCopy({true, u"desk-break"_s});
    QApplication::processEvents();
    EXPECT_TRUE(opened.isEmpty()) << "no session before the notice is accepted";

    notice->findChild<QPushButton *>(u"acceptSafetyNotice"_s)->click();
    ASSERT_TRUE(waitForSession(*controller));
    EXPECT_EQ(opened, QStringList {u"desk-break"_s});
}

} // namespace
} // namespace limber

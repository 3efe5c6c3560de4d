#include "app/appcontroller.h"
#include "app/audio/cueplayer.h"
#include "app/help/aboutdialog.h"
#include "app/help/helpmenu.h"
#include "app/mainwindow.h"
#include "app/recording/historycontroller.h"
#include "app/recording/sessionrecorder.h"
#include "app/selfreport/choicescale.h"
#include "app/selfreport/selfreportpanel.h"
#include "app/session/sessiondriver.h"
#include "app/session/sessionlauncher.h"
#include "app/session/sessionpage.h"
#include "app/session/sessionsummaryview.h"
#include "app/settings/settings.h"
#include "app/settings/settingspage.h"
#include "app/start/safetynotice.h"
#include "app/start/startpage.h"
#include "core/history/historystore.h"
#include "tests/support/appstart.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <sqlite3.h>

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

    /// The app as `limber --start` runs it, past the safety notice, with its
    /// session page on screen and the keyboard.
    std::unique_ptr<AppController> startedSession(bool fromCommandLine)
    {
        {
            Settings settings(dir.path());
            settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
        }
        CommandLineOptions chosen = options();
        chosen.startSession = fromCommandLine;
        auto controller = std::make_unique<AppController>(chosen, dir.path());
        started = controller.get();
        EXPECT_TRUE(test::startAndWait(*controller));
        if (!fromCommandLine) {
            if (painOnStartPage)
                startPageQuestion(*controller)->setValue(*painOnStartPage);
            controller->window().startPage()->findChild<QPushButton *>(u"startButton"_s)->click();
        }
        // The sound side gets the session ready first; that may take a moment.
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return controller->window().currentPage() == MainWindow::Page::Session; },
            20000));
        controller->window().activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&controller->window()));
        return controller;
    }
    static ChoiceScale *startPageQuestion(AppController &controller)
    {
        return controller.window().startPage()->findChild<ChoiceScale *>(u"painBefore"_s);
    }
    static ChoiceScale *sessionQuestion(AppController &controller)
    {
        return controller.sessions().page()->findChild<ChoiceScale *>(u"sessionPainBefore"_s);
    }
    /// pain_before of the last session, read from the file ("NULL" when unset).
    QString painBeforeStored() const { return lastSession("coalesce(pain_before, 'NULL')"); }
    /// \a column of the last session, read from the file with sqlite3 itself
    /// once the writes handed over so far are in it.
    QString lastSession(const char *column) const
    {
        if (started && started->history().recorder())
            started->history().recorder()->waitForWrites();
        sqlite3 *db = nullptr;
        QString result;
        sqlite3_open_v2(
            dir.filePath(u"history.db"_s).toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql
            = "SELECT " + QByteArray(column) + " FROM sessions ORDER BY id DESC LIMIT 1";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            result = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return result;
    }

    QTemporaryDir dir;
    std::optional<int> painOnStartPage;
    AppController *started = nullptr; ///< the one startedSession() made
};

TEST_F(AppControllerTest, KeepsSettingsInTheChosenDataFolder)
{
    AppController controller(options(), dir.path());
    EXPECT_TRUE(controller.settings().location().startsWith(dir.path()));
}

TEST_F(AppControllerTest, FirstRunShowsTheSafetyNoticeOverTheWindow)
{
    AppController controller(options(), dir.path());
    ASSERT_TRUE(test::startAndWait(controller));
    EXPECT_TRUE(controller.window().isVisible());
    auto *notice = controller.window().findChild<SafetyNotice *>();
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    notice->findChild<QPushButton *>(u"acceptSafetyNotice"_s)->click();
    EXPECT_EQ(controller.settings().acceptedSafetyNoticeVersion(), SafetyNotice::currentVersion);
}

TEST_F(AppControllerTest, SettingsThatCannotBeSavedAreExplainedOnce)
{
    // A folder where the settings file should be: nothing can be written there.
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"settings.ini"_s));
    AppController controller(options(), dir.path());
    ASSERT_TRUE(test::startAndWait(controller));
    auto *notice = controller.window().findChild<SafetyNotice *>();
    ASSERT_NE(notice, nullptr);
    notice->findChild<QPushButton *>(u"acceptSafetyNotice"_s)->click();
    QApplication::processEvents();

    auto *problem = controller.window().findChild<QMessageBox *>(u"settingsProblem"_s);
    ASSERT_NE(problem, nullptr) << "the person is told the notice will come back";
    EXPECT_TRUE(problem->isVisible());
    const QString where = QDir::toNativeSeparators(dir.filePath(u"settings.ini"_s));
    EXPECT_TRUE(problem->text().contains(where)) << problem->text().toStdString();
    EXPECT_TRUE(controller.window().statusBar()->currentMessage().contains(where));

    // Later saves fail the same way: the status bar says so, no second box.
    controller.settings().setTodayRoutineId(u"another"_s);
    controller.settings().save();
    EXPECT_EQ(controller.window().findChildren<QMessageBox *>(u"settingsProblem"_s).size(), 1);
}

TEST_F(AppControllerTest, LaterRunsGoStraightToTheStartPage)
{
    {
        Settings settings(dir.path());
        settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
    }
    AppController controller(options(), dir.path());
    ASSERT_TRUE(test::startAndWait(controller));
    EXPECT_EQ(controller.window().findChild<SafetyNotice *>(), nullptr);
    EXPECT_EQ(controller.window().currentPage(), MainWindow::Page::Start);
}

TEST_F(AppControllerTest, TheStartPagesPainKeysWorkWhereverTheFocusIs)
{
    {
        Settings settings(dir.path());
        settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
    }
    AppController controller(options(), dir.path());
    ASSERT_TRUE(test::startAndWait(controller));
    controller.window().show();
    controller.window().activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&controller.window()));
    QApplication::processEvents(); // a widget added to a shown layout shows itself queued
    ASSERT_TRUE(startPageQuestion(controller)->isVisible());
    auto *start = controller.window().startPage()->findChild<QPushButton *>(u"startButton"_s);
    ASSERT_NE(start, nullptr);
    start->setFocus();
    ASSERT_TRUE(start->hasFocus());

    QTest::keyClick(start, Qt::Key_3);
    EXPECT_EQ(startPageQuestion(controller)->value(), 3);
    QTest::keyClick(start, Qt::Key_T);
    EXPECT_EQ(startPageQuestion(controller)->value(), 10);
    EXPECT_TRUE(start->hasFocus()) << "a pain key leaves the focus where it was";
}

TEST_F(AppControllerTest, AHistoryANewerLimberWroteIsNotAskedPainItCannotKeep)
{
    {
        Settings settings(dir.path());
        settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
        const ManualClock clock;
        StoreOptions store;
        store.dataDir = dir.path();
        ASSERT_TRUE(HistoryStore::open(store, clock).ok());
    }
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(dir.filePath(u"history.db"_s).toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    AppController controller(options(), dir.path());
    ASSERT_TRUE(test::startAndWait(controller));
    ASSERT_NE(controller.history().store(), nullptr);
    ASSERT_TRUE(controller.history().store()->isReadOnly()) << "shown, never written";
    EXPECT_FALSE(startPageQuestion(controller)->isVisibleTo(&controller.window()))
        << "nothing is recorded, so pain before is not asked";
}

TEST_F(AppControllerTest, AHistoryThatCannotBeOpenedIsExplainedOnTheHistoryPage)
{
    {
        Settings settings(dir.path());
        settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
    }
    // A folder where the history file belongs: SQLite cannot open it.
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"history.db"_s));

    AppController controller(options(), dir.path());
    ASSERT_TRUE(test::startAndWait(controller));
    ASSERT_EQ(controller.history().store(), nullptr);
    MainWindow &window = controller.window();
    window.navigationAction(MainWindow::Page::History)->trigger();
    QWidget *page = window.pageWidget(MainWindow::Page::History);
    ASSERT_TRUE(page);
    EXPECT_EQ(page->objectName(), u"historyUnavailable"_s);
    QStringList texts;
    for (const QLabel *label : page->findChildren<QLabel *>())
        texts.append(label->text());
    const QString shown = texts.join(u'\n');
    EXPECT_FALSE(shown.contains(u"Coming soon"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"history.db"_s))
        << "the reason, naming the file: " << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"nothing is recorded"_s)) << shown.toStdString();
}

TEST_F(AppControllerTest, AnUnknownRoutineIsExplainedAndLimberStaysOnItsStartPage)
{
    {
        Settings settings(dir.path());
        settings.setAcceptedSafetyNoticeVersion(SafetyNotice::currentVersion);
    }
    CommandLineOptions chosen = options();
    chosen.startSession = true;
    chosen.routine = dir.filePath(u"missing.json"_s);
    AppController controller(chosen, dir.path());
    bool quit = false;
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, [&quit] { quit = true; });
    ASSERT_TRUE(test::startAndWait(controller));

    auto *dialog = controller.window().findChild<QMessageBox *>(u"routineNotFound"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->windowTitle(), u"Limber: No such file"_s);
    EXPECT_TRUE(dialog->text().contains(chosen.routine));
    EXPECT_TRUE(dialog->informativeText().contains(u"stays open"_s));
    EXPECT_EQ(dialog->standardButtons(), QMessageBox::Ok) << "one answer: it stays open";
    EXPECT_TRUE(dialog->detailedText().contains(u"daily-hip-stretch"_s)) << "what there is";
    dialog->button(QMessageBox::Ok)->click();
    QApplication::processEvents();
    EXPECT_FALSE(quit) << "closing the message does not end Limber";
    EXPECT_TRUE(controller.window().isVisible());
    EXPECT_EQ(controller.window().currentPage(), MainWindow::Page::Start);
}

TEST_F(AppControllerTest, AnUnknownRoutineAtFirstRunIsExplainedAfterTheSafetyNotice)
{
    CommandLineOptions chosen = options();
    chosen.startSession = true;
    chosen.routine = u"no-such-routine"_s;
    AppController controller(chosen, dir.path());
    ASSERT_TRUE(test::startAndWait(controller));
    auto *notice = controller.window().findChild<SafetyNotice *>();
    ASSERT_NE(notice, nullptr);
    EXPECT_EQ(controller.window().findChild<QMessageBox *>(u"routineNotFound"_s), nullptr);
    notice->findChild<QPushButton *>(u"acceptSafetyNotice"_s)->click();
    QApplication::processEvents();
    auto *dialog = controller.window().findChild<QMessageBox *>(u"routineNotFound"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), u"Limber: Unknown routine"_s);
    EXPECT_TRUE(dialog->detailedText().contains(u"daily-hip-stretch"_s));
}

TEST_F(AppControllerTest, AboutShowsTheDataFolder)
{
    AppController controller(options(), dir.path());
    controller.window().findChild<QAction *>(u"aboutAction"_s)->trigger();
    auto *about = controller.window().findChild<AboutDialog *>();
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->isVisible());
    EXPECT_EQ(about->findChild<QLabel *>(u"aboutDataFolder"_s)->text(),
        QDir::toNativeSeparators(dir.path()));
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

TEST_F(AppControllerTest, OnlyTheStartPageIsBuiltBeforeTheFirstFrame)
{
    // Pages nobody has opened yet must not slow the first frame down, nor
    // the desktop's parts that are not in it (the icon, tray, notifications).
    QApplication::setWindowIcon(QIcon());
    AppController controller(options(), dir.path());
    MainWindow &window = controller.window();
    EXPECT_FALSE(window.findChild<SettingsPage *>());
    EXPECT_FALSE(window.findChild<SessionPage *>());
    EXPECT_TRUE(window.findChild<QWidget *>(u"routinesPlaceholder"_s));
    EXPECT_TRUE(window.findChild<QWidget *>(u"printPlaceholder"_s));
    EXPECT_TRUE(QApplication::windowIcon().isNull());
    auto *title = window.startPage()->findChild<QLabel *>(u"routineTitle"_s);
    ASSERT_TRUE(title);
    EXPECT_FALSE(title->textInteractionFlags() & Qt::TextSelectableByMouse);
    EXPECT_FALSE(startPageQuestion(controller)) << "a first start: no room for it remembered";
    ASSERT_TRUE(test::startAndWait(controller));
    EXPECT_FALSE(QApplication::windowIcon().isNull()) << "set once the first frame is shown";
    EXPECT_TRUE(title->textInteractionFlags() & Qt::TextSelectableByMouse) << "the same";
    EXPECT_TRUE(startPageQuestion(controller)) << "the same";
    EXPECT_TRUE(controller.settings().painQuestionRoom(StartPage::painQuestionRoomKey()))
        << "its room, for the next start's first frame";

    // Opened later, each is whole: the voices the player found are offered.
    window.navigationAction(MainWindow::Page::Settings)->trigger();
    auto *settings = qobject_cast<SettingsPage *>(window.pageWidget(MainWindow::Page::Settings));
    ASSERT_TRUE(settings);
    EXPECT_TRUE(settings->isVisible());
    auto *voices = settings->findChild<QComboBox *>(u"voiceCombo"_s);
    ASSERT_TRUE(voices);
    EXPECT_EQ(voices->count(), 1 + controller.cuePlayer().voiceNames().size())
        << "the automatic choice, then each voice the engine has";
    for (const MainWindow::Page page : {MainWindow::Page::Routines, MainWindow::Page::Print}) {
        window.navigationAction(page)->trigger();
        EXPECT_EQ(window.currentPage(), page);
        EXPECT_FALSE(window.pageWidget(page)->objectName().endsWith(u"Placeholder"_s))
            << window.pageWidget(page)->objectName().toStdString();
    }
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(window.findChild<QWidget *>(u"routinesPlaceholder"_s)) << "replaced";
}

/// Records every window shown, and whether a native window was made for it.
class ShownWindows : public QObject
{
public:
    ShownWindows() { QApplication::instance()->installEventFilter(this); }
    ~ShownWindows() override { QApplication::instance()->removeEventFilter(this); }

    QStringList names;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->isWindow())
            names.append(QString::fromLatin1(watched->metaObject()->className()));
        return false;
    }
};

TEST_F(AppControllerTest, NoWindowIsShownWhileTheWindowIsBuilt)
{
    // A window of its own, shown for a moment while a part is put together
    // (a panel made without a parent, then placed): the desktop may flash
    // it, and the X server's round trip comes before the first frame.
    const ShownWindows shown;
    AppController controller(options(), dir.path());
    EXPECT_EQ(shown.names.join(u", "_s).toStdString(), "");
    EXPECT_FALSE(controller.window().isVisible());
}

TEST_F(AppControllerTest, AudioNoticeIsShownOncePerReason)
{
    AppController controller(options(), dir.path());
    ASSERT_TRUE(test::startAndWait(controller));
    const QString remembered = controller.settings().audioNoticeShown();
    if (controller.cuePlayer().tonesAvailable() && controller.cuePlayer().voiceAvailable()) {
        EXPECT_TRUE(remembered.isEmpty());
        return;
    }
    // This machine lacks sound or speech: the reason was shown and remembered.
    EXPECT_FALSE(remembered.isEmpty());
}

TEST_F(AppControllerTest, StartFromTheCommandLineAsksPainOnTheSessionsFirstScreen)
{
    auto controller = startedSession(true);
    ASSERT_NE(controller->history().store(), nullptr);
    ChoiceScale *question = sessionQuestion(*controller);
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(question->isVisible());
    EXPECT_EQ(painBeforeStored(), u"NULL"_s);

    // One key, wherever the focus is; stored as the start page's answer is.
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_6);
    EXPECT_EQ(question->value(), 6);
    EXPECT_EQ(painBeforeStored(), u"6"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T);
    EXPECT_EQ(painBeforeStored(), u"10"_s);
    EXPECT_TRUE(controller->sessions().page()->isRunning()) << "the session went on";
}

TEST_F(AppControllerTest, AnAnswerOnTheStartPageIsStoredAndNotAskedAgain)
{
    painOnStartPage = 4;
    auto controller = startedSession(false);
    EXPECT_EQ(painBeforeStored(), u"4"_s);
    ChoiceScale *question = sessionQuestion(*controller);
    ASSERT_NE(question, nullptr);
    EXPECT_FALSE(question->isVisible());
    EXPECT_FALSE(controller->sessions().page()->isAskingPainBefore());
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
    EXPECT_EQ(painBeforeStored(), u"4"_s) << "a digit in the session changes nothing";
    EXPECT_FALSE(startPageQuestion(*controller)->value().has_value()) << "ready for the next one";
}

TEST_F(AppControllerTest, StartWithoutAnAnswerOnTheStartPageAsksInTheSession)
{
    auto controller = startedSession(false);
    ChoiceScale *question = sessionQuestion(*controller);
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(question->isVisible());
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0);
    EXPECT_EQ(painBeforeStored(), u"0"_s);
}

TEST_F(AppControllerTest, TheEndScreensAnswersAreStoredAndReachIsNotAskedAfterSkipping)
{
    auto controller = startedSession(true);
    SessionPage *page = controller->sessions().page();
    while (page->isRunning())
        page->driver()->skip();
    QApplication::processEvents();
    ASSERT_TRUE(page->isShowingSummary());
    SelfReportPanel *reports = page->summaryView()->selfReports();
    EXPECT_TRUE(reports->isVisible()) << "a history keeps the answers";
    EXPECT_EQ(reports->reachScale(), nullptr) << "no stretch held to its end";

    ASSERT_NE(QApplication::focusWidget(), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
    EXPECT_EQ(lastSession("pain_after"), u"3"_s);
    reports->noteField()->setText(u"  a busy morning "_s);
    Q_EMIT reports->noteField()->editingFinished();
    EXPECT_EQ(lastSession("note"), u"a busy morning"_s);
}

} // namespace
} // namespace limber

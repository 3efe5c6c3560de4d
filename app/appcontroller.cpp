#include "app/appcontroller.h"

#include "app/audio/cueplayer.h"
#include "app/help/helpmenu.h"
#include "app/history/historypage.h"
#include "app/mainwindow.h"
#include "app/print/printpage.h"
#include "app/print/sheetprinter.h"
#include "app/progression/progresscontroller.h"
#include "app/recording/historycontroller.h"
#include "app/reminders/reminderhub.h"
#include "app/routines/routinecontroller.h"
#include "app/session/sessionlauncher.h"
#include "app/settings/settings.h"
#include "app/settings/settingspage.h"
#include "app/start/safetynotice.h"
#include "app/start/startpage.h"
#include "app/window/firstpaint.h"

#include <QAction>
#include <QApplication>
#include <QDebug>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr int audioNoticeMilliseconds = 20000;
/// How long start() waits for the window's first frame before going on.
constexpr int firstPaintPatienceMs = 1000;

} // namespace

AppController::AppController(CommandLineOptions options, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_dataDir(std::move(dataDir))
    // Settings go beside the data only when the person chose the folder.
    , m_settings(std::make_unique<Settings>(m_options.dataDir.isEmpty() ? QString() : m_dataDir))
    // Started before the window, which does not need it, and collected after:
    // the two take about as long, and the machine has a second core.
    , m_libraryLoading(
          std::async(std::launch::async, &SessionLauncher::contentLibraryFor, m_dataDir))
    , m_player(std::make_unique<CuePlayer>(m_clock))
    , m_window(std::make_unique<MainWindow>(*m_settings))
{
    m_window->helpMenu()->setDataFolder(m_dataDir);
    applySettingsToPlayer();
    connect(m_settings.get(), &Settings::changed, this, &AppController::applySettingsToPlayer);
    connect(m_player.get(), &CuePlayer::audioUnavailable, this, &AppController::showAudioNotice);
    connect(m_settings.get(), &Settings::saveFailed, this, &AppController::showSettingsProblem);

    // Pages that are not shown first are built when first shown.
    m_window->setPageBuilder(MainWindow::Page::Settings, [this] { return buildSettingsPage(); });

    m_sessions = std::make_unique<SessionLauncher>(
        *m_window, *m_settings, m_clock, m_player.get(), m_libraryLoading.get());
    m_history = std::make_unique<HistoryController>(*m_window, *m_sessions, m_dataDir);
    m_routines = std::make_unique<RoutineController>(*m_window, *m_sessions, *m_settings);
    m_progress
        = std::make_unique<ProgressController>(*m_window, *m_sessions, *m_routines, m_wallClock);
    addPrintActions();
    m_reminderHub = std::make_unique<ReminderHub>(
        *m_window, *m_sessions, *m_settings, m_wallClock, [this] { bringToFront(); });
}

void AppController::setKeepRunningInTray(std::function<bool()> keepRunning)
{
    m_reminderHub->setKeepRunningInTray(std::move(keepRunning));
}

ReminderPresenter &AppController::reminders() const
{
    return m_reminderHub->presenter();
}

TrayIcon *AppController::trayIcon() const
{
    return m_reminderHub->trayIcon();
}

void AppController::addPrintActions()
{
    m_sheetPrinter = std::make_unique<SheetPrinter>(m_sessions->library());
    // The sheet shows the routine at the person's hold targets.
    m_sheetPrinter->setRoutineSource(
        [this](const QString &routineId) { return m_sessions->findRoutine(routineId); });
    auto *print = new QAction(tr("&Print Routine Sheet…"), this);
    print->setObjectName(u"printSheetAction"_s);
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this,
        [this] { m_sheetPrinter->openPrintPreview(m_window.get()); });
    auto *pdf = new QAction(tr("Export Routine Sheet as P&DF…"), this);
    pdf->setObjectName(u"exportSheetPdfAction"_s);
    connect(pdf, &QAction::triggered, this, [this] { m_sheetPrinter->exportPdf(m_window.get()); });
    m_window->addFileActions({print, pdf});
    m_window->setPageBuilder(MainWindow::Page::Print,
        [this] { return new PrintPage(m_sessions->library(), *m_sheetPrinter); });
}

SettingsPage *AppController::buildSettingsPage()
{
    auto *page = new SettingsPage(*m_settings);
    page->setTestSound(
        [this](SettingsPage::TestSoundDone done) { m_player->playTestSound(std::move(done)); });
    page->setContentLibrary(m_sessions->library());
    if (m_audioStarted)
        showVoicesOn(*page);
    m_settingsPage = page;
    return page;
}

void AppController::showVoicesOn(SettingsPage &page) const
{
    page.setVoiceNames(m_player->voiceNames());
    page.setVoiceAvailable(m_player->voiceAvailable(), m_player->voiceProblem());
}

void AppController::bringToFront()
{
    // Hidden in the tray or minimised: show() alone would bring back a
    // window that was minimised before it was hidden still minimised.
    if (m_window->isMinimized())
        m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (m_audioDeferred) {
        m_audioDeferred = false;
        startAudio();
    }
}

void AppController::answerAnotherCopy(const InstanceRequest &request)
{
    bringToFront();
    if (!request.start)
        return;
    if (m_started)
        m_sessions->startForAnotherCopy(request.routine);
    else
        m_waitingStarts.append(request.routine);
}

AppController::~AppController() = default;

void AppController::start()
{
    // --minimized (as when started with the desktop session) leaves the
    // window hidden when there is a tray, so only the icon shows; else minimised.
    if (!m_options.minimized) {
        m_window->show();
    } else {
        // Whether there is a tray decides where the window waits.
        m_reminderHub->joinDesktop();
        if (!trayIcon() || m_options.startSession)
            m_window->showMinimized();
    }

    // Everything else follows the first painted frame: the window appears at
    // once, then the history opens on a thread of its own, and the dialog
    // and the audio devices (which take a moment to open) follow.
    m_sessions->setWaitingForHistory(true);
    if (m_window->isVisible() && !m_window->isMinimized()) {
        auto *firstPaint = new FirstPaint(*m_window, this);
        connect(firstPaint, &FirstPaint::painted, this, &AppController::afterFirstPaint);
        // A window system that never exposes the window must not keep the
        // history closed.
        QTimer::singleShot(firstPaintPatienceMs, this, &AppController::afterFirstPaint);
    } else {
        QTimer::singleShot(0, this, &AppController::afterFirstPaint);
    }
}

void AppController::afterFirstPaint()
{
    if (m_pastFirstPaint)
        return;
    m_pastFirstPaint = true;
    m_window->startPage()->makeTextSelectable();
    m_window->startPage()->preparePainQuestion();
    connect(m_history.get(), &HistoryController::opened, this, &AppController::historyOpened);
    connect(m_history.get(), &HistoryController::pageBuilt, this, [this](HistoryPage *page) {
        page->setTargetLineSource(
            [this](const QString &exerciseId) { return m_progress->targetLine(exerciseId); });
        connect(m_progress.get(), &ProgressController::targetsChanged, page, &HistoryPage::refresh);
    });
    m_history->openInBackground(m_wallClock);
    m_reminderHub->joinDesktop();

    m_safetyNotice = SafetyNotice::openIfNeeded(*m_settings, m_window.get());
    if (m_safetyNotice) {
        connect(m_safetyNotice, &QDialog::rejected, qApp, &QCoreApplication::quit);
        // Give the keyboard back to the window, so Space presses Start straight away.
        connect(m_safetyNotice, &QDialog::accepted, m_window.get(), [this] {
            m_window->activateWindow();
            m_window->startPage()->setFocus(Qt::OtherFocusReason);
        });
    }
    // Started into the tray, the sound output opens when the window is
    // first shown: a Limber waiting since login keeps no stream running.
    if (m_window->isVisible())
        startAudio();
    else
        m_audioDeferred = true;
}

void AppController::historyOpened()
{
    FirstPaint::writeTraceMark("history-opened");
    // Before any session can start, so its first hold is recorded; and
    // before `--start` is checked, which may name one of the person's routines.
    m_routines->historyOpened(m_history->store());
    m_progress->historyOpened(m_history->store());
    m_sessions->setWaitingForHistory(false);
    // A routine that cannot be started is explained, and Limber stays
    // open on its start page.
    SafetyNotice *notice
        = m_safetyNotice && m_safetyNotice->isVisible() ? m_safetyNotice.data() : nullptr;
    const bool startSession
        = m_options.startSession && m_sessions->checkCommandLineRoutine(m_options.routine, notice);
    m_sessions->windowShown(startSession, m_options.routine, notice);
    m_started = true;
    for (const QString &routine : std::exchange(m_waitingStarts, {}))
        m_sessions->startForAnotherCopy(routine);
    Q_EMIT started();
}

void AppController::applySettingsToPlayer()
{
    m_player->setPreferences(m_settings->cuePreferences());
    m_player->setVolume(m_settings->volume());
    m_player->setVoiceName(m_settings->voiceName());
}

void AppController::startAudio()
{
    m_player->start();
    m_audioStarted = true;
    m_sessions->warmUpSounds();
    if (m_settingsPage)
        showVoicesOn(*m_settingsPage);
}

void AppController::showAudioNotice(const QString &reason)
{
    // Once per reason: a machine without speakers should not be told so at every start.
    if (m_settings->audioNoticeShown() == reason)
        return;
    m_window->statusBar()->showMessage(reason, audioNoticeMilliseconds);
    m_settings->setAudioNoticeShown(reason);
}

void AppController::showSettingsProblem(const QString &message)
{
    // Also logged: a save that fails while quitting has no window left to show it in.
    qWarning().noquote() << message;
    m_window->statusBar()->showMessage(message);
    if (m_settingsProblemShown)
        return;
    m_settingsProblemShown = true;
    // Not modal: nothing the person is doing has to wait for this.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Limber: settings not saved"), message,
        QMessageBox::Close, m_window.get());
    box->setObjectName(u"settingsProblem"_s);
    box->setInformativeText(
        tr("Until they can be saved, Limber forgets your choices when it "
           "closes, and asks again (the safety notice too) at the next start."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace limber

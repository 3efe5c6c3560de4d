#include "app/recording/historycontroller.h"

#include "app/dataio/historytransfer.h"
#include "app/dataio/transferdialogs.h"
#include "app/history/historyformat.h"
#include "app/history/historypage.h"
#include "app/mainwindow.h"
#include "app/print/reportprinter.h"
#include "app/recording/recordingnotice.h"
#include "app/recording/sessionrecorder.h"
#include "app/recording/unsavedquit.h"
#include "app/selfreport/selfreportpanel.h"
#include "app/session/sessiondriver.h"
#include "app/session/sessionlauncher.h"
#include "app/session/sessionpage.h"
#include "app/session/sessionsummaryview.h"
#include "app/start/startpage.h"
#include "app/window/messagepage.h"
#include "core/history/historyqueries.h"
#include "core/history/historystore.h"
#include "core/history/unsavedsessions.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLayout>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr int statusMessageMs = 15000;

} // namespace

HistoryController::HistoryController(
    MainWindow &window, SessionLauncher &sessions, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sessions(sessions)
    , m_dataDir(dataDir)
{ }

HistoryController::~HistoryController()
{
    // Quitting while the history opens: the store it opens is closed cleanly.
    if (m_opener)
        m_opener->wait();
}

HistoryPage *HistoryController::page() const
{
    return m_page;
}

QStringList HistoryController::unsavedFolders(const QString &dataDir)
{
    QStringList folders {QDir(dataDir).filePath(u"unsaved"_s)};
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cache.isEmpty()) {
        // One folder per data folder: kept holds belong to their own history.
        const QByteArray key
            = QCryptographicHash::hash(QDir::cleanPath(dataDir).toUtf8(), QCryptographicHash::Sha1)
                  .toHex()
                  .left(12);
        folders << QDir(cache).filePath(u"unsaved-"_s + QString::fromLatin1(key));
    }
    return folders;
}

void HistoryController::open(const WallClock &clock)
{
    prepareOpening(clock);
    finishOpening(HistoryStore::open(storeOptions(), clock));
}

void HistoryController::openInBackground(const WallClock &clock)
{
    prepareOpening(clock);
    // The check, a migration and the daily backup can take seconds with a
    // large history; the window stays painted and answering meanwhile.
    m_opener.reset(QThread::create([this, options = storeOptions(), &clock] {
        m_openedInBackground.emplace(HistoryStore::open(options, clock));
    }));
    connect(m_opener.get(), &QThread::finished, this, [this] {
        auto result = std::move(*m_openedInBackground);
        m_openedInBackground.reset();
        finishOpening(std::move(result));
    });
    m_opener->start();
}

StoreOptions HistoryController::storeOptions() const
{
    StoreOptions options;
    options.dataDir = m_dataDir;
    return options;
}

void HistoryController::prepareOpening(const WallClock &clock)
{
    m_clock = &clock;
    m_unsaved = std::make_unique<UnsavedSessions>(unsavedFolders(m_dataDir));
    m_transferDialogs = std::make_unique<WidgetTransferDialogs>(&m_window);
}

void HistoryController::finishOpening(Result<std::unique_ptr<HistoryStore>> result)
{
    if (result)
        m_store = std::move(result).value();
    else
        m_openProblem = result.error().message;
    m_recorder = std::make_unique<SessionRecorder>(m_store.get());

    // Built the first time it is shown: a large history costs nothing until
    // the person looks at it. Without a history, the page says why there is
    // nothing to show, where the person looks for it.
    m_window.setPageBuilder(MainWindow::Page::History,
        [this]() -> QWidget * { return m_store ? buildPage() : buildUnavailablePage(); });
    if (m_window.currentPage() == MainWindow::Page::History)
        m_window.pageWidget(MainWindow::Page::History);
    if (m_store) {
        addMenuActions();
        updateLastSessionLine();
    }

    // Pain before, on the start page or else on the session's first screen,
    // and the end screen's self-reports: asked only with a history to keep them.
    // A history a newer Limber wrote is shown, never written: nothing to keep it in.
    m_window.startPage()->setPainBeforeAsked(
        m_store && m_store->outcome().readOnlyReason != ReadOnlyReason::NewerVersion);
    if (SessionPage *page = m_sessions.page()) {
        connect(
            page, &SessionPage::painBeforeGiven, m_recorder.get(), &SessionRecorder::setPainBefore);
        SelfReportPanel *reports = page->summaryView()->selfReports();
        connect(reports, &SelfReportPanel::painAfterGiven, m_recorder.get(),
            &SessionRecorder::setPainAfter);
        connect(
            reports, &SelfReportPanel::reachGiven, m_recorder.get(), &SessionRecorder::setReach);
        connect(reports, &SelfReportPanel::noteGiven, m_recorder.get(), &SessionRecorder::setNote);
        // Quitting mid-session still keeps what was held: the runner stops
        // the session, which records the hold in progress as cut short.
        connect(qApp, &QCoreApplication::aboutToQuit, this, [page] {
            if (page->isRunning() && page->driver())
                page->driver()->stop(StopReason::User);
        });
    }
    // After the session above has stopped, so its last hold is among them.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &HistoryController::keepUnsaved);
    m_window.setQuitGuard([this] { return mayQuit(); });
    connect(&m_sessions, &SessionLauncher::holdFinished, m_recorder.get(),
        &SessionRecorder::recordHold);
    connect(
        &m_sessions, &SessionLauncher::sessionFinished, m_recorder.get(), &SessionRecorder::finish);
    connect(&m_sessions, &SessionLauncher::sessionFinished, this,
        &HistoryController::prepareSelfReports);
    connect(&m_sessions, &SessionLauncher::sessionOpened, this, &HistoryController::beginRecording);
    connect(&m_sessions, &SessionLauncher::sessionClosed, this,
        &HistoryController::updateLastSessionLine);
    connect(
        m_recorder.get(), &SessionRecorder::saveFailed, this, &HistoryController::showSaveProblem);
    connect(m_recorder.get(), &SessionRecorder::allSaved, this, [this] {
        // Only the problem goes: other news in the status bar stays.
        if (!m_saveProblemShown.isEmpty()
            && m_window.statusBar()->currentMessage() == m_saveProblemShown)
            m_window.statusBar()->clearMessage();
        m_saveProblemShown.clear();
        // A problem that solved itself is not left on screen.
        if (auto *box = m_window.findChild<QMessageBox *>(u"saveProblem"_s))
            box->close();
        // The history may have become writable again on its own (room made).
        showRecordingState();
        // The session's end is in the file now, also when it arrived after
        // the session page closed.
        updateLastSessionLine();
    });
    showOpenOutcome();
    saveKeptSessions();
    m_opened = true;
    Q_EMIT opened();
}

HistoryPage *HistoryController::buildPage()
{
    m_page = new HistoryPage(*m_store, &m_sessions.library());
    connect(m_page, &HistoryPage::startSessionRequested, m_window.startPage(),
        &StartPage::startRequested);
    connect(m_recorder.get(), &SessionRecorder::holdSaved, m_page, &HistoryPage::refresh);
    // A session deleted from the page changes when the last one was.
    connect(m_page, &HistoryPage::historyChanged, this, &HistoryController::updateLastSessionLine);
    Q_EMIT pageBuilt(m_page);
    return m_page;
}

void HistoryController::saveKeptSessions()
{
    if (!m_store || m_store->isReadOnly() || m_unsaved->waiting().isEmpty())
        return;
    const UnsavedSessions::Written written = m_unsaved->writeInto(*m_store);
    if (written.files > 0) {
        const QString saved = written.holds > 0
            ? tr("%n hold(s) that could not be saved earlier are now in your history.", nullptr,
                written.holds)
            : tr("What could not be saved of an earlier session is now in your history.");
        qCWarning(lcRecording).noquote() << saved;
        m_window.statusBar()->showMessage(saved, statusMessageMs);
        if (m_page)
            m_page->refresh();
        updateLastSessionLine();
    }
    for (const QString &problem : written.problems)
        qCWarning(lcRecording).noquote() << problem;
    if (!written.problems.isEmpty())
        m_transferDialogs->warn(
            tr("Limber: kept holds not saved"), written.problems.join(u"\n\n"_s));
}

void HistoryController::keepUnsaved()
{
    if (m_recorder)
        m_recorder->waitForWrites();
    if (!m_recorder || !m_recorder->log() || m_recorder->pendingCount() == 0)
        return;
    auto kept = m_unsaved->keep(*m_recorder->log(), *m_clock);
    if (!kept) {
        qCWarning(lcRecording).noquote() << kept.error().message;
        return;
    }
    qCWarning(lcRecording).noquote()
        << tr("The holds that could not be saved are kept in %1 and are saved into your history "
              "the next time Limber starts.")
               .arg(QDir::toNativeSeparators(*kept));
}

bool HistoryController::mayQuit()
{
    if (m_recorder)
        m_recorder->waitForWrites();
    if (!m_recorder || m_recorder->pendingCount() == 0)
        return true;
    UnsavedQuit question(*m_recorder, *m_transferDialogs, *m_clock,
        [this](const QString &text, const QString &detail) {
            return UnsavedQuit::askInMessageBox(&m_window, text, detail);
        });
    return question.mayQuit();
}

void HistoryController::beginRecording(const QString &routineId)
{
    m_recorder->begin(routineId);
    // Whichever way the session began, pain before is asked once: on the
    // start page, or else on the session's first screen.
    const std::optional<int> answered = m_window.startPage()->takePainBefore();
    if (answered)
        m_recorder->setPainBefore(*answered);
    else if (m_recorder->isRecording() && m_sessions.page())
        m_sessions.page()->askPainBefore();
}

void HistoryController::prepareSelfReports(const SessionSummary &)
{
    SessionPage *page = m_sessions.page();
    if (!page)
        return;
    SelfReportPanel *reports = page->summaryView()->selfReports();
    const std::optional<HoldRecord> reached = m_recorder->reachHold();
    QStringList levels;
    if (const Exercise *exercise
        = reached ? m_sessions.library().exercise(reached->exerciseId) : nullptr) {
        for (const LocalizedText &level : exercise->reachLevels)
            levels << level.text(QLocale().uiLanguages());
    }
    reports->prepare(reached, levels);
    reports->setVisible(m_recorder->isRecording());
}

QString HistoryController::nothingRecordedSentence()
{
    return tr("Sessions still run, but nothing is recorded until this is solved.");
}

QWidget *HistoryController::buildUnavailablePage() const
{
    auto *page = new QWidget;
    page->setObjectName(u"historyUnavailable"_s);
    fillWithMessage(*page, tr("History"), tr("Your history could not be opened"),
        m_openProblem + u"\n\n"_s + nothingRecordedSentence());
    return page;
}

void HistoryController::showOpenOutcome()
{
    // Also logged, for a person who started Limber from a terminal and for
    // whoever reads a bug report.
    const QStringList notices = m_store ? m_store->outcome().notices : QStringList {m_openProblem};
    for (const QString &notice : notices)
        qCWarning(lcRecording).noquote() << notice;
    showRecordingState();

    QStringList serious;
    if (!m_openProblem.isEmpty())
        serious << m_openProblem << nothingRecordedSentence();
    else if (!m_store->outcome().damagedFileKeptIn.isEmpty())
        serious = notices;
    if (!serious.isEmpty()) {
        // Not modal: the person can still do today's routine first.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Limber: your history"),
            serious.join(u"\n\n"_s), QMessageBox::Close, &m_window);
        box->setObjectName(u"historyProblem"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->show();
        return;
    }
    // Why recording is off stays in its bar; the rest passes in the status bar.
    QStringList passing = notices;
    if (m_store->isReadOnly())
        passing.removeAll(m_store->readOnlyMessage());
    if (!passing.isEmpty())
        m_window.statusBar()->showMessage(passing.join(u' '), statusMessageMs);
}

void HistoryController::showRecordingState()
{
    const bool readOnly = m_store && m_store->isReadOnly();
    if (m_importAction)
        m_importAction->setEnabled(!readOnly);
    if (m_restoreAction)
        m_restoreAction->setEnabled(!readOnly);
    if (!readOnly) {
        if (m_recordingNotice)
            m_recordingNotice->hide();
        return;
    }
    if (!m_recordingNotice) {
        m_recordingNotice = new RecordingNotice(&m_window);
        m_window.addNoticeBar(m_recordingNotice);
        connect(m_recordingNotice, &RecordingNotice::retryRequested, this,
            &HistoryController::retryWriting);
    }
    // A file from a newer Limber stays read-only whatever the person does here.
    const bool canRetry = m_store->outcome().readOnlyReason != ReadOnlyReason::NewerVersion;
    QString reason = m_store->readOnlyMessage();
    if (const QStringList waiting = m_unsaved->waiting(); !waiting.isEmpty())
        reason += u' '
            + tr("Holds kept from an earlier session wait in %1 and are saved once recording "
                 "works again.")
                  .arg(QDir::toNativeSeparators(QFileInfo(waiting.constFirst()).absolutePath()));
    m_recordingNotice->showReason(reason, canRetry);
}

void HistoryController::retryWriting()
{
    if (Status reopened = m_store->reopenForWriting(); !reopened) {
        m_window.statusBar()->showMessage(
            tr("Recording is still off: nothing has changed yet."), statusMessageMs);
        showRecordingState();
        return;
    }
    showRecordingState();
    m_recorder->retry();
    saveKeptSessions();
    if (m_page)
        m_page->refresh();
    m_window.statusBar()->showMessage(
        tr("Recording is on again: new holds are saved."), statusMessageMs);
}

void HistoryController::showSaveProblem(const QString &message)
{
    m_window.statusBar()->showMessage(message);
    m_saveProblemShown = message;
    auto *box = m_window.findChild<QMessageBox *>(u"saveProblem"_s);
    if (!box) {
        box = new QMessageBox(QMessageBox::Warning, tr("Limber: a hold could not be saved"),
            QString(), QMessageBox::Retry | QMessageBox::Close, &m_window);
        box->setObjectName(u"saveProblem"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->setInformativeText(
            tr("Limber keeps it in memory and saves it once, as soon as it "
               "can. Choose Retry when you have made room or fixed the folder."));
        connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
            if (box->standardButton(button) == QMessageBox::Retry)
                m_recorder->retry();
        });
    }
    box->setText(message);
    box->show();
}

void HistoryController::updateLastSessionLine()
{
    if (!m_store)
        return;
    const auto last = HistoryQueries(*m_store).lastSession();
    if (!last)
        return;
    if (!last->has_value()) {
        m_window.startPage()->setLastSession({}); // "No sessions yet"
        return;
    }
    const LastSession &session = **last;
    const QLocale locale;
    const QString when = relativeDayLabel(session.started.date(), QDate::currentDate(), locale);
    const int minutes = static_cast<int>((session.heldMs + 30000) / 60000);
    m_window.startPage()->setLastSession(
        tr("Last practised %1: %2 · %3")
            .arg(when, tr("%n hold(s)", nullptr, session.holds),
                minutes > 0 ? tr("%n minute(s) held", nullptr, minutes)
                            : tr("under a minute held")));
}

void HistoryController::addMenuActions()
{
    m_transfer = new HistoryTransfer(*m_store, *m_transferDialogs, &m_window, this);
    m_transfer->setSessionRunning([this] { return m_sessions.isSessionRunning(); });
    connect(m_transfer, &HistoryTransfer::exported, this, [this](const QString &message) {
        m_window.statusBar()->showMessage(message, statusMessageMs);
    });
    connect(m_transfer, &HistoryTransfer::historyChanged, this, [this] {
        if (m_page)
            m_page->refresh();
        updateLastSessionLine();
    });
    auto *exportCsvAction = new QAction(tr("Export History as &CSV…"), this);
    exportCsvAction->setObjectName(u"exportCsvAction"_s);
    connect(exportCsvAction, &QAction::triggered, m_transfer, &HistoryTransfer::exportCsv);
    auto *exportJsonAction = new QAction(tr("Export &Whole History…"), this);
    exportJsonAction->setObjectName(u"exportJsonAction"_s);
    connect(exportJsonAction, &QAction::triggered, m_transfer, &HistoryTransfer::exportJson);
    auto *importAction = new QAction(tr("&Import History…"), this);
    m_importAction = importAction;
    importAction->setObjectName(u"importAction"_s);
    connect(importAction, &QAction::triggered, m_transfer, &HistoryTransfer::importJson);
    auto *reportAction = new QAction(tr("Export Pro&gress Report…"), this);
    reportAction->setObjectName(u"exportReportAction"_s);
    m_reportPrinter = new ReportPrinter(*m_store, m_sessions.library(), this);
    connect(
        reportAction, &QAction::triggered, this, [this] { m_reportPrinter->exportPdf(&m_window); });
    auto *restoreAction = new QAction(tr("&Restore a Backup…"), this);
    m_restoreAction = restoreAction;
    restoreAction->setObjectName(u"restoreBackupAction"_s);
    connect(restoreAction, &QAction::triggered, m_transfer, &HistoryTransfer::restoreBackup);
    m_window.addFileActions({reportAction});
    m_window.addFileActions({exportCsvAction, exportJsonAction, importAction, restoreAction});
}

} // namespace limber

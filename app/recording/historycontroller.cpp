#include "app/recording/historycontroller.h"

#include "app/dataio/historytransfer.h"
#include "app/dataio/transferdialogs.h"
#include "app/history/historyformat.h"
#include "app/history/historypage.h"
#include "app/mainwindow.h"
#include "app/print/reportprinter.h"
#include "app/recording/sessionrecorder.h"
#include "app/selfreport/selfreportpanel.h"
#include "app/session/sessiondriver.h"
#include "app/session/sessionlauncher.h"
#include "app/session/sessionpage.h"
#include "app/session/sessionsummaryview.h"
#include "app/start/startpage.h"
#include "core/history/historyqueries.h"
#include "core/history/historystore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLayout>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>

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

HistoryController::~HistoryController() = default;

HistoryPage *HistoryController::page() const
{
    return m_page;
}

void HistoryController::open(const WallClock &clock)
{
    StoreOptions options;
    options.dataDir = m_dataDir;
    auto opened = HistoryStore::open(options, clock);
    if (opened)
        m_store = std::move(opened).value();
    else
        m_openProblem = opened.error().message;
    m_recorder = std::make_unique<SessionRecorder>(m_store.get());

    if (m_store) {
        m_page = new HistoryPage(*m_store, &m_sessions.library());
        m_window.setPage(MainWindow::Page::History, m_page);
        connect(m_page, &HistoryPage::startSessionRequested, m_window.startPage(),
            &StartPage::startRequested);
        connect(m_recorder.get(), &SessionRecorder::holdSaved, m_page, &HistoryPage::refresh);
        // A session deleted from the page changes when the last one was.
        connect(
            m_page, &HistoryPage::historyChanged, this, &HistoryController::updateLastSessionLine);
        addMenuActions();
        updateLastSessionLine();
    }

    // Pain before, on the start page or else on the session's first screen,
    // and the end screen's self-reports: asked only with a history to keep them.
    m_window.startPage()->setPainBeforeAsked(m_store != nullptr);
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
    connect(m_recorder.get(), &SessionRecorder::allSaved, m_window.statusBar(),
        &QStatusBar::clearMessage);
    showOpenOutcome();
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

void HistoryController::showOpenOutcome()
{
    QStringList serious;
    if (!m_openProblem.isEmpty())
        serious << m_openProblem
                << tr("Sessions still run, but nothing is recorded until this is solved.");
    else if (!m_store->outcome().damagedFileKeptIn.isEmpty() || m_store->isReadOnly())
        serious = m_store->outcome().notices;
    if (!serious.isEmpty()) {
        // Not modal: the person can still do today's routine first.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Limber: your history"),
            serious.join(u"\n\n"_s), QMessageBox::Close, &m_window);
        box->setObjectName(u"historyProblem"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->show();
    } else if (!m_store->outcome().notices.isEmpty()) {
        m_window.statusBar()->showMessage(m_store->outcome().notices.join(u' '), statusMessageMs);
    }
}

void HistoryController::showSaveProblem(const QString &message)
{
    m_window.statusBar()->showMessage(message);
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
    if (!last || !last->has_value())
        return;
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
    m_transferDialogs = std::make_unique<WidgetTransferDialogs>(&m_window);
    m_transfer = new HistoryTransfer(*m_store, *m_transferDialogs, &m_window, this);
    m_transfer->setSessionRunning(
        [this] { return m_sessions.page() && m_sessions.page()->isRunning(); });
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
    importAction->setObjectName(u"importAction"_s);
    connect(importAction, &QAction::triggered, m_transfer, &HistoryTransfer::importJson);
    auto *reportAction = new QAction(tr("Export Pro&gress Report…"), this);
    reportAction->setObjectName(u"exportReportAction"_s);
    m_reportPrinter = new ReportPrinter(*m_store, m_sessions.library(), this);
    connect(
        reportAction, &QAction::triggered, this, [this] { m_reportPrinter->exportPdf(&m_window); });
    auto *restoreAction = new QAction(tr("&Restore a Backup…"), this);
    restoreAction->setObjectName(u"restoreBackupAction"_s);
    connect(restoreAction, &QAction::triggered, m_transfer, &HistoryTransfer::restoreBackup);
    m_window.addFileActions({reportAction});
    m_window.addFileActions({exportCsvAction, exportJsonAction, importAction, restoreAction});
}

} // namespace limber

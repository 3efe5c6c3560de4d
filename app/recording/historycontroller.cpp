#include "recording/historycontroller.h"

#include "dataio/datacommands.h"
#include "history/backups.h"
#include "history/historyexport.h"
#include "history/historyformat.h"
#include "history/historyimport.h"
#include "history/historypage.h"
#include "history/historyqueries.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "print/reportprinter.h"
#include "recording/choicescale.h"
#include "recording/selfreportpanel.h"
#include "recording/sessionrecorder.h"
#include "session/sessiondriver.h"
#include "session/sessionlauncher.h"
#include "session/sessionpage.h"
#include "session/sessionsummaryview.h"
#include "start/startpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLayout>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr int statusMessageMs = 15000;

/// A progress dialog that appears only when the work takes a moment.
struct Progress
{
    QProgressDialog dialog;
    Progress(QWidget *parent, const QString &label)
        : dialog(label, QString(), 0, 100, parent)
    {
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(400);
        dialog.setAutoClose(true);
    }
    ProgressCallback callback()
    {
        return
            [this](int done, int total) { dialog.setValue(total > 0 ? done * 100 / total : 100); };
    }
};

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
        addMenuActions();
        updateLastSessionLine();
    }

    // Pain before the session: one key or click on the start page.
    m_painBefore = new ChoiceScale(
        tr("Pain right now, from 0 (none) to 10 (worst) — optional:"), painScaleLabels(), 0);
    m_painBefore->setObjectName(u"painBefore"_s);
    m_window.startPage()->setBeforeStartWidget(m_painBefore);

    if (SessionPage *page = m_sessions.page()) {
        // The same question on the session's first screen, for a session
        // that began without the start page (--start, the History page).
        auto *question
            = new ChoiceScale(tr("Pain right now, 0–10 (optional)"), painScaleLabels(), 0);
        question->setObjectName(u"sessionPainBefore"_s);
        question->setColumnCount(4);
        question->addKey(10, QKeySequence(Qt::Key_T));
        question->installShortcuts(page);
        connect(question, &ChoiceScale::valueChanged, this, [this](std::optional<int> level) {
            if (level)
                m_recorder->setPainBefore(*level);
        });
        m_sessionPainBefore = question;
        page->setPainBeforeQuestion(question);

        m_selfReports = new SelfReportPanel(*m_recorder);
        if (QLayout *area = page->summaryView()->selfReportArea()->layout())
            area->addWidget(m_selfReports);
        connect(page, &SessionPage::holdFinished, m_recorder.get(), &SessionRecorder::recordHold);
        connect(page, &SessionPage::sessionFinished, m_recorder.get(), &SessionRecorder::finish);
        connect(page, &SessionPage::sessionFinished, this, &HistoryController::prepareSelfReports);
        // Quitting mid-session still keeps what was held: the runner stops
        // the session, which records the hold in progress as cut short.
        connect(qApp, &QCoreApplication::aboutToQuit, this, [page] {
            if (page->isRunning() && page->driver())
                page->driver()->stop(StopReason::User);
        });
    }
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
    const std::optional<int> answered = m_painBefore ? m_painBefore->value() : std::nullopt;
    if (answered)
        m_recorder->setPainBefore(*answered);
    if (m_painBefore)
        m_painBefore->setValue(std::nullopt);
    // Whichever way the session began, pain before is asked once: on the start
    // page, or else on the session's first screen. Without a history to keep
    // the answer, it is not asked.
    if (m_sessionPainBefore)
        m_sessionPainBefore->setValue(std::nullopt);
    if (!answered && m_recorder->isRecording() && m_sessions.page())
        m_sessions.page()->askPainBefore();
}

void HistoryController::prepareSelfReports(const SessionSummary &)
{
    if (!m_selfReports)
        return;
    QString exerciseId;
    for (const HoldEntry &hold : m_recorder->holds())
        exerciseId = hold.exerciseId;
    QStringList levels;
    if (const Exercise *exercise = m_sessions.library().exercise(exerciseId)) {
        for (const LocalizedText &level : exercise->reachLevels)
            levels << level.text(QLocale().uiLanguages());
    }
    m_selfReports->prepare(exerciseId, levels);
    m_selfReports->setVisible(m_recorder->isRecording());
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
    const QString when
        = relativeDayLabel(session.started.date(), QDate::currentDate(), locale);
    const int minutes = static_cast<int>((session.heldMs + 30000) / 60000);
    m_window.startPage()->setLastSession(
        tr("Last practised %1: %2 · %3")
            .arg(when, tr("%n hold(s)", nullptr, session.holds),
                minutes > 0 ? tr("%n minute(s) held", nullptr, minutes)
                            : tr("under a minute held")));
}

void HistoryController::addMenuActions()
{
    auto *exportCsvAction = new QAction(tr("Export History as &CSV…"), this);
    exportCsvAction->setObjectName(u"exportCsvAction"_s);
    connect(exportCsvAction, &QAction::triggered, this, &HistoryController::exportCsv);
    auto *exportJsonAction = new QAction(tr("Export &Whole History…"), this);
    exportJsonAction->setObjectName(u"exportJsonAction"_s);
    connect(exportJsonAction, &QAction::triggered, this, &HistoryController::exportJson);
    auto *importAction = new QAction(tr("&Import History…"), this);
    importAction->setObjectName(u"importAction"_s);
    connect(importAction, &QAction::triggered, this, &HistoryController::importJson);
    auto *reportAction = new QAction(tr("Export Progress &Report…"), this);
    reportAction->setObjectName(u"exportReportAction"_s);
    m_reportPrinter = new ReportPrinter(*m_store, m_sessions.library(), this);
    connect(
        reportAction, &QAction::triggered, this, [this] { m_reportPrinter->exportPdf(&m_window); });
    auto *restoreAction = new QAction(tr("&Restore a Backup…"), this);
    restoreAction->setObjectName(u"restoreBackupAction"_s);
    connect(restoreAction, &QAction::triggered, this, &HistoryController::restoreBackup);
    m_window.addFileActions({reportAction});
    m_window.addFileActions({exportCsvAction, exportJsonAction, importAction, restoreAction});
}

void HistoryController::exportCsv()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export holds as CSV"),
        QDir(documents).filePath(u"limber-holds.csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    HistoryExport exporter(*m_store);
    Progress progress(&m_window, tr("Exporting your history…"));
    Status status = exporter.save(HistoryExport::Format::HoldsCsv, path, progress.callback());
    const QString sessionsPath = sessionsCsvPathFor(path);
    if (status)
        status = exporter.save(HistoryExport::Format::SessionsCsv, sessionsPath);
    if (!status)
        QMessageBox::warning(&m_window, tr("Limber: export failed"), status.error().message);
    else
        m_window.statusBar()->showMessage(
            tr("Holds written to %1, sessions to %2")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(sessionsPath)),
            statusMessageMs);
}

void HistoryController::exportJson()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export your whole history"),
        QDir(documents).filePath(u"limber-history.json"_s), tr("Limber history (*.json)"));
    if (path.isEmpty())
        return;
    Progress progress(&m_window, tr("Exporting your history…"));
    const Status status
        = HistoryExport(*m_store).save(HistoryExport::Format::Json, path, progress.callback());
    if (!status)
        QMessageBox::warning(&m_window, tr("Limber: export failed"), status.error().message);
    else
        m_window.statusBar()->showMessage(
            tr("History written to %1").arg(QDir::toNativeSeparators(path)), statusMessageMs);
}

void HistoryController::importJson()
{
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Import a Limber history"), QString(), tr("Limber history (*.json)"));
    if (path.isEmpty())
        return;
    Progress progress(&m_window, tr("Importing…"));
    const auto summary = HistoryImport(*m_store).importJson(path, progress.callback());
    if (!summary) {
        QMessageBox::warning(&m_window, tr("Limber: import failed"), summary.error().message);
        return;
    }
    QMessageBox::information(&m_window, tr("Limber: import finished"),
        tr("Added %n session(s)", nullptr, summary->sessionsAdded) + u", "_s
            + tr("%n hold(s)", nullptr, summary->holdsAdded) + u". "_s
            + tr("%n session(s) were already in your history.", nullptr,
                summary->sessionsAlreadyPresent));
    if (m_page)
        m_page->refresh();
    updateLastSessionLine();
}

void HistoryController::restoreBackup()
{
    if (m_sessions.page() && m_sessions.page()->isRunning()) {
        QMessageBox::information(
            &m_window, tr("Limber"), tr("Finish or stop the session before restoring a backup."));
        return;
    }
    BackupManager backups(*m_store);
    const QList<BackupInfo> list = backups.list();
    if (list.isEmpty()) {
        QMessageBox::information(&m_window, tr("Limber"), tr("There are no backups yet."));
        return;
    }
    QStringList names;
    const QLocale locale;
    for (const BackupInfo &backup : list)
        names << locale.toString(backup.takenLocal, QLocale::LongFormat);
    bool chosen = false;
    const QString name = QInputDialog::getItem(&m_window, tr("Restore a backup"),
        tr("Your history now is kept aside first. Restore the backup from:"), names, 0, false,
        &chosen);
    if (!chosen)
        return;
    const auto restored = backups.restore(list.at(names.indexOf(name)));
    if (!restored) {
        QMessageBox::warning(&m_window, tr("Limber: restore failed"), restored.error().message);
        return;
    }
    QMessageBox::information(&m_window, tr("Limber: backup restored"),
        tr("The backup is your history now. The history you had before "
           "is kept in %1.")
            .arg(QDir::toNativeSeparators(*restored)));
    if (m_page)
        m_page->refresh();
    updateLastSessionLine();
}

} // namespace limber

#pragma once

#include "core/history/historystore.h"
#include "core/session/sessionrecords.h"
#include "core/util/clock.h"
#include "core/util/error.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QThread;
class QWidget;

namespace limber {

class ContentLibrary;
class HistoryPage;
class HistoryTransfer;
class HistoryStore;
class MainWindow;
class RecordingNotice;
class ReportPrinter;
class SessionLauncher;
class SessionRecorder;
class TransferDialogs;
class UnsavedSessions;

/// The history in the running program: opens the store once the window is
/// up, tells the person what opening found (a damaged file kept aside, a
/// newer file opened read-only), records every session through a
/// SessionRecorder, asks the self-reports, shows the History page, and
/// puts HistoryTransfer's export, import and restore in the File menu.
class HistoryController : public QObject
{
    Q_OBJECT

public:
    /// Everything passed in must outlive the controller.
    HistoryController(MainWindow &window, SessionLauncher &sessions, const QString &dataDir,
        QObject *parent = nullptr);
    ~HistoryController() override;

    /// Opens the history and builds what depends on it. Problems are shown,
    /// never fatal: without a history, sessions still run. \a clock must
    /// outlive the controller. Emits opened() before it returns.
    void open(const WallClock &clock);
    /// The same, with the opening (checks, migration, daily backup) on a
    /// thread of its own; opened() comes once it is done.
    void openInBackground(const WallClock &clock);
    bool isOpened() const { return m_opened; }

    /// Where holds that could not be saved are kept when Limber quits: the
    /// data folder first, then the cache folder (often on another disk when
    /// --data-dir names a full or read-only one).
    static QStringList unsavedFolders(const QString &dataDir);

    HistoryStore *store() const { return m_store.get(); }
    SessionRecorder *recorder() const { return m_recorder.get(); }
    /// Null until the History page is first shown.
    HistoryPage *page() const;

Q_SIGNALS:
    /// The history is open (or could not be, see store()), and recording works.
    void opened();
    /// The History page was built, the first time it was shown.
    void pageBuilt(limber::HistoryPage *page);

private:
    StoreOptions storeOptions() const;
    void prepareOpening(const WallClock &clock);
    void finishOpening(Result<std::unique_ptr<HistoryStore>> result);
    HistoryPage *buildPage();
    /// The History page when the history could not be opened: why, and
    /// that sessions run unrecorded.
    QWidget *buildUnavailablePage() const;
    static QString nothingRecordedSentence();
    void showOpenOutcome();
    /// Shows or hides the "Recording is off" bar and the File menu's
    /// import and restore, as the store is read-only or not.
    void showRecordingState();
    void retryWriting();
    /// Saves the holds an earlier run kept (UnsavedSessions) into the history.
    void saveKeptSessions();
    /// On quitting: keeps what could not be saved, for the next start.
    void keepUnsaved();
    bool mayQuit();
    void addMenuActions();
    void beginRecording(const QString &routineId);
    void prepareSelfReports(const SessionSummary &summary);
    void showSaveProblem(const QString &message);
    void updateLastSessionLine();

    MainWindow &m_window;
    SessionLauncher &m_sessions;
    QString m_dataDir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<SessionRecorder> m_recorder;
    QPointer<HistoryPage> m_page;
    ReportPrinter *m_reportPrinter = nullptr;
    std::unique_ptr<TransferDialogs> m_transferDialogs;
    HistoryTransfer *m_transfer = nullptr; ///< export, import and restore
    QString m_openProblem;
    std::unique_ptr<QThread> m_opener;
    /// Written by m_opener's thread, read here once it has finished.
    std::optional<Result<std::unique_ptr<HistoryStore>>> m_openedInBackground;
    bool m_opened = false;
    QString m_saveProblemShown; ///< in the status bar until everything is saved
    RecordingNotice *m_recordingNotice = nullptr;
    std::unique_ptr<UnsavedSessions> m_unsaved;
    const WallClock *m_clock = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_restoreAction = nullptr;
};

} // namespace limber

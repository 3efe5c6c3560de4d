#pragma once

#include "core/history/backups.h"
#include "core/history/historyexport.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace limber {

class HistoryStore;
class TransferDialogs;

/// The File menu's ways of moving the history: export as CSV or as a whole
/// (JSON), import a JSON export, and restore one of the backups. Each asks
/// through TransferDialogs, does the work with a progress dialog for what
/// takes a moment, and says how it went. Returns true when something was
/// written or changed; false when the person cancelled or it failed.
class HistoryTransfer : public QObject
{
    Q_OBJECT

public:
    /// \a store and \a dialogs must outlive this object; \a window (may be
    /// null) carries the progress dialog.
    HistoryTransfer(HistoryStore &store, TransferDialogs &dialogs, QWidget *window = nullptr,
        QObject *parent = nullptr);

    /// Asked before a restore: a running session keeps writing into the
    /// history, so the restore waits for it to end.
    void setSessionRunning(std::function<bool()> running) { m_sessionRunning = std::move(running); }

    /// Holds to the chosen file, sessions beside it (sessionsCsvPathFor()).
    bool exportCsv();
    bool exportJson();
    bool importJson();
    bool restoreBackup();

    /// One entry per backup for the restore list: when it was made (local
    /// time, to the second) and why, then what it holds (sessions, holds, the
    /// day of the last session). Entries that would read alike also name
    /// their file. Safe on any thread; \a report is told of each backup read.
    static QStringList backupLabels(
        const QList<BackupInfo> &backups, const ProgressCallback &report = {});
    static QString reasonText(BackupReason reason);

Q_SIGNALS:
    /// An import or a restore changed what the history holds.
    void historyChanged();
    /// A short line for the status bar: where an export was written.
    void exported(const QString &message);

private:
    QString suggestedPath(const QString &fileName) const;

    HistoryStore &m_store;
    TransferDialogs &m_dialogs;
    QWidget *m_window;
    std::function<bool()> m_sessionRunning;
};

} // namespace limber

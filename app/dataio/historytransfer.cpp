#include "app/dataio/historytransfer.h"

#include "app/dataio/backgroundwork.h"
#include "app/dataio/datacommands.h"
#include "app/dataio/transferdialogs.h"
#include "app/dataio/workprogress.h"
#include "core/history/backups.h"
#include "core/history/historyexport.h"
#include "core/history/historyimport.h"
#include "core/history/historystore.h"
#include "core/util/elide.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStandardPaths>

#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

// The locale's short time with seconds added: two backups are often minutes,
// sometimes seconds, apart.
QString timeWithSeconds(const QLocale &locale, const QTime &time)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    const qsizetype minutes = format.indexOf(u"mm"_s);
    if (minutes > 0 && !format.contains(u"ss"_s))
        format.insert(minutes + 2, format.at(minutes - 1) + u"ss"_s);
    return locale.toString(time, format);
}

} // namespace

QString HistoryTransfer::reasonText(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return tr("daily backup");
    case BackupReason::BeforeMigration:
        return tr("before an update of the file format");
    case BackupReason::BeforeImport:
        return tr("before an import");
    case BackupReason::BeforeRestore:
        return tr("before a restore");
    case BackupReason::BeforeDelete:
        return tr("before a session was deleted");
    }
    return {};
}

QStringList HistoryTransfer::backupLabels(
    const QList<BackupInfo> &backups, const ProgressCallback &report)
{
    const QLocale locale;
    QStringList labels;
    for (const BackupInfo &backup : backups) {
        if (report)
            report(int(labels.size()), int(backups.size()));
        // takenLocal is local wall-clock time already; its zone is a placeholder.
        const QString made
            = tr("Made %1 at %2, %3")
                  .arg(locale.toString(backup.takenLocal.date(), QLocale::LongFormat),
                      timeWithSeconds(locale, backup.takenLocal.time()), reasonText(backup.reason));
        QString holds;
        const auto contents = readBackupContents(backup.path);
        if (!contents) {
            holds = tr("Limber cannot read what this backup holds.");
        } else if (contents->sessions == 0) {
            holds = tr("No sessions.");
        } else {
            holds = tr("%Ln session(s)", nullptr, int(contents->sessions)) + u", "_s
                + tr("%Ln hold(s)", nullptr, int(contents->holds)) + u"; "_s
                + tr("the last on %1.")
                      .arg(locale.toString(contents->lastSessionLocalDate, QLocale::LongFormat));
        }
        labels.append(made + u'\n' + holds);
    }
    // Copies made in the same second with the same contents read alike: the
    // file name, unique, tells them apart.
    QHash<QString, int> seen;
    for (const QString &label : std::as_const(labels))
        ++seen[label];
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (seen.value(labels.at(i)) > 1) {
            labels[i]
                += u'\n' + tr("File %1").arg(elideMiddle(QFileInfo(backups.at(i).path).fileName()));
        }
    }
    return labels;
}

HistoryTransfer::HistoryTransfer(
    HistoryStore &store, TransferDialogs &dialogs, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_dialogs(dialogs)
    , m_window(window)
{ }

QString HistoryTransfer::suggestedPath(const QString &fileName) const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).filePath(fileName);
}

bool HistoryTransfer::exportCsv()
{
    const QString path = m_dialogs.saveFileName(
        tr("Export holds as CSV"), suggestedPath(u"limber-holds.csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    WorkProgress progress(m_window, tr("Exporting your history…"));
    const QString sessionsPath = sessionsCsvPathFor(path);
    const Status status = withHistoryInBackground(m_store.openReader(),
        [&path, &sessionsPath, report = progress.callback()](HistoryStore &history) {
            HistoryExport exporter(history);
            Status saved = exporter.save(HistoryExport::Format::HoldsCsv, path, report);
            if (saved)
                saved = exporter.save(HistoryExport::Format::SessionsCsv, sessionsPath);
            return saved;
        });
    if (!status) {
        m_dialogs.warn(tr("Limber: export failed"), status.error().message);
        return false;
    }
    Q_EMIT exported(
        tr("Holds written to %1, sessions to %2")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(sessionsPath)));
    return true;
}

bool HistoryTransfer::exportJson()
{
    const QString path = m_dialogs.saveFileName(tr("Export your whole history"),
        suggestedPath(u"limber-history.json"_s), tr("Limber history (*.json)"));
    if (path.isEmpty())
        return false;
    WorkProgress progress(m_window, tr("Exporting your history…"));
    const Status status = withHistoryInBackground(
        m_store.openReader(), [&path, report = progress.callback()](HistoryStore &history) {
            return HistoryExport(history).save(HistoryExport::Format::Json, path, report);
        });
    if (!status) {
        m_dialogs.warn(tr("Limber: export failed"), status.error().message);
        return false;
    }
    Q_EMIT exported(tr("History written to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool HistoryTransfer::importJson()
{
    const QString path
        = m_dialogs.openFileName(tr("Import a Limber history"), tr("Limber history (*.json)"));
    if (path.isEmpty())
        return false;
    WorkProgress progress(m_window, tr("Importing…"));
    const auto summary = withHistoryInBackground(
        m_store.openWriter(), [&path, report = progress.callback()](HistoryStore &history) {
            return HistoryImport(history).importJson(path, report);
        });
    if (!summary) {
        m_dialogs.warn(tr("Limber: import failed"), summary.error().message);
        return false;
    }
    m_dialogs.inform(tr("Limber: import finished"),
        tr("Added %Ln session(s)", nullptr, summary->sessionsAdded) + u", "_s
            + tr("%Ln hold(s)", nullptr, summary->holdsAdded) + u". "_s
            + tr("%Ln session(s) were already in your history.", nullptr,
                summary->sessionsAlreadyPresent));
    Q_EMIT historyChanged();
    return true;
}

bool HistoryTransfer::restoreBackup()
{
    if (m_sessionRunning && m_sessionRunning()) {
        m_dialogs.inform(tr("Limber"), tr("Finish or stop the session before restoring a backup."));
        return false;
    }
    BackupManager backups(m_store);
    const QList<BackupInfo> list = backups.list();
    if (list.isEmpty()) {
        m_dialogs.inform(tr("Limber"), tr("There are no backups yet."));
        return false;
    }
    // What each backup holds is read from the file: with a large history
    // that is a moment each, on a thread of its own.
    const QStringList labels = [this, &list] {
        WorkProgress progress(m_window, tr("Reading your backups…"));
        return runInBackground(
            [&list, report = progress.callback()] { return backupLabels(list, report); });
    }();
    const int chosen = m_dialogs.chooseItem(tr("Restore a backup"),
        tr("Choose the backup to restore, newest first. Your history as it is now is kept as a "
           "backup first, so you can go back to it."),
        labels, tr("Restore"));
    if (chosen < 0 || chosen >= list.size())
        return false;
    // Checked, brought to this version's format, the history kept aside and
    // then replaced: seconds for a large history, and it may wait for a lock
    // another program holds. On a connection of its own, on its own thread.
    const auto restored = [this, &backup = list.at(chosen)] {
        WorkProgress progress(m_window, tr("Restoring the backup…"), WorkProgress::Steps::Unknown);
        return withHistoryInBackground(m_store.openWriter(),
            [&backup](HistoryStore &history) { return BackupManager(history).restore(backup); });
    }();
    if (!restored) {
        m_dialogs.warn(tr("Limber: restore failed"), restored.error().message);
        return false;
    }
    m_dialogs.inform(tr("Limber: backup restored"),
        tr("The backup is your history now. The history you had before "
           "is kept in %1.")
            .arg(elidePath(QDir::toNativeSeparators(*restored))));
    Q_EMIT historyChanged();
    return true;
}

} // namespace limber

#pragma once

#include "core/util/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

class HistoryStore;

/// Why a backup was made; part of its file name.
enum class BackupReason { Daily, BeforeMigration, BeforeImport, BeforeRestore, BeforeDelete };

/// One backup file in <data>/backups/, named
/// "<database>-<yyyy-MM-ddTHH-mm-ss.zzz local>-<reason>[-<n>].db", where n
/// (from 2) tells apart copies made in the same millisecond for the same
/// reason. Names without milliseconds, made by earlier versions, are read too.
struct BackupInfo
{
    QString path;
    QDateTime takenLocal; ///< local wall-clock time when it was taken (no zone)
    BackupReason reason = BackupReason::Daily;
    int sequence = 1; ///< the n of the name; 1 when it has none

    friend bool operator==(const BackupInfo &, const BackupInfo &) = default;
};

/// What a backup holds, read from the file itself.
struct BackupContents
{
    qint64 sessions = 0;
    qint64 holds = 0;
    /// The local day on which the latest session began; invalid when none.
    QDate lastSessionLocalDate;
};

/// Reads what the backup at `path` holds, without changing it. Fails with a
/// sentence when the file cannot be read as a history.
Result<BackupContents> readBackupContents(const QString &path);

/// Rolling retention, a pure function of the list: daily backups keep the
/// newest one of each of the 7 latest days plus the newest one of each of the
/// 4 latest ISO weeks; backups made before a migration, import, restore or
/// deletion keep their newest 3 each. Returns the paths to delete.
QStringList expiredBackups(const QList<BackupInfo> &backups);

/// Verified copies of the history through SQLite's online backup API: each
/// copy passes integrity_check and has the same number of rows in every table
/// as the original before it gets its final name.
class BackupManager
{
public:
    explicit BackupManager(HistoryStore &store);

    QString folder() const;

    /// Makes a verified copy now.
    Result<BackupInfo> create(BackupReason reason);
    /// Makes a daily copy unless one (of any reason) was taken today, then
    /// applies retention. Returns the new backup, or nothing when not due.
    Result<std::optional<BackupInfo>> createDailyIfDue();
    /// Backups on disk, newest first. Files with other names are ignored.
    QList<BackupInfo> list() const;
    /// Deletes what expiredBackups() selects.
    Status applyRetention();
    /// Deletes the ".partial" copies (and their journals) that a backup
    /// interrupted by a crash or a kill left behind. Only safe while no backup
    /// is being made into the folder: the history calls it when it opens,
    /// which only the holder of the InstanceLock does.
    Status removeUnfinished();

    /// Replaces the open history with `backup`. The current history is first
    /// kept as a verified BeforeRestore backup, whose path is returned. An older
    /// backup is migrated; sessions it holds in progress become interrupted.
    Result<QString> restore(const BackupInfo &backup);

private:
    HistoryStore &m_store;
};

} // namespace limber

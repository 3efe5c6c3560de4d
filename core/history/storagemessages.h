#pragma once

#include <QCoreApplication>
#include <QString>

namespace limber {

/// Every sentence the history store shows a person, in one place so they read
/// alike and are translated alike. Paths are shown with native separators and
/// shortened to quotedTextLimit characters (core/util/elide.h).
class StorageMessages
{
    Q_DECLARE_TR_FUNCTIONS(StorageMessages)

public:
    /// Explains a failed SQLite call: `lead` says what could not be done
    /// ("Limber could not save the hold."), then the cause for this `code`
    /// (primary or extended SQLite result code) with the file, what to do, and
    /// the technical detail for a bug report.
    static QString sqliteFailure(
        const QString &lead, int code, const QString &sqliteMessage, const QString &databasePath);

    static QString newerVersion(const QString &databasePath, int fileVersion, int appVersion);
    static QString folderNotWritable(const QString &databasePath);
    static QString fileNotWritable(const QString &databasePath);
    /// The history is shown from a disk too full to take new holds.
    static QString diskFull(const QString &databasePath);
    /// No history yet, and the disk is too full to create one.
    static QString diskFullNoHistory(const QString &databasePath);
    static QString movedAside(const QString &databasePath, const QString &reason,
        const QString &keptIn, bool backupsExist);
    static QString notADatabase();
    static QString foreignDatabase();
    static QString failedCheck(const QString &firstProblem);
    static QString cannotMoveAside(const QString &databasePath, const QString &reason);
    static QString cannotCreateFolder(const QString &folder);
    static QString sqliteTooOld(const QString &found, const QString &needed);
    static QString interruptedSessions(int count);
    static QString migrated(int fromVersion, int toVersion, const QString &backupPath);
    static QString instanceRunning(const QString &lockPath, qint64 pid);
    /// The lock file could not be written (a full disk, a read-only folder):
    /// Limber goes on without it.
    static QString lockFailed(const QString &lockPath);

    /// A path as a message shows it: native separators, at most
    /// quotedTextLimit characters (elided in the middle, keeping the file name).
    static QString native(const QString &path);
    /// A name the person chose (a file name, a title), at most
    /// quotedTextLimit characters.
    static QString quoted(const QString &name);
};

} // namespace limber

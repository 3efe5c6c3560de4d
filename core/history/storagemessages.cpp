#include "core/history/storagemessages.h"

#include "core/history/databasefiles.h"
#include "core/util/elide.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace limber {

QString StorageMessages::native(const QString &path)
{
    return elidePath(QDir::toNativeSeparators(path));
}

QString StorageMessages::quoted(const QString &name)
{
    return elideMiddle(name);
}

QString StorageMessages::sqliteFailure(
    const QString &lead, int code, const QString &sqliteMessage, const QString &databasePath)
{
    const QString file = native(databasePath);
    const QString folder = native(QFileInfo(databasePath).absolutePath());
    QString cause;
    switch (code & 0xff) {
    case SQLITE_FULL:
        cause = tr("The disk that holds %1 is full. Free some space on that disk, then try again.")
                    .arg(file);
        break;
    case SQLITE_READONLY:
        cause = tr("Limber may not write to %1. Make the folder %2 writable, or start Limber "
                   "with --data-dir and a folder you can write to.")
                    .arg(file, folder);
        break;
    case SQLITE_CANTOPEN:
        cause = tr("Limber cannot open %1. Check that the folder %2 exists and that you may "
                   "write to it, or start Limber with --data-dir and another folder.")
                    .arg(file, folder);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        cause = tr("%1 is damaged or is not a Limber history file. Quit Limber and start it "
                   "again: it keeps the damaged file aside and starts a new history, from which "
                   "you can restore a backup.")
                    .arg(file);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        cause = tr("%1 is in use by another program. Close other copies of Limber and any "
                   "database tool that has it open, then try again.")
                    .arg(file);
        break;
    case SQLITE_IOERR:
        cause = tr("The disk reported an error while Limber was reading or writing %1. Check "
                   "that the disk is connected and has free space, then try again.")
                    .arg(file);
        break;
    case SQLITE_NOMEM:
        cause = tr("The computer ran out of memory while Limber was using %1. Close some "
                   "programs, then try again.")
                    .arg(file);
        break;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        cause = tr("The system did not allow Limber to use %1. Check the permissions of the "
                   "folder %2.")
                    .arg(file, folder);
        break;
    default:
        cause = tr("Limber could not use %1. If this keeps happening, please report it with "
                   "the details below.")
                    .arg(file);
        break;
    }
    const QString detail = tr("(SQLite error %1: %2)").arg(code).arg(sqliteMessage);
    return lead.isEmpty() ? cause + u' ' + detail : lead + u' ' + cause + u' ' + detail;
}

QString StorageMessages::newerVersion(const QString &databasePath, int fileVersion, int appVersion)
{
    return tr("%1 was written by a newer version of Limber (history format %2; this version "
              "understands up to %3). Limber shows your history but will not change the file. "
              "Update Limber to record new sessions.")
        .arg(native(databasePath))
        .arg(fileVersion)
        .arg(appVersion);
}

QString StorageMessages::folderNotWritable(const QString &databasePath)
{
    return tr("Limber may not write to the folder %1, so it shows your history but cannot "
              "record new sessions. Make the folder writable, or start Limber with --data-dir "
              "and a folder you can write to.")
        .arg(native(QFileInfo(databasePath).absolutePath()));
}

QString StorageMessages::fileNotWritable(const QString &databasePath)
{
    return tr("Limber may not write to %1, so it shows your history but cannot record new "
              "sessions. Make the file writable, or start Limber with --data-dir and a folder "
              "you can write to.")
        .arg(native(databasePath));
}

QString StorageMessages::diskFull(const QString &databasePath)
{
    return tr("The disk that holds your history (%1) is full. Limber shows your history, but "
              "new holds cannot be saved until you free some space there.")
        .arg(native(QFileInfo(databasePath).absolutePath()));
}

QString StorageMessages::diskFullNoHistory(const QString &databasePath)
{
    return tr("The disk that would hold your history (%1) is full, so Limber cannot create "
              "it. Free some space there, or start Limber with --data-dir and a folder on "
              "another disk.")
        .arg(native(QFileInfo(databasePath).absolutePath()));
}

QString StorageMessages::movedAside(
    const QString &databasePath, const QString &reason, const QString &keptIn, bool backupsExist)
{
    QString text = tr("Limber could not use %1: %2 The file was not changed; it is kept in %3. "
                      "Limber started a new, empty history.")
                       .arg(native(databasePath), reason, native(keptIn));
    if (backupsExist)
        text += u' ' + tr("You can restore one of the automatic backups.");
    return text;
}

QString StorageMessages::notADatabase()
{
    return tr("it is not a database file.");
}

QString StorageMessages::foreignDatabase()
{
    return tr("it is a database that belongs to another program.");
}

QString StorageMessages::failedCheck(const QString &firstProblem)
{
    return tr("it is damaged (the check found: %1).").arg(firstProblem);
}

QString StorageMessages::cannotMoveAside(const QString &databasePath, const QString &reason)
{
    return tr("Limber could not use %1: %2 It also could not move the file aside, so it "
              "changed nothing. Make the folder %3 writable, or start Limber with --data-dir "
              "and another folder.")
        .arg(native(databasePath), reason, native(QFileInfo(databasePath).absolutePath()));
}

QString StorageMessages::cannotCreateFolder(const QString &folder)
{
    return tr("Limber could not create the folder %1 for its history. Check that you may write "
              "there, or start Limber with --data-dir and another folder.")
        .arg(native(folder));
}

QString StorageMessages::sqliteTooOld(const QString &found, const QString &needed)
{
    return tr("This copy of Limber was built with SQLite %1, but it needs SQLite %2 or newer. "
              "Install a newer SQLite or a Limber package that includes it.")
        .arg(found, needed);
}

QString StorageMessages::interruptedSessions(int count)
{
    return tr("%n session(s) ended unexpectedly last time; the holds recorded before that are "
              "kept and the session is marked as interrupted.",
        nullptr, count);
}

QString StorageMessages::migrated(int fromVersion, int toVersion, const QString &backupPath)
{
    if (backupPath.isEmpty())
        return tr("The history file was updated from format %1 to %2.")
            .arg(fromVersion)
            .arg(toVersion);
    return tr("The history file was updated from format %1 to %2. A copy of the old file is in "
              "%3.")
        .arg(fromVersion)
        .arg(toVersion)
        .arg(native(backupPath));
}

QString StorageMessages::instanceRunning(const QString &lockPath, qint64 pid)
{
    return tr("Limber is already running (process %1) and uses the history in %2. Switch to "
              "that window, or close it first.")
        .arg(pid)
        .arg(native(QFileInfo(lockPath).absolutePath()));
}

QString StorageMessages::lockFailed(const QString &lockPath)
{
    const QString folder = QFileInfo(lockPath).absolutePath();
    if (DatabaseFiles::diskIsFull(folder))
        return tr("Limber could not create its lock file %1: the disk is full.")
            .arg(native(lockPath));
    if (!DatabaseFiles::folderIsWritable(folder))
        return tr("Limber could not create its lock file %1: the folder is read-only.")
            .arg(native(lockPath));
    return tr("Limber could not create its lock file %1.").arg(native(lockPath));
}

} // namespace limber

#pragma once

#include "core/util/error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace limber {

/// The files SQLite keeps for one database: the file itself and its -wal,
/// -shm and -journal companions. They belong together: a -wal left beside a
/// different database would be replayed into it.
class DatabaseFiles
{
public:
    explicit DatabaseFiles(QString path);

    const QString &path() const { return m_path; }
    QString walPath() const { return m_path + QStringLiteral("-wal"); }
    QStringList companionPaths() const;
    bool exists() const;
    bool hasWal() const;
    /// True when the -wal file holds writes not yet copied into the database
    /// (a clean close leaves none, or an empty file).
    bool hasWalContent() const;

    /// Fails, naming it, when a folder has the name of the database or of one
    /// of its companions: SQLite could not create the file, and the folder
    /// (which may hold anything) is not Limber's to move or delete.
    Status checkNoFolderInTheWay() const;

    /// Moves the database and its companions, unchanged, into a new folder
    /// "damaged-<local date and time>" beside it. All or nothing: when one
    /// file cannot be moved, the ones already moved are put back. Returns the
    /// folder.
    Result<QString> moveAside(const QDateTime &localNow) const;

    /// True when a new file can be created in `folder` (checked by creating
    /// one: permission bits do not tell the whole story, e.g. for root or
    /// an immutable folder).
    static bool folderIsWritable(const QString &folder);

    /// Below this much free space a write of a hold (its pages, the -wal
    /// frames and the 32 KiB -shm index) may not fit, and Limber calls the
    /// disk full.
    static constexpr qint64 minimumFreeBytes = 1024 * 1024;
    /// True when the file system that holds `folder` has less than
    /// minimumFreeBytes free for this user.
    static bool diskIsFull(const QString &folder);

private:
    QString m_path;
};

} // namespace limber

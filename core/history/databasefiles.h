#pragma once

#include "util/error.h"

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

    /// Moves the database and its companions, unchanged, into a new folder
    /// "damaged-<local date and time>" beside it. All or nothing: when one
    /// file cannot be moved, the ones already moved are put back. Returns the
    /// folder.
    Result<QString> moveAside(const QDateTime &localNow) const;

    /// True when a new file can be created in `folder` (checked by creating
    /// one: permission bits do not tell the whole story, e.g. for root or
    /// an immutable folder).
    static bool folderIsWritable(const QString &folder);

private:
    QString m_path;
};

} // namespace limber

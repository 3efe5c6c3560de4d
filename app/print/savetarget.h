#pragma once

#include "core/util/error.h"

#include <QCoreApplication>
#include <QString>

class QFileDevice;

namespace limber {

/// Why a file cannot be saved at a path, found by looking at the path
/// itself (the system's own error text often names the wrong thing: a
/// missing folder and a folder that is a file both read "No such file or
/// directory"), told in words that say what the person can do about it.
class SaveTarget
{
    Q_DECLARE_TR_FUNCTIONS(SaveTarget)

public:
    enum class Problem {
        None,
        NoName, ///< the path is empty
        IsFolder, ///< the path names a folder
        FolderMissing, ///< the folder it would go in does not exist
        FolderIsFile, ///< a part of the path that should be a folder is a file
        FolderReadOnly, ///< the folder refuses new files
        FileReadOnly, ///< an earlier file at the path refuses to be replaced
    };

    /// What stands in the way of saving a new file at \a path, if anything.
    static Problem problemWith(const QString &path);

    /// Checks \a path before anything is written: an error that names the
    /// path, the cause and what to do, or success.
    static Status check(const QString &path);

    /// Explains why \a file (a QSaveFile at \a path) failed to open, write or
    /// commit: the cause found at the path when there is one, a full disk,
    /// or the system's own words with advice. An earlier file is unchanged.
    static Error explainFailure(const QString &path, const QFileDevice &file);

private:
    static QString message(Problem problem, const QString &path);
};

} // namespace limber

#pragma once

#include "core/util/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace limber {

class HistoryStore;
class SessionLog;
class WallClock;

/// Sessions whose writes could not reach the history (a full disk, a
/// read-only folder, a locked file) outlive the program as files: a JSON
/// export of just those sessions, which `--import` and this class read. When
/// Limber quits with such writes it keeps them in the first of its folders
/// that takes the file; at the next start that can write, they go into the
/// history and the file is removed.
///
/// An import completes a session the history holds in part and adds nothing
/// twice, so a file written into the history more than once does no harm.
class UnsavedSessions
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedSessions)

public:
    /// `folders`: where kept files go, most preferred first (created when
    /// missing); all of them are read back.
    explicit UnsavedSessions(QStringList folders);

    /// Writes the sessions with unsaved writes in `log` to `path`.
    static Status save(const SessionLog &log, const QString &path, const WallClock &clock);

    /// Keeps them in the first folder that takes the file; returns its path,
    /// or an error naming every folder tried.
    Result<QString> keep(const SessionLog &log, const WallClock &clock) const;

    /// The kept files waiting to be written, oldest first.
    QStringList waiting() const;

    /// What writeInto() did.
    struct Written
    {
        int files = 0;
        int sessions = 0;
        int holds = 0;
        /// One sentence per file that could not be written (it stays kept).
        QStringList problems;
    };

    /// Writes every waiting file into `store` and removes each that went in.
    Written writeInto(HistoryStore &store) const;

private:
    QStringList m_folders;
};

} // namespace limber

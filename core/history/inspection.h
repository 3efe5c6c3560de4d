#pragma once

#include <QString>

namespace limber {

/// What a database file turned out to be, found out without writing to it.
struct Inspection
{
    enum class State {
        Missing, ///< no file: create one
        Empty, ///< a file with nothing in it (format 0): migrate from 0
        Usable, ///< a Limber history at `version` that passed the check
        Newer, ///< a Limber history newer than this build: open read-only
        NotADatabase, ///< not an SQLite file at all: keep aside
        Foreign, ///< an SQLite file of another program: keep aside
        Damaged, ///< fails quick_check / integrity_check: keep aside
        Unreadable, ///< could not be read (permissions, locked, I/O): change nothing
    };

    State state = State::Missing;
    int version = 0;
    /// For the keep-aside states: the reason, as the end of a sentence.
    /// For Unreadable: the full message for the person.
    QString problem;
};

/// Looks at the file at `path` through a read-only connection. `fullCheck`
/// runs integrity_check instead of the quicker quick_check (after a crash).
Inspection inspectDatabase(const QString &path, bool fullCheck);

} // namespace limber

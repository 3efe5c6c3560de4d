#pragma once

#include "core/util/clock.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <variant>

namespace limber {

class HistoryStore;

/// The history of a data folder, read without changing it: a consistent
/// snapshot is copied, through a read-only connection and SQLite's backup
/// API, into a private temporary folder, and opened there.
///
/// Opening the real file with HistoryStore would write to it (the
/// unclean-shutdown marker, interrupted sessions, migrations, the daily
/// backup) and needs the instance lock. The copy needs neither: a WAL
/// database lets one reader take a snapshot while a running Limber writes,
/// so a report can be made while the app is open, and the file's bytes stay
/// as they were. Whatever the copy's store writes stays in the temporary
/// folder, which is removed with this object.
class HistoryReadCopy
{
    Q_DECLARE_TR_FUNCTIONS(HistoryReadCopy)

public:
    /// Why there is no copy.
    enum class Problem {
        NoHistory, ///< no history file yet, or one without a single session
        Unreadable, ///< the file cannot be read, is damaged, or is not Limber's
    };

    struct Failure
    {
        Problem problem = Problem::Unreadable;
        QString message;
    };

    /// Copies and opens the history in \a dataDir (its file \a fileName).
    static std::variant<std::unique_ptr<HistoryReadCopy>, Failure> open(
        const QString &dataDir, const QString &fileName = QStringLiteral("history.db"));

    HistoryReadCopy(const HistoryReadCopy &) = delete;
    HistoryReadCopy &operator=(const HistoryReadCopy &) = delete;
    ~HistoryReadCopy();

    /// The copy; its queries answer for the history as it was when copied.
    HistoryStore &store() { return *m_store; }

private:
    HistoryReadCopy() = default;

    SystemWallClock m_clock;
    QTemporaryDir m_folder;
    std::unique_ptr<HistoryStore> m_store;
};

} // namespace limber

#pragma once

#include "core/history/connection.h"
#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace limber {

class WallClock;

/// Where and how to open the history.
struct StoreOptions
{
    /// The data folder (QStandardPaths::AppDataLocation or --data-dir).
    QString dataDir;
    QString fileName = QStringLiteral("history.db");
    /// How long a write waits for a lock held by another connection.
    std::chrono::milliseconds busyTimeout {5000};
    /// Make the daily verified backup while opening, when one is due.
    bool dailyBackup = true;
};

/// Why the history was opened without write access.
enum class ReadOnlyReason {
    None,
    NewerVersion, ///< written by a newer Limber; never changed by this one
    FolderNotWritable, ///< SQLite cannot create files in the data folder
    FileNotWritable, ///< the database file itself is write-protected
    DiskFull, ///< too little space left for SQLite to open the file for writing
};

/// What happened while opening, for the app to tell the person.
struct OpenOutcome
{
    bool createdNew = false;
    ReadOnlyReason readOnlyReason = ReadOnlyReason::None;
    /// Set when the file was not a usable history: the folder that now holds
    /// it (and its -wal/-shm), unchanged. A new, empty history was started.
    QString damagedFileKeptIn;
    /// integrity_check ran because the previous run did not close cleanly.
    bool fullCheckAfterUncleanShutdown = false;
    /// The format the file had before it was migrated; -1 when not migrated.
    int migratedFromVersion = -1;
    QString preMigrationBackup;
    /// Sessions left "in progress" by a crash, now marked "interrupted".
    int interruptedSessions = 0;
    /// The daily backup made while opening, if one was due.
    QString dailyBackup;
    /// Sentences to show, most important first (translated).
    QStringList notices;
};

/// The SQLite history file in the data folder: opening with every check,
/// pragmas on every connection, migration, crash recovery and a clean close.
/// One instance per data folder (see InstanceLock).
class HistoryStore
{
public:
    /// Opens or creates the history. A file that is not a usable history is
    /// moved aside unchanged and a new one is created; a newer one is opened
    /// read-only. Only failures that leave no usable history are errors.
    static Result<std::unique_ptr<HistoryStore>> open(
        const StoreOptions &options, const WallClock &clock);

    /// A new, empty history in memory: no file, no backups. For putting
    /// together an export of writes that could not reach the file.
    static Result<std::unique_ptr<HistoryStore>> openInMemory(const WallClock &clock);

    /// A second, read-only connection to this history's file, for reading on
    /// another thread (each connection belongs to one thread at a time)
    /// while this one goes on: WAL lets it read the last committed state
    /// meanwhile. No checks, migration or backup run; closing it leaves the
    /// unclean-shutdown marker to this store. Opening reads nothing, so it
    /// never waits for a lock; it may then move to the thread that reads.
    /// Fails for an in-memory history.
    Result<std::unique_ptr<HistoryStore>> openReader() const;
    /// The same with write access, for a long change (an import) made on
    /// another thread. Its writes take the file's write lock as any
    /// connection's do. Fails when this store is read-only, with its reason.
    Result<std::unique_ptr<HistoryStore>> openWriter() const;

    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;
    /// Closes cleanly (see close()).
    ~HistoryStore();

    /// Closes the connection; when that succeeds the unclean-shutdown marker
    /// is removed, so the next start runs only the quick check.
    Status close();

    const OpenOutcome &outcome() const { return m_outcome; }
    bool isReadOnly() const
    {
        return m_role == Role::Reader || m_outcome.readOnlyReason != ReadOnlyReason::None;
    }
    /// Why writes are refused, as a sentence; empty when writable.
    QString readOnlyMessage() const;
    /// Tries again to open for writing after the person fixed the folder.
    /// Fails with readOnlyMessage() while the cause remains.
    Status reopenForWriting();

    /// A history made by openInMemory(): no file, so no backups.
    bool isInMemory() const { return m_inMemory; }
    QString dataDir() const { return m_options.dataDir; }
    QString databasePath() const;
    /// The file whose presence at start means the last run did not close.
    QString uncleanShutdownMarkerPath() const;
    const WallClock &clock() const { return m_clock; }

    std::chrono::milliseconds busyTimeout() const { return m_options.busyTimeout; }

    /// Marks sessions left "in progress" (by a crash, or in a restored
    /// backup) as interrupted, ending where their last hold ended. Returns how
    /// many there were.
    Result<int> markInterruptedSessions();

    /// The open connection, for the classes of core/history and for tests.
    sql::Connection &connection() { return m_connection; }

    /// Applies Limber's pragmas to `connection`: WAL, synchronous=FULL,
    /// foreign_keys=ON, busy_timeout. Read-only connections get the last two.
    static Status configure(sql::Connection &connection, std::chrono::milliseconds busyTimeout);

private:
    /// The store the program opened, or a second connection it made.
    enum class Role { Main, Reader, Writer };

    HistoryStore(StoreOptions options, const WallClock &clock);
    /// A store for a second connection of `role` to this one's file, not open yet.
    std::unique_ptr<HistoryStore> secondStore(Role role) const;
    static Error inMemoryHasNoSecond();

    Status openFile();
    Status openWritable(int fileVersion, bool fileExists);
    /// Whether opening reads the file at once, so that a file that cannot
    /// be read fails there.
    enum class Probe { ReadNow, Later };
    Status openReadOnly(ReadOnlyReason reason, Probe probe = Probe::ReadNow);
    Status keepDamagedFileAside(const QString &reason);
    void makeDailyBackup();

    StoreOptions m_options;
    const WallClock &m_clock;
    sql::Connection m_connection;
    OpenOutcome m_outcome;
    int m_fileVersion = 0;
    bool m_inMemory = false;
    Role m_role = Role::Main;
};

} // namespace limber

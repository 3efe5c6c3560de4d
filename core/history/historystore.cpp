#include "core/history/historystore.h"

#include "core/history/backups.h"
#include "core/history/databasefiles.h"
#include "core/history/inspection.h"
#include "core/history/migrator.h"
#include "core/history/schema.h"
#include "core/history/statement.h"
#include "core/history/storagemessages.h"
#include "core/util/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

bool isAccessProblem(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_PERM;
}

Status expectPragma(
    sql::Connection &connection, const QString &set, const QString &read, const QString &expected)
{
    if (Status done = connection.execute(set); !done)
        return done;
    auto value = connection.queryText(read);
    if (!value)
        return value.error();
    if (value->compare(expected, Qt::CaseInsensitive) != 0) {
        return connection.fail(SQLITE_ERROR,
            StorageMessages::tr("Limber could not set up its history file (%1 is %2, not %3).")
                .arg(read, *value, expected));
    }
    return {};
}

} // namespace

HistoryStore::HistoryStore(StoreOptions options, const WallClock &clock)
    : m_options(std::move(options))
    , m_clock(clock)
{ }

HistoryStore::~HistoryStore()
{
    // Whoever cares closes first and reads the answer; from here it can only be logged.
    logFailure(close(), "Closing the history");
}

Result<std::unique_ptr<HistoryStore>> HistoryStore::open(
    const StoreOptions &options, const WallClock &clock)
{
    if (sqlite3_libversion_number() < schema::minimumSqliteVersionNumber) {
        return Error {
            StorageMessages::sqliteTooOld(QString::fromUtf8(sqlite3_libversion()), u"3.37"_s)};
    }
    if (!QDir().mkpath(options.dataDir))
        return Error {StorageMessages::cannotCreateFolder(options.dataDir)};
    std::unique_ptr<HistoryStore> store(new HistoryStore(options, clock));
    if (Status opened = store->openFile(); !opened)
        return opened.error();
    return store;
}

Result<std::unique_ptr<HistoryStore>> HistoryStore::openInMemory(const WallClock &clock)
{
    std::unique_ptr<HistoryStore> store(new HistoryStore({}, clock));
    store->m_inMemory = true;
    auto opened = sql::Connection::open(u":memory:"_s, sql::OpenMode::ReadWriteCreate);
    if (!opened)
        return opened.error();
    store->m_connection = std::move(opened.value());
    if (Status keys = store->m_connection.execute(u"PRAGMA foreign_keys = ON"_s); !keys)
        return keys.error();
    if (Status created = Migrator().create(store->m_connection); !created)
        return created.error();
    store->m_outcome.createdNew = true;
    return store;
}

Error HistoryStore::inMemoryHasNoSecond()
{
    return Error {
        StorageMessages::tr("A history kept only in memory cannot be opened a second time.")};
}

std::unique_ptr<HistoryStore> HistoryStore::secondStore(Role role) const
{
    StoreOptions options = m_options;
    options.dailyBackup = false;
    std::unique_ptr<HistoryStore> second(new HistoryStore(std::move(options), m_clock));
    second->m_role = role;
    second->m_fileVersion = m_fileVersion;
    return second;
}

Result<std::unique_ptr<HistoryStore>> HistoryStore::openReader() const
{
    if (m_inMemory)
        return inMemoryHasNoSecond();
    std::unique_ptr<HistoryStore> reader = secondStore(Role::Reader);
    // Opened as this store would be opened read-only for the same reason
    // (without the WAL index where none can be made). Nothing is read yet,
    // so opening never waits for a lock: the first read, on the reader's
    // thread, may.
    if (Status opened = reader->openReadOnly(m_outcome.readOnlyReason, Probe::Later); !opened)
        return opened.error();
    return reader;
}

Result<std::unique_ptr<HistoryStore>> HistoryStore::openWriter() const
{
    if (m_inMemory)
        return inMemoryHasNoSecond();
    if (isReadOnly())
        return Error {readOnlyMessage()};
    std::unique_ptr<HistoryStore> writer = secondStore(Role::Writer);
    // The file was checked and migrated when this store opened it: only the
    // pragmas of every connection remain. The long reads and writes come
    // later, on the writer's thread.
    auto opened = sql::Connection::open(databasePath(), sql::OpenMode::ReadWrite);
    if (!opened)
        return opened.error();
    if (Status configured = configure(opened.value(), m_options.busyTimeout); !configured)
        return configured.error();
    writer->m_connection = std::move(opened.value());
    return writer;
}

QString HistoryStore::databasePath() const
{
    if (m_inMemory)
        return u":memory:"_s;
    return QDir(m_options.dataDir).filePath(m_options.fileName);
}

QString HistoryStore::uncleanShutdownMarkerPath() const
{
    return databasePath() + u".open"_s;
}

Status HistoryStore::configure(sql::Connection &connection, std::chrono::milliseconds busyTimeout)
{
    const int timeout = static_cast<int>(busyTimeout.count());
    if (!connection.isReadOnly()) {
        // synchronous=FULL: a hold reported as saved survives a power cut.
        if (Status s = expectPragma(
                connection, u"PRAGMA journal_mode = WAL"_s, u"PRAGMA journal_mode"_s, u"wal"_s);
            !s)
            return s;
        if (Status s = expectPragma(
                connection, u"PRAGMA synchronous = FULL"_s, u"PRAGMA synchronous"_s, u"2"_s);
            !s)
            return s;
    }
    if (Status s
        = expectPragma(connection, u"PRAGMA foreign_keys = ON"_s, u"PRAGMA foreign_keys"_s, u"1"_s);
        !s)
        return s;
    return expectPragma(connection, u"PRAGMA busy_timeout = %1"_s.arg(timeout),
        u"PRAGMA busy_timeout"_s, QString::number(timeout));
}

Status HistoryStore::openFile()
{
    m_outcome = {};
    if (Status clear = DatabaseFiles(databasePath()).checkNoFolderInTheWay(); !clear)
        return clear;
    const bool unclean = QFileInfo::exists(uncleanShutdownMarkerPath());
    m_outcome.fullCheckAfterUncleanShutdown = unclean;
    const Inspection inspection = inspectDatabase(databasePath(), unclean);
    m_fileVersion = inspection.version;
    switch (inspection.state) {
    case Inspection::State::Unreadable:
        return Error {inspection.problem};
    case Inspection::State::NotADatabase:
    case Inspection::State::Foreign:
    case Inspection::State::Damaged:
        if (Status kept = keepDamagedFileAside(inspection.problem); !kept)
            return kept;
        return openWritable(0, false);
    case Inspection::State::Newer:
        if (Status opened = openReadOnly(ReadOnlyReason::NewerVersion); !opened)
            return opened;
        m_outcome.notices.prepend(readOnlyMessage());
        return {};
    case Inspection::State::Missing:
        return openWritable(0, false);
    case Inspection::State::Empty:
    case Inspection::State::Usable:
        return openWritable(inspection.version, true);
    }
    return {};
}

Status HistoryStore::keepDamagedFileAside(const QString &reason)
{
    const QDateTime localNow = m_clock.nowUtc().toOffsetFromUtc(m_clock.utcOffsetSeconds());
    auto folder = DatabaseFiles(databasePath()).moveAside(localNow);
    if (!folder)
        return Error {StorageMessages::cannotMoveAside(databasePath(), reason)};
    QFile::remove(uncleanShutdownMarkerPath());
    m_outcome.damagedFileKeptIn = *folder;
    const bool backupsExist = !BackupManager(*this).list().isEmpty();
    m_outcome.notices.append(
        StorageMessages::movedAside(databasePath(), reason, *folder, backupsExist));
    return {};
}

Status HistoryStore::openWritable(int fileVersion, bool fileExists)
{
    int openCode = 0;
    auto opened = sql::Connection::open(databasePath(),
        fileExists ? sql::OpenMode::ReadWrite : sql::OpenMode::ReadWriteCreate, &openCode);
    Status configured = opened ? configure(opened.value(), m_options.busyTimeout) : opened.error();
    const int code = opened ? opened->lastErrorCode() : openCode;
    if (!configured) {
        const QString folder = QFileInfo(databasePath()).absolutePath();
        const bool folderLocked = !DatabaseFiles::folderIsWritable(folder);
        // On a full disk SQLite cannot size the -shm index, and even the
        // read-only open that follows must do without it.
        const bool diskFull = !folderLocked && DatabaseFiles::diskIsFull(folder);
        if (diskFull && !(fileExists && fileVersion > 0))
            return Error {StorageMessages::diskFullNoHistory(databasePath())};
        // A history that exists can still be shown from a read-only folder
        // or a full disk.
        if (fileExists && fileVersion > 0 && (folderLocked || diskFull || isAccessProblem(code))) {
            // Read-only access still follows; the connection's destructor
            // releases the handle if this close could not.
            if (opened)
                logFailure(opened->close(), "Closing the refused writable history");
            const ReadOnlyReason reason = folderLocked ? ReadOnlyReason::FolderNotWritable
                : diskFull                             ? ReadOnlyReason::DiskFull
                                                       : ReadOnlyReason::FileNotWritable;
            if (Status readOnly = openReadOnly(reason); !readOnly)
                return readOnly;
            m_outcome.notices.prepend(readOnlyMessage());
            return {};
        }
        return configured;
    }
    if (opened->isReadOnly()) {
        logFailure(opened->close(), "Closing the refused writable history");
        // A read-only file system refuses the file and the folder alike:
        // the folder is what the person must change.
        const ReadOnlyReason reason
            = DatabaseFiles::folderIsWritable(QFileInfo(databasePath()).absolutePath())
            ? ReadOnlyReason::FileNotWritable
            : ReadOnlyReason::FolderNotWritable;
        if (Status readOnly = openReadOnly(reason); !readOnly)
            return readOnly;
        m_outcome.notices.prepend(readOnlyMessage());
        return {};
    }
    m_connection = std::move(opened.value());

    QFile marker(uncleanShutdownMarkerPath());
    if (!marker.open(QIODevice::WriteOnly))
        return Error {StorageMessages::folderNotWritable(databasePath())};
    marker.close();
    // Only the holder of the instance lock opens the history, so no backup is
    // being made now: a ".partial" copy is what a killed one left behind.
    logFailure(BackupManager(*this).removeUnfinished(), "Removing unfinished backups");

    const Migrator migrator;
    if (!fileExists) {
        m_outcome.createdNew = true;
        if (Status created = migrator.create(m_connection); !created)
            return created;
    } else if (fileVersion < migrator.latestVersion()) {
        // An empty file (format 0) holds nothing worth a copy.
        if (fileVersion > 0) {
            auto backup = BackupManager(*this).create(BackupReason::BeforeMigration);
            if (!backup)
                return backup.error();
            m_outcome.preMigrationBackup = backup->path;
            m_outcome.notices.append(
                StorageMessages::migrated(fileVersion, migrator.latestVersion(), backup->path));
        }
        if (Status migrated = migrator.migrate(m_connection, fileVersion); !migrated)
            return migrated;
        m_outcome.migratedFromVersion = fileVersion;
    }
    auto interrupted = markInterruptedSessions();
    if (!interrupted)
        return interrupted.error();
    m_outcome.interruptedSessions = *interrupted;
    if (*interrupted > 0)
        m_outcome.notices.append(StorageMessages::interruptedSessions(*interrupted));
    if (m_options.dailyBackup)
        makeDailyBackup();
    return {};
}

Status HistoryStore::openReadOnly(ReadOnlyReason reason, Probe probe)
{
    const auto attempt = [this, probe](sql::OpenMode mode) -> Result<sql::Connection> {
        auto opened = sql::Connection::open(databasePath(), mode);
        if (!opened)
            return opened.error();
        if (Status configured = configure(opened.value(), m_options.busyTimeout); !configured)
            return configured.error();
        // Opening reads nothing yet: a read that fails should fail here,
        // where the person is told, not later on the History page.
        if (probe == Probe::ReadNow) {
            if (auto readable = opened->queryInt(u"SELECT count(*) FROM sqlite_schema"_s);
                !readable)
                return readable.error();
        }
        return opened;
    };
    // Without a writable folder (or space in it) SQLite cannot create the
    // -shm index a WAL reader needs; "immutable" reads the file without one.
    // That is exact while the -wal holds nothing, as after a clean close;
    // otherwise the -wal is read when it can be, and left for later if not.
    const bool noIndex = reason == ReadOnlyReason::DiskFull
        || !DatabaseFiles::folderIsWritable(QFileInfo(databasePath()).absolutePath());
    const bool walPending = DatabaseFiles(databasePath()).hasWalContent();
    auto opened = attempt(
        noIndex && !walPending ? sql::OpenMode::ReadOnlyImmutable : sql::OpenMode::ReadOnly);
    if (!opened && noIndex && walPending)
        opened = attempt(sql::OpenMode::ReadOnlyImmutable);
    if (!opened)
        return opened.error();
    m_connection = std::move(opened.value());
    m_outcome.readOnlyReason = reason;
    return {};
}

Result<int> HistoryStore::markInterruptedSessions()
{
    // A crash leaves the session "in progress"; its holds were each committed
    // when they ended, so the session ends where its last hold ended (never
    // before it started, should the clock have been set back meanwhile).
    auto update = sql::Statement::prepare(m_connection, uR"(UPDATE sessions SET
    status = 'interrupted',
    ended_utc_ms = max(started_utc_ms, coalesce((SELECT max(h.started_utc_ms + h.held_ms)
        FROM holds h WHERE h.session_id = sessions.id), started_utc_ms)),
    ended_offset_s = coalesce((SELECT h.started_offset_s FROM holds h
        WHERE h.session_id = sessions.id ORDER BY h.started_utc_ms DESC LIMIT 1),
        started_offset_s)
WHERE status = 'in_progress')"_s);
    if (!update)
        return update.error();
    if (Status done = update->run(); !done)
        return done.error();
    return sqlite3_changes(m_connection.handle());
}

void HistoryStore::makeDailyBackup()
{
    // A failed backup must not keep the person from their session; it is
    // reported and tried again at the next start.
    auto backup = BackupManager(*this).createDailyIfDue();
    if (!backup)
        m_outcome.notices.append(backup.error().message);
    else if (*backup)
        m_outcome.dailyBackup = (*backup)->path;
}

QString HistoryStore::readOnlyMessage() const
{
    switch (m_outcome.readOnlyReason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::NewerVersion:
        return StorageMessages::newerVersion(databasePath(), m_fileVersion, schema::currentVersion);
    case ReadOnlyReason::FolderNotWritable:
        return StorageMessages::folderNotWritable(databasePath());
    case ReadOnlyReason::FileNotWritable:
        return StorageMessages::fileNotWritable(databasePath());
    case ReadOnlyReason::DiskFull:
        return StorageMessages::diskFull(databasePath());
    }
    return {};
}

Status HistoryStore::reopenForWriting()
{
    if (!isReadOnly())
        return {};
    if (m_role == Role::Reader)
        return Error {StorageMessages::tr("This copy of the history is only for reading.")};
    if (m_outcome.readOnlyReason == ReadOnlyReason::NewerVersion)
        return Error {readOnlyMessage()};
    // Cheap checks first: this runs at every write while the history is
    // read-only, and opening checks the whole file (quick_check).
    const QString folder = QFileInfo(databasePath()).absolutePath();
    if ((m_outcome.readOnlyReason == ReadOnlyReason::DiskFull && DatabaseFiles::diskIsFull(folder))
        || (m_outcome.readOnlyReason == ReadOnlyReason::FolderNotWritable
            && !DatabaseFiles::folderIsWritable(folder)))
        return Error {readOnlyMessage()};
    if (Status closed = m_connection.close(); !closed)
        return closed;
    const OpenOutcome before = m_outcome;
    if (Status opened = openFile(); !opened) {
        // Whatever stands in the way now, the history stays readable as it was.
        m_outcome = before;
        logFailure(openReadOnly(before.readOnlyReason), "Reopening the history read-only");
        return opened;
    }
    if (isReadOnly())
        return Error {readOnlyMessage()};
    return {};
}

Status HistoryStore::close()
{
    if (!m_connection.isOpen())
        return {};
    const bool writable = !isReadOnly();
    if (Status closed = m_connection.close(); !closed)
        return closed;
    // The marker belongs to the program's own store: a second connection
    // closing says nothing about how the history is closed.
    if (writable && !m_inMemory && m_role == Role::Main)
        QFile::remove(uncleanShutdownMarkerPath());
    return {};
}

} // namespace limber

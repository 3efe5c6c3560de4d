#pragma once

// Shared by the history tests: real files in a QTemporaryDir, raw SQLite
// access that does not go through the classes under test, and a folder that
// really refuses writes.
#include "core/history/historystore.h"
#include "core/util/clock.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <memory>

namespace limber::testing {

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

/// Opens `path` with the plain C API, for fixtures and independent checks.
class RawDatabase
{
public:
    explicit RawDatabase(
        const QString &path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    {
        m_code = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    }
    ~RawDatabase() { sqlite3_close_v2(m_db); }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool ok() const { return m_code == SQLITE_OK; }
    /// Runs a script; returns the SQLite result code.
    int exec(const QString &sql)
    {
        return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    }
    /// The first column of the first row as text ("" when there is none).
    QString text(const QString &sql)
    {
        sqlite3_stmt *statement = nullptr;
        QString result;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            result = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        return result;
    }
    qint64 integer(const QString &sql) { return text(sql).toLongLong(); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    int m_code = SQLITE_ERROR;
};

/// sqlite_schema as text, one entry per object in a stable order, plus the
/// header fields: what the golden schema file holds.
QString schemaText(const QString &databasePath);

/// Makes a folder refuse new files for as long as the object lives: the
/// immutable attribute when running as root (permission bits do not stop
/// root), mode 0555 otherwise. ok() tells whether a probe write now fails.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(QString path);
    ~ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    bool ok() const { return m_applied; }
    QString how() const { return m_how; }
    /// Makes the folder writable again before the object ends.
    void release();

private:
    QString m_path;
    bool m_applied = false;
    bool m_immutable = false;
    QString m_how;
};

/// Mounts a small tmpfs on a folder (it must be empty) for as long as the
/// object lives, and fills it to the last byte on request: a disk that is
/// really full, ENOSPC from the kernel. Needs root (CAP_SYS_ADMIN); ok()
/// says whether the mount worked, and why() why not.
class FullDisk
{
public:
    explicit FullDisk(QString folder, qint64 sizeBytes = 2 * 1024 * 1024);
    ~FullDisk();
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool ok() const { return m_mounted; }
    QString why() const { return m_why; }
    /// Writes files until no byte is left; returns the bytes still free (0).
    qint64 fill();
    /// Removes what fill() wrote.
    void makeRoom();

private:
    QString m_folder;
    bool m_mounted = false;
    QString m_why;
};

/// Sets TZ for the life of the object (and back), for code that reads the
/// system zone.
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const char *zone);
    ~ScopedTimeZone();
    ScopedTimeZone(const ScopedTimeZone &) = delete;
    ScopedTimeZone &operator=(const ScopedTimeZone &) = delete;

private:
    QByteArray m_previous;
    bool m_hadPrevious;
};

/// A data folder in a QTemporaryDir with a manual clock.
class StoreFixture : public ::testing::Test
{
protected:
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString databasePath() const { return dataDir() + QStringLiteral("/history.db"); }
    StoreOptions options(bool dailyBackup = false) const
    {
        StoreOptions options;
        options.dataDir = dataDir();
        options.dailyBackup = dailyBackup;
        return options;
    }
    std::unique_ptr<HistoryStore> openStore(bool dailyBackup = false)
    {
        auto store = HistoryStore::open(options(dailyBackup), clock);
        EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().message.toStdString());
        return store.ok() ? std::move(store.value()) : nullptr;
    }

    QTemporaryDir m_dir;
    ManualClock clock {QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()), 3600};
};

} // namespace limber::testing

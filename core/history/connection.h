#pragma once

#include "core/util/error.h"

#include <QString>

struct sqlite3;

namespace limber::sql {

/// How a database file is opened.
enum class OpenMode {
    /// Read and write; the file is created when missing.
    ReadWriteCreate,
    /// Read and write an existing file only.
    ReadWrite,
    /// Never writes the database file.
    ReadOnly,
    /// Read-only and without locks or the WAL index, for a file in a folder
    /// that cannot be written (SQLite cannot create the -shm file there).
    /// Only safe when no -wal file exists beside the database.
    ReadOnlyImmutable,
};

/// One open SQLite connection. Movable, not copyable; closes itself on
/// destruction. Every failure keeps the SQLite code and message so callers can
/// tell a full disk from a damaged file.
class Connection
{
public:
    /// Opens `path`. On failure the Error names the file and the SQLite reason,
    /// and `failureCode` (when given) receives the extended SQLite code.
    static Result<Connection> open(const QString &path, OpenMode mode, int *failureCode = nullptr);

    /// A closed connection; open() makes usable ones.
    Connection() = default;
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection();

    /// Closes the connection and reports whether SQLite could release it
    /// cleanly (unfinalized statements make this fail).
    Status close();

    bool isOpen() const { return m_db != nullptr; }
    /// True when SQLite will refuse writes on this connection.
    bool isReadOnly() const;
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    /// Runs one statement without parameters or results (pragmas, DDL).
    Status execute(const QString &sql);
    /// Runs a statement that yields one integer (pragma reads, counts).
    Result<qint64> queryInt(const QString &sql);
    /// Runs a statement that yields one text value.
    Result<QString> queryText(const QString &sql);

    /// Extended result code and message of the last failure on this connection.
    int lastErrorCode() const { return m_lastCode; }
    const QString &lastErrorMessage() const { return m_lastMessage; }

    /// Records `code` as the latest failure and returns an Error that names the
    /// file, says what `doing` was, and what the person can do about it.
    Error fail(int code, const QString &doing);

private:
    Connection(sqlite3 *db, QString path);

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_lastCode = 0;
    QString m_lastMessage;
};

} // namespace limber::sql

#include "core/history/connection.h"

#include "core/history/statement.h"
#include "core/history/storagemessages.h"

#include <QUrl>

#include <sqlite3.h>

#include <utility>

namespace limber::sql {

namespace {

int flagsFor(OpenMode mode)
{
    // EXRESCODE: extended codes from the open call itself (SQLITE_CANTOPEN_ISDIR ...).
    constexpr int common = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadWriteCreate:
        return common | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    case OpenMode::ReadWrite:
        return common | SQLITE_OPEN_READWRITE;
    case OpenMode::ReadOnly:
        return common | SQLITE_OPEN_READONLY;
    case OpenMode::ReadOnlyImmutable:
        return common | SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
    return common | SQLITE_OPEN_READONLY;
}

QByteArray nameFor(const QString &path, OpenMode mode)
{
    if (mode != OpenMode::ReadOnlyImmutable)
        return path.toUtf8();
    // QUrl percent-encodes the characters SQLite's URI parser treats specially.
    return QUrl::fromLocalFile(path).toEncoded() + "?mode=ro&immutable=1";
}

QString messageOf(sqlite3 *db, int code)
{
    if (db && sqlite3_extended_errcode(db) == code)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(code));
}

} // namespace

Result<Connection> Connection::open(const QString &path, OpenMode mode, int *failureCode)
{
    sqlite3 *db = nullptr;
    const int code = sqlite3_open_v2(nameFor(path, mode).constData(), &db, flagsFor(mode), nullptr);
    if (code != SQLITE_OK) {
        const QString message = messageOf(db, code);
        sqlite3_close_v2(db);
        if (failureCode)
            *failureCode = code;
        return Error {StorageMessages::sqliteFailure(
            StorageMessages::tr("Limber could not open its history file."), code, message, path)};
    }
    sqlite3_extended_result_codes(db, 1);
    return Connection(db, path);
}

Connection::Connection(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_lastCode(other.m_lastCode)
    , m_lastMessage(std::move(other.m_lastMessage))
{ }

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_lastCode = other.m_lastCode;
        m_lastMessage = std::move(other.m_lastMessage);
    }
    return *this;
}

Connection::~Connection()
{
    // close_v2 defers the close until any forgotten statement is finalized,
    // so destruction order can never leak the handle.
    if (m_db)
        sqlite3_close_v2(m_db);
}

Status Connection::close()
{
    if (!m_db)
        return {};
    const int code = sqlite3_close(m_db);
    if (code != SQLITE_OK) {
        // The handle stays valid after a failed sqlite3_close; the destructor
        // hands it to close_v2.
        return fail(code, StorageMessages::tr("Limber could not close its history file."));
    }
    m_db = nullptr;
    return {};
}

bool Connection::isReadOnly() const
{
    return !m_db || sqlite3_db_readonly(m_db, "main") != 0;
}

Status Connection::execute(const QString &sql)
{
    auto statement = Statement::prepare(*this, sql);
    if (!statement)
        return statement.error();
    return statement->run();
}

Result<qint64> Connection::queryInt(const QString &sql)
{
    auto statement = Statement::prepare(*this, sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row) {
        return fail(SQLITE_ERROR,
            StorageMessages::tr("Limber could not read a value from its history file."));
    }
    return statement->int64(0);
}

Result<QString> Connection::queryText(const QString &sql)
{
    auto statement = Statement::prepare(*this, sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row) {
        return fail(SQLITE_ERROR,
            StorageMessages::tr("Limber could not read a value from its history file."));
    }
    return statement->text(0);
}

Error Connection::fail(int code, const QString &doing)
{
    m_lastCode = code;
    m_lastMessage = messageOf(m_db, code);
    return Error {StorageMessages::sqliteFailure(doing, code, m_lastMessage, m_path)};
}

} // namespace limber::sql

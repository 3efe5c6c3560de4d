#include "core/history/statement.h"

#include "core/history/connection.h"
#include "core/history/storagemessages.h"

#include <sqlite3.h>

#include <cstdint>
#include <utility>

namespace limber::sql {

namespace {

// SQLITE_TRANSIENT spelled without the C-style cast of the header's macro.
// SQLite defines it as the pointer -1: the cast from an integer is the point.
// NOLINTBEGIN(performance-no-int-to-ptr)
const sqlite3_destructor_type copyText
    = reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));
// NOLINTEND(performance-no-int-to-ptr)

bool onlyWhitespaceOrComments(const char *tail)
{
    // SQLite leaves trailing comments and spaces in the tail; anything else is
    // a second statement.
    const char *p = tail;
    while (*p) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ';') {
            ++p;
        } else if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                ++p;
        } else if (p[0] == '/' && p[1] == '*') {
            p += 2;
            while (*p && !(p[0] == '*' && p[1] == '/'))
                ++p;
            if (*p)
                p += 2;
        } else {
            return false;
        }
    }
    return true;
}

// The cause alone reads best; callers that know more put their own lead first.
QString readFailureLead()
{
    return {};
}

} // namespace

Result<Statement> Statement::prepare(Connection &connection, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    const int code = sqlite3_prepare_v3(connection.handle(), utf8.constData(),
        static_cast<int>(utf8.size()) + 1, 0, &statement, &tail);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return connection.fail(code, readFailureLead());
    }
    if (!statement || (tail && !onlyWhitespaceOrComments(tail))) {
        // A programming error, never user input: bound parameters only.
        sqlite3_finalize(statement);
        return connection.fail(SQLITE_MISUSE,
            StorageMessages::tr("Limber refused to run a malformed command on its history "
                                "file."));
    }
    return Statement(&connection, statement);
}

Statement::Statement(Connection *connection, sqlite3_stmt *statement)
    : m_connection(connection)
    , m_statement(statement)
{ }

Statement::Statement(Statement &&other) noexcept
    : m_connection(other.m_connection)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_bindError(other.m_bindError)
    , m_bindErrorIndex(other.m_bindErrorIndex)
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_connection = other.m_connection;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_bindError = other.m_bindError;
        m_bindErrorIndex = other.m_bindErrorIndex;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

int Statement::parameterIndex(const char *name)
{
    const int index = sqlite3_bind_parameter_index(m_statement, name);
    if (index == 0)
        noteBindResult(SQLITE_RANGE, 0);
    return index;
}

void Statement::noteBindResult(int code, int index)
{
    if (code != SQLITE_OK && m_bindError == SQLITE_OK) {
        m_bindError = code;
        m_bindErrorIndex = index;
    }
}

Statement &Statement::bind(int index, qint64 value)
{
    noteBindResult(sqlite3_bind_int64(m_statement, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    noteBindResult(sqlite3_bind_double(m_statement, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    noteBindResult(sqlite3_bind_text64(m_statement, index, utf8.constData(),
                       static_cast<sqlite3_uint64>(utf8.size()), copyText, SQLITE_UTF8),
        index);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    noteBindResult(sqlite3_bind_null(m_statement, index), index);
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK)
        return m_connection->fail(m_bindError, readFailureLead());
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    // Leave the statement reusable; the error itself is reported from `code`.
    Error error = m_connection->fail(code, readFailureLead());
    sqlite3_reset(m_statement);
    return error;
}

Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return QString::fromUtf8(data, size);
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<int> Statement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

} // namespace limber::sql

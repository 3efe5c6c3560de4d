#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace limber::sql {

class Connection;

/// A prepared statement. Exactly one SQL statement, parameters bound by
/// position (1-based) or by name (":name"), columns read by 0-based index.
/// Not copyable; movable; finalized on destruction.
class Statement
{
public:
    /// Prepares `sql`. Refuses text that holds more than one statement, so a
    /// stray semicolon can never smuggle in a second command.
    static Result<Statement> prepare(Connection &connection, const QString &sql);

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64 {value}); }
    Statement &bind(int index, bool value) { return bind(index, qint64 {value ? 1 : 0}); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bindNull(int index);
    template<typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    template<typename T> Statement &bind(const char *name, const T &value)
    {
        return bind(parameterIndex(name), value);
    }
    Statement &bindNull(const char *name) { return bindNull(parameterIndex(name)); }

    /// Advances to the next row: true when a row is ready, false when done.
    Result<bool> step();
    /// Steps until done; for statements whose rows are not needed.
    Status run();
    /// Makes the statement ready to run again; bindings are kept.
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    std::optional<int> optionalInt(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    Statement(Connection *connection, sqlite3_stmt *statement);
    int parameterIndex(const char *name);
    void noteBindResult(int code, int index);

    Connection *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_bindError = 0;
    int m_bindErrorIndex = 0;
};

} // namespace limber::sql

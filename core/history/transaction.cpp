#include "core/history/transaction.h"

#include "core/history/connection.h"

#include <sqlite3.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber::sql {

Result<Transaction> Transaction::begin(Connection &connection)
{
    if (Status started = connection.execute(u"BEGIN IMMEDIATE"_s); !started)
        return started.error();
    return Transaction(&connection);
}

Transaction::Transaction(Connection *connection)
    : m_connection(connection)
{ }

Transaction::Transaction(Transaction &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
{ }

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_connection)
        return {};
    Status committed = m_connection->execute(u"COMMIT"_s);
    // A failed COMMIT may leave the transaction open (SQLITE_BUSY) or SQLite
    // may already have rolled it back (SQLITE_FULL); rollback() handles both.
    rollback();
    return committed;
}

void Transaction::rollback()
{
    if (!m_connection)
        return;
    Connection *connection = std::exchange(m_connection, nullptr);
    if (connection->handle() && sqlite3_get_autocommit(connection->handle()) == 0)
        sqlite3_exec(connection->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Status runInTransaction(Connection &connection, const std::function<Status(Connection &)> &write)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return transaction.error();
    if (Status written = write(connection); !written)
        return written;
    return transaction.value().commit();
}

} // namespace limber::sql

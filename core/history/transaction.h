#pragma once

#include "core/util/error.h"

#include <functional>

namespace limber::sql {

class Connection;

/// BEGIN IMMEDIATE ... COMMIT. Takes the write lock up front so a write can
/// never fail halfway because another reader upgraded first. Rolls back when
/// destroyed without a successful commit().
class Transaction
{
public:
    static Result<Transaction> begin(Connection &connection);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    /// Commits; the result is checked, because a full disk often shows up only
    /// here. After a failed commit the transaction has been rolled back.
    Status commit();

private:
    explicit Transaction(Connection *connection);
    void rollback();

    Connection *m_connection = nullptr;
};

/// Runs `write` inside one Transaction and commits; nothing of it stays when
/// it fails.
Status runInTransaction(Connection &connection, const std::function<Status(Connection &)> &write);

} // namespace limber::sql

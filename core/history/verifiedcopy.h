#pragma once

#include "core/util/error.h"

#include <QMap>
#include <QString>

namespace limber::sql {
class Connection;
}

namespace limber {

/// Rows in every table of the connection's main database.
Result<QMap<QString, qint64>> tableRowCounts(sql::Connection &connection);

/// Copies the whole database behind `source` into `target` (created or
/// replaced) with the online backup API, as one consistent snapshot. The copy
/// uses a rollback journal, so it is a single self-contained file, and it is
/// accepted only when integrity_check passes and every table has as many rows
/// as in the source. On failure `target` is removed.
Status copyVerified(sql::Connection &source, const QString &target);

/// Replaces the content of `destination` with the database in `source`
/// (online backup API, in one step).
Status copyInto(sql::Connection &source, sql::Connection &destination);

} // namespace limber

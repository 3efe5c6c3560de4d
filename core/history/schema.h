#pragma once

#include "core/util/error.h"

#include <QStringList>

#include <vector>

namespace limber::sql {
class Connection;
}

namespace limber::schema {

/// PRAGMA application_id of every Limber history file ("LMBR" in ASCII), so a
/// file can be told apart from any other SQLite database.
constexpr int applicationId = 0x4C4D4252;

/// PRAGMA user_version this build writes and understands.
constexpr int currentVersion = 3;

/// The oldest SQLite library the schema works with (STRICT tables: 3.37).
constexpr int minimumSqliteVersionNumber = 3037000;

/// Statements that create the newest schema in an empty database.
QStringList fullSchema();

/// One step from version toVersion - 1 to toVersion. Runs inside a
/// transaction that the Migrator opens and commits together with the new
/// user_version, so a step is applied completely or not at all.
struct MigrationStep
{
    int toVersion = 0;
    Status (*apply)(sql::Connection &connection) = nullptr;
};

/// Every step, oldest first; the last one ends at currentVersion.
const std::vector<MigrationStep> &migrationSteps();

} // namespace limber::schema

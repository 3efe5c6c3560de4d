#pragma once

#include "core/history/schema.h"
#include "core/util/error.h"

#include <QStringList>

#include <vector>

namespace limber::sql {
class Connection;
}

namespace limber {

/// Brings a database to the newest schema. A brand-new file gets the full
/// schema in one transaction; an existing file (user_version 0 for an empty
/// file) gets each missing step in its own transaction, which also sets
/// user_version, so an interrupted migration resumes at the step that failed.
class Migrator
{
public:
    /// The real schema of this build.
    Migrator();
    /// Any schema; tests use this to check the machinery with extra steps.
    Migrator(QStringList fullSchema, std::vector<schema::MigrationStep> steps);

    int latestVersion() const;

    /// Creates the newest schema in a database that has nothing in it.
    Status create(sql::Connection &connection) const;
    /// Applies every step after `fromVersion`. The caller has checked that
    /// fromVersion <= latestVersion().
    Status migrate(sql::Connection &connection, int fromVersion) const;

private:
    Status applySteps(sql::Connection &connection, int fromVersion) const;

    QStringList m_fullSchema;
    std::vector<schema::MigrationStep> m_steps;
};

} // namespace limber

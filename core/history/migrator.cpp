#include "core/history/migrator.h"

#include "core/history/connection.h"
#include "core/history/statement.h"
#include "core/history/storagemessages.h"
#include "core/history/transaction.h"

#include <sqlite3.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {
Status setVersion(sql::Connection &connection, int version)
{
    // PRAGMA takes no bound parameters; the value is our own integer.
    return connection.execute(u"PRAGMA user_version = %1"_s.arg(version));
}
Status checkForeignKeys(sql::Connection &connection)
{
    auto check = sql::Statement::prepare(connection, u"PRAGMA foreign_key_check"_s);
    if (!check)
        return check.error();
    auto row = check->step();
    if (!row)
        return row.error();
    if (*row) {
        return connection.fail(SQLITE_CONSTRAINT_FOREIGNKEY,
            StorageMessages::tr("A hold in the history file points to a session that does not "
                                "exist (table %1).")
                .arg(check->text(0)));
    }
    return {};
}

} // namespace

Migrator::Migrator()
    : Migrator(schema::fullSchema(), schema::migrationSteps())
{ }

Migrator::Migrator(QStringList fullSchema, std::vector<schema::MigrationStep> steps)
    : m_fullSchema(std::move(fullSchema))
    , m_steps(std::move(steps))
{ }

int Migrator::latestVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().toVersion;
}

Status Migrator::create(sql::Connection &connection) const
{
    auto transaction = sql::Transaction::begin(connection);
    if (!transaction)
        return transaction.error();
    for (const QString &statement : m_fullSchema) {
        if (Status done = connection.execute(statement); !done)
            return done;
    }
    if (Status done = setVersion(connection, latestVersion()); !done)
        return done;
    return transaction->commit();
}

Status Migrator::migrate(sql::Connection &connection, int fromVersion) const
{
    // A step may rebuild a table (SQLite's documented twelve-step procedure),
    // which needs foreign keys off; they are checked before each commit instead.
    if (Status off = connection.execute(u"PRAGMA foreign_keys = OFF"_s); !off)
        return off;
    Status migrated = applySteps(connection, fromVersion);
    Status on = connection.execute(u"PRAGMA foreign_keys = ON"_s);
    return migrated ? on : migrated;
}

Status Migrator::applySteps(sql::Connection &connection, int fromVersion) const
{
    for (const schema::MigrationStep &step : m_steps) {
        if (step.toVersion <= fromVersion)
            continue;
        auto transaction = sql::Transaction::begin(connection);
        if (!transaction)
            return transaction.error();
        Status applied = step.apply(connection);
        if (applied)
            applied = checkForeignKeys(connection);
        if (applied)
            applied = setVersion(connection, step.toVersion);
        if (applied)
            applied = transaction->commit();
        if (!applied) {
            return Error {StorageMessages::tr("Updating the history file to format %1 failed; "
                                              "the file stays at format %2. %3")
                              .arg(step.toVersion)
                              .arg(step.toVersion - 1)
                              .arg(applied.error().message)};
        }
    }
    return {};
}

} // namespace limber

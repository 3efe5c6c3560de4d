#include "core/history/verifiedcopy.h"

#include "core/history/connection.h"
#include "core/history/statement.h"
#include "core/history/storagemessages.h"

#include <QFile>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

QString quotedIdentifier(QString name)
{
    return u'"' + name.replace(u'"', u"\"\""_s) + u'"';
}

Status verifyCopy(sql::Connection &copy, const QMap<QString, qint64> &expectedCounts)
{
    auto journal = copy.queryText(u"PRAGMA journal_mode = DELETE"_s);
    if (!journal)
        return journal.error();
    auto check = copy.queryText(u"PRAGMA integrity_check(1)"_s);
    if (!check)
        return check.error();
    if (*check != u"ok"_s) {
        return Error {StorageMessages::tr("The backup copy %1 failed its check (%2); it was "
                                          "removed. Check the disk, then try again.")
                          .arg(StorageMessages::native(copy.path()), *check)};
    }
    auto counts = tableRowCounts(copy);
    if (!counts)
        return counts.error();
    if (*counts != expectedCounts) {
        return Error {StorageMessages::tr("The backup copy %1 does not hold the same number of "
                                          "rows as the history; it was removed. Try again.")
                          .arg(StorageMessages::native(copy.path()))};
    }
    return {};
}

} // namespace

Result<QMap<QString, qint64>> tableRowCounts(sql::Connection &connection)
{
    auto tables = sql::Statement::prepare(connection,
        u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        u"ORDER BY name"_s);
    if (!tables)
        return tables.error();
    QMap<QString, qint64> counts;
    for (;;) {
        auto row = tables->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString table = tables->text(0);
        // Identifiers cannot be bound; the name comes from sqlite_schema and is quoted.
        auto count = connection.queryInt(u"SELECT count(*) FROM %1"_s.arg(quotedIdentifier(table)));
        if (!count)
            return count.error();
        counts.insert(table, *count);
    }
    return counts;
}

Status copyInto(sql::Connection &source, sql::Connection &destination)
{
    sqlite3_backup *backup
        = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup) {
        return destination.fail(sqlite3_extended_errcode(destination.handle()),
            StorageMessages::tr("Limber could not copy its history."));
    }
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE) {
        return destination.fail(stepped == SQLITE_OK ? SQLITE_ERROR : stepped,
            StorageMessages::tr("Limber could not copy its history."));
    }
    if (finished != SQLITE_OK)
        return destination.fail(
            finished, StorageMessages::tr("Limber could not copy its history."));
    return {};
}

Status copyVerified(sql::Connection &source, const QString &target)
{
    QFile::remove(target);
    // One read transaction: the counts and the copy see the same snapshot.
    if (Status begun = source.execute(u"BEGIN"_s); !begun)
        return begun;
    auto counts = tableRowCounts(source);
    Status result = counts ? Status() : Status(counts.error());
    if (result) {
        auto copy = sql::Connection::open(target, sql::OpenMode::ReadWriteCreate);
        result = copy ? copyInto(source, copy.value()) : Status(copy.error());
        if (result)
            result = verifyCopy(copy.value(), *counts);
        if (copy && result)
            result = copy->close();
    }
    Status ended = source.execute(u"COMMIT"_s);
    if (result && !ended)
        result = ended;
    if (!result) {
        QFile::remove(target);
        QFile::remove(target + u"-journal"_s);
    }
    return result;
}

} // namespace limber

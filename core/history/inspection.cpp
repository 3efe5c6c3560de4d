#include "core/history/inspection.h"

#include "core/history/connection.h"
#include "core/history/databasefiles.h"
#include "core/history/schema.h"
#include "core/history/statement.h"
#include "core/history/storagemessages.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

using State = Inspection::State;

Inspection failed(int code, const QString &message)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return {State::NotADatabase, 0, StorageMessages::notADatabase()};
    case SQLITE_CORRUPT:
        return {State::Damaged, 0, StorageMessages::failedCheck(message)};
    default:
        return {State::Unreadable, 0, message};
    }
}

Inspection failed(sql::Connection &connection, const Error &error)
{
    const int code = connection.lastErrorCode();
    return failed(
        code, (code & 0xff) == SQLITE_CORRUPT ? connection.lastErrorMessage() : error.message);
}

// The first line the check reports, or nothing when it says "ok".
Result<std::optional<QString>> firstProblem(sql::Connection &connection, bool fullCheck)
{
    auto check = sql::Statement::prepare(
        connection, fullCheck ? u"PRAGMA integrity_check(10)"_s : u"PRAGMA quick_check(10)"_s);
    if (!check)
        return check.error();
    auto row = check->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QString>(u"no result"_s);
    const QString first = check->text(0);
    if (first == u"ok"_s)
        return std::optional<QString>();
    return std::optional<QString>(first);
}

// What the file holds, read through a connection opened in `mode`.
Inspection inspectWith(const QString &path, sql::OpenMode mode, bool fullCheck)
{
    int openCode = 0;
    auto connection = sql::Connection::open(path, mode, &openCode);
    if (!connection)
        return failed(openCode, connection.error().message);
    sql::Connection &db = connection.value();

    auto applicationId = db.queryInt(u"PRAGMA application_id"_s);
    if (!applicationId)
        return failed(db, applicationId.error());
    auto version = db.queryInt(u"PRAGMA user_version"_s);
    if (!version)
        return failed(db, version.error());
    auto objects = db.queryInt(u"SELECT count(*) FROM sqlite_schema"_s);
    if (!objects)
        return failed(db, objects.error());

    if (*applicationId == 0 && *version == 0 && *objects == 0)
        return {State::Empty, 0, {}};
    if (*applicationId != schema::applicationId)
        return {State::Foreign, 0, StorageMessages::foreignDatabase()};

    auto problem = firstProblem(db, fullCheck);
    if (!problem)
        return failed(db, problem.error());
    if (*problem)
        return {State::Damaged, 0, StorageMessages::failedCheck(**problem)};

    const int fileVersion = static_cast<int>(*version);
    if (fileVersion > schema::currentVersion)
        return {State::Newer, fileVersion, {}};
    return {State::Usable, fileVersion, {}};
}

} // namespace

Inspection inspectDatabase(const QString &path, bool fullCheck)
{
    QFile file(path);
    if (!file.exists())
        return {State::Missing, 0, {}};
    if (!file.open(QIODevice::ReadOnly)) {
        return {State::Unreadable, 0,
            StorageMessages::tr("Limber may not read %1. Check the permissions of the file.")
                .arg(StorageMessages::native(path))};
    }
    if (file.size() == 0)
        return {State::Empty, 0, {}};
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {State::NotADatabase, 0, StorageMessages::notADatabase()};

    // A folder where SQLite cannot create its -shm index, or a disk too full
    // for it, is read in immutable mode: exact while the -wal holds nothing.
    // When it holds writes they are read if SQLite can; if not, the file
    // alone tells what it is.
    const QString folder = QFileInfo(path).absolutePath();
    const bool noIndex
        = !DatabaseFiles::folderIsWritable(folder) || DatabaseFiles::diskIsFull(folder);
    const bool walPending = DatabaseFiles(path).hasWalContent();
    Inspection inspection = inspectWith(path,
        noIndex && !walPending ? sql::OpenMode::ReadOnlyImmutable : sql::OpenMode::ReadOnly,
        fullCheck);
    if (inspection.state == State::Unreadable && noIndex && walPending)
        inspection = inspectWith(path, sql::OpenMode::ReadOnlyImmutable, fullCheck);
    return inspection;
}

} // namespace limber

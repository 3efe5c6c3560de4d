#include "core/history/userroutines.h"

#include "core/content/names.h"
#include "core/content/routinefile.h"
#include "core/history/connection.h"
#include "core/history/historystore.h"
#include "core/history/statement.h"
#include "core/history/storagemessages.h"
#include "core/history/transaction.h"
#include "core/util/clock.h"

#include <QTimeZone>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

/// Where a stored routine's problems are said to be: "morning.json" reads
/// like the file the routine would be.
QString storedName(const QString &id)
{
    return id.isEmpty() ? u"routine.json"_s : id + u".json"_s;
}

/// Latin letters that do not decompose into a base letter and marks.
QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
        return u"ss"_s;
    case 0x00E6: // æ
        return u"ae"_s;
    case 0x0153: // œ
        return u"oe"_s;
    case 0x00F8: // ø
        return u"o"_s;
    case 0x0142: // ł
        return u"l"_s;
    case 0x0111: // đ
    case 0x00F0: // ð
        return u"d"_s;
    case 0x00FE: // þ
        return u"th"_s;
    default:
        return {};
    }
}

/// Hyphenated `words` cut to at most `length` characters, ending on a whole
/// word when the first word fits.
QString wholeWords(const QString &words, qsizetype length)
{
    if (words.size() <= length)
        return words;
    if (words.at(length) == u'-')
        return words.left(length);
    const QString cut = words.left(length);
    const qsizetype lastHyphen = cut.lastIndexOf(u'-');
    return lastHyphen > 0 ? cut.left(lastHyphen) : cut;
}

/// How a routine is named in messages: its English title, else its id.
QString shownName(const Routine &routine)
{
    const QString title = routine.title.english().trimmed();
    return title.isEmpty() ? routine.id : title;
}

} // namespace

UserRoutines::UserRoutines(HistoryStore &store)
    : m_store(store)
{ }

Error UserRoutines::failed(const QString &lead, const Error &cause) const
{
    return Error {lead + u' ' + cause.message};
}

Status UserRoutines::refuseWhenReadOnly() const
{
    if (m_store.isReadOnly())
        return Error {tr("Your routines cannot be changed now. %1").arg(m_store.readOnlyMessage())};
    return {};
}

Result<bool> UserRoutines::hasTable() const
{
    // A history of format 1 opened read-only (it could not be updated) has no
    // routines table; it simply has no routines.
    auto count = m_store.connection().queryInt(
        u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'routines'"_s);
    if (!count)
        return count.error();
    return *count > 0;
}

Result<QList<StoredRoutine>> UserRoutines::entries() const
{
    const QString lead = tr("Limber could not read your routines.");
    auto table = hasTable();
    if (!table)
        return failed(lead, table.error());
    if (!*table)
        return QList<StoredRoutine> {};
    auto rows = sql::Statement::prepare(m_store.connection(),
        u"SELECT id, json, created_utc_ms, modified_utc_ms FROM routines ORDER BY position, id"_s);
    if (!rows)
        return failed(lead, rows.error());
    QList<StoredRoutine> result;
    for (;;) {
        auto next = rows->step();
        if (!next)
            return failed(lead, next.error());
        if (!*next)
            return result;
        const QString id = rows->text(0);
        auto routine = parseRoutineJson(rows->text(1).toUtf8(), storedName(id));
        if (!routine) {
            return Error {tr("The routine \"%1\" in %2 cannot be read; it was changed outside "
                             "Limber. Restore a backup, or remove the routine. %3")
                              .arg(id, StorageMessages::native(m_store.databasePath()),
                                  routine.error().message)};
        }
        result.append(
            {std::move(routine.value()), utcFromMs(rows->int64(2)), utcFromMs(rows->int64(3))});
    }
}

Result<QList<Routine>> UserRoutines::list() const
{
    auto stored = entries();
    if (!stored)
        return stored.error();
    QList<Routine> result;
    result.reserve(stored->size());
    for (const StoredRoutine &entry : *stored)
        result.append(entry.routine);
    return result;
}

Result<std::optional<Routine>> UserRoutines::find(const QString &id) const
{
    const QString lead = tr("Limber could not read your routine \"%1\".").arg(id);
    auto table = hasTable();
    if (!table)
        return failed(lead, table.error());
    if (!*table)
        return std::optional<Routine> {};
    auto row = sql::Statement::prepare(
        m_store.connection(), u"SELECT json FROM routines WHERE id = :id"_s);
    if (!row)
        return failed(lead, row.error());
    row->bind(":id", id);
    auto found = row->step();
    if (!found)
        return failed(lead, found.error());
    if (!*found)
        return std::optional<Routine> {};
    auto routine = parseRoutineJson(row->text(0).toUtf8(), storedName(id));
    if (!routine)
        return failed(lead, routine.error());
    return std::optional<Routine>(std::move(routine.value()));
}

Result<QSet<QString>> UserRoutines::ids() const
{
    auto stored = entries();
    if (!stored)
        return stored.error();
    QSet<QString> result;
    for (const StoredRoutine &entry : *stored)
        result.insert(entry.routine.id);
    return result;
}

Status UserRoutines::save(const Routine &routine)
{
    const QString title = shownName(routine);
    if (Status writable = refuseWhenReadOnly(); !writable)
        return writable;
    // Checked by reading it back as a file: whatever is stored can be read,
    // exported and handed over.
    const QByteArray json = routineToJson(routine);
    if (auto check = parseRoutineJson(json, storedName(routine.id)); !check) {
        return Error {tr("The routine \"%1\" was not saved: %2").arg(title, check.error().message)};
    }
    const QString lead = tr("Limber could not save the routine \"%1\".").arg(title);
    auto upsert = sql::Statement::prepare(m_store.connection(),
        uR"(INSERT INTO routines (id, json, position, created_utc_ms, modified_utc_ms)
VALUES (:id, :json, (SELECT coalesce(max(position), 0) + 1 FROM routines), :now, :now)
ON CONFLICT (id) DO UPDATE SET json = excluded.json, modified_utc_ms = excluded.modified_utc_ms)"_s);
    if (!upsert)
        return failed(lead, upsert.error());
    upsert->bind(":id", routine.id)
        .bind(":json", QString::fromUtf8(json))
        .bind(":now", m_store.clock().nowUtc().toMSecsSinceEpoch());
    // One statement: SQLite applies it whole or not at all.
    if (Status done = upsert->run(); !done)
        return failed(lead, done.error());
    return {};
}

Status UserRoutines::remove(const QString &id)
{
    if (Status writable = refuseWhenReadOnly(); !writable)
        return writable;
    const QString lead = tr("Limber could not remove the routine \"%1\".").arg(id);
    auto remove
        = sql::Statement::prepare(m_store.connection(), u"DELETE FROM routines WHERE id = :id"_s);
    if (!remove)
        return failed(lead, remove.error());
    remove->bind(":id", id);
    if (Status done = remove->run(); !done)
        return failed(lead, done.error());
    return {};
}

Status UserRoutines::reorder(const QStringList &ids)
{
    if (Status writable = refuseWhenReadOnly(); !writable)
        return writable;
    const QString lead = tr("Limber could not change the order of your routines.");
    sql::Connection &db = m_store.connection();
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return failed(lead, transaction.error());
    auto current = sql::Statement::prepare(db, u"SELECT id FROM routines ORDER BY position, id"_s);
    if (!current)
        return failed(lead, current.error());
    QStringList present;
    for (;;) {
        auto next = current->step();
        if (!next)
            return failed(lead, next.error());
        if (!*next)
            break;
        present.append(current->text(0));
    }
    QStringList order;
    for (const QString &id : ids) {
        if (present.contains(id) && !order.contains(id))
            order.append(id);
    }
    for (const QString &id : std::as_const(present)) {
        if (!order.contains(id))
            order.append(id);
    }
    auto move
        = sql::Statement::prepare(db, u"UPDATE routines SET position = :position WHERE id = :id"_s);
    if (!move)
        return failed(lead, move.error());
    for (qsizetype i = 0; i < order.size(); ++i) {
        move->reset();
        move->bind(":position", static_cast<qint64>(i + 1)).bind(":id", order.at(i));
        if (Status done = move->run(); !done)
            return failed(lead, done.error());
    }
    if (Status committed = transaction->commit(); !committed)
        return failed(lead, committed.error());
    return {};
}

Result<bool> UserRoutines::addIfMissing(const StoredRoutine &entry)
{
    if (Status writable = refuseWhenReadOnly(); !writable)
        return writable.error();
    const QString lead
        = tr("Limber could not add the routine \"%1\".").arg(shownName(entry.routine));
    const QByteArray json = routineToJson(entry.routine);
    if (auto check = parseRoutineJson(json, storedName(entry.routine.id)); !check)
        return Error {tr("The routine \"%1\" was not added: %2")
                          .arg(shownName(entry.routine), check.error().message)};
    auto insert = sql::Statement::prepare(m_store.connection(),
        uR"(INSERT INTO routines (id, json, position, created_utc_ms, modified_utc_ms)
VALUES (:id, :json, (SELECT coalesce(max(position), 0) + 1 FROM routines), :created, :modified)
ON CONFLICT (id) DO NOTHING)"_s);
    if (!insert)
        return failed(lead, insert.error());
    insert->bind(":id", entry.routine.id)
        .bind(":json", QString::fromUtf8(json))
        .bind(":created", entry.createdUtc.toMSecsSinceEpoch())
        .bind(":modified", entry.modifiedUtc.toMSecsSinceEpoch());
    if (Status done = insert->run(); !done)
        return failed(lead, done.error());
    return sqlite3_changes(m_store.connection().handle()) > 0;
}

QString newRoutineId(const QString &title, const QSet<QString> &taken)
{
    QString words;
    bool pendingHyphen = false;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        const QChar lower = c.toLower();
        QString letters = spelledOut(lower);
        if (letters.isEmpty()
            && ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')))
            letters = lower;
        if (letters.isEmpty()) {
            pendingHyphen = !words.isEmpty();
            continue;
        }
        if (pendingHyphen)
            words += u'-';
        pendingHyphen = false;
        words += letters;
    }
    if (words.isEmpty())
        words = u"routine"_s;
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? QString() : u'-' + QString::number(n);
        QString candidate = wholeWords(words, maxIdLength - suffix.size()) + suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace limber

#include "core/history/sessionrecords.h"

#include "core/history/calendar.h"
#include "core/history/connection.h"
#include "core/history/historyqueries.h"
#include "core/history/historystore.h"
#include "core/history/statement.h"
#include "core/history/transaction.h"

#include <QTimeZone>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {

SessionRecords::SessionRecords(HistoryStore &store)
    : m_store(store)
{ }

Result<QList<SessionRecord>> SessionRecords::between(
    QDate first, QDate last, const HistoryFilter &filter) const
{
    // Exercise names are joined with a newline, which an id never holds.
    auto query = sql::Statement::prepare(m_store.connection(), uR"(SELECT s.id, s.started_utc_ms,
    s.started_offset_s, s.status, s.local_day,
    (SELECT count(*) FROM holds h WHERE h.session_id = s.id),
    (SELECT coalesce(sum(h.held_ms), 0) FROM holds h WHERE h.session_id = s.id),
    (SELECT group_concat(exercise_id, char(10)) FROM (SELECT DISTINCT h.exercise_id
        FROM holds h WHERE h.session_id = s.id ORDER BY 1))
FROM sessions s
WHERE s.local_day BETWEEN :first AND :last AND s.hold_count > 0
    AND (:exercise IS NULL OR EXISTS (SELECT 1 FROM session_exercises e
        WHERE e.session_id = s.id AND e.exercise_id = :exercise))
ORDER BY s.started_utc_ms DESC, s.id DESC)"_s);
    if (!query)
        return query.error();
    query->bind(":first", dayNumber(first)).bind(":last", dayNumber(last));
    if (filter.exerciseId.isEmpty())
        query->bindNull(":exercise");
    else
        query->bind(":exercise", filter.exerciseId);
    QList<SessionRecord> records;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return records;
        const sql::Statement &s = query.value();
        SessionRecord record;
        record.id = s.int64(0);
        record.started
            = QDateTime::fromMSecsSinceEpoch(s.int64(1), QTimeZone(static_cast<int>(s.int64(2))));
        record.status = s.text(3);
        record.localDay = dateOfDayNumber(s.int64(4));
        record.holdCount = s.integer(5);
        record.heldMs = s.int64(6);
        record.exerciseIds = s.text(7).split(u'\n', Qt::SkipEmptyParts);
        records.append(record);
    }
}

Result<int> SessionRecords::remove(qint64 id)
{
    const QString lead = tr("Limber could not delete the session.");
    const auto failed = [&lead](const Error &cause) { return Error {lead + u' ' + cause.message}; };
    if (m_store.isReadOnly())
        return Error {lead + u' ' + m_store.readOnlyMessage()};
    sql::Connection &db = m_store.connection();
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return failed(transaction.error());
    auto find = sql::Statement::prepare(
        db, uR"(SELECT status, (SELECT count(*) FROM holds WHERE session_id = :id)
FROM sessions WHERE id = :id)"_s);
    if (!find)
        return failed(find.error());
    find->bind(":id", id);
    auto found = find->step();
    if (!found)
        return failed(found.error());
    if (!*found)
        return Error {tr("That session is no longer in your history.")};
    if (find->text(0) == u"in_progress"_s)
        return Error {tr("That session is still running. Finish or stop it, then delete it.")};
    const int holds = find->integer(1);
    for (const QString &sql :
        {u"DELETE FROM holds WHERE session_id = :id"_s, u"DELETE FROM sessions WHERE id = :id"_s}) {
        auto remove = sql::Statement::prepare(db, sql);
        if (!remove)
            return failed(remove.error());
        remove->bind(":id", id);
        if (Status done = remove->run(); !done)
            return failed(done.error());
    }
    if (Status committed = transaction->commit(); !committed)
        return failed(committed.error());
    return holds;
}

} // namespace limber

#include "core/history/sessionqueries.h"

#include "core/history/calendar.h"
#include "core/history/historystore.h"
#include "core/history/statement.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

SessionQueries::SessionQueries(HistoryStore &store)
    : m_store(store)
{ }

Result<int> SessionQueries::sessionCount() const
{
    auto count = m_store.connection().queryInt(u"SELECT count(*) FROM sessions"_s);
    if (!count)
        return count.error();
    return static_cast<int>(*count);
}

Result<SessionOutcomes> SessionQueries::outcomes(QDate first, QDate last) const
{
    // sessions_by_day covers local_day, so this reads the days asked for only.
    auto query = sql::Statement::prepare(m_store.connection(), uR"(SELECT count(*),
    coalesce(sum(status = 'completed'), 0),
    coalesce(sum(status = 'stopped'), 0),
    coalesce(sum(status = 'stopped' AND stop_reason = 'pain'), 0),
    coalesce(sum(status IN ('interrupted', 'in_progress')), 0)
FROM sessions WHERE local_day BETWEEN :first AND :last)"_s);
    if (!query)
        return query.error();
    query->bind(":first", dayNumber(first)).bind(":last", dayNumber(last));
    auto row = query->step();
    if (!row)
        return row.error();
    SessionOutcomes outcomes;
    if (*row) {
        outcomes.total = query->integer(0);
        outcomes.completed = query->integer(1);
        outcomes.stopped = query->integer(2);
        outcomes.stoppedForPain = query->integer(3);
        outcomes.interrupted = query->integer(4);
    }
    return outcomes;
}

Result<QList<SessionNote>> SessionQueries::recentNotes(QDate first, QDate last, int limit) const
{
    auto query = sql::Statement::prepare(m_store.connection(), uR"(SELECT local_day, note
FROM sessions WHERE local_day BETWEEN :first AND :last AND trim(note) <> ''
ORDER BY started_utc_ms DESC, id DESC LIMIT :limit)"_s);
    if (!query)
        return query.error();
    query->bind(":first", dayNumber(first)).bind(":last", dayNumber(last)).bind(":limit", limit);
    QList<SessionNote> notes;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return notes;
        notes.append({dateOfDayNumber(query->int64(0)), query->text(1)});
    }
}

} // namespace limber

#include "core/history/historyqueries.h"

#include "core/history/historystore.h"
#include "core/history/statement.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr double lagThreshold = 0.2;
constexpr int balanceDays = 28;

std::optional<QString> exerciseOf(const HistoryFilter &filter)
{
    if (filter.exerciseId.isEmpty())
        return std::nullopt;
    return filter.exerciseId;
}

// Prepares `sql` and binds the day range and the optional exercise filter.
Result<sql::Statement> prepareRange(HistoryStore &store, const QString &sql, qint64 firstDay,
    qint64 lastDay, const HistoryFilter &filter)
{
    auto statement = sql::Statement::prepare(store.connection(), sql);
    if (!statement)
        return statement;
    statement.value()
        .bind(":first", firstDay)
        .bind(":last", lastDay)
        .bind(":exercise", exerciseOf(filter));
    return statement;
}

Result<QList<qint64>> distinctDays(
    HistoryStore &store, qint64 firstDay, qint64 lastDay, const HistoryFilter &filter)
{
    auto query = prepareRange(store, uR"(SELECT DISTINCT local_day FROM hold_days
WHERE local_day BETWEEN :first AND :last AND (:exercise IS NULL OR exercise_id = :exercise)
ORDER BY local_day)"_s,
        firstDay, lastDay, filter);
    if (!query)
        return query.error();
    QList<qint64> days;
    for (;;) {
        auto row = query.value().step();
        if (!row)
            return row.error();
        if (!*row)
            return days;
        days.append(query.value().int64(0));
    }
}

} // namespace

SideBalance balanceOf(qint64 leftMs, qint64 rightMs, int sessions)
{
    SideBalance balance;
    balance.leftMs = leftMs;
    balance.rightMs = rightMs;
    balance.sessions = sessions;
    if (!balance.hasEnoughToCompare())
        return balance;
    const qint64 larger = std::max(leftMs, rightMs);
    if (larger <= 0)
        return balance;
    balance.lagFraction
        = 1.0 - static_cast<double>(std::min(leftMs, rightMs)) / static_cast<double>(larger);
    if (balance.lagFraction > lagThreshold)
        balance.lagging = leftMs < rightMs ? Side::Left : Side::Right;
    return balance;
}

HistoryQueries::HistoryQueries(HistoryStore &store)
    : m_store(store)
{ }

Result<QList<ExerciseWeekTotal>> HistoryQueries::weeklyTotals(
    const WeekWindow &window, const HistoryFilter &filter) const
{
    auto query = prepareRange(m_store, uR"(SELECT (local_day - :first) / 7, exercise_id, side,
    sum(hold_count), sum(held_ms), max(longest_ms), max(best_reach)
FROM hold_days
WHERE local_day BETWEEN :first AND :last AND (:exercise IS NULL OR exercise_id = :exercise)
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3)"_s,
        dayNumber(window.firstDay()), dayNumber(window.lastDay()), filter);
    if (!query)
        return query.error();
    sql::Statement &statement = query.value();
    QList<ExerciseWeekTotal> totals;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return totals;
        ExerciseWeekTotal total;
        total.weekStart = window.weekStart(statement.integer(0));
        total.exerciseId = statement.text(1);
        sideFromKey(statement.text(2), &total.side);
        total.holdCount = statement.integer(3);
        total.heldMs = statement.int64(4);
        total.longestMs = statement.int64(5);
        total.bestReach = statement.optionalInt(6);
        totals.append(total);
    }
}

Result<QList<WeekSummary>> HistoryQueries::weeklySummary(
    const WeekWindow &window, const HistoryFilter &filter) const
{
    QList<WeekSummary> weeks(window.weekCount());
    for (int i = 0; i < window.weekCount(); ++i)
        weeks[i].weekStart = window.weekStart(i);
    const qint64 first = dayNumber(window.firstDay());
    const qint64 last = dayNumber(window.lastDay());

    auto holds = prepareRange(m_store, uR"(SELECT (local_day - :first) / 7,
    sum(hold_count), sum(held_ms), max(longest_ms), max(best_reach)
FROM hold_days
WHERE local_day BETWEEN :first AND :last AND (:exercise IS NULL OR exercise_id = :exercise)
GROUP BY 1)"_s,
        first, last, filter);
    if (!holds)
        return holds.error();
    for (;;) {
        auto row = holds.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const sql::Statement &s = holds.value();
        WeekSummary &week = weeks[s.integer(0)];
        week.holdCount = s.integer(1);
        week.heldMs = s.int64(2);
        week.longestHoldMs = s.int64(3);
        week.bestReach = s.optionalInt(4);
    }

    // Without a filter every session of the week counts for pain, and those
    // with holds for the session count. With one, the sessions that included
    // the exercise count for both.
    const QString sessionsSql = filter.exerciseId.isEmpty()
        ? uR"(SELECT (local_day - :first) / 7, sum(hold_count > 0), avg(pain_before),
    avg(pain_after)
FROM sessions
WHERE local_day BETWEEN :first AND :last AND :exercise IS NULL
GROUP BY 1)"_s
        : uR"(SELECT (e.local_day - :first) / 7, count(*), avg(s.pain_before), avg(s.pain_after)
FROM session_exercises e JOIN sessions s ON s.id = e.session_id
WHERE e.exercise_id = :exercise AND e.local_day BETWEEN :first AND :last
GROUP BY 1)"_s;
    auto sessions = prepareRange(m_store, sessionsSql, first, last, filter);
    if (!sessions)
        return sessions.error();
    for (;;) {
        auto row = sessions.value().step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const sql::Statement &s = sessions.value();
        WeekSummary &week = weeks[s.integer(0)];
        week.sessionCount = s.integer(1);
        week.averagePainBefore = s.optionalReal(2);
        week.averagePainAfter = s.optionalReal(3);
    }
    return weeks;
}

Result<Streaks> HistoryQueries::streaks(QDate today, const HistoryFilter &filter) const
{
    auto days = distinctDays(m_store, 0, std::numeric_limits<qint64>::max(), filter);
    if (!days)
        return days.error();
    return computeStreaks(*days, dayNumber(today));
}

Result<QList<QDate>> HistoryQueries::practisedDays(
    int year, int month, const HistoryFilter &filter) const
{
    const QDate first(year, month, 1);
    auto days = distinctDays(m_store, dayNumber(first), dayNumber(first.addMonths(1)) - 1, filter);
    if (!days)
        return days.error();
    QList<QDate> dates;
    dates.reserve(days->size());
    for (qint64 day : *days)
        dates.append(dateOfDayNumber(day));
    return dates;
}

Result<SideBalance> HistoryQueries::sideBalance(QDate today, const HistoryFilter &filter) const
{
    auto query = prepareRange(m_store, uR"(SELECT
    coalesce(sum(CASE WHEN side = 'left' THEN held_ms END), 0),
    coalesce(sum(CASE WHEN side = 'right' THEN held_ms END), 0),
    (SELECT count(DISTINCT session_id) FROM holds
        WHERE local_day BETWEEN :first AND :last AND side IN ('left', 'right')
            AND (:exercise IS NULL OR exercise_id = :exercise))
FROM hold_days
WHERE local_day BETWEEN :first AND :last AND (:exercise IS NULL OR exercise_id = :exercise))"_s,
        dayNumber(today) - (balanceDays - 1), dayNumber(today), filter);
    if (!query)
        return query.error();
    auto row = query.value().step();
    if (!row)
        return row.error();
    return balanceOf(query.value().int64(0), query.value().int64(1), query.value().integer(2));
}

Result<QStringList> HistoryQueries::exerciseIds() const
{
    auto query = sql::Statement::prepare(
        m_store.connection(), u"SELECT DISTINCT exercise_id FROM hold_days ORDER BY 1"_s);
    if (!query)
        return query.error();
    QStringList ids;
    for (;;) {
        auto row = query.value().step();
        if (!row)
            return row.error();
        if (!*row)
            return ids;
        ids.append(query.value().text(0));
    }
}

Result<std::optional<LastSession>> HistoryQueries::lastSession() const
{
    auto query
        = sql::Statement::prepare(m_store.connection(), uR"(SELECT s.started_utc_ms, s.status,
    (SELECT count(*) FROM holds h WHERE h.session_id = s.id),
    (SELECT coalesce(sum(h.held_ms), 0) FROM holds h WHERE h.session_id = s.id),
    s.started_offset_s
FROM sessions s ORDER BY s.started_utc_ms DESC, s.id DESC LIMIT 1)"_s);
    if (!query)
        return query.error();
    auto row = query.value().step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<LastSession>();
    LastSession last;
    // In the offset the person's clock had then, so the date reads as they lived it.
    last.started = QDateTime::fromMSecsSinceEpoch(
        query.value().int64(0), QTimeZone(static_cast<int>(query.value().int64(4))));
    last.status = query.value().text(1);
    last.holds = static_cast<int>(query.value().int64(2));
    last.heldMs = query.value().int64(3);
    return std::optional<LastSession>(last);
}

} // namespace limber

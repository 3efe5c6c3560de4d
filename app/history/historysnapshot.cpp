#include "app/history/historysnapshot.h"

#include "core/history/calendar.h"

#include <QHash>

namespace limber {

QList<WeekRow> combineWeeks(
    const QList<WeekSummary> &summary, const QList<ExerciseWeekTotal> &totals)
{
    QList<WeekRow> rows;
    rows.reserve(summary.size());
    QHash<QDate, qsizetype> rowOfWeek;
    for (const WeekSummary &week : summary) {
        WeekRow row;
        row.weekStart = week.weekStart;
        row.holdCount = week.holdCount;
        row.longestHoldMs = week.longestHoldMs;
        row.sessionCount = week.sessionCount;
        row.bestReach = week.bestReach;
        row.painBefore = week.averagePainBefore;
        row.painAfter = week.averagePainAfter;
        rowOfWeek.insert(week.weekStart, rows.size());
        rows.append(row);
    }
    for (const ExerciseWeekTotal &total : totals) {
        const auto found = rowOfWeek.constFind(total.weekStart);
        if (found == rowOfWeek.cend())
            continue;
        WeekRow &row = rows[*found];
        switch (total.side) {
        case Side::Left:
            row.leftMs += total.heldMs;
            break;
        case Side::Right:
            row.rightMs += total.heldMs;
            break;
        case Side::None:
            row.unsidedMs += total.heldMs;
            break;
        }
    }
    return rows;
}

Result<HistorySnapshot> loadHistory(const HistoryQueries &queries, const HistoryRequest &request)
{
    const WeekWindow window(request.lastWeekDay, request.weekCount, request.firstDayOfWeek);
    HistorySnapshot snapshot;

    auto ids = queries.exerciseIds();
    if (!ids)
        return ids.error();
    snapshot.exerciseIds = *ids;
    if (!snapshot.hasHolds()) {
        // Nothing to read: every week is empty, and the page shows its first-use state.
        for (int i = 0; i < window.weekCount(); ++i) {
            WeekRow row;
            row.weekStart = window.weekStart(i);
            snapshot.weeks.append(row);
        }
        return snapshot;
    }

    auto summary = queries.weeklySummary(window, request.filter);
    if (!summary)
        return summary.error();
    auto totals = queries.weeklyTotals(window, request.filter);
    if (!totals)
        return totals.error();
    snapshot.weeks = combineWeeks(*summary, *totals);

    auto streaks = queries.streaks(request.today, request.filter);
    if (!streaks)
        return streaks.error();
    snapshot.streaks = *streaks;
    auto balance = queries.sideBalance(request.today, request.filter);
    if (!balance)
        return balance.error();
    snapshot.balance = *balance;
    return snapshot;
}

} // namespace limber

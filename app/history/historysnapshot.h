#pragma once

#include "core/history/historyqueries.h"
#include "core/util/error.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace limber {

/// One week of the history page: the week summary with the minutes split by side.
struct WeekRow
{
    QDate weekStart;
    qint64 leftMs = 0;
    qint64 rightMs = 0;
    /// Holds of exercises without sides.
    qint64 unsidedMs = 0;
    int holdCount = 0;
    qint64 longestHoldMs = 0;
    int sessionCount = 0;
    std::optional<int> bestReach;
    std::optional<double> painBefore;
    std::optional<double> painAfter;

    qint64 totalMs() const { return leftMs + rightMs + unsidedMs; }
};

/// Joins the weekly summary with the per-side totals of the same window:
/// one row per summary week, in the summary's order.
QList<WeekRow> combineWeeks(
    const QList<WeekSummary> &summary, const QList<ExerciseWeekTotal> &totals);

/// What the history page asks for.
struct HistoryRequest
{
    /// The local date the streaks and the side balance end on.
    QDate today;
    /// Any day of the newest week to show.
    QDate lastWeekDay;
    int weekCount = 12;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    HistoryFilter filter;
};

/// Everything the history page shows apart from the month calendar, read
/// in one go through HistoryQueries.
struct HistorySnapshot
{
    QList<WeekRow> weeks;
    Streaks streaks;
    SideBalance balance;
    /// Every exercise with holds, whatever the filter.
    QStringList exerciseIds;

    bool hasHolds() const { return !exerciseIds.isEmpty(); }
};

/// Reads the snapshot for \a request.
Result<HistorySnapshot> loadHistory(const HistoryQueries &queries, const HistoryRequest &request);

} // namespace limber

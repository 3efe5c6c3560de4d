#pragma once

#include "core/history/calendar.h"
#include "core/history/streaks.h"
#include "core/model/side.h"
#include "core/util/error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

class HistoryStore;

/// Narrows a query to one exercise; an empty id means every exercise.
struct HistoryFilter
{
    QString exerciseId;
};

/// Holds of one exercise on one side in one week.
struct ExerciseWeekTotal
{
    QDate weekStart;
    QString exerciseId;
    Side side = Side::None;
    int holdCount = 0;
    qint64 heldMs = 0;
    qint64 longestMs = 0;
    std::optional<int> bestReach;

    double heldMinutes() const { return static_cast<double>(heldMs) / 60000.0; }
    friend bool operator==(const ExerciseWeekTotal &, const ExerciseWeekTotal &) = default;
};

/// Everything the history page shows for one week.
struct WeekSummary
{
    QDate weekStart;
    int holdCount = 0;
    qint64 heldMs = 0;
    qint64 longestHoldMs = 0;
    /// Sessions started this week with at least one (matching) hold.
    int sessionCount = 0;
    /// The furthest reach (0..3) recorded this week.
    std::optional<int> bestReach;
    /// Averages over this week's sessions that recorded pain.
    std::optional<double> averagePainBefore;
    std::optional<double> averagePainAfter;

    double heldMinutes() const { return static_cast<double>(heldMs) / 60000.0; }
};

/// Left against right over the 28 days that end today.
struct SideBalance
{
    qint64 leftMs = 0;
    qint64 rightMs = 0;
    /// The side that lags by more than 20 % of the other; None when balanced.
    Side lagging = Side::None;
    /// 1 - smaller / larger; 0 when both are equal or empty.
    double lagFraction = 0.0;
    /// Sessions with a left or right hold in those days.
    int sessions = 0;

    /// Fewer sessions than this say nothing about balance: one short hold,
    /// or one session cut short after its first side, is not a habit.
    static constexpr int sessionsToCompare = 2;

    bool isUnbalanced() const { return lagging != Side::None; }
    /// Whether there is enough to compare the sides at all.
    bool hasEnoughToCompare() const
    {
        return sessions >= sessionsToCompare && (leftMs > 0 || rightMs > 0);
    }
};

/// The most recent session, for a one-line reminder on the start page.
struct LastSession
{
    QDateTime started; ///< when it began, in the UTC offset the person had then
    QString status; ///< in_progress, completed, stopped or interrupted
    int holds = 0;
    qint64 heldMs = 0;
};

/// Read-only questions the history page and the reports ask. Every week is a
/// week of the user's calendar: a hold counts on the local date it started
/// (its UTC time plus the offset stored with it), so a week stays the same
/// after travel or a DST change.
class HistoryQueries
{
public:
    explicit HistoryQueries(HistoryStore &store);

    /// Per exercise and side, for each week of `window` that has holds;
    /// ordered by week, exercise, side.
    Result<QList<ExerciseWeekTotal>> weeklyTotals(
        const WeekWindow &window, const HistoryFilter &filter = {}) const;
    /// One entry for every week of `window`, empty weeks included.
    Result<QList<WeekSummary>> weeklySummary(
        const WeekWindow &window, const HistoryFilter &filter = {}) const;
    /// Current and best run of practised days, as of `today` (local date).
    Result<Streaks> streaks(QDate today, const HistoryFilter &filter = {}) const;
    /// Local dates with at least one hold in the given month, ascending.
    Result<QList<QDate>> practisedDays(int year, int month, const HistoryFilter &filter = {}) const;
    /// Left against right over the 28 days ending on `today`.
    Result<SideBalance> sideBalance(QDate today, const HistoryFilter &filter = {}) const;
    /// Every exercise that has holds, for a filter list.
    Result<QStringList> exerciseIds() const;
    /// The session that started last; nullopt when there is none.
    Result<std::optional<LastSession>> lastSession() const;

private:
    HistoryStore &m_store;
};

/// The balance for two totals from \a sessions sessions; a side lags when
/// it has less than 80 % of the other and there is enough to compare.
SideBalance balanceOf(qint64 leftMs, qint64 rightMs, int sessions = SideBalance::sessionsToCompare);

} // namespace limber

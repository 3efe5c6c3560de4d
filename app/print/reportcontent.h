#pragma once

#include "app/history/historysnapshot.h"
#include "core/history/historyqueries.h"
#include "core/history/sessionqueries.h"
#include "core/history/targetevents.h"
#include "core/util/error.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

class ContentLibrary;
class HistoryStore;

/// What a progress report covers.
struct ReportOptions
{
    /// The local date the report is made on; its week is the last one.
    QDate today;
    int weekCount = 8;
    /// Language, date format, first day of the week.
    QLocale locale;
};

/// How far into the stretch one exercise went, week by week.
struct ReachProgress
{
    QString exerciseTitle;
    /// The exercise's ladder, easiest first ("Level 1".. when it has none).
    QStringList levelNames;
    /// The furthest reach of each week of the report, either side.
    QList<std::optional<int>> bestReach;
};

/// The hold target of one exercise: where it stands and how it changed.
struct TargetHistory
{
    QString exerciseTitle;
    bool sided = false; ///< done on alternating sides
    TargetEvent current; ///< the newest decision that set the target
    /// Decisions that set the target within the report's days, oldest first.
    QList<TargetEvent> changes;
};

/// Everything a progress report shows, as plain values.
struct ReportContent
{
    QLocale locale;
    QDate madeOn;
    /// The days covered: the first day of the first week up to the day the
    /// report was made.
    QDate firstDay;
    QDate lastDay;
    /// One row per week of the report, oldest first.
    QList<WeekRow> weeks;
    SessionOutcomes sessions;
    Streaks streaks;
    /// Left against right over the four weeks ending on madeOn.
    SideBalance balance;
    /// Exercises with reach recorded in these weeks.
    QList<ReachProgress> reach;
    /// Exercises practised in these weeks whose target the person or a
    /// proposal ever set, in the order they were practised.
    QList<TargetHistory> targets;
    /// The most recent notes, newest first, trimmed.
    QList<SessionNote> notes;
    /// Titles of the exercises practised in these weeks.
    QStringList exercises;
};

/// Reads a ReportContent from a history (HistoryQueries and SessionQueries)
/// and names exercises and reach levels from the content library.
class ReportContentBuilder
{
public:
    /// Notes on the report at most, and the characters kept of each.
    static constexpr int maxNotes = 10;
    static constexpr int maxNoteLength = 280;

    ReportContentBuilder(HistoryStore &store, const ContentLibrary &library);

    Result<ReportContent> build(const ReportOptions &options) const;

    /// \a note without surrounding or repeated white space, cut after a
    /// whole word with an ellipsis when longer than \a maxLength.
    static QString trimmedNote(const QString &note, int maxLength = maxNoteLength);

private:
    QString exerciseTitle(const QString &id, const QLocale &locale) const;
    QStringList levelNames(const QString &id, const QLocale &locale) const;
    Result<QList<TargetHistory>> targetHistories(
        const QStringList &exerciseIds, const QLocale &locale, QDate firstDay, QDate lastDay) const;

    HistoryStore &m_store;
    const ContentLibrary &m_library;
};

} // namespace limber

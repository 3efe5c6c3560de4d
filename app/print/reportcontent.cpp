#include "app/print/reportcontent.h"

#include "app/history/historytext.h"
#include "core/content/contentlibrary.h"
#include "core/history/calendar.h"

#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr int genericLadderSteps = 4;

/// Furthest reach per exercise and week, either side.
QMap<QString, QMap<QDate, int>> reachByExercise(const QList<ExerciseWeekTotal> &totals)
{
    QMap<QString, QMap<QDate, int>> reach;
    for (const ExerciseWeekTotal &total : totals) {
        if (!total.bestReach)
            continue;
        QMap<QDate, int> &weeks = reach[total.exerciseId];
        const auto found = weeks.constFind(total.weekStart);
        if (found == weeks.cend() || *found < *total.bestReach)
            weeks.insert(total.weekStart, *total.bestReach);
    }
    return reach;
}

} // namespace

ReportContentBuilder::ReportContentBuilder(HistoryStore &store, const ContentLibrary &library)
    : m_store(store)
    , m_library(library)
{ }

QString ReportContentBuilder::exerciseTitle(const QString &id, const QLocale &locale) const
{
    const Exercise *exercise = m_library.exercise(id);
    return exercise ? exercise->title.text(locale.uiLanguages()) : id;
}

QStringList ReportContentBuilder::levelNames(const QString &id, const QLocale &locale) const
{
    const Exercise *exercise = m_library.exercise(id);
    if (!exercise || exercise->reachLevels.isEmpty())
        return HistoryText::genericLevelNames(genericLadderSteps);
    QStringList names;
    for (const LocalizedText &level : exercise->reachLevels)
        names.append(level.text(locale.uiLanguages()));
    return names;
}

QString ReportContentBuilder::trimmedNote(const QString &note, int maxLength)
{
    QString text = note.simplified();
    if (text.size() <= maxLength)
        return text;
    // Cut at the last space that keeps the note within the length, so no
    // word is broken; a single long word is cut where it must be.
    qsizetype cut = text.lastIndexOf(u' ', maxLength - 1);
    if (cut <= maxLength / 2)
        cut = maxLength - 1;
    text.truncate(cut);
    while (text.endsWith(u' ') || text.endsWith(u',') || text.endsWith(u';'))
        text.chop(1);
    return text + u"\u2026"_s;
}

Result<QList<TargetHistory>> ReportContentBuilder::targetHistories(
    const QStringList &exerciseIds, const QLocale &locale, QDate firstDay, QDate lastDay) const
{
    const TargetEvents events(m_store);
    QList<TargetHistory> histories;
    for (const QString &id : exerciseIds) {
        auto decisions = events.forExercise(id);
        if (!decisions)
            return decisions.error();
        TargetHistory history;
        bool set = false;
        for (const TargetEvent &event : std::as_const(*decisions)) {
            if (!event.setsTarget())
                continue;
            history.current = event;
            set = true;
            if (event.localDate() >= firstDay && event.localDate() <= lastDay)
                history.changes.append(event);
        }
        if (!set)
            continue;
        history.exerciseTitle = exerciseTitle(id, locale);
        const Exercise *exercise = m_library.exercise(id);
        history.sided = exercise && exercise->sideMode == SideMode::Alternating;
        histories.append(history);
    }
    return histories;
}

Result<ReportContent> ReportContentBuilder::build(const ReportOptions &options) const
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const Qt::DayOfWeek firstDayOfWeek = options.locale.firstDayOfWeek();
    const WeekWindow window(today, options.weekCount, firstDayOfWeek);

    ReportContent content;
    content.locale = options.locale;
    content.madeOn = today;
    content.firstDay = window.firstDay();
    content.lastDay = std::min(today, window.lastDay());

    const HistoryQueries queries(m_store);
    auto snapshot = loadHistory(queries,
        HistoryRequest {today, today, options.weekCount, firstDayOfWeek, HistoryFilter {}});
    if (!snapshot)
        return snapshot.error();
    content.weeks = snapshot->weeks;
    content.streaks = snapshot->streaks;
    content.balance = snapshot->balance;

    auto totals = queries.weeklyTotals(window);
    if (!totals)
        return totals.error();
    QStringList practised;
    for (const ExerciseWeekTotal &total : *totals) {
        if (!practised.contains(total.exerciseId))
            practised.append(total.exerciseId);
    }
    for (const QString &id : practised)
        content.exercises.append(exerciseTitle(id, options.locale));

    const QMap<QString, QMap<QDate, int>> reach = reachByExercise(*totals);
    for (const QString &id : practised) {
        const auto weeks = reach.constFind(id);
        if (weeks == reach.cend())
            continue;
        ReachProgress progress {
            exerciseTitle(id, options.locale), levelNames(id, options.locale), {}};
        for (const WeekRow &week : content.weeks) {
            const auto found = weeks->constFind(week.weekStart);
            progress.bestReach.append(
                found == weeks->cend() ? std::nullopt : std::optional<int>(*found));
        }
        content.reach.append(progress);
    }

    auto targets = targetHistories(practised, options.locale, content.firstDay, content.lastDay);
    if (!targets)
        return targets.error();
    content.targets = *targets;

    const SessionQueries sessions(m_store);
    auto outcomes = sessions.outcomes(content.firstDay, content.lastDay);
    if (!outcomes)
        return outcomes.error();
    content.sessions = *outcomes;
    auto notes = sessions.recentNotes(content.firstDay, content.lastDay, maxNotes);
    if (!notes)
        return notes.error();
    for (SessionNote note : *notes) {
        note.text = trimmedNote(note.text);
        content.notes.append(note);
    }
    return content;
}

} // namespace limber

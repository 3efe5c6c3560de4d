#include "core/progress/progressadvisor.h"

#include "core/content/contentlibrary.h"
#include "core/history/calendar.h"
#include "core/history/historystore.h"
#include "core/progress/exercisesessions.h"
#include "core/util/clock.h"

#include <QSet>

#include <utility>

namespace limber {

namespace {

/// The routine's items, one per exercise (the first when it appears twice).
QList<RoutineItem> firstItems(const Routine &routine)
{
    QList<RoutineItem> result;
    QSet<QString> seen;
    for (const RoutineItem &item : routine.items) {
        if (!seen.contains(item.exerciseId)) {
            seen.insert(item.exerciseId);
            result.append(item);
        }
    }
    return result;
}

HoldTarget targetOf(const TargetEvent &event)
{
    return {event.holdSeconds, event.holdsPerSide};
}

HoldTarget currentTarget(
    const QList<TargetEvent> &events, const QString &routineId, const RoutineItem &item)
{
    const auto setting = newestTargetSetting(events, routineId, item.exerciseId);
    if (!setting || setting->kind == TargetEventKind::Reset)
        return planOf(item);
    return targetOf(*setting);
}

} // namespace

Routine withTargets(Routine routine, const HoldTargets &targets)
{
    for (RoutineItem &item : routine.items) {
        const auto found = targets.constFind(item.exerciseId);
        if (found == targets.cend())
            continue;
        const HoldTarget target = withinLimits(*found);
        item.holdSeconds = target.holdSeconds;
        item.holdsPerSide = target.holdsPerSide;
    }
    return routine;
}

ProgressAdvisor::ProgressAdvisor(
    HistoryStore &store, const ContentLibrary &library, const WallClock &clock)
    : m_store(store)
    , m_library(library)
    , m_clock(clock)
{ }

Result<HoldTargets> ProgressAdvisor::currentTargets(const Routine &routine) const
{
    auto events = TargetEvents(m_store).forRoutine(routine.id);
    if (!events)
        return events.error();
    HoldTargets result;
    for (const RoutineItem &item : firstItems(routine))
        result.insert(item.exerciseId, currentTarget(*events, routine.id, item));
    return result;
}

Result<QList<ExerciseProposal>> ProgressAdvisor::proposals(
    const Routine &routine, QDate today) const
{
    auto events = TargetEvents(m_store).forRoutine(routine.id);
    if (!events)
        return events.error();
    QList<ExerciseProposal> result;
    for (const RoutineItem &item : firstItems(routine)) {
        const Exercise *exercise = m_library.exercise(item.exerciseId);
        if (!exercise)
            continue; // an exercise no longer in the library is not offered anything
        auto sessions = exerciseSessions(m_store, routine.id, item.exerciseId);
        if (!sessions)
            return sessions.error();
        TargetSituation situation;
        situation.current = currentTarget(*events, routine.id, item);
        situation.plan = planOf(item);
        situation.ladder = exercise->progression;
        situation.sided = isSided(item, *exercise);
        situation.sessions = std::move(sessions.value());
        if (const auto decision = newestDecision(*events, routine.id, item.exerciseId))
            situation.lastDecisionUtcMs = decision->utcMs;
        situation.today = dayNumber(today);
        if (const auto proposal = proposeTarget(situation))
            result.append({routine.id, item.exerciseId, *proposal});
    }
    return result;
}

Result<std::optional<NextExerciseSuggestion>> ProgressAdvisor::nextExercise(
    const Routine &routine, QDate today) const
{
    // Only the routine's furthest exercise in the programme can open the way
    // to the next one: struggling there is no time to add another.
    const Exercise *furthest = nullptr;
    QSet<QString> inRoutine;
    for (const RoutineItem &item : routine.items) {
        inRoutine.insert(item.exerciseId);
        const Exercise *exercise = m_library.exercise(item.exerciseId);
        if (exercise && exercise->programmeOrder > 0
            && (!furthest || exercise->programmeOrder > furthest->programmeOrder))
            furthest = exercise;
    }
    if (!furthest)
        return std::optional<NextExerciseSuggestion> {};

    auto sessions = exerciseSessions(m_store, routine.id, furthest->id);
    if (!sessions)
        return sessions.error();
    // After a long break the person eases back in first.
    if (!isComfortable(*sessions)
        || dayNumber(today) - sessions->last().localDay >= progressrules::daysAwayForReturn)
        return std::optional<NextExerciseSuggestion> {};

    auto declined = TargetEvents(m_store).declinedSuggestions(routine.id);
    if (!declined)
        return declined.error();
    QSet<QString> declinedIds;
    for (const DeclinedSuggestion &entry : *declined)
        declinedIds.insert(entry.exerciseId);

    for (const Exercise &candidate : m_library.exercises()) {
        if (candidate.programmeOrder <= furthest->programmeOrder)
            continue;
        if (inRoutine.contains(candidate.id) || declinedIds.contains(candidate.id))
            continue;
        return std::optional<NextExerciseSuggestion>(
            NextExerciseSuggestion {routine.id, furthest->id, candidate.id});
    }
    return std::optional<NextExerciseSuggestion> {};
}

Status ProgressAdvisor::record(
    const QString &routineId, const QString &exerciseId, TargetEventKind kind, HoldTarget target)
{
    TargetEvent event;
    event.routineId = routineId;
    event.exerciseId = exerciseId;
    event.kind = kind;
    event.holdSeconds = target.holdSeconds;
    event.holdsPerSide = target.holdsPerSide;
    event.utcMs = m_clock.nowUtc().toMSecsSinceEpoch();
    event.utcOffsetSeconds = m_clock.utcOffsetSeconds();
    return TargetEvents(m_store).record(event);
}

Status ProgressAdvisor::accept(const ExerciseProposal &proposal)
{
    const TargetEventKind kind = proposal.proposal.kind == ProposalKind::Grow
        ? TargetEventKind::AcceptedGrow
        : TargetEventKind::AcceptedStepBack;
    return record(proposal.routineId, proposal.exerciseId, kind, proposal.proposal.to);
}

Status ProgressAdvisor::decline(const ExerciseProposal &proposal)
{
    return record(
        proposal.routineId, proposal.exerciseId, TargetEventKind::Declined, proposal.proposal.to);
}

Status ProgressAdvisor::setTargetByHand(
    const QString &routineId, const QString &exerciseId, HoldTarget target)
{
    if (withinLimits(target) != target) {
        return Error {tr("A hold lasts %1 to %2 seconds and a routine asks %3 to %4 holds per "
                         "side; %5 s and %6 holds do not fit.")
                          .arg(limits::minHoldSeconds)
                          .arg(limits::maxHoldSeconds)
                          .arg(limits::minHoldsPerSide)
                          .arg(limits::maxHoldsPerSide)
                          .arg(target.holdSeconds)
                          .arg(target.holdsPerSide)};
    }
    return record(routineId, exerciseId, TargetEventKind::Manual, target);
}

Status ProgressAdvisor::resetTarget(const Routine &routine, const QString &exerciseId)
{
    for (const RoutineItem &item : routine.items) {
        if (item.exerciseId == exerciseId)
            return record(
                routine.id, exerciseId, TargetEventKind::Reset, withinLimits(planOf(item)));
    }
    return Error {
        tr("The routine has no exercise \"%1\"; there is no target to reset.").arg(exerciseId)};
}

Status ProgressAdvisor::declineNextExercise(const NextExerciseSuggestion &suggestion)
{
    return TargetEvents(m_store).recordDeclinedSuggestion({suggestion.routineId,
        suggestion.exerciseId, m_clock.nowUtc().toMSecsSinceEpoch(), m_clock.utcOffsetSeconds()});
}

Result<QList<TargetEvent>> ProgressAdvisor::targetEvents(const QString &exerciseId) const
{
    return TargetEvents(m_store).forExercise(exerciseId);
}

} // namespace limber

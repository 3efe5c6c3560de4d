#pragma once

#include "core/history/targetevents.h"
#include "core/model/routine.h"
#include "core/progress/holdtarget.h"
#include "core/progress/progressrules.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace limber {

class ContentLibrary;
class HistoryStore;
class WallClock;

/// A proposed change of one exercise's target in one routine.
struct ExerciseProposal
{
    QString routineId;
    QString exerciseId;
    TargetProposal proposal;

    friend bool operator==(const ExerciseProposal &, const ExerciseProposal &) = default;
};

/// "You might try the next exercise of the programme": offered when the
/// routine's furthest exercise in the programme feels comfortable. Never
/// more than one at a time, never forced.
struct NextExerciseSuggestion
{
    QString routineId;
    QString afterExerciseId; ///< the comfortable exercise
    QString exerciseId; ///< the one to try next

    friend bool operator==(const NextExerciseSuggestion &, const NextExerciseSuggestion &)
        = default;
};

/// Hold targets by exercise id, for one routine.
using HoldTargets = QHash<QString, HoldTarget>;

/// The routine with each item's hold seconds and holds per side replaced by
/// the target for its exercise; exercises without an entry keep their plan.
Routine withTargets(Routine routine, const HoldTargets &targets);

/// Proposes hold targets from the history and records what the person
/// decides (rules: progress/progressrules.h, docs/progress.md). The app
/// proposes; the person accepts, declines, or sets a target by hand.
///
/// Reads and writes go through the store's connection: call it where the
/// store is used (the store's worker thread). The library and the clock
/// must outlive the advisor.
class ProgressAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(ProgressAdvisor)

public:
    ProgressAdvisor(HistoryStore &store, const ContentLibrary &library, const WallClock &clock);

    /// The target in force for every exercise of the routine: the newest
    /// decision that sets one (accepted, by hand), or the routine plan when
    /// there is none or it was reset.
    Result<HoldTargets> currentTargets(const Routine &routine) const;
    /// One proposal per exercise that has one, in routine order. `today` is
    /// the person's local date.
    Result<QList<ExerciseProposal>> proposals(const Routine &routine, QDate today) const;
    /// The next exercise to try, or std::nullopt: the first exercise after
    /// the routine's furthest comfortable one in programme order that is not
    /// in the routine and was not declined for it.
    Result<std::optional<NextExerciseSuggestion>> nextExercise(
        const Routine &routine, QDate today) const;

    /// Records the proposal's new target as the person's choice.
    Status accept(const ExerciseProposal &proposal);
    /// Records that the person said no; the same target is not proposed
    /// again until new sessions call for it.
    Status decline(const ExerciseProposal &proposal);
    /// The person's own target, within the routine limits (refused otherwise).
    Status setTargetByHand(const QString &routineId, const QString &exerciseId, HoldTarget target);
    /// Back to the routine plan (the routine's own item for the exercise).
    Status resetTarget(const Routine &routine, const QString &exerciseId);
    Status declineNextExercise(const NextExerciseSuggestion &suggestion);

    /// Every target decision for an exercise in any routine, oldest first.
    Result<QList<TargetEvent>> targetEvents(const QString &exerciseId) const;

private:
    Status record(const QString &routineId, const QString &exerciseId, TargetEventKind kind,
        HoldTarget target);

    HistoryStore &m_store;
    const ContentLibrary &m_library;
    const WallClock &m_clock;
};

} // namespace limber

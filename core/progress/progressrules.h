#pragma once

#include "core/progress/holdtarget.h"

#include <QList>
#include <QtGlobal>

#include <optional>

namespace limber {

/// The numbers the rules use, in one place (docs/progress.md explains them).
namespace progressrules {
/// Sessions, each on its own local day, that must go well before a target grows.
inline constexpr int sessionsToGrow = 3;
inline constexpr int daysToGrow = 3;
/// Pain after a session this much above the pain before it is a clear rise.
inline constexpr int clearPainRise = 2;
/// Days without the exercise after which it restarts a step easier.
inline constexpr int daysAwayForReturn = 28;
/// Best reach (0..3) each of the last sessions needs for "comfortable".
inline constexpr int comfortableReach = 2;
/// How many recent sessions "comfortable" looks at.
inline constexpr int sessionsForComfort = 3;
} // namespace progressrules

/// One exercise in one finished session, as the history recorded it.
struct ExerciseSessionFacts
{
    qint64 startedUtcMs = 0;
    /// The session's local calendar day (history/calendar.h dayNumber): the
    /// person's own calendar, wherever they were.
    qint64 localDay = 0;
    /// The longest planned hold of this exercise in the session, in whole seconds.
    int holdSeconds = 0;
    /// Holds of this exercise written to the log, finished or cut short.
    int holdsRecorded = 0;
    /// Of those, the ones held to the end.
    int completedHolds = 0;
    /// The session ended with "It hurts — stop".
    bool stoppedForPain = false;
    /// ...and this exercise's hold was the last one recorded before the stop.
    bool stoppedDuringThisExercise = false;
    /// Pain 0..10 before and after the session, when the person answered.
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    /// The furthest reach (0..3) recorded for this exercise in the session.
    std::optional<int> bestReach;

    /// Both pains recorded and the one after at least clearPainRise higher.
    bool painRoseClearly() const;
    /// Both pains recorded.
    bool painRecorded() const { return painBefore && painAfter; }

    friend bool operator==(const ExerciseSessionFacts &, const ExerciseSessionFacts &) = default;
};

/// Everything proposeTarget() looks at for one exercise of one routine.
struct TargetSituation
{
    HoldTarget current; ///< the target in force now
    HoldTarget plan; ///< the routine item's own plan
    ProgressionLadder ladder;
    bool sided = false; ///< done on alternating sides: a session has holds on both
    /// Every finished session of this routine that has this exercise, oldest first.
    QList<ExerciseSessionFacts> sessions;
    /// When the person last decided about this target (accepted, declined,
    /// set by hand or reset); std::nullopt when never.
    std::optional<qint64> lastDecisionUtcMs;
    /// Today's local calendar day (history/calendar.h dayNumber).
    qint64 today = 0;
};

enum class ProposalKind { Grow, StepBack };
enum class ProposalReason {
    HoldsCompleted, ///< grow: the last sessions held every hold, pain did not rise
    StoppedForPain, ///< back: the newest session stopped for pain during this exercise
    PainRose, ///< back: pain after a session was clearly higher than before it
    ReturnAfterBreak, ///< back: the exercise was not done for daysAwayForReturn days or more
};

/// A change the app offers; the person accepts or declines it.
struct TargetProposal
{
    ProposalKind kind = ProposalKind::Grow;
    ProposalReason reason = ProposalReason::HoldsCompleted;
    HoldTarget from;
    HoldTarget to;
    /// Sessions since the last decision that the rules looked at.
    int sessionsConsidered = 0;
    /// Of the sessions behind a grow, how many recorded pain before and after.
    int painRecorded = 0;
    /// Days since the exercise was last done (ReturnAfterBreak; otherwise
    /// days since the newest session considered).
    int daysAway = 0;
    /// The pains of the session that triggered a step back (or the newest
    /// session behind a grow), when recorded.
    std::optional<int> painBefore;
    std::optional<int> painAfter;

    friend bool operator==(const TargetProposal &, const TargetProposal &) = default;
};

/// What to offer for one exercise, or std::nullopt for nothing. Only
/// sessions after the last decision count. In order:
/// 1. Step back when the newest session stopped for pain while doing this
///    exercise, or when any session shows pain after >= pain before + 2.
///    (A pain stop during another exercise steps nothing back here.)
/// 2. Step back ("welcome back, a little easier") when the exercise was last
///    done 28 or more local days before today and no decision was made since.
/// 3. Grow when the last 3 sessions since the last decision (none before a
///    break of 28 days or more) fell on at least 3 different local days,
///    each held every planned hold at the current target to its end
///    (nothing skipped or cut short), none stopped for pain, and none had
///    pain after above pain before. Sessions where pain was not asked count.
/// Quiet weeks alone change nothing. No proposal at the top of the ladder
/// (grow) or at its bottom (step back).
std::optional<TargetProposal> proposeTarget(const TargetSituation &situation);

/// The exercise feels comfortable: each of its last 3 sessions (given
/// oldest first) had a best reach of 2 or more, no stop for pain and no
/// clear pain rise. Fewer than 3 sessions, or a reach not recorded, is not
/// comfortable.
bool isComfortable(const QList<ExerciseSessionFacts> &sessions);

} // namespace limber

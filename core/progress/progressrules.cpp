#include "core/progress/progressrules.h"

#include <QSet>

#include <algorithm>

namespace limber {

namespace {

using namespace progressrules;

/// The sessions after the last decision, oldest first.
QList<ExerciseSessionFacts> sinceDecision(const TargetSituation &situation)
{
    QList<ExerciseSessionFacts> result;
    for (const ExerciseSessionFacts &session : situation.sessions) {
        if (!situation.lastDecisionUtcMs || session.startedUtcMs > *situation.lastDecisionUtcMs)
            result.append(session);
    }
    return result;
}

/// `sessions` without every session before the last break of
/// daysAwayForReturn days or more: a return starts the count afresh.
QList<ExerciseSessionFacts> afterLastBreak(const QList<ExerciseSessionFacts> &sessions)
{
    qsizetype first = 0;
    for (qsizetype i = 1; i < sessions.size(); ++i) {
        if (sessions.at(i).localDay - sessions.at(i - 1).localDay >= daysAwayForReturn)
            first = i;
    }
    return sessions.mid(first);
}

/// Every planned hold held to its end at the current target, no pain stop,
/// and no more pain after than before.
bool wentWell(const ExerciseSessionFacts &session, const TargetSituation &situation)
{
    const bool heldEveryHold = session.holdSeconds >= situation.current.holdSeconds
        && session.completedHolds >= holdsPerSession(situation.current, situation.sided)
        && session.holdsRecorded == session.completedHolds;
    const bool painRose = session.painRecorded() && *session.painAfter > *session.painBefore;
    return heldEveryHold && !session.stoppedForPain && !painRose;
}

int daysBetween(qint64 earlier, qint64 later)
{
    return static_cast<int>(std::max<qint64>(later - earlier, 0));
}

std::optional<TargetProposal> stepBack(const TargetSituation &situation, ProposalReason reason,
    const ExerciseSessionFacts &trigger, int sessionsConsidered)
{
    const auto easier = steppedBackTarget(situation.current, situation.plan, situation.ladder);
    if (!easier)
        return std::nullopt;
    TargetProposal proposal;
    proposal.kind = ProposalKind::StepBack;
    proposal.reason = reason;
    proposal.from = situation.current;
    proposal.to = *easier;
    proposal.sessionsConsidered = sessionsConsidered;
    proposal.painRecorded = trigger.painRecorded() ? 1 : 0;
    proposal.daysAway = daysBetween(trigger.localDay, situation.today);
    proposal.painBefore = trigger.painBefore;
    proposal.painAfter = trigger.painAfter;
    return proposal;
}

std::optional<TargetProposal> grow(const TargetSituation &situation,
    const QList<ExerciseSessionFacts> &considered, int sessionsConsidered)
{
    const QList<ExerciseSessionFacts> counted = afterLastBreak(considered);
    if (counted.size() < sessionsToGrow)
        return std::nullopt;
    QSet<qint64> days;
    for (const ExerciseSessionFacts &session : counted)
        days.insert(session.localDay);
    if (days.size() < daysToGrow)
        return std::nullopt;
    const QList<ExerciseSessionFacts> lastOnes = counted.mid(counted.size() - sessionsToGrow);
    const bool allWell = std::all_of(lastOnes.cbegin(), lastOnes.cend(),
        [&](const ExerciseSessionFacts &session) { return wentWell(session, situation); });
    if (!allWell)
        return std::nullopt;
    const auto longer = grownTarget(situation.current, situation.ladder);
    if (!longer)
        return std::nullopt;
    TargetProposal proposal;
    proposal.kind = ProposalKind::Grow;
    proposal.reason = ProposalReason::HoldsCompleted;
    proposal.from = situation.current;
    proposal.to = *longer;
    proposal.sessionsConsidered = sessionsConsidered;
    proposal.painRecorded = static_cast<int>(std::count_if(lastOnes.cbegin(), lastOnes.cend(),
        [](const ExerciseSessionFacts &session) { return session.painRecorded(); }));
    proposal.daysAway = daysBetween(lastOnes.last().localDay, situation.today);
    proposal.painBefore = lastOnes.last().painBefore;
    proposal.painAfter = lastOnes.last().painAfter;
    return proposal;
}

} // namespace

bool ExerciseSessionFacts::painRoseClearly() const
{
    return painRecorded() && *painAfter >= *painBefore + clearPainRise;
}

std::optional<TargetProposal> proposeTarget(const TargetSituation &situation)
{
    const QList<ExerciseSessionFacts> considered = sinceDecision(situation);
    const int consideredCount = static_cast<int>(considered.size());

    // Pain comes first: whatever else the history says, it does not grow.
    if (!considered.isEmpty()) {
        const ExerciseSessionFacts &newest = considered.last();
        if (newest.stoppedForPain && newest.stoppedDuringThisExercise)
            return stepBack(situation, ProposalReason::StoppedForPain, newest, consideredCount);
        for (auto it = considered.crbegin(); it != considered.crend(); ++it) {
            if (it->painRoseClearly())
                return stepBack(situation, ProposalReason::PainRose, *it, consideredCount);
        }
    }

    if (!situation.sessions.isEmpty()) {
        const ExerciseSessionFacts &last = situation.sessions.last();
        const bool decidedSince
            = situation.lastDecisionUtcMs && *situation.lastDecisionUtcMs > last.startedUtcMs;
        if (!decidedSince && situation.today - last.localDay >= daysAwayForReturn) {
            auto proposal
                = stepBack(situation, ProposalReason::ReturnAfterBreak, last, consideredCount);
            if (proposal) {
                proposal->painRecorded = 0;
                proposal->painBefore.reset();
                proposal->painAfter.reset();
            }
            return proposal;
        }
    }

    return grow(situation, considered, consideredCount);
}

bool isComfortable(const QList<ExerciseSessionFacts> &sessions)
{
    if (sessions.size() < sessionsForComfort)
        return false;
    const QList<ExerciseSessionFacts> lastOnes = sessions.mid(sessions.size() - sessionsForComfort);
    return std::all_of(lastOnes.cbegin(), lastOnes.cend(), [](const ExerciseSessionFacts &session) {
        return session.bestReach && *session.bestReach >= comfortableReach
            && !session.stoppedForPain && !session.painRoseClearly();
    });
}

} // namespace limber

#include "app/progression/progresstext.h"

namespace limber {

namespace {

QString reasonText(const TargetProposal &proposal)
{
    switch (proposal.reason) {
    case ProposalReason::HoldsCompleted:
        if (proposal.painRecorded == 0)
            return ProgressText::tr("You held every hold in your last %n session(s).", nullptr,
                proposal.sessionsConsidered);
        return ProgressText::tr(
            "You held every hold in your last %n session(s) and your pain did not rise.", nullptr,
            proposal.sessionsConsidered);
    case ProposalReason::StoppedForPain:
        return ProgressText::tr("Your last session stopped because it hurt.");
    case ProposalReason::PainRose:
        if (proposal.painBefore && proposal.painAfter)
            return ProgressText::tr("Your pain went from %1 before a session to %2 after it.")
                .arg(*proposal.painBefore)
                .arg(*proposal.painAfter);
        return ProgressText::tr("Your pain rose after a session.");
    case ProposalReason::ReturnAfterBreak:
        return ProgressText::tr("Welcome back: it has been %n day(s) since you last did it.",
            nullptr, proposal.daysAway);
    }
    return {};
}

} // namespace

QString ProgressText::target(HoldTarget target, bool sided)
{
    return (sided ? tr("%1 × %2 s each side") : tr("%1 × %2 s"))
        .arg(target.holdsPerSide)
        .arg(target.holdSeconds);
}

QString ProgressText::proposal(
    const TargetProposal &proposal, const QString &exerciseTitle, bool sided)
{
    const QString question = proposal.kind == ProposalKind::Grow
        ? tr("Try %1 from now on (now %2)?")
        : tr("Ease back to %1 for a while (now %2)?");
    return tr("%1: %2 %3")
        .arg(exerciseTitle, reasonText(proposal),
            question.arg(target(proposal.to, sided), target(proposal.from, sided)));
}

QString ProgressText::nextExercise(const QString &comfortableTitle, const QString &nextTitle)
{
    return tr("%1 feels comfortable now. When you feel ready, the next exercise of the "
              "programme is %2. Take it slowly, and only if your body agrees.")
        .arg(comfortableTitle, nextTitle);
}

QString ProgressText::change(const TargetEvent &event, const QString &date, bool sided)
{
    const QString what = target(HoldTarget {event.holdSeconds, event.holdsPerSide}, sided);
    switch (event.kind) {
    case TargetEventKind::AcceptedGrow:
        return tr("%1: %2 (grown)").arg(date, what);
    case TargetEventKind::AcceptedStepBack:
        return tr("%1: %2 (eased back)").arg(date, what);
    case TargetEventKind::Manual:
        return tr("%1: %2 (set by hand)").arg(date, what);
    case TargetEventKind::Reset:
        return tr("%1: %2 (the routine's own plan)").arg(date, what);
    case TargetEventKind::Declined:
        return tr("%1: kept the target, declined %2").arg(date, what);
    }
    return {};
}

} // namespace limber

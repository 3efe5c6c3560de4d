#pragma once

#include "core/progress/progressadvisor.h"

#include <QCoreApplication>
#include <QString>

namespace limber {

/// The words of progression: a target ("2 × 75 s each side"), a proposal
/// with its reason, the next-exercise suggestion and a target change, so
/// the start page, the History page and the report say them alike.
class ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(ProgressText)

public:
    /// "2 × 75 s each side", or "5 × 10 s" for an exercise without sides,
    /// as the start page's tiles show a routine's exercises.
    static QString target(HoldTarget target, bool sided);
    /// Why the proposal is made and what it would change, e.g. "You held
    /// every hold in your last 3 sessions and your pain did not rise. Try
    /// 2 × 75 s each side (now 2 × 60 s each side)?"
    static QString proposal(
        const TargetProposal &proposal, const QString &exerciseTitle, bool sided);
    /// "Seated Leg Cross feels comfortable now. When you feel ready, try the
    /// next exercise of the programme: Stacked Leg Cross."
    static QString nextExercise(const QString &comfortableTitle, const QString &nextTitle);
    /// A target change on a date, e.g. "3 Dec 2026: 2 × 75 s each side (longer holds)".
    static QString change(const TargetEvent &event, const QString &date, bool sided);
};

} // namespace limber

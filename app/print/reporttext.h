#pragma once

#include "app/print/reportcontent.h"

#include <QCoreApplication>
#include <QString>

namespace limber {

/// The sentences and figures of the progress report, in the reader's
/// language: what a physiotherapist reads first, so each says one thing.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    /// "26 Jan – 18 Mar 2026 · 8 weeks · recorded in Limber"
    static QString coverage(const ReportContent &content);
    /// "Made on 18 Mar 2026" (in the locale's order)
    static QString madeOn(const ReportContent &content);
    /// "Exercises: Seated Leg Cross, Belly Breathing"; empty when none.
    static QString exercises(const ReportContent &content);

    /// "9 completed", "2 stopped (1 for pain)", "1 interrupted", one a line.
    static QString sessionOutcomes(const SessionOutcomes &sessions);
    /// Whole minutes held in all the weeks, e.g. "123".
    static QString minutesHeld(const ReportContent &content);
    /// "left 12 · right 10 · no side 2.5"
    static QString minutesBySide(const ReportContent &content);
    /// "Best run: 9 days"
    static QString bestStreak(const Streaks &streaks);

    /// The pain scores' first and last weekly averages, "5.5 → 3"; empty
    /// when no week has one. \a before picks the scores before sessions.
    static QString painChange(const ReportContent &content, bool before);
    /// "Before a session: 5.5 in the week of 9 Feb, 3 in the week of 9 Mar. …"
    static QString painSummary(const ReportContent &content);
    /// "From “A slight lean” (week of 9 Feb) to “Elbows on the floor” (week of 9 Mar)."
    static QString reachSummary(const ReachProgress &reach, const ReportContent &content);
    /// The side balance sentence of the History page.
    static QString balance(const ReportContent &content);

    /// "18 Mar", a note's date.
    static QString noteDate(const SessionNote &note, const ReportContent &content);
};

} // namespace limber

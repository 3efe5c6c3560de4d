#pragma once

#include "core/model/exercise.h"
#include "core/model/routine.h"
#include "core/session/cue.h"
#include "core/session/phase.h"
#include "core/session/sessionoptions.h"
#include "core/util/error.h"

#include <QList>
#include <QMap>

#include <chrono>
#include <functional>
#include <span>

namespace limber {

/// A routine expanded into timed phases and cues. Pure and immutable: every
/// query is a function of active session time (pauses excluded), so the same
/// question always gets the same answer, however often or rarely it is asked.
///
/// Layout of one item: a GetReady phase (when its getReadySeconds > 0), its
/// set-up steps (Prepare, when included), then the holds. An
/// alternating exercise with 2 holds per side, first side left, gives
/// hold L1, switch, hold R1, switch, hold L2, switch, hold R2. An unsided
/// exercise, or an alternating one whose item is not sided, separates its
/// holds with Rest phases of the item's switchSeconds.
/// Items are separated by a Rest of the item's restSeconds. Zero-length switch
/// and rest phases are left out. The last phase is always Done (zero length).
class Timeline
{
public:
    using ExerciseLookup = std::function<const Exercise *(const QString &exerciseId)>;

    /// Where active time `activeMs` falls.
    struct Position
    {
        int phaseIndex = 0;
        std::chrono::milliseconds elapsedInPhase {0};
        std::chrono::milliseconds timeLeftInPhase {0};
    };

    /// Expands `routine`, finding each item's exercise with `lookup`. Fails with
    /// a message naming the item when an exercise is missing or a plan is out
    /// of the limits in model/routine.h, or when the options make no sense.
    static Result<Timeline> build(
        const Routine &routine, const ExerciseLookup &lookup, const SessionOptions &options = {});
    static Result<Timeline> build(const Routine &routine, const QMap<QString, Exercise> &exercises,
        const SessionOptions &options = {});
    /// What build() would give as totalDuration(), or its error, without
    /// planning the cues: a routine's length beside its name needs only the
    /// phases, and every cue of every routine would slow the start page.
    static Result<std::chrono::milliseconds> durationOf(
        const Routine &routine, const ExerciseLookup &lookup, const SessionOptions &options = {});

    /// The same timeline with hold phase `phaseIndex` longer by `extra`; later
    /// phases and cues shift by exactly `extra`. Fails for a phase that is not
    /// a hold, a non-positive `extra`, or a hold that would pass the limit.
    Result<Timeline> withHoldExtended(int phaseIndex, std::chrono::milliseconds extra) const;

    /// The same timeline with the Done cue saying \a words ("No holds done
    /// this time." instead of "Well done" when every hold was skipped). Kept
    /// when a hold is extended afterwards.
    Timeline withEndWords(const QString &words) const;

    /// The phase at `activeMs`: phases are half-open [start, end). Before 0 it
    /// is the first phase; at or after the total it is Done.
    Position phaseAt(std::chrono::milliseconds activeMs) const;

    /// Cues due in the half-open window (from, to], in time order. The span
    /// points into this timeline and lives as long as it does.
    std::span<const Cue> cuesIn(std::chrono::milliseconds from, std::chrono::milliseconds to) const;

    /// Active time from the start to Done.
    std::chrono::milliseconds totalDuration() const { return m_total; }
    int phaseCount() const { return int(m_phases.size()); }
    const Phase &phase(int index) const { return m_phases.at(index); }
    const QList<Phase> &phases() const { return m_phases; }
    const QList<Cue> &cues() const { return m_cues; }
    const Routine &routine() const { return m_routine; }
    /// The exercise of routine item `itemIndex` (as it was when built).
    const Exercise &exerciseOf(int itemIndex) const;
    const SessionOptions &options() const { return m_options; }

private:
    Timeline() = default;
    /// Checks the routine and the options and finds the exercises; lays
    /// nothing out.
    static Result<Timeline> gather(
        const Routine &routine, const ExerciseLookup &lookup, const SessionOptions &options);
    /// The phases and the total, then the cues.
    void layOut();
    void layOutPhases();
    void applyEndWords();

    Routine m_routine;
    QList<Exercise> m_exercises; ///< one per routine item
    SessionOptions m_options;
    QMap<int, std::chrono::milliseconds> m_extensions; ///< phase index -> extra hold time
    QList<Phase> m_phases;
    QList<Cue> m_cues;
    QString m_endWords; ///< the Done cue's words; empty: the planner's "Well done"
    std::chrono::milliseconds m_total {0};
};

} // namespace limber

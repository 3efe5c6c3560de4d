#include "core/progress/exercisesessions.h"

#include "core/history/historystore.h"
#include "core/history/statement.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

class ExerciseSessionsText
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseSessions)
};

} // namespace

Result<QList<ExerciseSessionFacts>> exerciseSessions(
    HistoryStore &store, const QString &routineId, const QString &exerciseId)
{
    const QString lead
        = ExerciseSessionsText::tr("Limber could not read the sessions of \"%1\".").arg(exerciseId);
    // session_exercises finds the sessions with the exercise without reading
    // every hold; the holds of one session come from their UNIQUE index.
    // "Stopped during this exercise": its hold is the last one the session
    // recorded (newest start, then newest row).
    auto rows = sql::Statement::prepare(store.connection(), uR"(SELECT s.started_utc_ms,
    s.local_day, s.status = 'stopped' AND s.stop_reason = 'pain', s.pain_before, s.pain_after,
    max(h.target_ms), count(*), sum(h.completed), max(h.reach),
    (SELECT l.exercise_id FROM holds l WHERE l.session_id = s.id
        ORDER BY l.started_utc_ms DESC, l.id DESC LIMIT 1) = :exercise
FROM session_exercises e
JOIN sessions s ON s.id = e.session_id
JOIN holds h ON h.session_id = s.id AND h.exercise_id = :exercise
WHERE e.exercise_id = :exercise AND s.routine_id = :routine AND s.status <> 'in_progress'
GROUP BY s.id
ORDER BY s.started_utc_ms, s.id)"_s);
    if (!rows)
        return Error {lead + u' ' + rows.error().message};
    rows->bind(":exercise", exerciseId).bind(":routine", routineId);
    QList<ExerciseSessionFacts> result;
    for (;;) {
        auto next = rows->step();
        if (!next)
            return Error {lead + u' ' + next.error().message};
        if (!*next)
            return result;
        ExerciseSessionFacts facts;
        facts.startedUtcMs = rows->int64(0);
        facts.localDay = rows->int64(1);
        facts.stoppedForPain = rows->integer(2) != 0;
        facts.painBefore = rows->optionalInt(3);
        facts.painAfter = rows->optionalInt(4);
        facts.holdSeconds = static_cast<int>(rows->int64(5) / 1000);
        facts.holdsRecorded = rows->integer(6);
        facts.completedHolds = rows->integer(7);
        facts.bestReach = rows->optionalInt(8);
        facts.stoppedDuringThisExercise = facts.stoppedForPain && rows->integer(9) != 0;
        result.append(facts);
    }
}

} // namespace limber

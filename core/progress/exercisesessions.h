#pragma once

#include "core/progress/progressrules.h"
#include "core/util/error.h"

#include <QList>
#include <QString>

namespace limber {

class HistoryStore;

/// Every finished session (completed, stopped or interrupted; not one still
/// in progress) of `routineId` that has holds of `exerciseId`, oldest first,
/// as the progress rules see them.
Result<QList<ExerciseSessionFacts>> exerciseSessions(
    HistoryStore &store, const QString &routineId, const QString &exerciseId);

} // namespace limber

#pragma once

#include "core/history/targetevents.h"
#include "core/util/error.h"

#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace limber {

class HistoryStore;

/// The hold target decisions and declined suggestions as parts of the JSON
/// export (format version 2; a version 1 file simply has none):
///   "targetEvents": [{"routineId", "exerciseId", "kind", "holdSeconds",
///       "holdsPerSide", "decidedUtc", "decidedOffsetSeconds"}, ...],
///   "declinedSuggestions": [{"routineId", "exerciseId", "declinedUtc",
///       "declinedOffsetSeconds"}, ...]
struct TargetDecisions
{
    QList<TargetEvent> events;
    QList<DeclinedSuggestion> declined;
};

/// Writes `,"targetEvents":[...],"declinedSuggestions":[...]`, one entry per
/// line, to follow the sessions array of an export.
Status writeTargetDecisions(HistoryStore &store, QIODevice &out);

/// Reads both arrays from an export's root object (missing arrays are
/// empty). Returns a sentence naming the first entry that is not valid.
std::optional<QString> readTargetDecisions(const QJsonObject &root, TargetDecisions *decisions);

/// How many of the decisions were new to the history.
struct TargetDecisionsAdded
{
    int added = 0;
    int alreadyPresent = 0;
};

/// Stores the decisions, joining the caller's transaction; ones the history
/// has already are left as they are.
Result<TargetDecisionsAdded> addTargetDecisions(
    HistoryStore &store, const TargetDecisions &decisions);

} // namespace limber

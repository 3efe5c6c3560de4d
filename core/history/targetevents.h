#pragma once

#include "core/util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace limber {

class HistoryStore;

/// What the person decided about a hold target.
enum class TargetEventKind {
    AcceptedGrow, ///< took a proposed longer or extra hold
    AcceptedStepBack, ///< took a proposed easier target
    Declined, ///< said no to a proposal (the event holds the declined target)
    Manual, ///< set the target by hand
    Reset, ///< went back to the routine plan (the event holds that plan)
};

/// The word stored in target_events.kind: accepted_grow, accepted_step_back,
/// declined, manual, reset.
QString targetEventKey(TargetEventKind kind);
std::optional<TargetEventKind> targetEventKindFromKey(const QString &key);

/// One decision about the hold target of one exercise in one routine.
struct TargetEvent
{
    QString routineId;
    QString exerciseId;
    TargetEventKind kind = TargetEventKind::Manual;
    /// The target after the decision; for Declined, the target that was offered.
    int holdSeconds = 0;
    int holdsPerSide = 0;
    qint64 utcMs = 0;
    int utcOffsetSeconds = 0; ///< the person's UTC offset then

    /// The local calendar date of the decision.
    QDate localDate() const;
    /// Declined leaves the target as it was; every other kind sets it.
    bool setsTarget() const { return kind != TargetEventKind::Declined; }

    friend bool operator==(const TargetEvent &, const TargetEvent &) = default;
};

/// A "try the next exercise" suggestion the person said no to; it is not
/// offered again for this routine.
struct DeclinedSuggestion
{
    QString routineId;
    QString exerciseId;
    qint64 utcMs = 0;
    int utcOffsetSeconds = 0;

    friend bool operator==(const DeclinedSuggestion &, const DeclinedSuggestion &) = default;
};

/// The newest event of `events` (oldest first) that sets the target of
/// (routineId, exerciseId); std::nullopt when there is none.
std::optional<TargetEvent> newestTargetSetting(
    const QList<TargetEvent> &events, const QString &routineId, const QString &exerciseId);
/// The newest event of any kind for (routineId, exerciseId).
std::optional<TargetEvent> newestDecision(
    const QList<TargetEvent> &events, const QString &routineId, const QString &exerciseId);

/// The hold target decisions and declined suggestions in the history file
/// (tables target_events and declined_suggestions, docs/storage.md). A
/// history of an older format opened read-only has neither table and reads
/// as empty. Writes are refused on a read-only history with
/// HistoryStore::readOnlyMessage(). Writing the same event twice (same
/// routine, exercise, kind, target and time) stores it once.
class TargetEvents
{
    Q_DECLARE_TR_FUNCTIONS(TargetEvents)

public:
    explicit TargetEvents(HistoryStore &store);

    /// Stores one decision. The target must be within the routine limits.
    /// Joins the caller's transaction when one is open (HistoryImport).
    Status record(const TargetEvent &event);
    /// Every decision for a routine, oldest first.
    Result<QList<TargetEvent>> forRoutine(const QString &routineId) const;
    /// Every decision for an exercise in any routine, oldest first (the
    /// target line of the History chart, the report).
    Result<QList<TargetEvent>> forExercise(const QString &exerciseId) const;
    /// Every decision, oldest first (export).
    Result<QList<TargetEvent>> all() const;

    /// Stores a declined suggestion; declining the same one again keeps the first.
    Status recordDeclinedSuggestion(const DeclinedSuggestion &declined);
    /// The declined suggestions of one routine, or of every routine when
    /// routineId is empty, oldest first.
    Result<QList<DeclinedSuggestion>> declinedSuggestions(const QString &routineId = {}) const;

private:
    Status refuseWhenReadOnly() const;
    Result<bool> hasTables() const;
    Result<QList<TargetEvent>> select(const QString &where, const QString &value) const;

    HistoryStore &m_store;
};

} // namespace limber

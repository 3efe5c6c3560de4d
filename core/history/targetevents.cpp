#include "core/history/targetevents.h"

#include "core/history/calendar.h"
#include "core/history/connection.h"
#include "core/history/historystore.h"
#include "core/history/statement.h"
#include "core/model/routine.h"

#include <QTimeZone>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr int maxOffsetSeconds = 18 * 3600;

struct KindKey
{
    TargetEventKind kind;
    const char16_t *key;
};

constexpr std::array<KindKey, 5> kindKeys {{
    {TargetEventKind::AcceptedGrow, u"accepted_grow"},
    {TargetEventKind::AcceptedStepBack, u"accepted_step_back"},
    {TargetEventKind::Declined, u"declined"},
    {TargetEventKind::Manual, u"manual"},
    {TargetEventKind::Reset, u"reset"},
}};

const QString eventColumns = u"routine_id, exercise_id, kind, hold_seconds, holds_per_side, "
                             u"utc_ms, offset_s"_s;

std::optional<TargetEvent> newest(const QList<TargetEvent> &events, const QString &routineId,
    const QString &exerciseId, bool onlySettings)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->routineId == routineId && it->exerciseId == exerciseId
            && (!onlySettings || it->setsTarget()))
            return *it;
    }
    return std::nullopt;
}

bool fitsTheTable(const TargetEvent &event)
{
    return !event.routineId.isEmpty() && event.routineId.size() <= 64 && !event.exerciseId.isEmpty()
        && event.exerciseId.size() <= 64 && event.holdSeconds >= limits::minHoldSeconds
        && event.holdSeconds <= limits::maxHoldSeconds
        && event.holdsPerSide >= limits::minHoldsPerSide
        && event.holdsPerSide <= limits::maxHoldsPerSide
        && qAbs(event.utcOffsetSeconds) <= maxOffsetSeconds
        && event.utcMs + qint64 {event.utcOffsetSeconds} * 1000 >= 0;
}

} // namespace

QString targetEventKey(TargetEventKind kind)
{
    for (const KindKey &entry : kindKeys) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.key);
    }
    return {};
}

std::optional<TargetEventKind> targetEventKindFromKey(const QString &key)
{
    for (const KindKey &entry : kindKeys) {
        if (key == QStringView(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

QDate TargetEvent::localDate() const
{
    return limber::localDate(
        QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()), utcOffsetSeconds);
}

std::optional<TargetEvent> newestTargetSetting(
    const QList<TargetEvent> &events, const QString &routineId, const QString &exerciseId)
{
    return newest(events, routineId, exerciseId, true);
}

std::optional<TargetEvent> newestDecision(
    const QList<TargetEvent> &events, const QString &routineId, const QString &exerciseId)
{
    return newest(events, routineId, exerciseId, false);
}

TargetEvents::TargetEvents(HistoryStore &store)
    : m_store(store)
{ }

Status TargetEvents::refuseWhenReadOnly() const
{
    if (m_store.isReadOnly())
        return Error {tr("Hold targets cannot be changed now. %1").arg(m_store.readOnlyMessage())};
    return {};
}

Result<bool> TargetEvents::hasTables() const
{
    // A history of an older format opened read-only (it could not be updated)
    // has no target tables; it simply has no targets.
    auto count
        = m_store.connection().queryInt(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                        u"AND name IN ('target_events', 'declined_suggestions')"_s);
    if (!count)
        return count.error();
    return *count == 2;
}

Status TargetEvents::record(const TargetEvent &event)
{
    if (Status writable = refuseWhenReadOnly(); !writable)
        return writable;
    if (!fitsTheTable(event)) {
        return Error {tr("The hold target of \"%1\" (%2 s, %3 per side) is outside what a "
                         "routine allows; it was not saved.")
                          .arg(event.exerciseId)
                          .arg(event.holdSeconds)
                          .arg(event.holdsPerSide)};
    }
    const QString lead
        = tr("Limber could not save the hold target of \"%1\".").arg(event.exerciseId);
    // The UNIQUE key makes a second write of the same decision (an import
    // run twice) a no-op.
    auto insert = sql::Statement::prepare(m_store.connection(),
        u"INSERT INTO target_events (%1) VALUES (:routine, :exercise, :kind, :seconds, :holds, "
        u":utc, :offset) ON CONFLICT DO NOTHING"_s.arg(eventColumns));
    if (!insert)
        return Error {lead + u' ' + insert.error().message};
    insert->bind(":routine", event.routineId)
        .bind(":exercise", event.exerciseId)
        .bind(":kind", targetEventKey(event.kind))
        .bind(":seconds", event.holdSeconds)
        .bind(":holds", event.holdsPerSide)
        .bind(":utc", event.utcMs)
        .bind(":offset", event.utcOffsetSeconds);
    if (Status done = insert->run(); !done)
        return Error {lead + u' ' + done.error().message};
    return {};
}

Result<QList<TargetEvent>> TargetEvents::select(const QString &where, const QString &value) const
{
    const QString lead = tr("Limber could not read the hold targets.");
    auto tables = hasTables();
    if (!tables)
        return Error {lead + u' ' + tables.error().message};
    if (!*tables)
        return QList<TargetEvent> {};
    auto rows = sql::Statement::prepare(m_store.connection(),
        u"SELECT %1 FROM target_events %2 ORDER BY utc_ms, id"_s.arg(eventColumns, where));
    if (!rows)
        return Error {lead + u' ' + rows.error().message};
    if (!where.isEmpty())
        rows->bind(":value", value);
    QList<TargetEvent> result;
    for (;;) {
        auto next = rows->step();
        if (!next)
            return Error {lead + u' ' + next.error().message};
        if (!*next)
            return result;
        TargetEvent event;
        event.routineId = rows->text(0);
        event.exerciseId = rows->text(1);
        // The CHECK on the column admits only known kinds.
        event.kind = targetEventKindFromKey(rows->text(2)).value_or(TargetEventKind::Manual);
        event.holdSeconds = rows->integer(3);
        event.holdsPerSide = rows->integer(4);
        event.utcMs = rows->int64(5);
        event.utcOffsetSeconds = rows->integer(6);
        result.append(std::move(event));
    }
}

Result<QList<TargetEvent>> TargetEvents::forRoutine(const QString &routineId) const
{
    return select(u"WHERE routine_id = :value"_s, routineId);
}

Result<QList<TargetEvent>> TargetEvents::forExercise(const QString &exerciseId) const
{
    return select(u"WHERE exercise_id = :value"_s, exerciseId);
}

Result<QList<TargetEvent>> TargetEvents::all() const
{
    return select({}, {});
}

Status TargetEvents::recordDeclinedSuggestion(const DeclinedSuggestion &declined)
{
    if (Status writable = refuseWhenReadOnly(); !writable)
        return writable;
    const QString lead
        = tr("Limber could not save your answer about \"%1\".").arg(declined.exerciseId);
    if (declined.routineId.isEmpty() || declined.routineId.size() > 64
        || declined.exerciseId.isEmpty() || declined.exerciseId.size() > 64
        || qAbs(declined.utcOffsetSeconds) > maxOffsetSeconds
        || declined.utcMs + qint64 {declined.utcOffsetSeconds} * 1000 < 0)
        return Error {lead};
    auto insert = sql::Statement::prepare(m_store.connection(),
        uR"(INSERT INTO declined_suggestions (routine_id, exercise_id, utc_ms, offset_s)
VALUES (:routine, :exercise, :utc, :offset) ON CONFLICT DO NOTHING)"_s);
    if (!insert)
        return Error {lead + u' ' + insert.error().message};
    insert->bind(":routine", declined.routineId)
        .bind(":exercise", declined.exerciseId)
        .bind(":utc", declined.utcMs)
        .bind(":offset", declined.utcOffsetSeconds);
    if (Status done = insert->run(); !done)
        return Error {lead + u' ' + done.error().message};
    return {};
}

Result<QList<DeclinedSuggestion>> TargetEvents::declinedSuggestions(const QString &routineId) const
{
    const QString lead = tr("Limber could not read the hold targets.");
    auto tables = hasTables();
    if (!tables)
        return Error {lead + u' ' + tables.error().message};
    if (!*tables)
        return QList<DeclinedSuggestion> {};
    auto rows = sql::Statement::prepare(m_store.connection(),
        uR"(SELECT routine_id, exercise_id, utc_ms, offset_s FROM declined_suggestions
WHERE :routine = '' OR routine_id = :routine ORDER BY utc_ms, routine_id, exercise_id)"_s);
    if (!rows)
        return Error {lead + u' ' + rows.error().message};
    rows->bind(":routine", routineId.isNull() ? QString(u""_s) : routineId);
    QList<DeclinedSuggestion> result;
    for (;;) {
        auto next = rows->step();
        if (!next)
            return Error {lead + u' ' + next.error().message};
        if (!*next)
            return result;
        result.append({rows->text(0), rows->text(1), rows->int64(2), rows->integer(3)});
    }
}

} // namespace limber

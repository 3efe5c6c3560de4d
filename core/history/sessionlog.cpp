#include "core/history/sessionlog.h"

#include "core/history/connection.h"
#include "core/history/historystore.h"
#include "core/history/historywriter.h"
#include "core/history/statement.h"
#include "core/history/transaction.h"
#include "core/util/clock.h"

#include <QSet>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr int maxOffsetSeconds = 18 * 3600;

/// holds.hold_index counts from 0; HoldRecord::holdNumber from 1. This is
/// the one place the two meet, so the file format never changes.
int storedHoldIndex(const HoldRecord &hold)
{
    return hold.holdNumber - 1;
}

Status insertHold(sql::Connection &connection, const QString &sessionUid, const HoldRecord &hold)
{
    // The UNIQUE key (session, exercise, side, index, start) makes a retried
    // insert a no-op instead of a second row.
    auto insert = sql::Statement::prepare(connection, uR"(INSERT INTO holds (session_id,
    exercise_id, side, hold_index, target_ms, held_ms, started_utc_ms, started_offset_s,
    completed, reach)
SELECT id, :exercise, :side, :index, :target, :held, :started, :offset, :completed, :reach
FROM sessions WHERE uid = :session
ON CONFLICT DO NOTHING)"_s);
    if (!insert)
        return insert.error();
    sql::Statement &statement = insert.value();
    statement.bind(":exercise", hold.exerciseId)
        .bind(":side", sideKey(hold.side))
        .bind(":index", storedHoldIndex(hold))
        .bind(":target", qint64(hold.target.count()))
        .bind(":held", qint64(hold.held.count()))
        .bind(":started", hold.startUtc.toMSecsSinceEpoch())
        .bind(":offset", hold.utcOffsetSeconds)
        .bind(":completed", hold.completed)
        .bind(":reach", hold.reach)
        .bind(":session", sessionUid);
    if (Status inserted = statement.run(); !inserted)
        return inserted;
    if (sqlite3_changes(connection.handle()) > 0)
        return {};
    // Nothing inserted: either the hold is there already (a retry), or its
    // session is gone (a backup was restored during the session).
    auto session = sql::Statement::prepare(
        connection, u"SELECT count(*) FROM sessions WHERE uid = :session"_s);
    if (!session)
        return session.error();
    session.value().bind(":session", sessionUid);
    auto found = session.value().step();
    if (!found)
        return found.error();
    if (session.value().int64(0) == 0) {
        return Error {SessionLog::tr("The session this hold belongs to is no longer in the "
                                     "history (was a backup restored meanwhile?). Start a new "
                                     "session to record further holds.")};
    }
    return {};
}

Status updateSession(sql::Connection &connection, const QString &sql, const QString &sessionUid,
    const std::function<void(sql::Statement &)> &bindValues)
{
    auto update = sql::Statement::prepare(connection, sql);
    if (!update)
        return update.error();
    bindValues(update.value());
    update.value().bind(":session", sessionUid);
    return update.value().run();
}

} // namespace

SessionLog::SessionLog(HistoryStore &store)
    : m_store(store)
{ }

Status SessionLog::requireSession() const
{
    if (m_sessionUid.isEmpty())
        return Error {tr("No session is being recorded.")};
    return {};
}

Status SessionLog::requireReportableSession() const
{
    if (m_reportUid.isEmpty())
        return Error {tr("No session is being recorded.")};
    return {};
}

Status SessionLog::begin(const QString &routineId)
{
    if (!m_sessionUid.isEmpty())
        return Error {tr("A session is already being recorded; finish it first.")};
    m_sessionUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_reportUid = m_sessionUid;
    const QDateTime started = m_store.clock().nowUtc();
    const int offset = m_store.clock().utcOffsetSeconds();
    return enqueue(m_sessionUid, tr("the start of the session"),
        [uid = m_sessionUid, routineId, started, offset](sql::Connection &connection) {
            auto insert = sql::Statement::prepare(connection, uR"(INSERT INTO sessions
    (uid, routine_id, started_utc_ms, started_offset_s)
VALUES (:session, :routine, :started, :offset)
ON CONFLICT (uid) DO NOTHING)"_s);
            if (!insert)
                return Status(insert.error());
            insert.value()
                .bind(":session", uid)
                .bind(":routine", routineId)
                .bind(":started", started.toMSecsSinceEpoch())
                .bind(":offset", offset);
            return insert.value().run();
        });
}

Status SessionLog::recordHold(const HoldRecord &hold)
{
    if (Status open = requireSession(); !open)
        return open;
    if (hold.exerciseId.isEmpty() || !hold.startUtc.isValid() || hold.holdNumber < 1
        || hold.target.count() < 0 || hold.held.count() < 0
        || qAbs(hold.utcOffsetSeconds) > maxOffsetSeconds
        || (hold.reach && (*hold.reach < 0 || *hold.reach > 3))) {
        return Error {tr("The hold of \"%1\" has values Limber cannot store (hold %2, held %3 "
                         "ms); it was not recorded.")
                          .arg(hold.exerciseId)
                          .arg(hold.holdNumber)
                          .arg(hold.held.count())};
    }
    return enqueue(
        m_sessionUid, tr("the hold of \"%1\"").arg(hold.exerciseId),
        [uid = m_sessionUid, hold](
            sql::Connection &connection) { return insertHold(connection, uid, hold); },
        hold);
}

Status SessionLog::setReach(const HoldRecord &hold, int reach)
{
    if (Status open = requireReportableSession(); !open)
        return open;
    if (reach < 0 || reach > 3)
        return Error {tr("Reach is recorded on a scale from 0 to 3, not %1.").arg(reach)};
    return enqueue(m_reportUid, tr("how far you reached"),
        [uid = m_reportUid, hold, reach](sql::Connection &connection) {
            auto update = sql::Statement::prepare(connection, uR"(UPDATE holds SET reach = :reach
WHERE session_id = (SELECT id FROM sessions WHERE uid = :session)
    AND exercise_id = :exercise AND side = :side AND hold_index = :index
    AND started_utc_ms = :started)"_s);
            if (!update)
                return Status(update.error());
            update.value()
                .bind(":reach", reach)
                .bind(":session", uid)
                .bind(":exercise", hold.exerciseId)
                .bind(":side", sideKey(hold.side))
                .bind(":index", storedHoldIndex(hold))
                .bind(":started", hold.startUtc.toMSecsSinceEpoch());
            return update.value().run();
        });
}

Status SessionLog::setPain(bool before, int level)
{
    if (Status open = requireReportableSession(); !open)
        return open;
    if (level < 0 || level > 10)
        return Error {tr("Pain is recorded on a scale from 0 to 10, not %1.").arg(level)};
    const QString sql = before ? u"UPDATE sessions SET pain_before = :level WHERE uid = :session"_s
                               : u"UPDATE sessions SET pain_after = :level WHERE uid = :session"_s;
    return enqueue(m_reportUid, tr("the pain level"),
        [uid = m_reportUid, sql, level](sql::Connection &connection) {
            return updateSession(connection, sql, uid,
                [level](sql::Statement &statement) { statement.bind(":level", level); });
        });
}

Status SessionLog::setPainBefore(int level)
{
    return setPain(true, level);
}

Status SessionLog::setPainAfter(int level)
{
    return setPain(false, level);
}

Status SessionLog::setNote(const QString &note)
{
    if (Status open = requireReportableSession(); !open)
        return open;
    return enqueue(
        m_reportUid, tr("the note"), [uid = m_reportUid, note](sql::Connection &connection) {
            return updateSession(connection,
                u"UPDATE sessions SET note = :note WHERE uid = :session"_s, uid,
                [&note](sql::Statement &statement) { statement.bind(":note", note); });
        });
}

Status SessionLog::finish(SessionEnd end, const QString &stopReason)
{
    if (Status open = requireSession(); !open)
        return open;
    const QString uid = std::exchange(m_sessionUid, QString());
    const qint64 endedMs = m_store.clock().nowUtc().toMSecsSinceEpoch();
    const int offset = m_store.clock().utcOffsetSeconds();
    const QString status = end == SessionEnd::Completed ? u"completed"_s : u"stopped"_s;
    const std::optional<QString> reason
        = stopReason.isEmpty() ? std::nullopt : std::optional<QString>(stopReason);
    return enqueue(uid, tr("the end of the session"),
        [uid, endedMs, offset, status, reason](sql::Connection &connection) {
            return updateSession(connection, uR"(UPDATE sessions SET status = :status,
    stop_reason = :reason, ended_utc_ms = max(:ended, started_utc_ms), ended_offset_s = :offset
WHERE uid = :session)"_s,
                uid, [&](sql::Statement &statement) {
                    statement.bind(":status", status)
                        .bind(":reason", reason)
                        .bind(":ended", endedMs)
                        .bind(":offset", offset);
                });
        });
}

void SessionLog::writeThrough(HistoryWriter &writer, WriteObserver written)
{
    m_writer = &writer;
    m_written = std::move(written);
}

Status SessionLog::enqueue(
    const QString &sessionUid, QString what, Write write, std::optional<HoldRecord> hold)
{
    Pending entry {sessionUid, std::move(what), std::move(write), std::move(hold)};
    m_journal.push_back(entry);
    m_pending.push_back(std::move(entry));
    // Writes kept after a failure are tried again first, in order.
    return retryPending();
}

Status SessionLog::handOverNext()
{
    if (m_handedOver || m_pending.empty())
        return {};
    if (Status writable = reopenIfReadOnly(); !writable)
        return keptBecause(m_pending.front().what, writable.error().message);
    m_handedOver = true;
    std::weak_ptr<SessionLog *> self = m_self;
    m_writer->submit(m_pending.front().write, [self](const Status &result) {
        if (auto log = self.lock())
            (*log)->handedOverWritten(result);
    });
    return {};
}

void SessionLog::handedOverWritten(const Status &result)
{
    m_handedOver = false;
    if (m_pending.empty())
        return;
    if (!result) {
        const Error kept = keptBecause(m_pending.front().what, result.error().message);
        if (m_written)
            m_written(kept, nullptr);
        return;
    }
    const Pending done = std::move(m_pending.front());
    m_pending.pop_front();
    if (m_pending.empty())
        pruneJournal();
    if (m_written)
        m_written({}, done.hold ? &*done.hold : nullptr);
    if (Status next = handOverNext(); !next && m_written)
        m_written(next, nullptr);
}

Status SessionLog::reopenIfReadOnly()
{
    if (m_store.isReadOnly())
        return m_store.reopenForWriting();
    return {};
}

Error SessionLog::keptBecause(const QString &what, const QString &reason) const
{
    return Error {tr("Limber could not save %1. %2 Limber keeps %n unsaved record(s) and "
                     "saves them when you try again.",
        nullptr, pendingCount())
                      .arg(what, reason)};
}

void SessionLog::pruneJournal()
{
    std::erase_if(m_journal, [this](const Pending &entry) {
        if (entry.sessionUid == m_sessionUid || entry.sessionUid == m_reportUid)
            return false;
        return std::none_of(m_pending.cbegin(), m_pending.cend(),
            [&entry](const Pending &kept) { return kept.sessionUid == entry.sessionUid; });
    });
}

int SessionLog::pendingHolds() const
{
    return static_cast<int>(std::count_if(m_pending.cbegin(), m_pending.cend(),
        [](const Pending &kept) { return kept.hold.has_value(); }));
}

Status SessionLog::writeUnsavedInto(sql::Connection &other) const
{
    QSet<QString> unsaved;
    for (const Pending &kept : m_pending)
        unsaved.insert(kept.sessionUid);
    for (const Pending &entry : m_journal) {
        if (!unsaved.contains(entry.sessionUid))
            continue;
        if (Status written = sql::runInTransaction(other, entry.write); !written)
            return Error {tr("Limber could not write %1 into the file of unsaved holds. %2")
                              .arg(entry.what, written.error().message)};
    }
    return {};
}

Status SessionLog::retryPending()
{
    if (m_writer)
        return handOverNext();
    while (!m_pending.empty()) {
        if (Status writable = reopenIfReadOnly(); !writable)
            return keptBecause(m_pending.front().what, writable.error().message);
        const Pending &next = m_pending.front();
        if (Status written = sql::runInTransaction(m_store.connection(), next.write); !written)
            return keptBecause(next.what, written.error().message);
        m_pending.pop_front();
    }
    pruneJournal();
    return {};
}

} // namespace limber

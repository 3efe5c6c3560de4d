#pragma once

#include "core/session/sessionrecords.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace limber {

class HistoryStore;
class HistoryWriter;

/// How a session ended, when the person or the routine ended it.
enum class SessionEnd { Completed, Stopped };

namespace sql {
class Connection;
}

/// Writes a session to the history as it happens: the session row at begin,
/// each hold the moment it ends (one transaction each), pain, reach, note and
/// how it ended.
///
/// When a write fails (disk full, read-only folder, file locked) it is kept in
/// memory, in order, with everything after it, and the Status says why and
/// what to do. retryPending() writes what is kept; every write is idempotent
/// (sessions carry a unique id, holds a unique key), so a write is stored
/// exactly once however often it is retried.
class SessionLog
{
    Q_DECLARE_TR_FUNCTIONS(SessionLog)

public:
    /// After each write handed to a HistoryWriter: its result, and the hold
    /// when it was one.
    using WriteObserver = std::function<void(const Status &result, const HoldRecord *hold)>;

    explicit SessionLog(HistoryStore &store);
    SessionLog(const SessionLog &) = delete;
    SessionLog &operator=(const SessionLog &) = delete;

    /// From now on hands each write to `writer`, which runs it on another
    /// thread: the calls below return once they have checked their values,
    /// never waiting for the file, and `written` is called on this thread
    /// with each write's result. A write that fails is kept with everything
    /// after it, as without a writer, until retryPending(). `writer` must
    /// outlive this log or be waited for (HistoryWriter::waitUntilIdle()).
    void writeThrough(HistoryWriter &writer, WriteObserver written);
    bool writesInBackground() const { return m_writer != nullptr; }

    /// Starts a session "in progress" at the store clock's current time.
    /// Fails only when a session is already open in this log.
    Status begin(const QString &routineId);
    /// Records a finished or cut-short hold of the open session.
    Status recordHold(const HoldRecord &hold);
    /// Sets how far the person reached in a hold recorded earlier (0..3).
    /// Self-reports (reach, pain, note) may also follow finish(): they apply to
    /// the open session, or else to the one finished last, until begin().
    Status setReach(const HoldRecord &hold, int reach);
    /// Pain on a 0..10 scale, before and after the session.
    Status setPainBefore(int level);
    Status setPainAfter(int level);
    Status setNote(const QString &note);
    /// Ends the open session at the store clock's current time.
    Status finish(SessionEnd end, const QString &stopReason = {});

    /// Writes the kept writes, oldest first; stops at the first failure.
    /// With a writer it hands the oldest over and reports through the
    /// observer; it fails here only when the history is still read-only.
    Status retryPending();
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    /// How many of the kept writes are holds.
    int pendingHolds() const;

    /// Writes every session that has a kept write, whole (its start, holds,
    /// self-reports and end, also the parts already saved), into `other`,
    /// e.g. a history in memory to export as a file that `--import` reads.
    /// The writes stay kept here.
    Status writeUnsavedInto(sql::Connection &other) const;

    bool hasOpenSession() const { return !m_sessionUid.isEmpty(); }
    /// The open session's unique id (also in exports); empty when none.
    const QString &sessionUid() const { return m_sessionUid; }

private:
    using Write = std::function<Status(sql::Connection &)>;

    Status enqueue(const QString &sessionUid, QString what, Write write,
        std::optional<HoldRecord> hold = std::nullopt);
    /// Hands the oldest kept write to the writer, unless one is on its way.
    Status handOverNext();
    void handedOverWritten(const Status &result);
    Status reopenIfReadOnly();
    Error keptBecause(const QString &what, const QString &reason) const;
    /// Forgets the journal of sessions that are saved and take no more writes.
    void pruneJournal();
    Status requireSession() const;
    Status requireReportableSession() const;
    Status setPain(bool before, int level);

    struct Pending
    {
        QString sessionUid;
        QString what;
        Write write;
        std::optional<HoldRecord> hold;
    };

    HistoryStore &m_store;
    QString m_sessionUid;
    QString m_reportUid; ///< the session self-reports go to: open, or finished last
    std::deque<Pending> m_pending;
    /// Every write of the sessions that may still need one (the open one, the
    /// one self-reports go to, any with a kept write), in order, so such a
    /// session can be written out whole: some of it may be in the history
    /// and the rest not.
    std::deque<Pending> m_journal;

    HistoryWriter *m_writer = nullptr;
    WriteObserver m_written;
    bool m_handedOver = false; ///< the oldest kept write is with the writer
    /// Results of writes handed over arrive only while this log lives.
    std::shared_ptr<SessionLog *> m_self = std::make_shared<SessionLog *>(this);
};

} // namespace limber

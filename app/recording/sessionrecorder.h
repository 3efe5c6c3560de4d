#pragma once

#include "core/history/sessionlog.h"
#include "core/session/sessionrecords.h"
#include "core/util/error.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>

#include <memory>
#include <optional>

namespace limber {

class HistoryStore;
class HistoryWriter;

Q_DECLARE_LOGGING_CATEGORY(lcRecording)

/// Writes a guided session into the history as it happens: the session when
/// it starts, each hold the moment the runner reports it, how the session
/// ended, and the self-reports (pain, reach, note) the person gives.
///
/// The writes run on a thread of their own (HistoryWriter): a history locked
/// by another program never stops the session's timer or cues. holdSaved()
/// and allSaved() come once a write is in the file.
///
/// Works without a history (store == nullptr, e.g. it could not be opened):
/// then it records nothing and the session still runs.
class SessionRecorder : public QObject
{
    Q_OBJECT

public:
    explicit SessionRecorder(HistoryStore *store, QObject *parent = nullptr);
    ~SessionRecorder() override;

    /// Starts recording a session of `routineId`. Feed it the session's
    /// holds and its end through recordHold() and finish(), e.g. from the
    /// SessionRunner's or the session page's signals.
    void begin(const QString &routineId);
    void recordHold(const limber::HoldRecord &record);
    void finish(const limber::SessionSummary &summary);

    void setPainBefore(int level);
    void setPainAfter(int level);
    /// How far the person got (0..3), stored on \a hold, one of this
    /// session's holds (see reachHold()).
    void setReach(const limber::HoldRecord &hold, int reach);
    /// The hold a reach answer belongs to: the session's last hold held to
    /// its end. None when no hold was.
    std::optional<HoldRecord> reachHold() const;
    void setNote(const QString &note);

    /// Writes what a failed write kept in memory (disk full, read-only folder).
    void retry();
    /// Blocks until every write handed over has run and been reported: before
    /// asking about unsaved holds at quit, and in tests that read the file.
    void waitForWrites();
    int pendingCount() const;
    /// How many of the kept writes are holds.
    int pendingHolds() const;
    /// Why the last write failed; empty once everything is saved.
    const QString &lastProblem() const { return m_lastProblem; }
    /// The log of this run, for writing what it keeps elsewhere; null when
    /// nothing is recorded.
    const SessionLog *log() const { return m_log.get(); }
    bool isRecording() const { return m_log != nullptr; }
    /// The holds of the current (or last) session, as written.
    const QList<HoldRecord> &holds() const { return m_holds; }

Q_SIGNALS:
    void holdSaved(const limber::HoldRecord &hold);
    /// A write failed; `message` says why and what to do. The write is kept.
    void saveFailed(const QString &message);
    /// Everything kept in memory has been written.
    void allSaved();

private:
    void report(const Status &status);
    void written(const Status &result, const HoldRecord *hold);

    HistoryStore *m_store;
    /// Declared before the log, so the log goes first and the writer then
    /// finishes what it was handed.
    std::unique_ptr<HistoryWriter> m_writer;
    std::unique_ptr<SessionLog> m_log;
    QList<HoldRecord> m_holds;
    QString m_lastProblem;
};

} // namespace limber

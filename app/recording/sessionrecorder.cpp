#include "app/recording/sessionrecorder.h"

#include "core/history/historystore.h"
#include "core/history/historywriter.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

Q_LOGGING_CATEGORY(lcRecording, "limber.recording", QtWarningMsg)

SessionRecorder::SessionRecorder(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

SessionRecorder::~SessionRecorder() = default;

void SessionRecorder::begin(const QString &routineId)
{
    m_holds.clear();
    // A newer Limber's file is never written. A folder that refuses writes
    // may recover: the log keeps the session in memory until then.
    if (!m_store || m_store->outcome().readOnlyReason == ReadOnlyReason::NewerVersion) {
        m_log.reset();
        return;
    }
    // One log for the whole run, so writes an earlier session could not make
    // (disk full) stay queued ahead of this session's.
    if (!m_log) {
        m_writer = std::make_unique<HistoryWriter>(m_store->databasePath(), m_store->busyTimeout());
        m_log = std::make_unique<SessionLog>(*m_store);
        m_log->writeThrough(*m_writer,
            [this](const Status &result, const HoldRecord *hold) { written(result, hold); });
    }
    report(m_log->begin(routineId));
}

void SessionRecorder::recordHold(const HoldRecord &record)
{
    if (!m_log)
        return;
    m_holds.append(record);
    report(m_log->recordHold(record));
}

void SessionRecorder::written(const Status &result, const HoldRecord *hold)
{
    if (result && hold) {
        // Read by the crash test: a hold reported here is in the file.
        qCInfo(lcRecording).noquote()
            << u"hold saved: %1 %2 #%3 %4 ms at %5"_s.arg(hold->exerciseId, sideKey(hold->side))
                   .arg(hold->holdNumber)
                   .arg(qint64(hold->held.count()))
                   .arg(hold->startUtc.toMSecsSinceEpoch());
        Q_EMIT holdSaved(*hold);
    }
    report(result);
}

void SessionRecorder::finish(const SessionSummary &summary)
{
    if (!m_log)
        return;
    QString reason;
    if (summary.stopReason == StopReason::Pain)
        reason = u"pain"_s;
    else if (summary.stopReason == StopReason::User)
        reason = u"user"_s;
    else if (!summary.completed)
        reason = u"skipped"_s; // at the end, but no hold was held to its end
    report(m_log->finish(summary.completed ? SessionEnd::Completed : SessionEnd::Stopped, reason));
}

void SessionRecorder::setPainBefore(int level)
{
    if (m_log)
        report(m_log->setPainBefore(level));
}

void SessionRecorder::setPainAfter(int level)
{
    if (m_log)
        report(m_log->setPainAfter(level));
}

void SessionRecorder::setReach(const HoldRecord &hold, int reach)
{
    if (m_log)
        report(m_log->setReach(hold, reach));
}

std::optional<HoldRecord> SessionRecorder::reachHold() const
{
    for (auto it = m_holds.crbegin(); it != m_holds.crend(); ++it) {
        if (it->completed)
            return *it;
    }
    return std::nullopt;
}

void SessionRecorder::setNote(const QString &note)
{
    if (m_log && !note.trimmed().isEmpty())
        report(m_log->setNote(note.trimmed()));
}

void SessionRecorder::retry()
{
    if (m_log)
        report(m_log->retryPending());
}

void SessionRecorder::waitForWrites()
{
    if (m_writer)
        m_writer->waitUntilIdle();
}

int SessionRecorder::pendingCount() const
{
    return m_log ? m_log->pendingCount() : 0;
}

int SessionRecorder::pendingHolds() const
{
    return m_log ? m_log->pendingHolds() : 0;
}

void SessionRecorder::report(const Status &status)
{
    if (!status) {
        m_lastProblem = status.error().message;
        qCWarning(lcRecording).noquote() << status.error().message;
        Q_EMIT saveFailed(status.error().message);
    } else if (m_log && m_log->pendingCount() == 0) {
        m_lastProblem.clear();
        Q_EMIT allSaved();
    }
}

} // namespace limber

#include "core/history/historyexport.h"

#include "core/content/routinefile.h"
#include "core/history/csvwriter.h"
#include "core/history/exportdestination.h"
#include "core/history/exportformat.h"
#include "core/history/historystore.h"
#include "core/history/progressreporter.h"
#include "core/history/statement.h"
#include "core/history/storagemessages.h"
#include "core/history/targetexchange.h"
#include "core/history/userroutines.h"
#include "core/util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

// Which CSV columns are text and which are numbers: text is neutralised
// where a spreadsheet would read it as a formula, numbers never are.
CsvField text(const sql::Statement &row, int column)
{
    return CsvField::text(row.isNull(column) ? QString() : row.text(column));
}

CsvField number(const sql::Statement &row, int column)
{
    return CsvField::number(row.isNull(column) ? QString() : row.text(column));
}

QJsonValue optionalJson(const sql::Statement &row, int column)
{
    return row.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(row.int64(column));
}

// Keeps the export one consistent snapshot while it reads.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sql::Connection &connection)
        : m_connection(connection)
        , m_status(connection.execute(u"BEGIN"_s))
    { }
    ~ReadSnapshot()
    {
        // The export has everything it read by now; ending the read
        // transaction can fail only for the log to notice.
        if (m_status)
            logFailure(m_connection.execute(u"COMMIT"_s), "Ending the export's read snapshot");
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    const Status &status() const { return m_status; }

private:
    sql::Connection &m_connection;
    Status m_status;
};

} // namespace

HistoryExport::HistoryExport(HistoryStore &store)
    : m_store(store)
{ }

Error HistoryExport::writeFailed(const QIODevice &out) const
{
    return ExportDestination::writeFailure(tr("the export"), out);
}

Status HistoryExport::write(Format format, QIODevice &out, const ProgressCallback &progress)
{
    ReadSnapshot snapshot(m_store.connection());
    if (!snapshot.status())
        return snapshot.status();
    switch (format) {
    case Format::HoldsCsv:
        return writeHoldsCsv(out, progress);
    case Format::SessionsCsv:
        return writeSessionsCsv(out, progress);
    case Format::Json:
        return writeJson(out, progress);
    }
    return {};
}

Status HistoryExport::save(Format format, const QString &path, const ProgressCallback &progress)
{
    ExportDestination destination(path);
    if (Status opened = destination.open(); !opened)
        return opened;
    if (Status written = write(format, destination.device(), progress); !written) {
        destination.abandon();
        return written;
    }
    return destination.finish();
}

Status HistoryExport::writeHoldsCsv(QIODevice &out, const ProgressCallback &progress)
{
    auto total = m_store.connection().queryInt(u"SELECT count(*) FROM holds"_s);
    if (!total)
        return total.error();
    auto rows = sql::Statement::prepare(m_store.connection(), uR"(SELECT s.uid, h.exercise_id,
    h.side, h.hold_index, h.target_ms, h.held_ms, h.started_utc_ms, h.started_offset_s,
    h.completed, h.reach
FROM holds h JOIN sessions s ON s.id = h.session_id
ORDER BY s.started_utc_ms, s.id, h.started_utc_ms, h.id)"_s);
    if (!rows)
        return rows.error();
    CsvWriter csv(out);
    if (!csv.writeRow({u"session_uid"_s, u"exercise_id"_s, u"side"_s, u"hold_index"_s,
            u"target_ms"_s, u"held_ms"_s, u"started_utc"_s, u"started_local"_s, u"utc_offset_s"_s,
            u"completed"_s, u"reach"_s}))
        return writeFailed(out);
    ProgressReporter reporter(progress, static_cast<int>(*total));
    sql::Statement &row = rows.value();
    for (;;) {
        auto next = row.step();
        if (!next)
            return next.error();
        if (!*next)
            return {};
        const qint64 started = row.int64(6);
        const int offset = row.integer(7);
        if (!csv.writeRow({text(row, 0), text(row, 1), text(row, 2), number(row, 3), number(row, 4),
                number(row, 5), CsvField::text(exportformat::utcText(started)),
                CsvField::text(exportformat::localText(started, offset)),
                CsvField::number(QString::number(offset)), number(row, 8), number(row, 9)}))
            return writeFailed(out);
        reporter.advance();
    }
}

Status HistoryExport::writeSessionsCsv(QIODevice &out, const ProgressCallback &progress)
{
    auto total = m_store.connection().queryInt(u"SELECT count(*) FROM sessions"_s);
    if (!total)
        return total.error();
    auto rows = sql::Statement::prepare(m_store.connection(), uR"(SELECT s.uid, s.routine_id,
    s.status, s.stop_reason, s.started_utc_ms, s.started_offset_s, s.ended_utc_ms,
    s.ended_offset_s, s.pain_before, s.pain_after, s.note,
    (SELECT count(*) FROM holds h WHERE h.session_id = s.id),
    (SELECT coalesce(sum(h.held_ms), 0) FROM holds h WHERE h.session_id = s.id)
FROM sessions s ORDER BY s.started_utc_ms, s.id)"_s);
    if (!rows)
        return rows.error();
    CsvWriter csv(out);
    if (!csv.writeRow({u"session_uid"_s, u"routine_id"_s, u"status"_s, u"stop_reason"_s,
            u"started_utc"_s, u"started_local"_s, u"started_offset_s"_s, u"ended_utc"_s,
            u"ended_local"_s, u"ended_offset_s"_s, u"pain_before"_s, u"pain_after"_s, u"note"_s,
            u"holds"_s, u"held_ms"_s}))
        return writeFailed(out);
    ProgressReporter reporter(progress, static_cast<int>(*total));
    sql::Statement &row = rows.value();
    for (;;) {
        auto next = row.step();
        if (!next)
            return next.error();
        if (!*next)
            return {};
        const qint64 started = row.int64(4);
        const int offset = row.integer(5);
        const bool ended = !row.isNull(6);
        if (!csv.writeRow({text(row, 0), text(row, 1), text(row, 2), text(row, 3),
                CsvField::text(exportformat::utcText(started)),
                CsvField::text(exportformat::localText(started, offset)),
                CsvField::number(QString::number(offset)),
                CsvField::text(ended ? exportformat::utcText(row.int64(6)) : QString()),
                CsvField::text(
                    ended ? exportformat::localText(row.int64(6), row.integer(7)) : QString()),
                number(row, 7), number(row, 8), number(row, 9), text(row, 10), number(row, 11),
                number(row, 12)}))
            return writeFailed(out);
        reporter.advance();
    }
}

Status HistoryExport::writeRoutines(QIODevice &out)
{
    auto routines = UserRoutines(m_store).entries();
    if (!routines)
        return routines.error();
    // One routine per line, in the person's order; the routine itself in the
    // routine file format, so the export holds exactly what a routine file would.
    for (qsizetype i = 0; i < routines->size(); ++i) {
        const StoredRoutine &entry = routines->at(i);
        const QJsonObject line {{u"id"_s, entry.routine.id},
            {u"createdUtc"_s, exportformat::utcText(entry.createdUtc.toMSecsSinceEpoch())},
            {u"modifiedUtc"_s, exportformat::utcText(entry.modifiedUtc.toMSecsSinceEpoch())},
            {u"routine"_s, QJsonDocument::fromJson(routineToJson(entry.routine)).object()}};
        const QByteArray bytes
            = (i == 0 ? "\n" : ",\n") + QJsonDocument(line).toJson(QJsonDocument::Compact);
        if (out.write(bytes) != bytes.size())
            return writeFailed(out);
    }
    return {};
}

Status HistoryExport::writeJson(QIODevice &out, const ProgressCallback &progress)
{
    auto total = m_store.connection().queryInt(u"SELECT count(*) FROM sessions"_s);
    if (!total)
        return total.error();
    auto sessions = sql::Statement::prepare(m_store.connection(), uR"(SELECT id, uid, routine_id,
    status, stop_reason, started_utc_ms, started_offset_s, ended_utc_ms, ended_offset_s,
    pain_before, pain_after, note
FROM sessions ORDER BY started_utc_ms, id)"_s);
    if (!sessions)
        return sessions.error();
    auto holds = sql::Statement::prepare(m_store.connection(), uR"(SELECT exercise_id, side,
    hold_index, target_ms, held_ms, started_utc_ms, started_offset_s, completed, reach
FROM holds WHERE session_id = :session ORDER BY started_utc_ms, id)"_s);
    if (!holds)
        return holds.error();

    // Written piece by piece, one session per line, so a large history never
    // has to fit in memory as one document.
    const QString exported = exportformat::utcText(m_store.clock().nowUtc().toMSecsSinceEpoch());
    const QByteArray head = u"{\"format\":\"%1\",\"formatVersion\":%2,\"exportedUtc\":\"%3\","
                            u"\"routines\":["_s.arg(exportformat::name())
                                .arg(exportformat::version)
                                .arg(exported)
                                .toUtf8();
    if (out.write(head) != head.size())
        return writeFailed(out);
    if (Status written = writeRoutines(out); !written)
        return written;
    const QByteArray sessionsStart = "\n],\"sessions\":[";
    if (out.write(sessionsStart) != sessionsStart.size())
        return writeFailed(out);
    ProgressReporter reporter(progress, static_cast<int>(*total));
    sql::Statement &s = sessions.value();
    sql::Statement &h = holds.value();
    for (bool first = true;; first = false) {
        auto next = s.step();
        if (!next)
            return next.error();
        if (!*next)
            break;
        QJsonArray holdArray;
        h.reset();
        h.bind(":session", s.int64(0));
        for (;;) {
            auto hold = h.step();
            if (!hold)
                return hold.error();
            if (!*hold)
                break;
            holdArray.append(QJsonObject {{u"exerciseId"_s, h.text(0)}, {u"side"_s, h.text(1)},
                {u"holdIndex"_s, h.int64(2)}, {u"targetMs"_s, h.int64(3)},
                {u"heldMs"_s, h.int64(4)}, {u"startedUtc"_s, exportformat::utcText(h.int64(5))},
                {u"startedOffsetSeconds"_s, h.int64(6)}, {u"completed"_s, h.int64(7) != 0},
                {u"reach"_s, optionalJson(h, 8)}});
        }
        const QJsonObject session {{u"uid"_s, s.text(1)}, {u"routineId"_s, s.text(2)},
            {u"status"_s, s.text(3)},
            {u"stopReason"_s, s.isNull(4) ? QJsonValue(QJsonValue::Null) : s.text(4)},
            {u"startedUtc"_s, exportformat::utcText(s.int64(5))},
            {u"startedOffsetSeconds"_s, s.int64(6)},
            {u"endedUtc"_s,
                s.isNull(7) ? QJsonValue(QJsonValue::Null) : exportformat::utcText(s.int64(7))},
            {u"endedOffsetSeconds"_s, optionalJson(s, 8)}, {u"painBefore"_s, optionalJson(s, 9)},
            {u"painAfter"_s, optionalJson(s, 10)}, {u"note"_s, s.text(11)},
            {u"holds"_s, holdArray}};
        const QByteArray line
            = (first ? "\n" : ",\n") + QJsonDocument(session).toJson(QJsonDocument::Compact);
        if (out.write(line) != line.size())
            return writeFailed(out);
        reporter.advance();
    }
    if (out.write("\n]") != 2)
        return writeFailed(out);
    if (Status written = writeTargetDecisions(m_store, out); !written)
        return written;
    if (out.write("}\n") != 2)
        return writeFailed(out);
    return {};
}

} // namespace limber

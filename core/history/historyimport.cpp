#include "core/history/historyimport.h"

#include "core/content/routinefile.h"
#include "core/history/backups.h"
#include "core/history/exportformat.h"
#include "core/history/historystore.h"
#include "core/history/progressreporter.h"
#include "core/history/statement.h"
#include "core/history/storagemessages.h"
#include "core/history/targetexchange.h"
#include "core/history/transaction.h"
#include "core/history/userroutines.h"
#include "core/model/side.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

struct ImportedHold
{
    QString exerciseId;
    QString side;
    qint64 holdIndex = 0;
    qint64 targetMs = 0;
    qint64 heldMs = 0;
    qint64 startedUtcMs = 0;
    qint64 startedOffset = 0;
    bool completed = false;
    std::optional<qint64> reach;
};

struct ImportedSession
{
    QString uid;
    QString routineId;
    QString status;
    std::optional<QString> stopReason;
    qint64 startedUtcMs = 0;
    qint64 startedOffset = 0;
    std::optional<qint64> endedUtcMs;
    std::optional<qint64> endedOffset;
    std::optional<qint64> painBefore;
    std::optional<qint64> painAfter;
    QString note;
    std::vector<ImportedHold> holds;
};

// Text that must not be empty is a key (a uid, an exercise id). SQLite counts
// the characters of text up to its first NUL, so for the tables' CHECKs a key
// with a NUL ("\u0000" in the file) is empty or shorter than it is.
bool isKey(const QString &text)
{
    return !text.isEmpty() && !text.contains(QChar(u'\0'));
}

// Reads typed members and remembers the first problem, naming where it is.
class Reader
{
public:
    explicit Reader(QString where)
        : m_where(std::move(where))
    { }

    QString text(const QJsonObject &o, const QString &key, bool allowEmpty = true)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() || (!allowEmpty && !isKey(v.toString())))
            fail(key);
        return v.toString();
    }
    std::optional<QString> optionalText(const QJsonObject &o, const QString &key)
    {
        if (o.value(key).isNull() || o.value(key).isUndefined())
            return std::nullopt;
        return text(o, key);
    }
    qint64 integer(const QJsonObject &o, const QString &key, qint64 min, qint64 max)
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble();
        // The range is checked on the double: converting one outside qint64 is undefined.
        if (!v.isDouble() || !(d >= static_cast<double>(min) && d <= static_cast<double>(max))
            || d != std::floor(d)) {
            fail(key);
            return 0;
        }
        return static_cast<qint64>(d);
    }
    std::optional<qint64> optionalInteger(
        const QJsonObject &o, const QString &key, qint64 min, qint64 max)
    {
        if (o.value(key).isNull() || o.value(key).isUndefined())
            return std::nullopt;
        return integer(o, key, min, max);
    }
    qint64 utc(const QJsonObject &o, const QString &key)
    {
        qint64 ms = 0;
        if (!exportformat::parseUtc(o.value(key).toString(), &ms))
            fail(key);
        return ms;
    }
    void check(bool ok, const QString &key)
    {
        if (!ok)
            fail(key);
    }
    const std::optional<QString> &problem() const { return m_problem; }

private:
    void fail(const QString &key)
    {
        if (!m_problem)
            m_problem = HistoryImport::tr("%1: \"%2\" is missing or not valid.").arg(m_where, key);
    }

    QString m_where;
    std::optional<QString> m_problem;
};

constexpr qint64 maxOffset = 18 * 3600;
constexpr qint64 maxMs = qint64 {1} << 50;
constexpr qsizetype maxUidLength = 64;

// The history keeps no time whose local date is before 1970 (a CHECK of its tables).
bool localTimeFits(qint64 utcMs, qint64 offsetSeconds)
{
    return utcMs + offsetSeconds * 1000 >= 0;
}

std::optional<QString> readSession(const QJsonValue &value, int index, ImportedSession *session)
{
    Reader r(HistoryImport::tr("Session %1").arg(index + 1));
    const QJsonObject o = value.toObject();
    r.check(value.isObject(), u"session"_s);
    session->uid = r.text(o, u"uid"_s, false);
    session->routineId = r.text(o, u"routineId"_s);
    session->status = r.text(o, u"status"_s);
    r.check(QStringList {u"in_progress"_s, u"completed"_s, u"stopped"_s, u"interrupted"_s}.contains(
                session->status),
        u"status"_s);
    session->stopReason = r.optionalText(o, u"stopReason"_s);
    session->startedUtcMs = r.utc(o, u"startedUtc"_s);
    session->startedOffset = r.integer(o, u"startedOffsetSeconds"_s, -maxOffset, maxOffset);
    if (!o.value(u"endedUtc"_s).isNull()) {
        session->endedUtcMs = r.utc(o, u"endedUtc"_s);
        session->endedOffset = r.integer(o, u"endedOffsetSeconds"_s, -maxOffset, maxOffset);
    }
    session->painBefore = r.optionalInteger(o, u"painBefore"_s, 0, 10);
    session->painAfter = r.optionalInteger(o, u"painAfter"_s, 0, 10);
    session->note = r.text(o, u"note"_s);
    r.check(o.value(u"holds"_s).isArray(), u"holds"_s);
    // What the tables refuse is refused here, by name, before anything is written.
    r.check(session->uid.size() <= maxUidLength, u"uid"_s);
    r.check(localTimeFits(session->startedUtcMs, session->startedOffset), u"startedUtc"_s);
    r.check(!session->endedUtcMs || *session->endedUtcMs >= session->startedUtcMs, u"endedUtc"_s);
    if (r.problem())
        return r.problem();

    const QJsonArray holds = o.value(u"holds"_s).toArray();
    for (qsizetype i = 0; i < holds.size(); ++i) {
        Reader h(HistoryImport::tr("Session %1, hold %2").arg(index + 1).arg(i + 1));
        const QJsonObject ho = holds[i].toObject();
        h.check(holds[i].isObject(), u"hold"_s);
        ImportedHold hold;
        hold.exerciseId = h.text(ho, u"exerciseId"_s, false);
        hold.side = h.text(ho, u"side"_s);
        Side side = Side::None;
        h.check(sideFromKey(hold.side, &side), u"side"_s);
        hold.holdIndex = h.integer(ho, u"holdIndex"_s, 0, maxMs);
        hold.targetMs = h.integer(ho, u"targetMs"_s, 0, maxMs);
        hold.heldMs = h.integer(ho, u"heldMs"_s, 0, maxMs);
        hold.startedUtcMs = h.utc(ho, u"startedUtc"_s);
        hold.startedOffset = h.integer(ho, u"startedOffsetSeconds"_s, -maxOffset, maxOffset);
        h.check(ho.value(u"completed"_s).isBool(), u"completed"_s);
        hold.completed = ho.value(u"completed"_s).toBool();
        hold.reach = h.optionalInteger(ho, u"reach"_s, 0, 3);
        h.check(localTimeFits(hold.startedUtcMs, hold.startedOffset), u"startedUtc"_s);
        if (h.problem())
            return h.problem();
        session->holds.push_back(hold);
    }
    return std::nullopt;
}

std::optional<QString> readRoutine(const QJsonValue &value, int index, StoredRoutine *entry)
{
    const QString where = HistoryImport::tr("Routine %1").arg(index + 1);
    Reader r(where);
    const QJsonObject o = value.toObject();
    r.check(value.isObject(), u"routine"_s);
    const QString id = r.text(o, u"id"_s, false);
    entry->createdUtc = QDateTime::fromMSecsSinceEpoch(r.utc(o, u"createdUtc"_s), QTimeZone::utc());
    entry->modifiedUtc
        = QDateTime::fromMSecsSinceEpoch(r.utc(o, u"modifiedUtc"_s), QTimeZone::utc());
    r.check(o.value(u"routine"_s).isObject(), u"routine"_s);
    if (r.problem())
        return r.problem();
    // The routine is read as a routine file is, so the history holds only
    // routines Limber can open; its exercises are not looked up (they may
    // come with the person's own content later).
    const QByteArray json
        = QJsonDocument(o.value(u"routine"_s).toObject()).toJson(QJsonDocument::Indented);
    auto routine = parseRoutineJson(json, where);
    if (!routine)
        return routine.error().message + u'.';
    if (routine->id != id) {
        return HistoryImport::tr("%1: \"id\" is \"%2\" but the routine inside has the id "
                                 "\"%3\".")
            .arg(where, id, routine->id);
    }
    entry->routine = std::move(routine.value());
    return std::nullopt;
}

// Reads at most `limit` bytes and one more, so a file too large is known
// without reading the rest of it: a device or pipe that never ends
// (/dev/zero) is refused as soon as the limit is passed. Sets *tooLarge then.
std::optional<QString> readAtMost(QFile &input, qint64 limit, QByteArray *bytes, bool *tooLarge)
{
    *tooLarge = !input.isSequential() && input.size() > limit;
    if (*tooLarge)
        return std::nullopt;
    if (!input.isSequential())
        bytes->reserve(static_cast<qsizetype>(input.size()));
    constexpr qint64 chunkBytes = qint64 {1} << 20;
    QByteArray chunk(static_cast<qsizetype>(chunkBytes), Qt::Uninitialized);
    while (bytes->size() <= limit) {
        const qint64 wanted = std::min(chunkBytes, limit + 1 - bytes->size());
        const qint64 got = input.read(chunk.data(), wanted);
        if (got < 0)
            return input.errorString();
        if (got == 0)
            break;
        bytes->append(chunk.constData(), static_cast<qsizetype>(got));
    }
    *tooLarge = bytes->size() > limit;
    return std::nullopt;
}

// "formatVersion" is a whole number from 1 up; anything else is no version.
std::optional<double> formatVersion(const QJsonObject &root)
{
    const QJsonValue value = root.value(u"formatVersion"_s);
    const double version = value.toDouble();
    if (!value.isDouble() || !std::isfinite(version) || version != std::floor(version)
        || version < 1)
        return std::nullopt;
    return version;
}

} // namespace

HistoryImport::HistoryImport(HistoryStore &store, qint64 fileLimit)
    : m_store(store)
    , m_fileLimit(fileLimit)
{ }

Result<ImportSummary> HistoryImport::importJson(
    const QString &path, const ProgressCallback &progress)
{
    const QString file = StorageMessages::native(path);
    if (m_store.isReadOnly())
        return Error {m_store.readOnlyMessage()};
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error {tr("Limber could not open %1 (%2).").arg(file, input.errorString())};
    QByteArray bytes;
    bool tooLarge = false;
    if (auto failed = readAtMost(input, m_fileLimit, &bytes, &tooLarge))
        return Error {tr("Limber could not read %1 (%2).").arg(file, *failed)};
    if (tooLarge) {
        constexpr qint64 mebibyte = qint64 {1024} * 1024;
        const QString limit = m_fileLimit % mebibyte == 0 ? tr("%1 MiB").arg(m_fileLimit / mebibyte)
                                                          : tr("%1 bytes").arg(m_fileLimit);
        return Error {tr("%1 is larger than %2, the most Limber imports (an export of a million "
                         "holds is about 225 MB), so it is not a Limber history export. Nothing "
                         "was changed.")
                          .arg(file, limit)};
    }
    input.close();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    bytes = QByteArray();
    if (parseError.error != QJsonParseError::NoError) {
        return Error {tr("%1 is not a Limber export: it is not valid JSON (%2 at byte %3).")
                          .arg(file, parseError.errorString())
                          .arg(parseError.offset)};
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != exportformat::name())
        return Error {tr("%1 is not a Limber history export.").arg(file)};
    const std::optional<double> version = formatVersion(root);
    if (!version) {
        return Error {tr("%1 cannot be imported: \"formatVersion\" is missing or is not a "
                         "whole number from 1 to %2. Nothing was changed.")
                          .arg(file)
                          .arg(exportformat::version)};
    }
    if (*version > exportformat::version) {
        return Error {tr("%1 was exported by a newer version of Limber (\"formatVersion\" %2; "
                         "this version reads up to %3). Update Limber to import it.")
                          .arg(file, QString::number(*version, 'g', 15))
                          .arg(exportformat::version)};
    }

    const QJsonArray array = root.value(u"sessions"_s).toArray();
    std::vector<ImportedSession> sessions(static_cast<size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (auto problem
            = readSession(array[i], static_cast<int>(i), &sessions[static_cast<size_t>(i)]))
            return Error {tr("%1 cannot be imported. %2 Nothing was changed.").arg(file, *problem)};
    }

    const QJsonArray routineArray = root.value(u"routines"_s).toArray();
    QList<StoredRoutine> routines(routineArray.size());
    for (qsizetype i = 0; i < routineArray.size(); ++i) {
        if (auto problem = readRoutine(routineArray[i], static_cast<int>(i), &routines[i]))
            return Error {tr("%1 cannot be imported. %2 Nothing was changed.").arg(file, *problem)};
    }

    TargetDecisions decisions;
    if (auto problem = readTargetDecisions(root, &decisions))
        return Error {tr("%1 cannot be imported. %2 Nothing was changed.").arg(file, *problem)};

    ImportSummary summary;
    // A history in memory has no file to copy; without this it would try to
    // write a backup named after ":memory:", which is a Qt resource path.
    if (!m_store.isInMemory()) {
        auto backup = BackupManager(m_store).create(BackupReason::BeforeImport);
        if (!backup)
            return backup.error();
        summary.backupPath = backup->path;
    }

    sql::Connection &db = m_store.connection();
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    // A session still in progress in the file cannot continue here.
    auto insertSession = sql::Statement::prepare(db, uR"(INSERT INTO sessions (uid, routine_id,
    status, stop_reason, started_utc_ms, started_offset_s, ended_utc_ms, ended_offset_s,
    pain_before, pain_after, note)
VALUES (:uid, :routine, iif(:status = 'in_progress', 'interrupted', :status), :reason,
    :started, :offset, :ended, :endedOffset, :before, :after, :note)
ON CONFLICT (uid) DO NOTHING)"_s);
    auto findSession = sql::Statement::prepare(db, u"SELECT id FROM sessions WHERE uid = :uid"_s);
    // A session the history has in part (its start was saved, its end or
    // self-reports were not: a full disk) is completed from the file; what
    // the history has is never changed.
    auto completeSession = sql::Statement::prepare(db,
        uR"(UPDATE sessions SET
    status = iif(%1, :status, status), stop_reason = iif(%1, :reason, stop_reason),
    ended_utc_ms = iif(%1, :ended, ended_utc_ms),
    ended_offset_s = iif(%1, :endedOffset, ended_offset_s),
    pain_before = coalesce(pain_before, :before), pain_after = coalesce(pain_after, :after),
    note = iif(note = '', :note, note)
WHERE uid = :uid)"_s.arg(u"(status IN ('in_progress', 'interrupted') "
                         u"AND :status IN ('completed', 'stopped') AND :ended IS NOT NULL)"_s));
    auto completeHold = sql::Statement::prepare(db, uR"(UPDATE holds SET reach = :reach
WHERE reach IS NULL AND session_id = :session AND exercise_id = :exercise AND side = :side
    AND hold_index = :index AND started_utc_ms = :started)"_s);
    auto insertHold = sql::Statement::prepare(db, uR"(INSERT INTO holds (session_id, exercise_id,
    side, hold_index, target_ms, held_ms, started_utc_ms, started_offset_s, completed, reach)
VALUES (:session, :exercise, :side, :index, :target, :held, :started, :offset, :completed, :reach)
ON CONFLICT DO NOTHING)"_s);
    if (!insertSession)
        return insertSession.error();
    if (!findSession)
        return findSession.error();
    if (!insertHold)
        return insertHold.error();
    if (!completeSession)
        return completeSession.error();
    if (!completeHold)
        return completeHold.error();

    UserRoutines userRoutines(m_store);
    for (const StoredRoutine &routine : std::as_const(routines)) {
        auto added = userRoutines.addIfMissing(routine);
        if (!added)
            return added.error();
        ++(*added ? summary.routinesAdded : summary.routinesAlreadyPresent);
    }

    auto targets = addTargetDecisions(m_store, decisions);
    if (!targets)
        return targets.error();
    summary.targetDecisionsAdded = targets->added;
    summary.targetDecisionsAlreadyPresent = targets->alreadyPresent;

    ProgressReporter reporter(progress, static_cast<int>(sessions.size()));
    for (const ImportedSession &s : sessions) {
        sql::Statement &add = insertSession.value();
        add.reset();
        add.bind(":uid", s.uid)
            .bind(":routine", s.routineId)
            .bind(":status", s.status)
            .bind(":reason", s.stopReason)
            .bind(":started", s.startedUtcMs)
            .bind(":offset", s.startedOffset)
            .bind(":ended", s.endedUtcMs)
            .bind(":endedOffset", s.endedOffset)
            .bind(":before", s.painBefore)
            .bind(":after", s.painAfter)
            .bind(":note", s.note);
        if (Status added = add.run(); !added)
            return added.error();
        const bool isNew = sqlite3_changes(db.handle()) > 0;
        ++(isNew ? summary.sessionsAdded : summary.sessionsAlreadyPresent);
        if (!isNew) {
            sql::Statement &complete = completeSession.value();
            complete.reset();
            complete.bind(":uid", s.uid)
                .bind(":status", s.status)
                .bind(":reason", s.stopReason)
                .bind(":ended", s.endedUtcMs)
                .bind(":endedOffset", s.endedOffset)
                .bind(":before", s.painBefore)
                .bind(":after", s.painAfter)
                .bind(":note", s.note);
            if (Status completed = complete.run(); !completed)
                return completed.error();
        }

        sql::Statement &find = findSession.value();
        find.reset();
        find.bind(":uid", s.uid);
        auto found = find.step();
        if (!found)
            return found.error();
        const qint64 sessionId = find.int64(0);
        for (const ImportedHold &h : s.holds) {
            sql::Statement &hold = insertHold.value();
            hold.reset();
            hold.bind(":session", sessionId)
                .bind(":exercise", h.exerciseId)
                .bind(":side", h.side)
                .bind(":index", h.holdIndex)
                .bind(":target", h.targetMs)
                .bind(":held", h.heldMs)
                .bind(":started", h.startedUtcMs)
                .bind(":offset", h.startedOffset)
                .bind(":completed", h.completed)
                .bind(":reach", h.reach);
            if (Status added = hold.run(); !added)
                return added.error();
            if (sqlite3_changes(db.handle()) > 0) {
                ++summary.holdsAdded;
                continue;
            }
            ++summary.holdsAlreadyPresent;
            if (!h.reach)
                continue;
            sql::Statement &complete = completeHold.value();
            complete.reset();
            complete.bind(":reach", h.reach)
                .bind(":session", sessionId)
                .bind(":exercise", h.exerciseId)
                .bind(":side", h.side)
                .bind(":index", h.holdIndex)
                .bind(":started", h.startedUtcMs);
            if (Status completed = complete.run(); !completed)
                return completed.error();
        }
        reporter.advance();
    }
    if (Status committed = transaction.value().commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace limber

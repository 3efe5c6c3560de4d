#include "core/history/targetexchange.h"

#include "core/history/exportformat.h"
#include "core/history/historyimport.h"
#include "core/history/historystore.h"
#include "core/model/routine.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr qint64 maxOffsetSeconds = 18 * 3600;

Status writeLines(QIODevice &out, const QByteArray &opening, const QList<QJsonObject> &objects)
{
    QByteArray bytes = opening;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        bytes += (i == 0 ? "\n" : ",\n")
            + QJsonDocument(objects.at(i)).toJson(QJsonDocument::Compact);
    }
    bytes += "\n]";
    if (out.write(bytes) != bytes.size())
        return Error {HistoryExport::tr("Limber could not write the export (%1). Check that "
                                        "the disk has free space and that you may write to "
                                        "the chosen place.")
                          .arg(out.errorString())};
    return {};
}

// The history holds no time whose local date is before 1970 (a CHECK of its
// tables); such an entry is refused while the file is read, by name.
bool localTimeFits(qint64 utcMs, int offsetSeconds)
{
    return utcMs + qint64 {offsetSeconds} * 1000 >= 0;
}

/// Checks one member at a time and keeps the first problem.
class EntryReader
{
public:
    EntryReader(const QJsonValue &value, QString where)
        : m_object(value.toObject())
        , m_where(std::move(where))
    {
        if (!value.isObject())
            fail(QString());
    }

    QString id(const QString &key)
    {
        QString text = m_object.value(key).toString();
        // SQLite counts the characters of text up to its first NUL, so the
        // tables' length CHECKs refuse an id with one ("\u0000" in the file).
        if (text.isEmpty() || text.size() > 64 || text.contains(QChar(u'\0')))
            fail(key);
        return text;
    }
    int integer(const QString &key, qint64 min, qint64 max)
    {
        const QJsonValue value = m_object.value(key);
        const double number = value.toDouble();
        // The range is checked on the double: converting one outside qint64 is undefined.
        if (!value.isDouble()
            || !(number >= static_cast<double>(min) && number <= static_cast<double>(max))
            || number != std::floor(number)) {
            fail(key);
            return 0;
        }
        return static_cast<int>(number);
    }
    qint64 utc(const QString &key)
    {
        qint64 ms = 0;
        if (!exportformat::parseUtc(m_object.value(key).toString(), &ms))
            fail(key);
        return ms;
    }
    QString text(const QString &key) const { return m_object.value(key).toString(); }
    void fail(const QString &key)
    {
        if (!m_problem) {
            m_problem = key.isEmpty()
                ? HistoryImport::tr("%1 is not an object.").arg(m_where)
                : HistoryImport::tr("%1: \"%2\" is missing or not valid.").arg(m_where, key);
        }
    }
    const std::optional<QString> &problem() const { return m_problem; }

private:
    QJsonObject m_object;
    QString m_where;
    std::optional<QString> m_problem;
};

} // namespace

Status writeTargetDecisions(HistoryStore &store, QIODevice &out)
{
    TargetEvents table(store);
    auto events = table.all();
    if (!events)
        return events.error();
    auto declined = table.declinedSuggestions();
    if (!declined)
        return declined.error();
    QList<QJsonObject> eventObjects;
    for (const TargetEvent &event : *events) {
        eventObjects.append({{u"routineId"_s, event.routineId}, {u"exerciseId"_s, event.exerciseId},
            {u"kind"_s, targetEventKey(event.kind)}, {u"holdSeconds"_s, event.holdSeconds},
            {u"holdsPerSide"_s, event.holdsPerSide},
            {u"decidedUtc"_s, exportformat::utcText(event.utcMs)},
            {u"decidedOffsetSeconds"_s, event.utcOffsetSeconds}});
    }
    QList<QJsonObject> declinedObjects;
    for (const DeclinedSuggestion &entry : *declined) {
        declinedObjects.append(
            {{u"routineId"_s, entry.routineId}, {u"exerciseId"_s, entry.exerciseId},
                {u"declinedUtc"_s, exportformat::utcText(entry.utcMs)},
                {u"declinedOffsetSeconds"_s, entry.utcOffsetSeconds}});
    }
    if (Status written = writeLines(out, ",\"targetEvents\":[", eventObjects); !written)
        return written;
    return writeLines(out, ",\"declinedSuggestions\":[", declinedObjects);
}

std::optional<QString> readTargetDecisions(const QJsonObject &root, TargetDecisions *decisions)
{
    const QJsonArray events = root.value(u"targetEvents"_s).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        EntryReader r(events.at(i), HistoryImport::tr("Target decision %1").arg(i + 1));
        TargetEvent event;
        event.routineId = r.id(u"routineId"_s);
        event.exerciseId = r.id(u"exerciseId"_s);
        const auto kind = targetEventKindFromKey(r.text(u"kind"_s));
        if (!kind)
            r.fail(u"kind"_s);
        event.kind = kind.value_or(TargetEventKind::Manual);
        event.holdSeconds
            = r.integer(u"holdSeconds"_s, limits::minHoldSeconds, limits::maxHoldSeconds);
        event.holdsPerSide
            = r.integer(u"holdsPerSide"_s, limits::minHoldsPerSide, limits::maxHoldsPerSide);
        event.utcMs = r.utc(u"decidedUtc"_s);
        event.utcOffsetSeconds
            = r.integer(u"decidedOffsetSeconds"_s, -maxOffsetSeconds, maxOffsetSeconds);
        if (!localTimeFits(event.utcMs, event.utcOffsetSeconds))
            r.fail(u"decidedUtc"_s);
        if (r.problem())
            return r.problem();
        decisions->events.append(event);
    }
    const QJsonArray declined = root.value(u"declinedSuggestions"_s).toArray();
    for (qsizetype i = 0; i < declined.size(); ++i) {
        EntryReader r(declined.at(i), HistoryImport::tr("Declined suggestion %1").arg(i + 1));
        DeclinedSuggestion entry;
        entry.routineId = r.id(u"routineId"_s);
        entry.exerciseId = r.id(u"exerciseId"_s);
        entry.utcMs = r.utc(u"declinedUtc"_s);
        entry.utcOffsetSeconds
            = r.integer(u"declinedOffsetSeconds"_s, -maxOffsetSeconds, maxOffsetSeconds);
        if (!localTimeFits(entry.utcMs, entry.utcOffsetSeconds))
            r.fail(u"declinedUtc"_s);
        if (r.problem())
            return r.problem();
        decisions->declined.append(entry);
    }
    return std::nullopt;
}

Result<TargetDecisionsAdded> addTargetDecisions(
    HistoryStore &store, const TargetDecisions &decisions)
{
    auto before = store.connection().queryInt(u"SELECT count(*) FROM target_events"_s);
    if (!before)
        return before.error();
    TargetEvents table(store);
    for (const TargetEvent &event : decisions.events) {
        if (Status recorded = table.record(event); !recorded)
            return recorded.error();
    }
    for (const DeclinedSuggestion &entry : decisions.declined) {
        if (Status recorded = table.recordDeclinedSuggestion(entry); !recorded)
            return recorded.error();
    }
    auto after = store.connection().queryInt(u"SELECT count(*) FROM target_events"_s);
    if (!after)
        return after.error();
    TargetDecisionsAdded result;
    result.added = static_cast<int>(*after - *before);
    result.alreadyPresent = static_cast<int>(decisions.events.size()) - result.added;
    return result;
}

} // namespace limber

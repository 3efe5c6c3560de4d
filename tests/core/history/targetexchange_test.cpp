// Hold target decisions in the JSON export (format 2): carried there and
// back, imported once, and a format 1 file still imports.
#include "core/history/exportformat.h"
#include "core/history/historyexport.h"
#include "core/history/historyimport.h"
#include "core/history/targetevents.h"
#include "core/history/targetexchange.h"
#include "tests/core/history/historytestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;
using ::testing::HasSubstr;

namespace {

class TargetExchange : public StoreFixture
{
protected:
    static TargetEvent event(TargetEventKind kind, int seconds, qint64 utcMs, int offset)
    {
        TargetEvent result;
        result.routineId = u"mine"_s;
        result.exerciseId = u"seated-leg-cross"_s;
        result.kind = kind;
        result.holdSeconds = seconds;
        result.holdsPerSide = 3;
        result.utcMs = utcMs;
        result.utcOffsetSeconds = offset;
        return result;
    }
    std::unique_ptr<HistoryStore> openOther(const QString &name)
    {
        StoreOptions other = options();
        other.dataDir = m_dir.filePath(name);
        auto store = HistoryStore::open(other, clock);
        EXPECT_TRUE(store.ok());
        return store.ok() ? std::move(store.value()) : nullptr;
    }
    QString exportOf(HistoryStore &store)
    {
        const QString file = m_dir.filePath(u"export.json"_s);
        EXPECT_TRUE(HistoryExport(store).save(HistoryExport::Format::Json, file));
        return file;
    }
};

TEST_F(TargetExchange, DecisionsTravelWithTheExportAndImportOnce)
{
    auto source = openStore();
    ASSERT_TRUE(source);
    TargetEvents sourceEvents(*source);
    const QList<TargetEvent> decisions {
        event(TargetEventKind::AcceptedGrow, 75, 1767700000000, 3600),
        event(TargetEventKind::Declined, 90, 1767800000000, -18000),
        event(TargetEventKind::Reset, 60, 1767900000000, 19800)};
    for (const TargetEvent &each : decisions)
        ASSERT_TRUE(sourceEvents.record(each));
    const DeclinedSuggestion declined {u"mine"_s, u"bridge"_s, 1767800000000, -18000};
    ASSERT_TRUE(sourceEvents.recordDeclinedSuggestion(declined));
    const QString file = exportOf(*source);
    EXPECT_EQ(QJsonDocument::fromJson(readAll(file)).object().value(u"formatVersion"_s).toInt(),
        exportformat::version);

    auto target = openOther(u"other"_s);
    ASSERT_TRUE(target);
    auto first = HistoryImport(*target).importJson(file);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(first->targetDecisionsAdded, 3);
    EXPECT_EQ(TargetEvents(*target).all().value(), decisions);
    EXPECT_EQ(TargetEvents(*target).declinedSuggestions().value(),
        (QList<DeclinedSuggestion> {declined}));

    auto again = HistoryImport(*target).importJson(file);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->targetDecisionsAdded, 0);
    EXPECT_EQ(again->targetDecisionsAlreadyPresent, 3);
    EXPECT_EQ(TargetEvents(*target).all().value().size(), 3);
}

TEST_F(TargetExchange, AFormat1ExportImportsWithoutDecisions)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString file = m_dir.filePath(u"old.json"_s);
    ASSERT_TRUE(writeFile(file,
        R"({"format":"limber-history","formatVersion":1,"exportedUtc":"2026-01-01T00:00:00.000Z",
"routines":[],
"sessions":[{"uid":"a1","routineId":"mine","status":"completed","stopReason":null,
"startedUtc":"2026-01-01T08:00:00.000Z","startedOffsetSeconds":3600,
"endedUtc":"2026-01-01T08:10:00.000Z","endedOffsetSeconds":3600,"painBefore":null,
"painAfter":null,"note":"","holds":[]}]})"));
    auto imported = HistoryImport(*store).importJson(file);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->sessionsAdded, 1);
    EXPECT_EQ(imported->targetDecisionsAdded, 0);
    EXPECT_TRUE(TargetEvents(*store).all().value().isEmpty());
}

TEST_F(TargetExchange, ABadDecisionChangesNothingAndSaysWhich)
{
    auto source = openStore();
    ASSERT_TRUE(source);
    ASSERT_TRUE(TargetEvents(*source).record(event(TargetEventKind::Manual, 75, 1767700000000, 0)));
    ASSERT_TRUE(TargetEvents(*source).record(event(TargetEventKind::Manual, 90, 1767800000000, 0)));
    const QString file = exportOf(*source);
    QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
    QJsonArray events = root.value(u"targetEvents"_s).toArray();
    ASSERT_EQ(events.size(), 2);
    QJsonObject second = events[1].toObject();
    second.insert(u"holdSeconds"_s, 5);
    events[1] = second;
    root.insert(u"targetEvents"_s, events);
    ASSERT_TRUE(writeFile(file, QJsonDocument(root).toJson()));

    auto target = openOther(u"other"_s);
    ASSERT_TRUE(target);
    auto refused = HistoryImport(*target).importJson(file);
    ASSERT_FALSE(refused);
    EXPECT_THAT(refused.error().message.toStdString(), HasSubstr("Target decision 2"));
    EXPECT_THAT(refused.error().message.toStdString(), HasSubstr("holdSeconds"));
    EXPECT_THAT(refused.error().message.toStdString(), HasSubstr("Nothing was changed"));
    EXPECT_TRUE(TargetEvents(*target).all().value().isEmpty());
}

// A number no integer can hold is refused by name. It used to be converted
// to an integer before its range was checked, which is undefined behaviour
// (UndefinedBehaviorSanitizer stops the sanitizer pass on it; found by
// tests/fuzz/targetdecisions).
TEST(TargetDecisionsReader, NumbersBeyondEveryIntegerAreRefusedByName)
{
    const QJsonObject event {{u"routineId"_s, u"mine"_s}, {u"exerciseId"_s, u"bridge"_s},
        {u"kind"_s, u"manual"_s}, {u"holdSeconds"_s, 75}, {u"holdsPerSide"_s, 2},
        {u"decidedUtc"_s, u"2026-01-03T08:00:00.000Z"_s}, {u"decidedOffsetSeconds"_s, 3600}};
    const QJsonObject declined {{u"routineId"_s, u"mine"_s}, {u"exerciseId"_s, u"bridge"_s},
        {u"declinedUtc"_s, u"2026-01-04T08:00:00.000Z"_s}, {u"declinedOffsetSeconds"_s, 0}};
    struct Case
    {
        QString array;
        QJsonObject entry;
        QString field;
        double number;
    };
    const Case cases[] = {{u"targetEvents"_s, event, u"holdSeconds"_s, 1e30},
        {u"targetEvents"_s, event, u"holdsPerSide"_s, -1e300},
        {u"targetEvents"_s, event, u"decidedOffsetSeconds"_s, 9.3e18},
        {u"declinedSuggestions"_s, declined, u"declinedOffsetSeconds"_s, -1e19}};
    for (Case c : cases) {
        c.entry.insert(c.field, c.number);
        const QJsonObject root {{c.array, QJsonArray {c.entry}}};
        TargetDecisions decisions;
        const auto problem = readTargetDecisions(root, &decisions);
        ASSERT_TRUE(problem) << c.field.toStdString();
        EXPECT_THAT(problem->toStdString(), HasSubstr(c.field.toStdString()));
    }
}

// The history keeps no decision whose local time is before 1970. Such an
// entry used to pass the reader and fail later, in the middle of an import,
// with a message about the hold target (found by tests/fuzz/targetdecisions).
TEST(TargetDecisionsReader, ALocalTimeBefore1970IsRefusedByName)
{
    const QJsonObject event {{u"routineId"_s, u"mine"_s}, {u"exerciseId"_s, u"bridge"_s},
        {u"kind"_s, u"manual"_s}, {u"holdSeconds"_s, 75}, {u"holdsPerSide"_s, 2},
        {u"decidedUtc"_s, u"1960-01-03T08:00:00.000Z"_s}, {u"decidedOffsetSeconds"_s, 3600}};
    const QJsonObject declined {{u"routineId"_s, u"mine"_s}, {u"exerciseId"_s, u"bridge"_s},
        {u"declinedUtc"_s, u"1970-01-01T00:30:00.000Z"_s}, {u"declinedOffsetSeconds"_s, -3600}};
    TargetDecisions decisions;
    const auto events = readTargetDecisions({{u"targetEvents"_s, QJsonArray {event}}}, &decisions);
    ASSERT_TRUE(events);
    EXPECT_THAT(events->toStdString(), HasSubstr("Target decision 1: \"decidedUtc\""));
    const auto declines
        = readTargetDecisions({{u"declinedSuggestions"_s, QJsonArray {declined}}}, &decisions);
    ASSERT_TRUE(declines);
    EXPECT_THAT(declines->toStdString(), HasSubstr("Declined suggestion 1: \"declinedUtc\""));
}

// SQLite's length() stops at a NUL, so the table's CHECK refused an id with
// one ("\u0000" in the file) after the reader had accepted it (found by
// tests/fuzz/targetdecisions).
TEST(TargetDecisionsReader, AnIdWithANulIsRefusedByName)
{
    const QJsonObject event {{u"routineId"_s, u"mine"_s}, {u"exerciseId"_s, QString(u"\0bridge"_s)},
        {u"kind"_s, u"manual"_s}, {u"holdSeconds"_s, 75}, {u"holdsPerSide"_s, 2},
        {u"decidedUtc"_s, u"2026-01-03T08:00:00.000Z"_s}, {u"decidedOffsetSeconds"_s, 3600}};
    TargetDecisions decisions;
    const auto problem = readTargetDecisions({{u"targetEvents"_s, QJsonArray {event}}}, &decisions);
    ASSERT_TRUE(problem);
    EXPECT_THAT(problem->toStdString(), HasSubstr("Target decision 1: \"exerciseId\""));
}

TEST_F(TargetExchange, AnExportFromANewerFormatIsRefused)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString file = m_dir.filePath(u"new.json"_s);
    ASSERT_TRUE(writeFile(file,
        u"{\"format\":\"limber-history\",\"formatVersion\":%1,\"sessions\":[]}"_s
            .arg(exportformat::version + 1)
            .toUtf8()));
    auto refused = HistoryImport(*store).importJson(file);
    ASSERT_FALSE(refused);
    EXPECT_THAT(refused.error().message.toStdString(), HasSubstr("newer version"));
}

} // namespace

// The person's own routines in the history file: saved, listed in their
// order, replaced, removed, reordered; refused when the history is read-only
// or the routine does not fit; carried by the JSON export, imports and backups.
#include "core/content/names.h"
#include "core/history/backups.h"
#include "core/history/historyexport.h"
#include "core/history/historyimport.h"
#include "core/history/userroutines.h"
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

Routine routine(const QString &id, const QString &title, int holdSeconds = 60)
{
    Routine result;
    result.id = id;
    result.title = LocalizedText(title);
    RoutineItem item;
    item.exerciseId = u"seated-leg-cross"_s;
    item.holdSeconds = holdSeconds;
    result.items = {item};
    return result;
}

// Every field away from its default, translated text, characters SQL and
// JSON treat specially.
Routine detailed()
{
    Routine result;
    result.id = u"week-3"_s;
    result.title = LocalizedText(u"Robert'); DROP TABLE routines;-- \"Woche\" 🙂"_s);
    result.title.set(u"de"_s, u"Woche 3 — Hüfte"_s);
    result.title.set(u"ja"_s, u"第3週"_s);
    result.description = LocalizedText(u"Two lines\nand a tab\t."_s);
    RoutineItem sided;
    sided.exerciseId = u"seated-leg-cross"_s;
    sided.holdsPerSide = 4;
    sided.holdSeconds = 120;
    sided.switchSeconds = 5;
    sided.restSeconds = 45;
    sided.firstSide = Side::Right;
    sided.includeSetup = false;
    sided.getReadySeconds = 0;
    sided.sided = false;
    RoutineItem unsided;
    unsided.exerciseId = u"knee-hug"_s;
    unsided.firstSide = Side::None;
    unsided.getReadySeconds = 120;
    result.items = {sided, unsided};
    return result;
}

void expectSame(const Routine &actual, const Routine &expected)
{
    EXPECT_EQ(actual.id, expected.id);
    EXPECT_EQ(actual.title, expected.title);
    EXPECT_EQ(actual.description, expected.description);
    EXPECT_EQ(actual.items, expected.items);
}

QStringList idsOf(const Result<QList<Routine>> &routines)
{
    QStringList ids;
    if (routines) {
        for (const Routine &r : *routines)
            ids.append(r.id);
    }
    return ids;
}

std::string messageOf(const Status &status)
{
    return status ? std::string("(no error)") : status.error().message.toStdString();
}

class UserRoutinesTest : public StoreFixture
{
protected:
    std::unique_ptr<HistoryStore> openAt(const QString &folder)
    {
        StoreOptions other = options();
        other.dataDir = m_dir.filePath(folder);
        auto store = HistoryStore::open(other, clock);
        EXPECT_TRUE(store.ok());
        return store.ok() ? std::move(store.value()) : nullptr;
    }
    qint64 count(HistoryStore &store, const QString &sql)
    {
        return store.connection().queryInt(sql).value();
    }
};

TEST_F(UserRoutinesTest, SavedRoutinesComeBackExactlyInTheOrderTheyWereMade)
{
    {
        auto store = openStore();
        ASSERT_TRUE(store);
        UserRoutines routines(*store);
        const Status saved = routines.save(detailed());
        ASSERT_TRUE(saved) << messageOf(saved);
        ASSERT_TRUE(routines.save(routine(u"evening"_s, u"Evening"_s)));
        ASSERT_TRUE(routines.save(routine(u"a-first-by-name"_s, u"A"_s)));
    }
    auto store = openStore(); // a fresh connection reads what is on disk
    ASSERT_TRUE(store);
    UserRoutines routines(*store);
    auto listed = routines.list();
    ASSERT_TRUE(listed) << listed.error().message.toStdString();
    EXPECT_EQ(idsOf(listed), (QStringList {u"week-3"_s, u"evening"_s, u"a-first-by-name"_s}));
    expectSame(listed->first(), detailed());

    auto found = routines.find(u"week-3"_s);
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    expectSame(**found, detailed());
    auto missing = routines.find(u"no-such-routine"_s);
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());
    EXPECT_EQ(
        routines.ids().value(), (QSet<QString> {u"week-3"_s, u"evening"_s, u"a-first-by-name"_s}));
    EXPECT_EQ(count(*store, u"SELECT count(*) FROM sessions"_s), 0);
}

TEST_F(UserRoutinesTest, SavingAgainReplacesInPlaceAndKeepsTheCreationTime)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    UserRoutines routines(*store);
    const QDateTime created = clock.nowUtc();
    ASSERT_TRUE(routines.save(routine(u"morning"_s, u"Morning"_s)));
    ASSERT_TRUE(routines.save(routine(u"evening"_s, u"Evening"_s)));
    clock.advance(std::chrono::hours(30));
    ASSERT_TRUE(routines.save(routine(u"morning"_s, u"Morning, longer"_s, 90)));

    auto entries = routines.entries();
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(0).routine.id, u"morning"_s) << "keeps its place";
    EXPECT_EQ(entries->at(0).routine.title.english(), u"Morning, longer"_s);
    EXPECT_EQ(entries->at(0).routine.items.first().holdSeconds, 90);
    EXPECT_EQ(entries->at(0).createdUtc, created);
    EXPECT_EQ(entries->at(0).modifiedUtc, clock.nowUtc());
    EXPECT_EQ(entries->at(1).modifiedUtc, created);
    EXPECT_EQ(count(*store, u"SELECT count(*) FROM routines"_s), 2);
}

TEST_F(UserRoutinesTest, RemoveAndReorder)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    UserRoutines routines(*store);
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        ASSERT_TRUE(routines.save(routine(id, id.toUpper())));

    ASSERT_TRUE(routines.reorder({u"c"_s, u"not-there"_s, u"a"_s, u"c"_s}));
    EXPECT_EQ(idsOf(routines.list()), (QStringList {u"c"_s, u"a"_s, u"b"_s, u"d"_s}))
        << "named first, the rest after in their order, unknown ids passed over";

    ASSERT_TRUE(routines.remove(u"a"_s));
    EXPECT_TRUE(routines.remove(u"a"_s)) << "removing what is gone is no error";
    EXPECT_EQ(idsOf(routines.list()), (QStringList {u"c"_s, u"b"_s, u"d"_s}));

    ASSERT_TRUE(routines.save(routine(u"e"_s, u"E"_s)));
    EXPECT_EQ(idsOf(routines.list()), (QStringList {u"c"_s, u"b"_s, u"d"_s, u"e"_s}))
        << "a new routine goes to the end";
}

TEST_F(UserRoutinesTest, ARoutineThatDoesNotFitIsRefusedWithItsFieldAndNothingIsStored)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    UserRoutines routines(*store);

    Status tooLong = routines.save(routine(u"long"_s, u"Long"_s, limits::maxHoldSeconds + 1));
    ASSERT_FALSE(tooLong);
    EXPECT_THAT(messageOf(tooLong), HasSubstr("The routine \"Long\" was not saved"));
    EXPECT_THAT(messageOf(tooLong),
        HasSubstr("items[0].holdSeconds: 601 is out of range; a hold lasts 10 to 600 seconds"));

    Status badId = routines.save(routine(u"My Routine"_s, u"Mine"_s));
    ASSERT_FALSE(badId);
    EXPECT_THAT(messageOf(badId), HasSubstr("id: \"My Routine\" is not a valid id"));

    Routine untitled = routine(u"untitled"_s, u"x"_s);
    untitled.title = LocalizedText(u"   "_s);
    Status noTitle = routines.save(untitled);
    ASSERT_FALSE(noTitle);
    EXPECT_THAT(messageOf(noTitle), HasSubstr("title: the text is empty"));

    Routine empty = routine(u"empty"_s, u"Empty"_s);
    empty.items.clear();
    EXPECT_FALSE(routines.save(empty));

    EXPECT_EQ(count(*store, u"SELECT count(*) FROM routines"_s), 0);
}

TEST_F(UserRoutinesTest, ADiskFullSaveSaysSoAndKeepsTheEarlierRoutines)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    UserRoutines routines(*store);
    ASSERT_TRUE(routines.save(routine(u"kept"_s, u"Kept"_s)));
    const qint64 pages = count(*store, u"PRAGMA page_count"_s);
    ASSERT_TRUE(store->connection().execute(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    Routine large = detailed();
    large.description = LocalizedText(QString(20000, u'x'));
    Status full = routines.save(large);
    ASSERT_FALSE(full);
    EXPECT_THAT(messageOf(full), HasSubstr("Limber could not save the routine"));
    EXPECT_THAT(messageOf(full), HasSubstr("is full"));
    EXPECT_EQ(idsOf(routines.list()), QStringList {u"kept"_s});
}

TEST_F(UserRoutinesTest, AReadOnlyHistoryListsButRefusesChangesWithItsReason)
{
    {
        auto store = openStore();
        ASSERT_TRUE(store);
        ASSERT_TRUE(UserRoutines(*store).save(routine(u"mine"_s, u"Mine"_s)));
    }
    {
        RawDatabase raw(databasePath());
        ASSERT_EQ(raw.exec(u"PRAGMA user_version = 7"_s), SQLITE_OK);
    }
    const QByteArray before = sha256Of(databasePath());
    auto store = openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->isReadOnly());
    UserRoutines routines(*store);
    EXPECT_EQ(idsOf(routines.list()), QStringList {u"mine"_s});

    const std::string reason = store->readOnlyMessage().toStdString();
    for (const Status &refused : {routines.save(routine(u"new"_s, u"New"_s)),
             routines.remove(u"mine"_s), routines.reorder({u"mine"_s})}) {
        ASSERT_FALSE(refused);
        EXPECT_THAT(messageOf(refused), HasSubstr("Your routines cannot be changed now."));
        EXPECT_THAT(messageOf(refused), HasSubstr(reason));
    }
    ASSERT_TRUE(store->close());
    EXPECT_EQ(sha256Of(databasePath()), before);
}

TEST_F(UserRoutinesTest, AFormat1HistoryShownReadOnlyHasNoRoutinesAndNoError)
{
    ASSERT_TRUE(QDir().mkpath(dataDir()));
    {
        RawDatabase raw(databasePath());
        ASSERT_EQ(
            raw.exec(QString::fromUtf8(readAll(QStringLiteral(LIMBER_TEST_DATA_DIR "/v1.sql")))),
            SQLITE_OK);
    }
    ReadOnlyFolder locked(dataDir());
    ASSERT_TRUE(locked.ok()) << "could not make the folder read-only with "
                             << locked.how().toStdString();
    auto store = openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->isReadOnly());
    auto listed = UserRoutines(*store).list();
    ASSERT_TRUE(listed) << listed.error().message.toStdString();
    EXPECT_TRUE(listed->isEmpty());
    EXPECT_FALSE(UserRoutines(*store).find(u"x"_s).value().has_value());
}

TEST_F(UserRoutinesTest, ARoutineChangedOutsideLimberIsReportedByName)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    UserRoutines routines(*store);
    ASSERT_TRUE(routines.save(routine(u"mine"_s, u"Mine"_s)));
    ASSERT_TRUE(store->connection().execute(
        u"UPDATE routines SET json = replace(json, '\"holdSeconds\": 60', '\"holdSeconds\": 6000')"_s));
    auto listed = routines.list();
    ASSERT_FALSE(listed);
    EXPECT_THAT(listed.error().message.toStdString(), HasSubstr("The routine \"mine\""));
    EXPECT_THAT(listed.error().message.toStdString(), HasSubstr(databasePath().toStdString()));
    EXPECT_THAT(listed.error().message.toStdString(),
        HasSubstr("mine.json:13:22: items[0].holdSeconds: 6000 is out of range"));
}

TEST_F(UserRoutinesTest, ABackupRestoreBringsBackTheRoutinesOfThatMoment)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    UserRoutines routines(*store);
    ASSERT_TRUE(routines.save(detailed()));
    ASSERT_TRUE(routines.save(routine(u"evening"_s, u"Evening"_s)));
    auto backup = BackupManager(*store).create(BackupReason::Daily);
    ASSERT_TRUE(backup) << backup.error().message.toStdString();

    ASSERT_TRUE(routines.remove(u"week-3"_s));
    ASSERT_TRUE(routines.save(routine(u"later"_s, u"Later"_s)));
    auto restored = BackupManager(*store).restore(*backup);
    ASSERT_TRUE(restored) << restored.error().message.toStdString();

    auto listed = routines.list();
    ASSERT_TRUE(listed);
    EXPECT_EQ(idsOf(listed), (QStringList {u"week-3"_s, u"evening"_s}));
    expectSame(listed->first(), detailed());
}

TEST_F(UserRoutinesTest, AnImportAddsMissingRoutinesAndKeepsTheHistorysOwn)
{
    auto source = openStore();
    ASSERT_TRUE(source);
    ASSERT_TRUE(UserRoutines(*source).save(detailed()));
    clock.advance(std::chrono::minutes(5));
    ASSERT_TRUE(UserRoutines(*source).save(routine(u"evening"_s, u"Evening"_s)));
    const QString file = m_dir.filePath(u"export.json"_s);
    ASSERT_TRUE(HistoryExport(*source).save(HistoryExport::Format::Json, file));

    auto target = openAt(u"other"_s);
    ASSERT_TRUE(target);
    UserRoutines targetRoutines(*target);
    ASSERT_TRUE(targetRoutines.save(routine(u"own"_s, u"Own"_s)));
    ASSERT_TRUE(targetRoutines.save(routine(u"evening"_s, u"My evening"_s, 30)));

    auto imported = HistoryImport(*target).importJson(file);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->routinesAdded, 1);
    EXPECT_EQ(imported->routinesAlreadyPresent, 1);

    auto entries = targetRoutines.entries();
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 3);
    EXPECT_EQ(entries->at(0).routine.id, u"own"_s);
    EXPECT_EQ(entries->at(1).routine.title.english(), u"My evening"_s) << "the history's own wins";
    expectSame(entries->at(2).routine, detailed());
    const auto sourceEntries = UserRoutines(*source).entries().value();
    EXPECT_EQ(entries->at(2).createdUtc, sourceEntries.at(0).createdUtc) << "times travel along";
    EXPECT_EQ(entries->at(2).modifiedUtc, sourceEntries.at(0).modifiedUtc);

    auto again = HistoryImport(*target).importJson(file);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->routinesAdded, 0);
    EXPECT_EQ(again->routinesAlreadyPresent, 2);
}

TEST_F(UserRoutinesTest, AnExportWithoutRoutinesStillImports)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString file = m_dir.filePath(u"old.json"_s);
    ASSERT_TRUE(writeFile(file,
        R"({"format":"limber-history","formatVersion":1,"exportedUtc":"2026-01-01T00:00:00.000Z",
"sessions":[]})"));
    auto imported = HistoryImport(*store).importJson(file);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->routinesAdded, 0);
}

TEST_F(UserRoutinesTest, AnImportWithABadRoutineChangesNothingAndSaysWhere)
{
    auto source = openStore();
    ASSERT_TRUE(source);
    ASSERT_TRUE(UserRoutines(*source).save(routine(u"evening"_s, u"Evening"_s)));
    const QString file = m_dir.filePath(u"export.json"_s);
    ASSERT_TRUE(HistoryExport(*source).save(HistoryExport::Format::Json, file));
    QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
    QJsonArray routines = root.value(u"routines"_s).toArray();
    ASSERT_EQ(routines.size(), 1);
    QJsonObject entry = routines[0].toObject();
    QJsonObject body = entry.value(u"routine"_s).toObject();
    QJsonArray items = body.value(u"items"_s).toArray();
    QJsonObject item = items[0].toObject();
    item.insert(u"getReadySeconds"_s, 500);
    items[0] = item;
    body.insert(u"items"_s, items);
    entry.insert(u"routine"_s, body);
    routines[0] = entry;
    root.insert(u"routines"_s, routines);
    ASSERT_TRUE(writeFile(file, QJsonDocument(root).toJson()));

    auto target = openAt(u"other"_s);
    ASSERT_TRUE(target);
    auto imported = HistoryImport(*target).importJson(file);
    ASSERT_FALSE(imported);
    const std::string message = imported.error().message.toStdString();
    EXPECT_THAT(message, HasSubstr("Routine 1:"));
    EXPECT_THAT(message, HasSubstr("items[0].getReadySeconds: 500 is out of range"));
    EXPECT_THAT(message, HasSubstr("Nothing was changed"));
    EXPECT_EQ(count(*target, u"SELECT count(*) FROM routines"_s), 0);
}

TEST(NewRoutineId, ReadsLikeTheTitle)
{
    EXPECT_EQ(newRoutineId(u"Morning stretch"_s, {}), u"morning-stretch"_s);
    EXPECT_EQ(newRoutineId(u"  Hips & back -- week 3!  "_s, {}), u"hips-back-week-3"_s);
    EXPECT_EQ(newRoutineId(u"Dehnübung für Hüfte"_s, {}), u"dehnubung-fur-hufte"_s);
    EXPECT_EQ(newRoutineId(u"Straße, Œuvre, Søren"_s, {}), u"strasse-oeuvre-soren"_s);
    EXPECT_EQ(newRoutineId(u"朝のストレッチ"_s, {}), u"routine"_s);
    EXPECT_EQ(newRoutineId(QString(), {}), u"routine"_s);
}

TEST(NewRoutineId, IsUniqueAmongTheTakenIds)
{
    const QSet<QString> taken {u"evening"_s, u"evening-2"_s, u"routine"_s};
    EXPECT_EQ(newRoutineId(u"Evening"_s, taken), u"evening-3"_s);
    EXPECT_EQ(newRoutineId(u"日本"_s, taken), u"routine-2"_s);
    EXPECT_EQ(newRoutineId(u"Evenings"_s, taken), u"evenings"_s);
}

TEST(NewRoutineId, AlwaysMakesAValidIdEvenFromLongTitles)
{
    const QString longTitle = u"A very long routine title for the stretches of the third "
                              u"week after the appointment with the physiotherapist"_s;
    QSet<QString> taken;
    for (int i = 0; i < 12; ++i) {
        const QString id = newRoutineId(longTitle, taken);
        EXPECT_TRUE(isValidId(id)) << id.toStdString();
        EXPECT_FALSE(taken.contains(id));
        taken.insert(id);
    }
    const QString first = newRoutineId(longTitle, {});
    EXPECT_LE(first.size(), maxIdLength);
    EXPECT_TRUE(longTitle.toLower().replace(u' ', u'-').startsWith(first))
        << "cut after a whole word: " << first.toStdString();
    for (const QString &title : {u"x"_s, u"--"_s, u"ÀÉÎ õü"_s, u"a\tb\nc"_s, QString(300, u'z')})
        EXPECT_TRUE(isValidId(newRoutineId(title, {}))) << title.toStdString();
}

} // namespace

// Migrations: every older format has a fixture and ends at the golden schema
// with its data; the step machinery applies each step in its own transaction.
#include "core/history/connection.h"
#include "core/history/migrator.h"
#include "core/history/schema.h"
#include "core/history/targetevents.h"
#include "core/history/userroutines.h"
#include "tests/core/history/historytestsupport.h"

#include <QFileInfo>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;

namespace {

QString golden()
{
    return QString::fromUtf8(readAll(
        QStringLiteral(LIMBER_TEST_DATA_DIR "/schema-v%1.sql").arg(schema::currentVersion)));
}

qint64 countIfTable(RawDatabase &db, const QString &table)
{
    if (db.integer(u"SELECT count(*) FROM sqlite_schema WHERE name = '%1'"_s.arg(table)) == 0)
        return 0;
    return db.integer(u"SELECT count(*) FROM %1"_s.arg(table));
}

class FixtureStore : public StoreFixture
{
protected:
    // Builds the fixture of `version` at the database path: a .db file copied
    // as it is, or a .sql script run with the plain C API.
    bool placeFixture(int version)
    {
        QDir().mkpath(dataDir());
        const QString base = QStringLiteral(LIMBER_TEST_DATA_DIR "/v%1").arg(version);
        if (QFileInfo::exists(base + u".db"_s))
            return QFile::copy(base + u".db"_s, databasePath());
        if (QFileInfo::exists(base + u".sql"_s)) {
            RawDatabase db(databasePath());
            return db.exec(QString::fromUtf8(readAll(base + u".sql"_s))) == SQLITE_OK;
        }
        return false;
    }
};

class Migration : public FixtureStore, public ::testing::WithParamInterface<int>
{
};

TEST_P(Migration, FixtureOpensAtTheNewestSchemaWithItsData)
{
    const int version = GetParam();
    ASSERT_TRUE(placeFixture(version)) << "every format needs a fixture in tests/core/history/data "
                                          "(v"
                                       << version << ".db or .sql)";
    qint64 sessions = 0;
    qint64 holds = 0;
    qint64 routines = 0;
    qint64 targetEvents = 0;
    {
        RawDatabase raw(databasePath());
        ASSERT_EQ(raw.integer(u"PRAGMA user_version"_s), version);
        sessions = countIfTable(raw, u"sessions"_s);
        holds = countIfTable(raw, u"holds"_s);
        routines = countIfTable(raw, u"routines"_s);
        targetEvents = countIfTable(raw, u"target_events"_s);
    }

    auto store = openStore();
    ASSERT_TRUE(store);
    EXPECT_FALSE(store->isReadOnly());
    EXPECT_TRUE(store->outcome().damagedFileKeptIn.isEmpty());
    EXPECT_EQ(
        store->outcome().migratedFromVersion, version < schema::currentVersion ? version : -1);
    if (version > 0 && version < schema::currentVersion) {
        EXPECT_TRUE(QFileInfo::exists(store->outcome().preMigrationBackup));
    }
    ASSERT_TRUE(store->close());
    EXPECT_EQ(schemaText(databasePath()).toStdString(), golden().toStdString());

    RawDatabase migrated(databasePath());
    EXPECT_EQ(countIfTable(migrated, u"sessions"_s), sessions);
    EXPECT_EQ(countIfTable(migrated, u"holds"_s), holds);
    EXPECT_EQ(countIfTable(migrated, u"routines"_s), routines);
    EXPECT_EQ(countIfTable(migrated, u"target_events"_s), targetEvents);
    EXPECT_EQ(migrated.text(u"PRAGMA integrity_check"_s), u"ok"_s);
    EXPECT_EQ(migrated.text(u"PRAGMA foreign_key_check"_s), QString());
}

INSTANTIATE_TEST_SUITE_P(EveryVersion, Migration, ::testing::Range(0, schema::currentVersion + 1),
    [](const auto &param) { return "v" + std::to_string(param.param); });

// Every column of every row, in a fixed order, to compare a table before and after.
QString rowsOf(
    RawDatabase &db, const QString &table, const QStringList &columns, const QString &order)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted.append(u"quote(%1)"_s.arg(column));
    return db.text(
        u"SELECT group_concat(row, char(10)) FROM (SELECT %1 AS row FROM %2 ORDER BY %3)"_s.arg(
            quoted.join(u" || '|' || "_s), table, order));
}

TEST_F(FixtureStore, Format1GainsAnEmptyRoutinesTableAndKeepsEveryRowUnchanged)
{
    ASSERT_TRUE(placeFixture(1));
    const QStringList sessionColumns {u"id"_s, u"uid"_s, u"routine_id"_s, u"started_utc_ms"_s,
        u"started_offset_s"_s, u"ended_utc_ms"_s, u"ended_offset_s"_s, u"status"_s,
        u"stop_reason"_s, u"pain_before"_s, u"pain_after"_s, u"note"_s, u"hold_count"_s,
        u"local_day"_s};
    const QStringList holdColumns {u"id"_s, u"session_id"_s, u"exercise_id"_s, u"side"_s,
        u"hold_index"_s, u"target_ms"_s, u"held_ms"_s, u"started_utc_ms"_s, u"started_offset_s"_s,
        u"completed"_s, u"reach"_s, u"local_day"_s};
    const QStringList dayColumns {u"local_day"_s, u"exercise_id"_s, u"side"_s, u"hold_count"_s,
        u"held_ms"_s, u"longest_ms"_s, u"best_reach"_s};
    const QString dayOrder = u"local_day, exercise_id, side"_s;
    QString sessionsBefore;
    QString holdsBefore;
    QString daysBefore;
    {
        RawDatabase raw(databasePath());
        sessionsBefore = rowsOf(raw, u"sessions"_s, sessionColumns, u"id"_s);
        holdsBefore = rowsOf(raw, u"holds"_s, holdColumns, u"id"_s);
        daysBefore = rowsOf(raw, u"hold_days"_s, dayColumns, dayOrder);
    }
    ASSERT_EQ(holdsBefore.count(u'\n'), 2) << "the fixture has three holds";
    ASSERT_EQ(sessionsBefore.count(u'\n'), 1) << "the fixture has two sessions";

    auto store = openStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->outcome().migratedFromVersion, 1);
    const QString backup = store->outcome().preMigrationBackup;
    EXPECT_EQ(UserRoutines(*store).list().value().size(), 0);
    ASSERT_TRUE(store->close());

    RawDatabase migrated(databasePath());
    EXPECT_EQ(migrated.integer(u"PRAGMA user_version"_s), schema::currentVersion);
    EXPECT_EQ(rowsOf(migrated, u"sessions"_s, sessionColumns, u"id"_s), sessionsBefore);
    EXPECT_EQ(rowsOf(migrated, u"holds"_s, holdColumns, u"id"_s), holdsBefore);
    EXPECT_EQ(rowsOf(migrated, u"hold_days"_s, dayColumns, dayOrder), daysBefore);
    RawDatabase copy(backup, SQLITE_OPEN_READONLY);
    EXPECT_EQ(copy.integer(u"PRAGMA user_version"_s), 1) << "the backup is the file as it was";
    EXPECT_EQ(rowsOf(copy, u"holds"_s, holdColumns, u"id"_s), holdsBefore);
}

TEST_F(FixtureStore, Format2RoutinesAreReadAsTheyWereWritten)
{
    ASSERT_TRUE(placeFixture(2));
    auto store = openStore();
    ASSERT_TRUE(store);
    auto entries = UserRoutines(*store).entries();
    ASSERT_TRUE(entries) << entries.error().message.toStdString();
    ASSERT_EQ(entries->size(), 2);
    const Routine &week = entries->at(0).routine;
    EXPECT_EQ(week.id, u"week-3"_s);
    EXPECT_EQ(week.title.text({u"de"_s}), u"Woche 3 – Hüfte und Rücken"_s);
    ASSERT_EQ(week.items.size(), 1);
    EXPECT_EQ(week.items[0].firstSide, Side::Right);
    EXPECT_EQ(week.items[0].getReadySeconds, 20);
    EXPECT_FALSE(week.items[0].includeSetup);
    EXPECT_FALSE(entries->at(1).routine.items[0].sided);
    EXPECT_EQ(entries->at(0).createdUtc.toMSecsSinceEpoch(), 1767500000000);
    EXPECT_EQ(entries->at(0).modifiedUtc.toMSecsSinceEpoch(), 1767600000000);
}

TEST_F(FixtureStore, Format2GainsEmptyTargetTablesAndKeepsItsRoutines)
{
    ASSERT_TRUE(placeFixture(2));
    const QStringList routineColumns {
        u"id"_s, u"json"_s, u"position"_s, u"created_utc_ms"_s, u"modified_utc_ms"_s};
    QString routinesBefore;
    {
        RawDatabase raw(databasePath());
        routinesBefore = rowsOf(raw, u"routines"_s, routineColumns, u"id"_s);
    }
    auto store = openStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->outcome().migratedFromVersion, 2);
    const QString backup = store->outcome().preMigrationBackup;
    EXPECT_TRUE(TargetEvents(*store).all().value().isEmpty());
    EXPECT_TRUE(TargetEvents(*store).declinedSuggestions().value().isEmpty());
    ASSERT_TRUE(store->close());

    RawDatabase migrated(databasePath());
    EXPECT_EQ(rowsOf(migrated, u"routines"_s, routineColumns, u"id"_s), routinesBefore);
    RawDatabase copy(backup, SQLITE_OPEN_READONLY);
    EXPECT_EQ(copy.integer(u"PRAGMA user_version"_s), 2) << "the backup is the file as it was";
}

TEST_F(FixtureStore, Format3TargetDecisionsAreReadAsTheyWereWritten)
{
    ASSERT_TRUE(placeFixture(3));
    auto store = openStore();
    ASSERT_TRUE(store);
    auto events = TargetEvents(*store).forExercise(u"seated-leg-cross"_s);
    ASSERT_TRUE(events) << events.error().message.toStdString();
    ASSERT_EQ(events->size(), 3);
    EXPECT_EQ(events->at(0).kind, TargetEventKind::AcceptedGrow);
    EXPECT_EQ(events->at(0).routineId, u"week-3"_s);
    EXPECT_EQ(events->at(0).holdSeconds, 105);
    EXPECT_EQ(events->at(0).holdsPerSide, 3);
    EXPECT_EQ(events->at(1).kind, TargetEventKind::Declined);
    EXPECT_EQ(events->at(1).utcOffsetSeconds, -18000);
    EXPECT_EQ(events->at(2).kind, TargetEventKind::Manual);
    const auto current = newestTargetSetting(*events, u"week-3"_s, u"seated-leg-cross"_s);
    ASSERT_TRUE(current);
    EXPECT_EQ(current->holdSeconds, 105) << "a declined proposal leaves the target as it was";
    auto declined = TargetEvents(*store).declinedSuggestions(u"week-3"_s);
    ASSERT_TRUE(declined);
    ASSERT_EQ(declined->size(), 1);
    EXPECT_EQ(declined->at(0).exerciseId, u"supine-figure-four"_s);
}

TEST(MigrationSteps, EndAtTheCurrentVersionWithoutGaps)
{
    int expected = 1;
    for (const schema::MigrationStep &step : schema::migrationSteps()) {
        EXPECT_EQ(step.toVersion, expected++);
        EXPECT_NE(step.apply, nullptr);
    }
    EXPECT_EQ(expected - 1, schema::currentVersion);
}

// The machinery with made-up steps, as a future format 2 and 3 would use it.
class MigratorMachinery : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened
            = sql::Connection::open(m_dir.filePath(u"m.db"_s), sql::OpenMode::ReadWriteCreate);
        ASSERT_TRUE(opened.ok());
        db = std::move(opened.value());
    }
    static Status createV1(sql::Connection &c)
    {
        return c.execute(u"CREATE TABLE items (id INTEGER PRIMARY KEY, minutes INTEGER)"_s);
    }
    static Status addSecondsV2(sql::Connection &c)
    {
        if (Status s = c.execute(u"ALTER TABLE items ADD COLUMN seconds INTEGER"_s); !s)
            return s;
        return c.execute(u"UPDATE items SET seconds = minutes * 60"_s);
    }
    static Status brokenV3(sql::Connection &c)
    {
        if (Status s = c.execute(u"CREATE TABLE half_done (x)"_s); !s)
            return s;
        return c.execute(u"INSERT INTO no_such_table VALUES (1)"_s);
    }
    qint64 version() { return db.queryInt(u"PRAGMA user_version"_s).value(); }

    QTemporaryDir m_dir;
    sql::Connection db;
};

TEST_F(MigratorMachinery, AppliesEachMissingStepAndKeepsData)
{
    const Migrator v1({}, {{1, &createV1}});
    ASSERT_TRUE(v1.migrate(db, 0));
    ASSERT_TRUE(db.execute(u"INSERT INTO items (minutes) VALUES (2)"_s));
    EXPECT_EQ(version(), 1);

    const Migrator v2({}, {{1, &createV1}, {2, &addSecondsV2}});
    ASSERT_TRUE(v2.migrate(db, 1));
    EXPECT_EQ(version(), 2);
    EXPECT_EQ(db.queryInt(u"SELECT seconds FROM items"_s).value(), 120);
    EXPECT_EQ(db.queryInt(u"PRAGMA foreign_keys"_s).value(), 1) << "restored after the steps";
}

TEST_F(MigratorMachinery, AFailingStepLeavesThePreviousVersionIntact)
{
    const Migrator broken({}, {{1, &createV1}, {2, &addSecondsV2}, {3, &brokenV3}});
    Status migrated = broken.migrate(db, 0);
    ASSERT_FALSE(migrated);
    EXPECT_THAT(migrated.error().message.toStdString(), ::testing::HasSubstr("format 3"));
    EXPECT_EQ(version(), 2) << "steps 1 and 2 committed, step 3 rolled back";
    EXPECT_EQ(
        db.queryInt(u"SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"_s).value(), 0);
}

TEST_F(MigratorMachinery, CreateWritesTheFullSchemaAndTheLatestVersion)
{
    const Migrator migrator({u"CREATE TABLE items (id INTEGER PRIMARY KEY, seconds INTEGER)"_s},
        {{1, &createV1}, {2, &addSecondsV2}});
    ASSERT_TRUE(migrator.create(db));
    EXPECT_EQ(version(), 2);
    EXPECT_TRUE(db.execute(u"INSERT INTO items (seconds) VALUES (1)"_s));
}

} // namespace

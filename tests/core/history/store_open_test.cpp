// Opening the history file: pragmas, golden schema, every kind of bad file,
// newer versions, unclean shutdown and crash recovery, a read-only folder.
#include "core/history/historystore.h"
#include "core/history/schema.h"
#include "tests/core/history/historytestsupport.h"

#include <QDir>
#include <QFileInfo>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;
using ::testing::HasSubstr;

namespace {

class StoreOpen : public StoreFixture
{
protected:
    // A real history with one session and one hold, closed cleanly.
    void createHistoryWithOneHold()
    {
        auto store = openStore();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->connection().execute(
            u"INSERT INTO sessions (uid, routine_id, started_utc_ms, started_offset_s) "
            u"VALUES ('s1', 'daily', 1764000000000, 3600)"_s));
        ASSERT_TRUE(store->connection().execute(
            u"INSERT INTO holds (session_id, exercise_id, side, hold_index, target_ms, held_ms, "
            u"started_utc_ms, started_offset_s, completed) "
            u"VALUES (1, 'seated-leg-cross', 'left', 0, 60000, 60000, 1764000010000, 3600, 1)"_s));
        ASSERT_TRUE(store->close());
    }

    // Only one damaged-* folder may exist; returns it.
    QString damagedFolder() const
    {
        const QStringList folders
            = QDir(dataDir()).entryList({u"damaged-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
        return folders.size() == 1 ? QDir(dataDir()).filePath(folders.first()) : QString();
    }

    void expectFreshHistoryWorks(HistoryStore &store)
    {
        EXPECT_FALSE(store.isReadOnly());
        EXPECT_EQ(store.connection().queryInt(u"SELECT count(*) FROM sessions"_s).value(), 0);
        EXPECT_TRUE(store.connection().execute(
            u"INSERT INTO sessions (uid, routine_id, started_utc_ms, started_offset_s) "
            u"VALUES ('new', 'daily', 1764000000000, 0)"_s));
        EXPECT_EQ(schemaText(store.databasePath()).section(u'\n', 2),
            schemaText(goldenDatabase()).section(u'\n', 2));
    }

    QString goldenDatabase()
    {
        const QString path = m_dir.filePath(u"golden.db"_s);
        if (!QFileInfo::exists(path)) {
            StoreOptions other = options();
            other.dataDir = m_dir.path();
            other.fileName = u"golden.db"_s;
            auto store = HistoryStore::open(other, clock);
            EXPECT_TRUE(store.ok());
        }
        return path;
    }
};

TEST_F(StoreOpen, EveryConnectionHasTheRequiredPragmas)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    sql::Connection &db = store->connection();
    EXPECT_EQ(db.queryText(u"PRAGMA journal_mode"_s).value(), u"wal"_s);
    EXPECT_EQ(db.queryInt(u"PRAGMA synchronous"_s).value(), 2) << "FULL";
    EXPECT_EQ(db.queryInt(u"PRAGMA foreign_keys"_s).value(), 1);
    EXPECT_EQ(db.queryInt(u"PRAGMA busy_timeout"_s).value(), 5000);
    EXPECT_EQ(db.queryInt(u"PRAGMA application_id"_s).value(), schema::applicationId);
    EXPECT_EQ(db.queryInt(u"PRAGMA user_version"_s).value(), schema::currentVersion);
    EXPECT_TRUE(store->outcome().createdNew);
}

TEST_F(StoreOpen, NewDatabaseMatchesTheGoldenSchema)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString golden = QString::fromUtf8(readAll(
        QStringLiteral(LIMBER_TEST_DATA_DIR "/schema-v%1.sql").arg(schema::currentVersion)));
    ASSERT_FALSE(golden.isEmpty()) << "golden schema file missing";
    EXPECT_EQ(schemaText(store->databasePath()).toStdString(), golden.toStdString());
}

TEST_F(StoreOpen, NewerVersionOpensReadOnlyAndBytesStayTheSame)
{
    createHistoryWithOneHold();
    {
        RawDatabase raw(databasePath());
        ASSERT_EQ(raw.exec(u"PRAGMA user_version = 7"_s), SQLITE_OK);
    }
    const QByteArray before = sha256Of(databasePath());

    auto store = openStore(true);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->isReadOnly());
    EXPECT_EQ(store->outcome().readOnlyReason, ReadOnlyReason::NewerVersion);
    EXPECT_THAT(store->readOnlyMessage().toStdString(), HasSubstr("newer version of Limber"));
    EXPECT_THAT(store->readOnlyMessage().toStdString(), HasSubstr("history.db"));
    ASSERT_FALSE(store->outcome().notices.isEmpty());
    EXPECT_EQ(store->outcome().notices.first(), store->readOnlyMessage());
    EXPECT_EQ(store->connection().queryInt(u"SELECT count(*) FROM holds"_s).value(), 1)
        << "the history can still be shown";
    EXPECT_FALSE(store->connection().execute(u"DELETE FROM holds"_s));
    EXPECT_FALSE(store->reopenForWriting());
    EXPECT_TRUE(store->close());
    EXPECT_EQ(sha256Of(databasePath()), before);
    EXPECT_FALSE(QDir(dataDir() + u"/backups"_s).exists()) << "no backup of a file we cannot read";
}

struct BadFile
{
    const char *name;
    QByteArray (*make)(const QByteArray &goodDatabase);
};

void PrintTo(const BadFile &file, std::ostream *os)
{
    *os << file.name;
}

class BadFiles : public StoreOpen, public ::testing::WithParamInterface<BadFile>
{
};

TEST_P(BadFiles, AreMovedAsideUnchangedAndAFreshHistoryWorks)
{
    createHistoryWithOneHold();
    const QByteArray bad = GetParam().make(readAll(databasePath()));
    ASSERT_TRUE(writeFile(databasePath(), bad));
    ASSERT_TRUE(writeFile(databasePath() + u"-wal"_s, QByteArray()));
    const QByteArray hash = sha256Of(databasePath());

    auto store = openStore();
    ASSERT_TRUE(store);
    const QString folder = damagedFolder();
    ASSERT_FALSE(folder.isEmpty());
    EXPECT_EQ(store->outcome().damagedFileKeptIn, folder);
    EXPECT_THAT(
        QFileInfo(folder).fileName().toStdString(), HasSubstr("damaged-2026-11-24T10-00-00"))
        << "named by local time";
    EXPECT_EQ(sha256Of(folder + u"/history.db"_s), hash);
    EXPECT_TRUE(QFileInfo::exists(folder + u"/history.db-wal"_s)) << "companions move too";
    ASSERT_FALSE(store->outcome().notices.isEmpty());
    EXPECT_THAT(store->outcome().notices.first().toStdString(), HasSubstr("was not changed"));
    EXPECT_THAT(store->outcome().notices.first().toStdString(),
        HasSubstr(QFileInfo(folder).fileName().toStdString()));
    expectFreshHistoryWorks(*store);
}

QByteArray garbage(const QByteArray &)
{
    QByteArray bytes;
    for (int i = 0; i < 9000; ++i)
        bytes.append(static_cast<char>((i * 7919) % 251));
    return bytes;
}

QByteArray truncatedToHalf(const QByteArray &good)
{
    return good.left(good.size() / 2);
}

QByteArray truncatedInsideFirstPage(const QByteArray &good)
{
    return good.left(1000);
}

QByteArray corruptedPages(const QByteArray &good)
{
    // Keep the header, scribble over the b-tree pages after the first.
    QByteArray bytes = good;
    for (qsizetype i = 4096 + 8; i < bytes.size(); i += 13)
        bytes[i] = static_cast<char>(0xA5);
    return bytes;
}

QByteArray textFile(const QByteArray &)
{
    return "date,minutes\n2026-01-01,3\n";
}

QByteArray otherProgramsDatabase(const QByteArray &)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    {
        RawDatabase raw(path);
        raw.exec(u"CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x')"_s);
    }
    return readAll(path);
}

INSTANTIATE_TEST_SUITE_P(Kinds, BadFiles,
    ::testing::Values(BadFile {"garbage", &garbage}, BadFile {"truncated", &truncatedToHalf},
        BadFile {"truncatedHeader", &truncatedInsideFirstPage},
        BadFile {"corrupt", &corruptedPages}, BadFile {"text", &textFile},
        BadFile {"foreign", &otherProgramsDatabase}),
    [](const auto &param) { return std::string(param.param.name); });

TEST_F(StoreOpen, UncleanShutdownRunsTheFullCheck)
{
    createHistoryWithOneHold();
    auto clean = openStore();
    ASSERT_TRUE(clean);
    EXPECT_FALSE(clean->outcome().fullCheckAfterUncleanShutdown);
    EXPECT_TRUE(QFileInfo::exists(clean->uncleanShutdownMarkerPath()));
    clean.reset();
    EXPECT_FALSE(QFileInfo::exists(databasePath() + u".open"_s)) << "a clean close removes it";

    ASSERT_TRUE(writeFile(databasePath() + u".open"_s, QByteArray()));
    auto afterCrash = openStore();
    ASSERT_TRUE(afterCrash);
    EXPECT_TRUE(afterCrash->outcome().fullCheckAfterUncleanShutdown);
    EXPECT_EQ(afterCrash->connection().queryInt(u"SELECT count(*) FROM holds"_s).value(), 1);
}

TEST_F(StoreOpen, SessionsLeftInProgressBecomeInterruptedAndKeepTheirHolds)
{
    createHistoryWithOneHold();
    {
        RawDatabase raw(databasePath());
        ASSERT_EQ(raw.text(u"SELECT status FROM sessions"_s), u"in_progress"_s);
    }
    auto store = openStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->outcome().interruptedSessions, 1);
    EXPECT_THAT(store->outcome().notices.join(u' ').toStdString(), HasSubstr("1 session"));
    sql::Connection &db = store->connection();
    EXPECT_EQ(db.queryText(u"SELECT status FROM sessions"_s).value(), u"interrupted"_s);
    EXPECT_EQ(db.queryInt(u"SELECT ended_utc_ms FROM sessions"_s).value(), 1764000010000 + 60000)
        << "ends where the last hold ended";
    EXPECT_EQ(db.queryInt(u"SELECT count(*) FROM holds"_s).value(), 1);
}

TEST_F(StoreOpen, InterruptedSessionNeverEndsBeforeItStarted)
{
    createHistoryWithOneHold();
    {
        // The clock was set back during the session: the hold is "earlier".
        RawDatabase raw(databasePath());
        ASSERT_EQ(raw.exec(u"UPDATE holds SET started_utc_ms = 1763990000000"_s), SQLITE_OK);
    }
    auto store = openStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->outcome().interruptedSessions, 1);
    EXPECT_EQ(store->connection().queryInt(u"SELECT ended_utc_ms FROM sessions"_s).value(),
        1764000000000);
}

TEST_F(StoreOpen, ReadOnlyFolderShowsHistoryAndSaysWhatToDo)
{
    createHistoryWithOneHold();
    const QByteArray before = sha256Of(databasePath());
    ReadOnlyFolder locked(dataDir());
    ASSERT_TRUE(locked.ok()) << "could not make the folder read-only with "
                             << locked.how().toStdString();

    auto store = openStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->outcome().readOnlyReason, ReadOnlyReason::FolderNotWritable);
    EXPECT_THAT(store->readOnlyMessage().toStdString(), HasSubstr(dataDir().toStdString()));
    EXPECT_THAT(store->readOnlyMessage().toStdString(), HasSubstr("--data-dir"));
    EXPECT_EQ(store->connection().queryInt(u"SELECT count(*) FROM holds"_s).value(), 1);
    EXPECT_FALSE(store->reopenForWriting());
    EXPECT_EQ(sha256Of(databasePath()), before) << "nothing was written";

    locked.release();
    EXPECT_TRUE(store->reopenForWriting());
    EXPECT_FALSE(store->isReadOnly());
    EXPECT_TRUE(store->connection().execute(u"DELETE FROM holds"_s));
}

TEST_F(StoreOpen, MissingHistoryInReadOnlyFolderIsAnErrorNamingTheFolder)
{
    ASSERT_TRUE(QDir().mkpath(dataDir()));
    ReadOnlyFolder locked(dataDir());
    ASSERT_TRUE(locked.ok());
    auto store = HistoryStore::open(options(), clock);
    ASSERT_FALSE(store.ok());
    EXPECT_THAT(store.error().message.toStdString(), HasSubstr(dataDir().toStdString()));
    EXPECT_THAT(store.error().message.toStdString(), HasSubstr("--data-dir"));
}

TEST_F(StoreOpen, AFullDiskShowsTheHistoryReadOnlyUntilThereIsRoom)
{
    FullDisk disk(dataDir());
    ASSERT_TRUE(disk.ok()) << disk.why().toStdString();
    createHistoryWithOneHold();
    ASSERT_EQ(disk.fill(), 0) << "the disk is not full";
    const QByteArray before = sha256Of(databasePath());

    auto store = openStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->outcome().readOnlyReason, ReadOnlyReason::DiskFull);
    EXPECT_THAT(store->readOnlyMessage().toStdString(), HasSubstr("is full"));
    EXPECT_THAT(store->readOnlyMessage().toStdString(), HasSubstr(dataDir().toStdString()));
    EXPECT_EQ(store->connection().queryInt(u"SELECT count(*) FROM holds"_s).value(), 1);
    EXPECT_FALSE(store->reopenForWriting());
    EXPECT_EQ(sha256Of(databasePath()), before) << "nothing was written";

    disk.makeRoom();
    EXPECT_TRUE(store->reopenForWriting());
    EXPECT_FALSE(store->isReadOnly());
    EXPECT_TRUE(store->connection().execute(u"DELETE FROM holds"_s));
}

TEST_F(StoreOpen, NoHistoryOnAFullDiskIsAnErrorThatSaysSo)
{
    FullDisk disk(dataDir());
    ASSERT_TRUE(disk.ok()) << disk.why().toStdString();
    ASSERT_EQ(disk.fill(), 0) << "the disk is not full";
    auto store = HistoryStore::open(options(), clock);
    ASSERT_FALSE(store.ok());
    EXPECT_THAT(store.error().message.toStdString(), HasSubstr("is full"));
    EXPECT_THAT(store.error().message.toStdString(), HasSubstr("--data-dir"));
}

TEST_F(StoreOpen, AHistoryInMemoryHasTheFullSchemaAndNoFile)
{
    auto store = HistoryStore::openInMemory(clock);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_EQ(store.value()->connection().queryInt(u"PRAGMA user_version"_s).value(),
        schema::currentVersion);
    EXPECT_TRUE(store.value()->connection().execute(
        u"INSERT INTO sessions (uid, routine_id, started_utc_ms, started_offset_s) "
        u"VALUES ('u', 'r', 0, 0)"_s));
    EXPECT_TRUE(store.value()->close());
    EXPECT_FALSE(QFileInfo::exists(dataDir())) << "nothing was written to the data folder";
}

TEST_F(StoreOpen, AReaderSeesWhatIsCommittedWritesNothingAndLeavesTheMarkerAlone)
{
    createHistoryWithOneHold();
    auto store = openStore();
    ASSERT_TRUE(store);
    auto reader = store->openReader();
    ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
    HistoryStore &copy = *reader.value();
    EXPECT_TRUE(copy.isReadOnly());
    EXPECT_EQ(copy.databasePath(), store->databasePath());
    EXPECT_EQ(copy.connection().queryInt(u"SELECT count(*) FROM holds"_s).value(), 1);

    // The writer goes on while the reader is open; the reader sees each commit.
    ASSERT_TRUE(store->connection().execute(
        u"INSERT INTO holds (session_id, exercise_id, side, hold_index, target_ms, held_ms, "
        u"started_utc_ms, started_offset_s, completed) "
        u"VALUES (1, 'seated-leg-cross', 'right', 1, 60000, 60000, 1764000080000, 3600, 1)"_s));
    EXPECT_EQ(copy.connection().queryInt(u"SELECT count(*) FROM holds"_s).value(), 2);

    EXPECT_FALSE(copy.connection().execute(u"DELETE FROM holds"_s)) << "a reader never writes";
    EXPECT_FALSE(copy.reopenForWriting());
    EXPECT_EQ(copy.connection().queryInt(u"PRAGMA busy_timeout"_s).value(), 5000);

    // Closing the reader is not closing the history: the marker of a
    // history still open stays until the store itself closes.
    EXPECT_TRUE(copy.close());
    reader.value().reset();
    EXPECT_TRUE(QFileInfo::exists(store->uncleanShutdownMarkerPath()));
    EXPECT_TRUE(store->close());
    EXPECT_FALSE(QFileInfo::exists(store->uncleanShutdownMarkerPath()));
}

TEST_F(StoreOpen, AWriterChangesTheSameFileAndLeavesTheMarkerAlone)
{
    createHistoryWithOneHold();
    auto store = openStore();
    ASSERT_TRUE(store);
    auto writer = store->openWriter();
    ASSERT_TRUE(writer.ok()) << writer.error().message.toStdString();
    HistoryStore &second = *writer.value();
    EXPECT_FALSE(second.isReadOnly());
    EXPECT_EQ(second.connection().queryText(u"PRAGMA journal_mode"_s).value(), u"wal"_s);
    EXPECT_EQ(second.connection().queryInt(u"PRAGMA synchronous"_s).value(), 2) << "FULL";
    EXPECT_EQ(second.connection().queryInt(u"PRAGMA foreign_keys"_s).value(), 1);

    ASSERT_TRUE(second.connection().execute(u"DELETE FROM holds"_s));
    EXPECT_EQ(store->connection().queryInt(u"SELECT count(*) FROM holds"_s).value(), 0)
        << "the program's own connection sees the change";

    EXPECT_TRUE(second.close());
    writer.value().reset();
    EXPECT_TRUE(QFileInfo::exists(store->uncleanShutdownMarkerPath()));
    EXPECT_TRUE(store->close());
    EXPECT_FALSE(QFileInfo::exists(store->uncleanShutdownMarkerPath()));
}

TEST_F(StoreOpen, AReadOnlyHistoryGivesNoWriterAndSaysWhy)
{
    createHistoryWithOneHold();
    {
        RawDatabase raw(databasePath());
        ASSERT_EQ(raw.exec(u"PRAGMA user_version = 7"_s), SQLITE_OK);
    }
    auto store = openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->isReadOnly());
    const auto writer = store->openWriter();
    ASSERT_FALSE(writer.ok());
    EXPECT_EQ(writer.error().message, store->readOnlyMessage());
    auto reader = store->openReader();
    ASSERT_TRUE(reader.ok()) << "a newer history can still be read";
    EXPECT_EQ(reader.value()->connection().queryInt(u"SELECT count(*) FROM holds"_s).value(), 1);
}

TEST_F(StoreOpen, AHistoryInMemoryHasNoSecondConnection)
{
    auto store = HistoryStore::openInMemory(clock);
    ASSERT_TRUE(store.ok());
    EXPECT_FALSE(store.value()->openReader().ok());
    EXPECT_FALSE(store.value()->openWriter().ok());
}

TEST_F(StoreOpen, AFolderNamedLikeTheHistoryIsNamedAndLeftAlone)
{
    ASSERT_TRUE(QDir().mkpath(databasePath()));
    ASSERT_TRUE(writeFile(databasePath() + u"/keep.txt"_s, QByteArray("mine")));
    auto store = HistoryStore::open(options(), clock);
    ASSERT_FALSE(store.ok());
    const std::string message = store.error().message.toStdString();
    EXPECT_THAT(message, HasSubstr("folder"));
    EXPECT_THAT(message, HasSubstr("history.db"));
    EXPECT_THAT(message, HasSubstr(QDir::toNativeSeparators(dataDir()).toStdString()));
    EXPECT_THAT(message, ::testing::Not(HasSubstr("permission")));
    EXPECT_TRUE(QFileInfo(databasePath()).isDir());
    EXPECT_EQ(readAll(databasePath() + u"/keep.txt"_s), QByteArray("mine"));
    EXPECT_TRUE(QDir(dataDir()).entryList({u"damaged-*"_s}, QDir::Dirs).isEmpty());
}

TEST_F(StoreOpen, AFolderInTheWayOfTheWalIsNamedToo)
{
    ASSERT_TRUE(QDir().mkpath(databasePath() + u"-wal"_s));
    auto store = HistoryStore::open(options(), clock);
    ASSERT_FALSE(store.ok());
    EXPECT_THAT(store.error().message.toStdString(), HasSubstr("history.db-wal"));
}

TEST_F(StoreOpen, ADeepDataFolderIsShortenedInTheMessage)
{
    QString deep = dataDir();
    for (int level = 0; level < 4; ++level)
        deep += u'/' + QString(60, QChar(u'a' + level));
    ASSERT_TRUE(QDir().mkpath(deep + u"/history.db"_s));
    StoreOptions deepOptions = options();
    deepOptions.dataDir = deep;
    auto store = HistoryStore::open(deepOptions, clock);
    ASSERT_FALSE(store.ok());
    const QString message = store.error().message;
    EXPECT_FALSE(message.contains(QDir::toNativeSeparators(deep))) << message.toStdString();
    EXPECT_TRUE(message.contains(QChar(0x2026))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString(20, u'd'))) << "the end of the path is kept";
    EXPECT_LT(message.size(), 400);
}

} // namespace

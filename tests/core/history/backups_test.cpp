// Verified backups with the online backup API, daily rolling retention with
// injected dates, and restoring one.
#include "core/history/backups.h"
#include "core/history/schema.h"
#include "core/history/sessionlog.h"
#include "tests/core/history/historytestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;

namespace {

class Backups : public StoreFixture
{
protected:
    void addHolds(HistoryStore &store, int count)
    {
        SessionLog log(store);
        ASSERT_TRUE(log.begin(u"r"_s));
        for (int i = 0; i < count; ++i) {
            HoldRecord hold;
            hold.exerciseId = u"leg-cross"_s;
            hold.side = i % 2 ? Side::Right : Side::Left;
            hold.holdNumber = i + 1;
            hold.target = hold.held = std::chrono::milliseconds(60000);
            hold.startUtc = clock.nowUtc().addSecs(qint64 {i} * 70);
            hold.utcOffsetSeconds = clock.utcOffsetSeconds();
            ASSERT_TRUE(log.recordHold(hold));
        }
        ASSERT_TRUE(log.finish(SessionEnd::Completed));
    }
    qint64 holds(HistoryStore &store)
    {
        return store.connection().queryInt(u"SELECT count(*) FROM holds"_s).value();
    }
    /// Where a daily backup of 20 November would lie; the folder is made.
    static QString dailyBackupPath(const BackupManager &backups)
    {
        EXPECT_TRUE(QDir().mkpath(backups.folder()));
        return QDir(backups.folder()).filePath(u"history-2026-11-20T08-30-05.000-daily.db"_s);
    }
    static Result<QString> restoreDaily(BackupManager &backups, const QString &path)
    {
        return backups.restore(
            {path, QDateTime(QDate(2026, 11, 20), QTime(8, 30, 5)), BackupReason::Daily, 1});
    }
    static QStringList names(const QList<BackupInfo> &backups)
    {
        QStringList result;
        for (const BackupInfo &backup : backups)
            result.append(QFileInfo(backup.path).fileName());
        return result;
    }
};

TEST_F(Backups, ACopyIsCheckedAndSelfContained)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    addHolds(*store, 5);
    BackupManager backups(*store);
    auto made = backups.create(BackupReason::BeforeImport);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_EQ(
        QFileInfo(made->path).fileName(), u"history-2026-11-24T10-00-00.000-before-import.db"_s);
    EXPECT_EQ(made->reason, BackupReason::BeforeImport);
    EXPECT_EQ(QDir(backups.folder()).entryList(QDir::Files),
        QStringList {QFileInfo(made->path).fileName()})
        << "no partial or journal files left";

    RawDatabase copy(made->path, SQLITE_OPEN_READONLY);
    EXPECT_EQ(copy.text(u"PRAGMA integrity_check"_s), u"ok"_s);
    EXPECT_EQ(copy.text(u"PRAGMA journal_mode"_s), u"delete"_s);
    EXPECT_EQ(copy.integer(u"SELECT count(*) FROM holds"_s), 5);
    EXPECT_EQ(copy.integer(u"SELECT sum(hold_count) FROM hold_days"_s), 5);

    auto second = backups.create(BackupReason::BeforeImport);
    ASSERT_TRUE(second.ok());
    EXPECT_NE(second->path, made->path) << "two backups in one second get distinct names";
    EXPECT_EQ(backups.list().size(), 2);
}

TEST_F(Backups, DailyBackupAtMostOncePerLocalDay)
{
    auto store = openStore(true);
    ASSERT_TRUE(store);
    EXPECT_TRUE(QFileInfo::exists(store->outcome().dailyBackup));
    BackupManager backups(*store);
    EXPECT_FALSE(backups.createDailyIfDue().value().has_value());
    clock.advance(std::chrono::hours(13)); // 23:00 local, still the same day
    EXPECT_FALSE(backups.createDailyIfDue().value().has_value());
    clock.advance(std::chrono::hours(1)); // midnight local
    EXPECT_TRUE(backups.createDailyIfDue().value().has_value());
    EXPECT_EQ(backups.list().size(), 2);
}

TEST_F(Backups, RollingRetentionKeepsSevenDailyAndFourWeekly)
{
    // Start on Thursday 2026-01-01 at 10:00 local and back up every day for a month.
    clock.jumpWallClock(std::chrono::milliseconds(
        clock.nowUtc().msecsTo(QDateTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc()))));
    auto store = openStore();
    ASSERT_TRUE(store);
    BackupManager backups(*store);
    for (int day = 1; day <= 30; ++day) {
        auto made = backups.createDailyIfDue();
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
        ASSERT_TRUE(made->has_value());
        clock.advance(std::chrono::hours(24));
    }
    QStringList expected;
    // Seven newest days, then the newest of each earlier ISO week: W03 ends on
    // Sunday 18 January, W02 on Sunday 11 January.
    for (int day : {30, 29, 28, 27, 26, 25, 24, 18, 11})
        expected.append(
            u"history-2026-01-%1T10-00-00.000-daily.db"_s.arg(day, 2, 10, QLatin1Char('0')));
    EXPECT_EQ(names(backups.list()), expected);
}

TEST(BackupRetention, SpecialBackupsKeepTheirNewestThreeAndDaysTheirNewest)
{
    auto at = [](int day, int hour, BackupReason reason) {
        return BackupInfo {u"/b/%1-%2-%3"_s.arg(day).arg(hour).arg(static_cast<int>(reason)),
            QDateTime(QDate(2026, 5, day), QTime(hour, 0), QTimeZone::utc()), reason};
    };
    const QList<BackupInfo> backups {at(10, 8, BackupReason::Daily), at(10, 9, BackupReason::Daily),
        at(1, 8, BackupReason::BeforeImport), at(2, 8, BackupReason::BeforeImport),
        at(3, 8, BackupReason::BeforeImport), at(4, 8, BackupReason::BeforeImport),
        at(4, 9, BackupReason::BeforeMigration)};
    const QStringList expired = expiredBackups(backups);
    EXPECT_EQ(expired,
        (QStringList {
            at(10, 8, BackupReason::Daily).path, at(1, 8, BackupReason::BeforeImport).path}));
}

TEST_F(Backups, RestoreBringsBackTheCopyAndKeepsTheCurrentHistoryAside)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    addHolds(*store, 3);
    BackupManager backups(*store);
    auto before = backups.create(BackupReason::Daily);
    ASSERT_TRUE(before.ok());
    addHolds(*store, 4);
    {
        // A session in progress in the copy becomes interrupted on restore.
        RawDatabase raw(before->path);
        ASSERT_EQ(raw.exec(u"UPDATE sessions SET status = 'in_progress'"_s), SQLITE_OK);
    }
    ASSERT_EQ(holds(*store), 7);

    clock.advance(std::chrono::seconds(5));
    auto keptAside = backups.restore(*before);
    ASSERT_TRUE(keptAside.ok()) << keptAside.error().message.toStdString();
    EXPECT_EQ(holds(*store), 3);
    EXPECT_EQ(
        store->connection().queryText(u"SELECT status FROM sessions"_s).value(), u"interrupted"_s);
    EXPECT_EQ(store->connection().queryText(u"PRAGMA journal_mode"_s).value(), u"wal"_s);
    EXPECT_EQ(store->connection().queryText(u"PRAGMA integrity_check"_s).value(), u"ok"_s);
    RawDatabase aside(*keptAside, SQLITE_OPEN_READONLY);
    EXPECT_EQ(aside.integer(u"SELECT count(*) FROM holds"_s), 7);

    addHolds(*store, 1);
    store.reset();
    auto reopened = openStore();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(holds(*reopened), 4) << "the restored history is the one on disk";
}

TEST_F(Backups, HoldsOfASessionRemovedByARestoreAreNotLostSilently)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    BackupManager backups(*store);
    auto empty = backups.create(BackupReason::Daily);
    ASSERT_TRUE(empty.ok());
    SessionLog log(*store);
    ASSERT_TRUE(log.begin(u"r"_s));
    ASSERT_TRUE(backups.restore(*empty).ok());

    HoldRecord hold;
    hold.exerciseId = u"leg-cross"_s;
    hold.startUtc = clock.nowUtc();
    Status written = log.recordHold(hold);
    ASSERT_FALSE(written);
    EXPECT_THAT(written.error().message.toStdString(), ::testing::HasSubstr("no longer"));
    EXPECT_EQ(log.pendingCount(), 1);
}

TEST_F(Backups, ADamagedBackupIsNotRestored)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    addHolds(*store, 2);
    BackupManager backups(*store);
    auto made = backups.create(BackupReason::Daily);
    ASSERT_TRUE(made.ok());
    QByteArray bytes = readAll(made->path);
    bytes.truncate(bytes.size() / 2);
    ASSERT_TRUE(writeFile(made->path, bytes));
    addHolds(*store, 1);

    auto restored = backups.restore(*made);
    ASSERT_FALSE(restored.ok());
    EXPECT_THAT(restored.error().message.toStdString(), ::testing::HasSubstr("cannot be restored"));
    EXPECT_EQ(holds(*store), 3);
}

TEST_F(Backups, NamesCarryMillisecondsAndACounterWithinOneMillisecond)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    BackupManager backups(*store);
    clock.advance(std::chrono::milliseconds(250));
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        auto backup = backups.create(BackupReason::Daily);
        ASSERT_TRUE(backup.ok()) << backup.error().message.toStdString();
        EXPECT_EQ(backup->sequence, i + 1);
        made.append(QFileInfo(backup->path).fileName());
    }
    auto import = backups.create(BackupReason::BeforeImport);
    ASSERT_TRUE(import.ok());
    EXPECT_EQ(made,
        (QStringList {u"history-2026-11-24T10-00-00.250-daily.db"_s,
            u"history-2026-11-24T10-00-00.250-daily-2.db"_s,
            u"history-2026-11-24T10-00-00.250-daily-3.db"_s}));
    EXPECT_EQ(
        QFileInfo(import->path).fileName(), u"history-2026-11-24T10-00-00.250-before-import.db"_s);

    const QList<BackupInfo> listed = backups.list();
    ASSERT_EQ(listed.size(), 4);
    EXPECT_EQ(listed.at(0).takenLocal.time(), QTime(10, 0, 0, 250));
    // Within one millisecond the later copy (the higher counter) comes first.
    QStringList dailies;
    for (const BackupInfo &backup : listed) {
        if (backup.reason == BackupReason::Daily)
            dailies.append(QFileInfo(backup.path).fileName());
    }
    EXPECT_EQ(dailies, (QStringList {made.at(2), made.at(1), made.at(0)}));
}

TEST_F(Backups, NamesWrittenToTheSecondByEarlierVersionsAreStillListedAndRestored)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    addHolds(*store, 2);
    BackupManager backups(*store);
    auto made = backups.create(BackupReason::BeforeImport);
    ASSERT_TRUE(made.ok());
    const QString oldName
        = QDir(backups.folder()).filePath(u"history-2026-11-20T08-30-05-before-import.db"_s);
    const QString oldSecond
        = QDir(backups.folder()).filePath(u"history-2026-11-20T08-30-05-before-import-2.db"_s);
    ASSERT_TRUE(QFile::copy(made->path, oldName));
    ASSERT_TRUE(QFile::copy(made->path, oldSecond));
    ASSERT_TRUE(QFile::remove(made->path));
    addHolds(*store, 3);

    const QList<BackupInfo> listed = backups.list();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.at(0).path, oldSecond);
    EXPECT_EQ(listed.at(0).sequence, 2);
    EXPECT_EQ(listed.at(1).path, oldName);
    EXPECT_EQ(
        listed.at(1).takenLocal, QDateTime(QDate(2026, 11, 20), QTime(8, 30, 5), QTimeZone::utc()));
    EXPECT_EQ(listed.at(1).reason, BackupReason::BeforeImport);
    ASSERT_TRUE(backups.restore(listed.at(1)).ok());
    EXPECT_EQ(holds(*store), 2);
}

TEST_F(Backups, ContentsAreReadFromTheFileInLocalTime)
{
    // 23:30 UTC is already the next day one hour east.
    clock.jumpWallClock(std::chrono::milliseconds(
        clock.nowUtc().msecsTo(QDateTime(QDate(2026, 11, 24), QTime(23, 30), QTimeZone::utc()))));
    auto store = openStore();
    ASSERT_TRUE(store);
    BackupManager backups(*store);
    auto empty = backups.create(BackupReason::Daily);
    ASSERT_TRUE(empty.ok());
    addHolds(*store, 3);
    addHolds(*store, 2);
    auto full = backups.create(BackupReason::Daily);
    ASSERT_TRUE(full.ok());

    auto contents = readBackupContents(full->path);
    ASSERT_TRUE(contents.ok()) << contents.error().message.toStdString();
    EXPECT_EQ(contents->sessions, 2);
    EXPECT_EQ(contents->holds, 5);
    EXPECT_EQ(contents->lastSessionLocalDate, QDate(2026, 11, 25));

    auto none = readBackupContents(empty->path);
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->sessions, 0);
    EXPECT_EQ(none->holds, 0);
    EXPECT_FALSE(none->lastSessionLocalDate.isValid());

    const QString notAHistory = QDir(backups.folder()).filePath(u"other.db"_s);
    ASSERT_TRUE(writeFile(notAHistory, QByteArray("not a database at all")));
    EXPECT_FALSE(readBackupContents(notAHistory).ok());
}

TEST_F(Backups, UnfinishedCopiesLeftByAKillAreRemovedWhenTheHistoryOpens)
{
    {
        auto store = openStore();
        ASSERT_TRUE(store);
        addHolds(*store, 1);
        ASSERT_TRUE(BackupManager(*store).create(BackupReason::Daily).ok());
    }
    const QDir folder(dataDir() + u"/backups"_s);
    const QString partial
        = folder.filePath(u"history-2026-11-24T10-00-00.000-daily-2.db.partial"_s);
    const QString journal = partial + u"-journal"_s;
    const QString unrelated = folder.filePath(u"notes.txt"_s);
    for (const QString &path : {partial, journal, unrelated})
        ASSERT_TRUE(writeFile(path, QByteArray("left behind")));

    auto store = openStore();
    ASSERT_TRUE(store);
    EXPECT_FALSE(QFileInfo::exists(partial));
    EXPECT_FALSE(QFileInfo::exists(journal));
    EXPECT_TRUE(QFileInfo::exists(unrelated)) << "only unfinished backups are removed";
    EXPECT_EQ(BackupManager(*store).list().size(), 1) << "finished backups stay";
}

TEST_F(Backups, ABackupWhoseHoldsBelongToNoSessionIsRefusedAndTheHistoryStaysAsItWas)
{
    // Such a backup passes integrity_check. One of an older format was
    // copied over the history in use before its update to the current format
    // failed, which left that history half-restored at the old format.
    for (const int format : {2, 3}) {
        SCOPED_TRACE(format);
        QDir(dataDir()).removeRecursively();
        auto store = openStore();
        ASSERT_TRUE(store);
        addHolds(*store, 3);
        BackupManager backups(*store);
        const QString path = dailyBackupPath(backups);
        {
            RawDatabase old(path);
            ASSERT_EQ(old.exec(QString::fromUtf8(
                          readAll(QStringLiteral(LIMBER_TEST_DATA_DIR "/v%1.sql").arg(format)))),
                SQLITE_OK);
            ASSERT_EQ(old.exec(u"PRAGMA foreign_keys = OFF; DELETE FROM sessions WHERE id = 1"_s),
                SQLITE_OK);
            ASSERT_EQ(old.text(u"PRAGMA integrity_check"_s), u"ok"_s);
        }

        auto restored = restoreDaily(backups, path);
        ASSERT_FALSE(restored.ok());
        EXPECT_THAT(restored.error().message.toStdString(),
            ::testing::AllOf(::testing::HasSubstr("history-2026-11-20T08-30-05.000-daily.db"),
                ::testing::HasSubstr("belong to no session")));

        EXPECT_EQ(holds(*store), 3) << "the history in use is the one it was";
        EXPECT_EQ(
            store->connection().queryInt(u"PRAGMA user_version"_s).value(), schema::currentVersion);
        EXPECT_EQ(store->connection().queryText(u"PRAGMA integrity_check"_s).value(), u"ok"_s);
        addHolds(*store, 1);
        EXPECT_EQ(holds(*store), 4) << "and it still takes new holds";
        EXPECT_EQ(
            QDir(backups.folder()).entryList(QDir::Files), QStringList {QFileInfo(path).fileName()})
            << "nothing kept aside for a restore that did not happen, and no copy left over";
    }
}

TEST_F(Backups, ABackupWithAnotherPageSizeIsRestored)
{
    // Found by fuzz_backuprestore: SQLite's backup API cannot change the
    // page size of a history in WAL mode, and the restore failed with a
    // message about the data folder's permissions.
    auto store = openStore();
    ASSERT_TRUE(store);
    addHolds(*store, 1);
    BackupManager backups(*store);
    const QString path = dailyBackupPath(backups);
    {
        RawDatabase other(path);
        ASSERT_EQ(
            other.exec(QString::fromUtf8(readAll(
                QStringLiteral(LIMBER_TEST_DATA_DIR "/v%1.sql").arg(schema::currentVersion)))),
            SQLITE_OK);
        ASSERT_EQ(other.exec(u"PRAGMA page_size = 512; VACUUM"_s), SQLITE_OK);
        ASSERT_EQ(other.integer(u"PRAGMA page_size"_s), 512);
    }
    const qint64 holdsInBackup = RawDatabase(path).integer(u"SELECT count(*) FROM holds"_s);

    auto restored = restoreDaily(backups, path);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(holds(*store), holdsInBackup);
    EXPECT_EQ(store->connection().queryText(u"PRAGMA integrity_check"_s).value(), u"ok"_s);
}

TEST_F(Backups, ABackupWhoseSchemaSQLiteCannotParseIsRefusedByItsOwnName)
{
    // Found by fuzz_backuprestore: the holds table's definition names a
    // column it does not have. The refusal named the scratch copy and told
    // the person to restart Limber to set the history aside.
    auto store = openStore();
    ASSERT_TRUE(store);
    addHolds(*store, 2);
    BackupManager backups(*store);
    const QString path = dailyBackupPath(backups);
    ASSERT_TRUE(QFile::copy(
        QStringLiteral(LIMBER_TEST_DATA_DIR "/backup-schema-names-a-missing-column.db"), path));

    auto restored = restoreDaily(backups, path);
    ASSERT_FALSE(restored.ok());
    const std::string message = restored.error().message.toStdString();
    EXPECT_THAT(message, ::testing::HasSubstr("history-2026-11-20T08-30-05.000-daily.db"));
    EXPECT_THAT(message, ::testing::Not(::testing::HasSubstr("restoring")));
    EXPECT_THAT(message, ::testing::Not(::testing::HasSubstr("start it again")));
    EXPECT_EQ(holds(*store), 2);
    EXPECT_EQ(
        QDir(backups.folder()).entryList(QDir::Files), QStringList {QFileInfo(path).fileName()});
}

TEST_F(Backups, ALongPathIsShortenedInTheMessage)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    BackupManager backups(*store);
    ASSERT_TRUE(QDir().mkpath(backups.folder()));
    const QString longName
        = u"history-2026-11-20T08-30-05-daily-"_s + QString(200, u'7') + u".db"_s;
    const QString path = QDir(backups.folder()).filePath(longName);
    ASSERT_TRUE(writeFile(path, QByteArray("not a database at all")));

    auto restored = backups.restore({path,
        QDateTime(QDate(2026, 11, 20), QTime(8, 30, 5), QTimeZone::utc()), BackupReason::Daily, 1});
    ASSERT_FALSE(restored.ok());
    const QString message = restored.error().message;
    EXPECT_FALSE(message.contains(longName)) << message.toStdString();
    EXPECT_TRUE(message.contains(QChar(0x2026))) << message.toStdString();
    EXPECT_TRUE(message.contains(u"7777.db"_s)) << "the end of the name is kept";
}

} // namespace

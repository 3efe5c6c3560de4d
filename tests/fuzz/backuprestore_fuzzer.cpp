// A backup file, as File > Restore a Backup hands it over, through
// readBackupContents() and BackupManager::restore() into a history that holds
// one session of its own. A backup that is refused must leave that history as
// it was and say which file it refused; one that is restored must pass
// integrity_check, be at the current format and hold what
// readBackupContents() said it held.
#include "core/history/backups.h"
#include "core/history/connection.h"
#include "core/history/historystore.h"
#include "core/history/schema.h"
#include "core/history/sessionlog.h"
#include "core/util/clock.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

const ManualClock wallClock(QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc()), 3600);
QString scratchDir;
QString dataDir;
QString pristinePath; ///< the history every input is restored into, as it starts
QString backupPath;
constexpr qint64 pristineHolds = 2;

QString databasePath()
{
    return QDir(dataDir).filePath(u"history.db"_s);
}

std::unique_ptr<HistoryStore> openHistory()
{
    StoreOptions options;
    options.dataDir = dataDir;
    options.dailyBackup = false;
    auto store = HistoryStore::open(options, wallClock);
    if (!store)
        fuzz::fail(u"the history did not open: "_s + store.error().message);
    return std::move(store).value();
}

qint64 count(HistoryStore &store, const QString &sql)
{
    const auto value = store.connection().queryInt(sql);
    if (!value)
        fuzz::fail(sql + u": "_s + value.error().message);
    return *value;
}

void checkWhole(HistoryStore &store, const QString &when)
{
    const auto integrity = store.connection().queryText(u"PRAGMA integrity_check"_s);
    fuzz::check(integrity && *integrity == u"ok"_s, when + u": integrity_check fails"_s);
    fuzz::check(count(store, u"PRAGMA user_version"_s) == schema::currentVersion,
        when + u": the history is not at the current format"_s);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    test::pinLocaleAndZone();
    // Kept for the whole run; the fuzzer ends with exit(), which leaves it.
    static QTemporaryDir *const scratch = new QTemporaryDir;
    fuzz::check(scratch->isValid(), u"no temporary folder"_s);
    scratchDir = scratch->path();
    dataDir = QDir(scratchDir).filePath(u"data"_s);
    pristinePath = QDir(scratchDir).filePath(u"pristine.db"_s);
    backupPath = QDir(scratchDir).filePath(u"history-2026-11-20T08-30-05.000-daily.db"_s);
    fuzz::check(QDir().mkpath(dataDir), u"no data folder"_s);
    {
        auto store = openHistory();
        SessionLog log(*store);
        fuzz::check(log.begin(u"daily-hip-stretch"_s).ok(), u"no session"_s);
        for (int i = 0; i < pristineHolds; ++i) {
            HoldRecord hold;
            hold.exerciseId = u"seated-leg-cross"_s;
            hold.side = i % 2 ? Side::Right : Side::Left;
            hold.holdNumber = 1;
            hold.target = hold.held = std::chrono::milliseconds(60000);
            hold.startUtc = wallClock.nowUtc().addSecs(qint64 {i} * 70);
            hold.utcOffsetSeconds = wallClock.utcOffsetSeconds();
            fuzz::check(log.recordHold(hold).ok(), u"no hold"_s);
        }
        fuzz::check(log.finish(SessionEnd::Completed).ok(), u"no session end"_s);
    }
    fuzz::check(QFile::copy(databasePath(), pristinePath), u"no pristine copy"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Every input starts from the same history, with no backups beside it.
    QDir(dataDir).removeRecursively();
    fuzz::check(QDir().mkpath(dataDir) && QFile::copy(pristinePath, databasePath()),
        u"could not put the history back"_s);
    {
        QFile file(backupPath);
        fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(fuzz::bytesOf(data, size)) == static_cast<qint64>(size),
            u"could not write "_s + backupPath);
    }
    const Result<BackupContents> contents = readBackupContents(backupPath);

    auto store = openHistory();
    BackupManager backups(*store);
    const Result<QString> restored = backups.restore(
        {backupPath, QDateTime(QDate(2026, 11, 20), QTime(8, 30, 5)), BackupReason::Daily, 1});
    if (!restored) {
        fuzz::check(restored.error().message.contains(QDir::toNativeSeparators(backupPath))
                || restored.error().message.contains(u"history-2026-11-20"_s),
            u"a refusal that does not name the backup: "_s + restored.error().message);
        checkWhole(*store, u"after a refusal"_s);
        fuzz::check(count(*store, u"SELECT count(*) FROM holds"_s) == pristineHolds,
            u"a refused backup changed the history in use: "_s + restored.error().message);
        return 0;
    }
    checkWhole(*store, u"after a restore"_s);
    if (contents) {
        fuzz::check(count(*store, u"SELECT count(*) FROM holds"_s) == contents->holds
                && count(*store, u"SELECT count(*) FROM sessions"_s) == contents->sessions,
            u"the history restored does not hold what the backup was said to hold"_s);
    }
    fuzz::check(count(*store, u"SELECT count(*) FROM pragma_foreign_key_check"_s) == 0,
        u"a restored history whose holds belong to no session"_s);
    return 0;
}

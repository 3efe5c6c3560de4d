#include "core/history/backups.h"

#include "core/history/connection.h"
#include "core/history/historystore.h"
#include "core/history/inspection.h"
#include "core/history/migrator.h"
#include "core/history/storagemessages.h"
#include "core/history/verifiedcopy.h"
#include "core/util/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr int keepDaily = 7;
constexpr int keepWeekly = 4;
constexpr int keepPerSpecialReason = 3;

const auto stampFormat = u"yyyy-MM-dd'T'HH-mm-ss.zzz"_s;
const auto unfinishedSuffix = u".partial"_s;

QString reasonKey(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return u"daily"_s;
    case BackupReason::BeforeMigration:
        return u"before-migration"_s;
    case BackupReason::BeforeImport:
        return u"before-import"_s;
    case BackupReason::BeforeRestore:
        return u"before-restore"_s;
    case BackupReason::BeforeDelete:
        return u"before-delete"_s;
    }
    return u"daily"_s;
}

std::optional<BackupReason> reasonFromKey(const QString &key)
{
    for (BackupReason reason : {BackupReason::Daily, BackupReason::BeforeMigration,
             BackupReason::BeforeImport, BackupReason::BeforeRestore, BackupReason::BeforeDelete}) {
        if (reasonKey(reason) == key)
            return reason;
    }
    return std::nullopt;
}

// Wall-clock time without zone rules, so a time in a DST gap still parses.
QDateTime naiveLocal(const QDateTime &utc, int offsetSeconds)
{
    const QDateTime shifted = utc.addSecs(offsetSeconds);
    return QDateTime(shifted.date(), shifted.time(), QTimeZone::utc());
}

bool newerFirst(const BackupInfo &a, const BackupInfo &b)
{
    if (a.takenLocal != b.takenLocal)
        return a.takenLocal > b.takenLocal;
    if (a.sequence != b.sequence)
        return a.sequence > b.sequence;
    return a.path > b.path;
}

} // namespace

Result<BackupContents> readBackupContents(const QString &path)
{
    auto opened = sql::Connection::open(path, sql::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    sql::Connection &backup = opened.value();
    auto sessions = backup.queryInt(u"SELECT count(*) FROM sessions"_s);
    if (!sessions)
        return sessions.error();
    auto holds = backup.queryInt(u"SELECT count(*) FROM holds"_s);
    if (!holds)
        return holds.error();
    // The day is the one the person saw: UTC shifted by the offset stored
    // with the session.
    auto lastDay = backup.queryText(u"SELECT coalesce((SELECT date(started_utc_ms / 1000 + "
                                    u"started_offset_s, 'unixepoch') FROM sessions ORDER BY "
                                    u"started_utc_ms DESC LIMIT 1), '')"_s);
    if (!lastDay)
        return lastDay.error();
    return BackupContents {*sessions, *holds, QDate::fromString(*lastDay, Qt::ISODate)};
}

QStringList expiredBackups(const QList<BackupInfo> &backups)
{
    QList<BackupInfo> sorted = backups;
    std::sort(sorted.begin(), sorted.end(), newerFirst);
    QSet<QString> keep;
    QSet<QDate> days;
    QSet<qint64> weeks;
    QHash<int, int> specials;
    for (const BackupInfo &backup : std::as_const(sorted)) {
        if (backup.reason != BackupReason::Daily) {
            if (specials[static_cast<int>(backup.reason)]++ < keepPerSpecialReason)
                keep.insert(backup.path);
            continue;
        }
        const QDate day = backup.takenLocal.date();
        if (!days.contains(day) && days.size() < keepDaily) {
            days.insert(day);
            keep.insert(backup.path);
        }
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const qint64 weekKey = qint64 {weekYear} * 100 + week;
        if (!weeks.contains(weekKey) && weeks.size() < keepWeekly) {
            weeks.insert(weekKey);
            keep.insert(backup.path);
        }
    }
    QStringList expired;
    for (const BackupInfo &backup : std::as_const(sorted)) {
        if (!keep.contains(backup.path))
            expired.append(backup.path);
    }
    return expired;
}

BackupManager::BackupManager(HistoryStore &store)
    : m_store(store)
{ }

QString BackupManager::folder() const
{
    return QDir(m_store.dataDir()).filePath(u"backups"_s);
}

QList<BackupInfo> BackupManager::list() const
{
    const QString base = QFileInfo(m_store.databasePath()).completeBaseName();
    // Milliseconds are optional: earlier versions named backups to the second.
    const QRegularExpression pattern(
        u"^%1-(\\d{4}-\\d{2}-\\d{2})T(\\d{2}-\\d{2}-\\d{2})(?:\\.(\\d{3}))?"
        u"-([a-z-]+?)(?:-(\\d+))?\\.db$"_s.arg(QRegularExpression::escape(base)));
    QList<BackupInfo> backups;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({u"*.db"_s}, QDir::Files)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const auto reason = reasonFromKey(match.captured(4));
        const QDate date = QDate::fromString(match.captured(1), u"yyyy-MM-dd"_s);
        QTime time = QTime::fromString(match.captured(2), u"HH-mm-ss"_s);
        if (!reason || !date.isValid() || !time.isValid())
            continue;
        time = time.addMSecs(match.captured(3).toInt());
        const int sequence = match.hasCaptured(5) ? match.captured(5).toInt() : 1;
        backups.append(
            {dir.filePath(name), QDateTime(date, time, QTimeZone::utc()), *reason, sequence});
    }
    std::sort(backups.begin(), backups.end(), newerFirst);
    return backups;
}

Result<BackupInfo> BackupManager::create(BackupReason reason)
{
    if (!QDir().mkpath(folder()))
        return Error {StorageMessages::cannotCreateFolder(folder())};
    const WallClock &clock = m_store.clock();
    const QDateTime taken = naiveLocal(clock.nowUtc(), clock.utcOffsetSeconds());
    const QString stem = u"%1-%2-%3"_s.arg(QFileInfo(m_store.databasePath()).completeBaseName(),
        taken.toString(stampFormat), reasonKey(reason));
    QString path = QDir(folder()).filePath(stem + u".db"_s);
    int sequence = 1;
    while (QFileInfo::exists(path))
        path = QDir(folder()).filePath(u"%1-%2.db"_s.arg(stem).arg(++sequence));

    const QString partial = path + unfinishedSuffix;
    if (Status copied = copyVerified(m_store.connection(), partial); !copied)
        return copied.error();
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error {StorageMessages::tr("Limber could not name its backup %1. Check that you "
                                          "may write to the folder.")
                          .arg(StorageMessages::native(path))};
    }
    return BackupInfo {path, taken, reason, sequence};
}

Result<std::optional<BackupInfo>> BackupManager::createDailyIfDue()
{
    const WallClock &clock = m_store.clock();
    const QDate today = naiveLocal(clock.nowUtc(), clock.utcOffsetSeconds()).date();
    const QList<BackupInfo> existing = list();
    const bool takenToday = std::any_of(existing.cbegin(), existing.cend(),
        [&](const BackupInfo &backup) { return backup.takenLocal.date() == today; });
    if (takenToday)
        return std::optional<BackupInfo>();
    auto made = create(BackupReason::Daily);
    if (!made)
        return made.error();
    if (Status pruned = applyRetention(); !pruned)
        return pruned.error();
    return std::optional<BackupInfo>(*made);
}

// Deleting files changes what the manager manages, though no member changes.
// NOLINTNEXTLINE(readability-make-member-function-const)
Status BackupManager::applyRetention()
{
    for (const QString &path : expiredBackups(list())) {
        if (!QFile::remove(path)) {
            return Error {StorageMessages::tr("Limber could not delete the old backup %1.")
                              .arg(StorageMessages::native(path))};
        }
    }
    return {};
}

// Deleting files changes what the manager manages, though no member changes.
// NOLINTNEXTLINE(readability-make-member-function-const)
Status BackupManager::removeUnfinished()
{
    const QDir dir(folder());
    const QStringList leftovers = dir.entryList(
        {u"*"_s + unfinishedSuffix, u"*"_s + unfinishedSuffix + u"-journal"_s}, QDir::Files);
    for (const QString &name : leftovers) {
        if (!QFile::remove(dir.filePath(name))) {
            return Error {StorageMessages::tr("Limber could not delete the unfinished backup %1.")
                              .arg(StorageMessages::native(dir.filePath(name)))};
        }
    }
    return {};
}

Result<QString> BackupManager::restore(const BackupInfo &backup)
{
    if (m_store.isReadOnly())
        return Error {m_store.readOnlyMessage()};
    const auto refusal = [&backup](const QString &reason) {
        return Error {StorageMessages::tr("The backup %1 cannot be restored: %2")
                          .arg(StorageMessages::native(backup.path), reason)};
    };
    const auto unreadable = [&refusal] {
        return refusal(StorageMessages::tr("it is not a history this version of Limber can read."));
    };
    const Inspection inspection = inspectDatabase(backup.path, true);
    if (inspection.state != Inspection::State::Usable)
        return inspection.problem.isEmpty() ? unreadable() : refusal(inspection.problem);

    // Brought to the current format in a copy of its own first: a backup
    // that cannot be brought there leaves the history in use as it was. The
    // copy's ".partial" name lets removeUnfinished() clear it after a crash.
    if (!QDir().mkpath(folder()))
        return Error {StorageMessages::cannotCreateFolder(folder())};
    const QString staged = QDir(folder()).filePath(u"restoring.db"_s + unfinishedSuffix);
    const auto removeStaged = qScopeGuard([&staged] {
        QFile::remove(staged);
        QFile::remove(staged + u"-journal"_s);
    });
    // A plain copy: the backup is one self-contained file (see create()), and
    // a copy that fails is then the disk's doing, never the backup's.
    QFile::remove(staged);
    if (!QFile::copy(backup.path, staged)
        || !QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner)) {
        return Error {
            StorageMessages::tr("Limber could not copy the backup %1 into %2. Check "
                                "that the disk has room and that you may write there.")
                .arg(StorageMessages::native(backup.path), StorageMessages::native(folder()))};
    }
    // From here what SQLite says would name the copy, not the backup: the
    // person is told about the backup.
    auto prepared = sql::Connection::open(staged, sql::OpenMode::ReadWrite);
    if (!prepared)
        return unreadable();
    // integrity_check does not look at them; a migration step would fail on them.
    auto unlinked = prepared->queryInt(u"SELECT count(*) FROM pragma_foreign_key_check"_s);
    if (!unlinked)
        return unreadable();
    if (*unlinked > 0)
        return refusal(StorageMessages::tr("some of its holds belong to no session."));
    const Migrator migrator;
    if (inspection.version < migrator.latestVersion()
        && !migrator.migrate(prepared.value(), inspection.version)) {
        return refusal(StorageMessages::tr("it could not be brought to this version's format."));
    }
    // The backup API cannot change the page size of a history in WAL mode:
    // a backup written with another one is rewritten with the history's own.
    sql::Connection &live = m_store.connection();
    const auto livePageSize = live.queryInt(u"PRAGMA page_size"_s);
    if (!livePageSize)
        return livePageSize.error();
    const auto backupPageSize = prepared->queryInt(u"PRAGMA page_size"_s);
    if (!backupPageSize)
        return unreadable();
    if (*backupPageSize != *livePageSize
        && (!prepared->execute(u"PRAGMA page_size = %1"_s.arg(*livePageSize))
            || !prepared->execute(u"VACUUM"_s))) {
        return unreadable();
    }
    // The history in use is replaced only by a copy that SQLite reads whole
    // (a schema it cannot parse shows here, not after the swap).
    const auto check = prepared->queryText(u"PRAGMA integrity_check(1)"_s);
    if (!check || *check != u"ok"_s)
        return unreadable();

    auto keptAside = create(BackupReason::BeforeRestore);
    if (!keptAside)
        return keptAside.error();
    if (Status copied = copyInto(prepared.value(), live); !copied)
        return copied.error();
    if (Status configured = HistoryStore::configure(live, m_store.busyTimeout()); !configured)
        return configured.error();
    auto interrupted = m_store.markInterruptedSessions();
    if (!interrupted)
        return interrupted.error();
    return keptAside->path;
}

} // namespace limber

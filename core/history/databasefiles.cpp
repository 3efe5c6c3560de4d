#include "core/history/databasefiles.h"

#include "core/history/storagemessages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber {

DatabaseFiles::DatabaseFiles(QString path)
    : m_path(std::move(path))
{ }

QStringList DatabaseFiles::companionPaths() const
{
    return {m_path + u"-wal"_s, m_path + u"-shm"_s, m_path + u"-journal"_s};
}

bool DatabaseFiles::exists() const
{
    return QFileInfo::exists(m_path);
}

bool DatabaseFiles::hasWal() const
{
    return QFileInfo::exists(walPath());
}

bool DatabaseFiles::hasWalContent() const
{
    return QFileInfo(walPath()).size() > 0;
}

Status DatabaseFiles::checkNoFolderInTheWay() const
{
    QStringList paths {m_path};
    paths.append(companionPaths());
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (!info.isDir())
            continue;
        return Error {
            StorageMessages::tr("Limber keeps your history in a file named %1, but there is a "
                                "folder with that name in %2. Limber does not touch that folder. "
                                "Move or rename it, then start Limber again, or start Limber "
                                "with --data-dir and another folder.")
                .arg(StorageMessages::quoted(info.fileName()),
                    StorageMessages::native(info.absolutePath()))};
    }
    return {};
}

Result<QString> DatabaseFiles::moveAside(const QDateTime &localNow) const
{
    const QFileInfo info(m_path);
    const QDir parent = info.absoluteDir();
    const QString stamp = localNow.toString(u"yyyy-MM-dd'T'HH-mm-ss"_s);
    QString folderName = u"damaged-"_s + stamp;
    for (int attempt = 2; parent.exists(folderName); ++attempt)
        folderName = u"damaged-%1-%2"_s.arg(stamp).arg(attempt);
    if (!parent.mkdir(folderName))
        return Error {StorageMessages::tr("Limber could not create the folder %1.")
                          .arg(StorageMessages::native(parent.filePath(folderName)))};
    const QString folder = parent.filePath(folderName);

    // Companions first, the database last: if anything fails, what is left
    // beside the database is exactly what was there before.
    QStringList sources = companionPaths();
    sources.append(m_path);
    QList<std::pair<QString, QString>> moved;
    for (const QString &source : std::as_const(sources)) {
        if (!QFileInfo::exists(source))
            continue;
        const QString target = QDir(folder).filePath(QFileInfo(source).fileName());
        if (!QFile::rename(source, target)) {
            for (const auto &[from, to] : std::as_const(moved))
                QFile::rename(to, from);
            QDir(folder).removeRecursively();
            return Error {
                StorageMessages::tr("Limber could not move %1 into %2.")
                    .arg(StorageMessages::native(source), StorageMessages::native(folder))};
        }
        moved.append({source, target});
    }
    return folder;
}

bool DatabaseFiles::folderIsWritable(const QString &folder)
{
    QTemporaryFile probe(QDir(folder).filePath(u".limber-write-test-XXXXXX"_s));
    return probe.open();
}

bool DatabaseFiles::diskIsFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() < minimumFreeBytes;
}

} // namespace limber

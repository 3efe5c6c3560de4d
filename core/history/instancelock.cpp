#include "core/history/instancelock.h"

#include "core/history/storagemessages.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace limber {

InstanceLock::InstanceLock(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(u"limber.lock"_s))
    , m_lock(m_path)
{
    // Never treat a lock as stale because of its age: a session can run for
    // hours. QLockFile still takes over a lock whose process is gone.
    m_lock.setStaleLockTime(0);
}

Status InstanceLock::tryLock()
{
    m_heldByAnother = false;
    if (m_lock.isLocked())
        return {};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error {StorageMessages::cannotCreateFolder(QFileInfo(m_path).absolutePath())};
    const bool leftBehind = QFileInfo::exists(m_path);
    if (m_lock.tryLock(0)) {
        m_recoveredStale = leftBehind;
        return {};
    }
    if (m_lock.error() == QLockFile::LockFailedError) {
        m_heldByAnother = true;
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock.getLockInfo(&pid, &host, &application);
        return Error {StorageMessages::instanceRunning(m_path, pid)};
    }
    return Error {StorageMessages::lockFailed(m_path)};
}

} // namespace limber

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
    take();
    return outcome();
}

void InstanceLock::take()
{
    m_failure = Failure::None;
    if (m_lock.isLocked())
        return;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_failure = Failure::CannotCreateFolder;
        return;
    }
    const bool leftBehind = QFileInfo::exists(m_path);
    if (m_lock.tryLock(0)) {
        m_recoveredStale = leftBehind;
        return;
    }
    if (m_lock.error() == QLockFile::LockFailedError) {
        m_failure = Failure::HeldByAnother;
        QString host;
        QString application;
        m_lock.getLockInfo(&m_holderPid, &host, &application);
        return;
    }
    m_failure = Failure::CannotWrite;
}

Status InstanceLock::outcome() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::CannotCreateFolder:
        return Error {StorageMessages::cannotCreateFolder(QFileInfo(m_path).absolutePath())};
    case Failure::HeldByAnother:
        return Error {StorageMessages::instanceRunning(m_path, m_holderPid)};
    case Failure::CannotWrite:
        break;
    }
    return Error {StorageMessages::lockFailed(m_path)};
}

} // namespace limber

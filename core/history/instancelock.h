#pragma once

#include "core/util/error.h"

#include <QLockFile>
#include <QString>

namespace limber {

/// Makes sure only one Limber writes to a data folder. The lock is a file
/// (QLockFile) in the data folder; a lock left by a process that no longer
/// runs (killed, crashed, power cut) is taken over. Bringing the running copy
/// to the front is the app's job.
class InstanceLock
{
public:
    explicit InstanceLock(const QString &dataDir);
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;
    /// Releases the lock.
    ~InstanceLock() = default;

    /// Takes the lock without waiting. Fails with a message naming the
    /// running process when another live Limber holds it, or saying why the
    /// lock file could not be written (a full disk, a read-only folder).
    Status tryLock();
    /// tryLock() in two parts. take() does the file work and may run on a
    /// thread of its own: writing the lock file waits until the disk has it
    /// (QLockFile syncs it). outcome() then says what happened, in the
    /// language installed by the time it is asked.
    void take();
    Status outcome() const;
    bool isLocked() const { return m_lock.isLocked(); }
    /// After a failed tryLock(): true when another live Limber holds the
    /// lock, false when the lock file could not be written at all. Nothing
    /// can be written to such a folder either, so a Limber may go on without
    /// the lock and show the history read-only.
    bool heldByAnother() const { return m_failure == Failure::HeldByAnother; }
    /// True when tryLock() took over a lock left by a process that had died.
    bool recoveredStaleLock() const { return m_recoveredStale; }
    QString lockFilePath() const { return m_path; }

private:
    enum class Failure { None, CannotCreateFolder, HeldByAnother, CannotWrite };

    QString m_path;
    QLockFile m_lock;
    Failure m_failure = Failure::None;
    qint64 m_holderPid = 0;
    bool m_recoveredStale = false;
};

} // namespace limber

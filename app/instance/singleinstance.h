#pragma once

#include "app/instance/instancerequest.h"
#include "core/history/instancelock.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <future>
#include <memory>

namespace limber {

/// One Limber per data folder. The first copy holds the instance lock and
/// watches the data folder; a second copy that finds the lock taken leaves a
/// request file there and exits, and the first copy reads it (comes to the
/// front, perhaps starts a routine). Only files are used: no sockets, nothing
/// that could leave the machine.
///
/// Each request has a file of its own, `activate-<sent>-<pid>-<random>.request`,
/// written whole (QSaveFile), so copies started at the same moment neither
/// lose nor mix their requests; the first copy takes them oldest first.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// May be made before the QApplication, so that startLocking() can run
    /// while the application is built.
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Starts taking the lock on a thread of its own: writing the lock file
    /// waits until the disk has it, a wait the window need not add to.
    void startLocking();
    /// Takes the lock, or waits for startLocking() to have taken it. On
    /// success removes requests left from before (they were not meant for
    /// this copy) and starts watching for new ones. Needs the QApplication.
    Status acquire();
    bool isPrimary() const { return m_lock.isLocked(); }
    /// After a failed acquire(): another Limber runs on this folder. False
    /// when the lock could not be written at all (a full disk, a read-only
    /// folder); then no copy can record here, and this one opens anyway.
    bool anotherIsRunning() const { return m_lock.heldByAnother(); }

    /// Called by a copy that could not take the lock: leaves \a request,
    /// sent at \a sentUtc, for the running copy. The error names the file
    /// and why it could not be written.
    Status send(const InstanceRequest &request, const QDateTime &sentUtc) const;

    /// Reads and removes the requests waiting in the folder, oldest first.
    /// One that cannot be read is a plain request to come to the front (and
    /// a warning in the log).
    QList<InstanceRequest> takeRequests();

    /// The request files waiting in the folder, oldest first.
    QStringList requestFiles() const;

Q_SIGNALS:
    /// A later copy asked this one for \a request.
    void requestReceived(const limber::InstanceRequest &request);

private:
    void checkForRequests();

    QString m_dataDir;
    InstanceLock m_lock;
    std::future<void> m_locking;
    /// Made by acquire(): a watcher needs the application's event loop.
    std::unique_ptr<QFileSystemWatcher> m_watcher;
    /// Requests that could not be removed: read once, then left alone.
    QSet<QString> m_stuck;
};

} // namespace limber

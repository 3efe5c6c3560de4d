#pragma once

#include "history/instancelock.h"
#include "util/error.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>

namespace limber {

/// One Limber per data folder. The first copy holds the instance lock and
/// watches the data folder; a second copy that finds the lock taken leaves a
/// small request file there and exits, and the first copy comes to the
/// front. Only files are used: no sockets, nothing that could leave the machine.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);

    /// Takes the lock. On success starts watching for requests from later copies.
    Status acquire();
    bool isPrimary() const { return m_lock.isLocked(); }

    /// Called by a copy that could not take the lock: asks the running copy to
    /// come to the front.
    Status requestActivation() const;

    QString requestFilePath() const { return m_requestPath; }

Q_SIGNALS:
    /// A later copy asked this one to come to the front.
    void activationRequested();

private:
    void checkForRequest();

    QString m_dataDir;
    QString m_requestPath;
    InstanceLock m_lock;
    QFileSystemWatcher m_watcher;
};

} // namespace limber

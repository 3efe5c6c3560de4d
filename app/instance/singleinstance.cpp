#include "instance/singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace limber {

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_requestPath(QDir(dataDir).filePath(u"activate.request"_s))
    , m_lock(dataDir)
{
    connect(
        &m_watcher, &QFileSystemWatcher::directoryChanged, this, &SingleInstance::checkForRequest);
}

Status SingleInstance::acquire()
{
    if (Status locked = m_lock.tryLock(); !locked)
        return locked;
    // A request left over from before this copy started is not meant for it.
    QFile::remove(m_requestPath);
    m_watcher.addPath(m_dataDir);
    return {};
}

Status SingleInstance::requestActivation() const
{
    QSaveFile request(m_requestPath);
    if (!request.open(QIODevice::WriteOnly) || request.write("activate\n") < 0 || !request.commit())
        return Error {QCoreApplication::translate("SingleInstance",
            "Limber is already running, but it could not be "
            "asked to come to the front (%1): %2")
                          .arg(QDir::toNativeSeparators(m_requestPath), request.errorString())};
    return {};
}

void SingleInstance::checkForRequest()
{
    if (!QFile::exists(m_requestPath))
        return;
    QFile::remove(m_requestPath);
    Q_EMIT activationRequested();
}

} // namespace limber

#include "app/instance/singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// The sending time leads the name, zero-padded, so names sort oldest first.
QString requestFileName(const QDateTime &sentUtc)
{
    return u"activate-%1-%2-%3.request"_s.arg(sentUtc.toMSecsSinceEpoch(), 15, 10, QChar(u'0'))
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_lock(dataDir)
{ }

SingleInstance::~SingleInstance()
{
    // The lock is not let go of while a thread is still taking it.
    if (m_locking.valid())
        m_locking.wait();
}

void SingleInstance::startLocking()
{
    if (!m_locking.valid())
        m_locking = std::async(std::launch::async, [this] { m_lock.take(); });
}

Status SingleInstance::acquire()
{
    if (m_locking.valid())
        m_locking.get();
    else
        m_lock.take();
    if (Status locked = m_lock.outcome(); !locked)
        return locked;
    for (const QString &path : requestFiles())
        QFile::remove(path);
    if (!m_watcher) {
        m_watcher = std::make_unique<QFileSystemWatcher>();
        connect(m_watcher.get(), &QFileSystemWatcher::directoryChanged, this,
            &SingleInstance::checkForRequests);
    }
    m_watcher->addPath(m_dataDir);
    return {};
}

Status SingleInstance::send(const InstanceRequest &request, const QDateTime &sentUtc) const
{
    const QString path = QDir(m_dataDir).filePath(requestFileName(sentUtc));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(encodeInstanceRequest(request)) < 0
        || !file.commit())
        return Error {QCoreApplication::translate("SingleInstance",
            "Limber is already running, but this request could not be "
            "passed to it (%1): %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

QStringList SingleInstance::requestFiles() const
{
    // "activate.request" is what earlier versions wrote.
    const QDir dir(m_dataDir);
    QStringList paths;
    for (const QString &name : dir.entryList({u"activate*.request"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QList<InstanceRequest> SingleInstance::takeRequests()
{
    QList<InstanceRequest> requests;
    for (const QString &path : requestFiles()) {
        if (m_stuck.contains(path))
            continue;
        QFile file(path);
        const bool opened = file.open(QIODevice::ReadOnly);
        const QByteArray contents = opened ? file.readAll() : QByteArray();
        file.close();
        if (!file.remove()) {
            qCWarning(lcInstance).noquote() << u"cannot remove the request %1: %2"_s.arg(
                QDir::toNativeSeparators(path), file.errorString());
            m_stuck.insert(path);
        }
        if (!opened) {
            qCWarning(lcInstance).noquote()
                << u"cannot read the request %1; coming to the front"_s.arg(
                       QDir::toNativeSeparators(path));
            requests.append(InstanceRequest {});
            continue;
        }
        Result<InstanceRequest> request = decodeInstanceRequest(contents);
        if (!request) {
            qCWarning(lcInstance).noquote() << u"%1 (%2); coming to the front"_s.arg(
                request.error().message, QDir::toNativeSeparators(path));
            requests.append(InstanceRequest {});
            continue;
        }
        requests.append(std::move(request).value());
    }
    return requests;
}

void SingleInstance::checkForRequests()
{
    for (const InstanceRequest &request : takeRequests())
        Q_EMIT requestReceived(request);
}

} // namespace limber

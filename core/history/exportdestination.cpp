#include "core/history/exportdestination.h"

#include "core/history/storagemessages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// /dev/stdout, /dev/fd/N and /proc/self/fd/N name a descriptor the process
/// already has; when it is a regular file (a shell redirection), replacing it
/// by name would leave the descriptor on the old, empty file.
bool namesAnOpenDescriptor(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return absolute.startsWith(u"/dev/"_s) || absolute.startsWith(u"/proc/"_s);
}

/// The system's words for a write error, or plain ones when it has none.
QString systemWords(const QIODevice &device)
{
    QString words = device.errorString();
    if (words.isEmpty() || words.contains(u"Unknown error"_s, Qt::CaseInsensitive))
        return ExportDestination::tr("the system gave no reason");
    return words;
}

} // namespace

ExportDestination::Kind ExportDestination::kindOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return Kind::File; // nothing there yet; opening says why when it cannot be made
    if (S_ISREG(status.st_mode))
        return namesAnOpenDescriptor(path) ? Kind::Stream : Kind::File;
    if (S_ISFIFO(status.st_mode) || S_ISCHR(status.st_mode))
        return Kind::Stream;
    if (S_ISDIR(status.st_mode))
        return Kind::Folder;
    return Kind::Unsupported;
#else
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return Kind::File;
    return info.isDir() ? Kind::Folder : Kind::Unsupported;
#endif
}

ExportDestination::ExportDestination(QString path)
    : m_path(std::move(path))
    , m_kind(kindOf(m_path))
{ }

ExportDestination::~ExportDestination()
{
    abandon();
}

Status ExportDestination::accepts(const QString &path)
{
    const QString shown = StorageMessages::native(path);
    switch (kindOf(path)) {
    case Kind::Folder:
        return Error {tr("Limber did not write %1: it is a folder. Give the name of a file to "
                         "create in it.")
                          .arg(shown)};
    case Kind::Unsupported:
        return Error {tr("Limber did not write %1: it is neither a regular file nor a pipe or "
                         "terminal it can write into. Give the name of a file to create.")
                          .arg(shown)};
    case Kind::File:
    case Kind::Stream:
        break;
    }
    return {};
}

Status ExportDestination::open()
{
    const QString shown = StorageMessages::native(m_path);
    switch (m_kind) {
    case Kind::Folder:
    case Kind::Unsupported:
        return accepts(m_path);
    case Kind::Stream: {
        auto file = std::make_unique<QFile>(m_path);
        // A redirected standard output (a regular file under /dev or /proc)
        // is appended to, so it keeps what the shell put there before; a pipe
        // or a device cannot seek to an end.
        const QIODevice::OpenMode mode = QFileInfo(m_path).isFile()
            ? QIODevice::WriteOnly | QIODevice::Append
            : QIODevice::WriteOnly;
        if (!file->open(mode)) {
            return Error {
                tr("Limber could not open %1 for writing (%2).").arg(shown, systemWords(*file))};
        }
        m_file = std::move(file);
        return {};
    }
    case Kind::File: {
        auto file = std::make_unique<QSaveFile>(m_path);
        if (!file->open(QIODevice::WriteOnly)) {
            return Error {tr("Limber could not create %1 (%2). Choose a folder you may write to.")
                              .arg(shown, systemWords(*file))};
        }
        m_file = std::move(file);
        return {};
    }
    }
    return {};
}

QIODevice &ExportDestination::device()
{
    Q_ASSERT(m_file);
    return *m_file;
}

Status ExportDestination::finish()
{
    Q_ASSERT(m_file);
    bool written = false;
    if (auto *save = qobject_cast<QSaveFile *>(m_file.get()))
        // Flushed first and checked: on a full disk QSaveFile::commit() of
        // Qt 6.4 can put an empty file in place and report success when the
        // buffered bytes fail to reach the disk.
        written = save->flush() && save->error() == QFileDevice::NoError && save->commit();
    else
        written = m_file->flush() && m_file->error() == QFileDevice::NoError;
    if (!written) {
        Error failure = writeFailure(StorageMessages::native(m_path), *m_file);
        abandon();
        return failure;
    }
    m_file.reset();
    return {};
}

void ExportDestination::abandon()
{
    if (!m_file)
        return;
    if (auto *save = qobject_cast<QSaveFile *>(m_file.get()))
        save->cancelWriting();
    m_file.reset();
}

Error ExportDestination::writeFailure(const QString &shownName, const QIODevice &device)
{
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    const bool partial = file && !qobject_cast<const QSaveFile *>(file);
    const QString kept = partial ? tr("What reached it may be incomplete.")
                                 : tr("An earlier file there is unchanged.");
    const bool full = (file && file->error() == QFileDevice::ResourceError)
        || device.errorString().contains(u"No space left"_s, Qt::CaseInsensitive);
    if (full) {
        return Error {tr("Limber could not write %1: there is no space left on the device. Free "
                         "some space or choose another place. %2")
                          .arg(shownName, kept)};
    }
    return Error {tr("Limber could not write %1 (%2). Check that you may write there. %3")
                      .arg(shownName, systemWords(device), kept)};
}

} // namespace limber

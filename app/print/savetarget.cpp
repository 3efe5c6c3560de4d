#include "app/print/savetarget.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QTemporaryFile>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QDir::cleanPath(path));
}

/// The folder \a path would be saved in.
QString folderOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

/// The nearest part of \a folder that exists, from the folder upwards.
QString nearestExisting(const QString &folder)
{
    QString candidate = QDir::cleanPath(folder);
    while (!QFileInfo::exists(candidate)) {
        const QString parent = QFileInfo(candidate).absolutePath();
        if (parent == candidate)
            break;
        candidate = parent;
    }
    return candidate;
}

/// Whether a new file can be made in \a folder: asked by making one, since
/// permission bits do not tell (a read-only mount, an immutable folder, or
/// an administrator who may write anywhere).
bool acceptsNewFiles(const QString &folder)
{
    QTemporaryFile probe(QDir(folder).filePath(u".limber-save-test-XXXXXX"_s));
    return probe.open();
}

} // namespace

SaveTarget::Problem SaveTarget::problemWith(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Problem::NoName;
    const QFileInfo target(path);
    if (target.isDir())
        return Problem::IsFolder;
    const QString folder = folderOf(path);
    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists())
        return QFileInfo(nearestExisting(folder)).isDir() ? Problem::FolderMissing
                                                          : Problem::FolderIsFile;
    if (!folderInfo.isDir())
        return Problem::FolderIsFile;
    if (!acceptsNewFiles(folder))
        return Problem::FolderReadOnly;
    if (target.exists() && !target.isWritable())
        return Problem::FileReadOnly;
    return Problem::None;
}

Status SaveTarget::check(const QString &path)
{
    const Problem problem = problemWith(path);
    if (problem == Problem::None)
        return {};
    return Error {message(problem, path)};
}

Error SaveTarget::explainFailure(const QString &path, const QFileDevice &file)
{
    if (const Problem problem = problemWith(path); problem != Problem::None)
        return Error {message(problem, path)};
    if (file.error() == QFileDevice::ResourceError) {
        return Error {tr("Could not save %1: there is no room left on the disk. Free some space "
                         "or choose another drive. Any earlier file there is unchanged.")
                          .arg(shown(path))};
    }
    return Error {tr("Could not save %1: %2. Any earlier file there is unchanged. Try again, "
                     "or choose another folder.")
                      .arg(shown(path), file.errorString())};
}

QString SaveTarget::message(Problem problem, const QString &path)
{
    const QString folder = shown(folderOf(path));
    switch (problem) {
    case Problem::None:
        break;
    case Problem::NoName:
        return tr("No file name was given. Choose where to save the PDF and type a name for it.");
    case Problem::IsFolder:
        return tr("Could not save %1: that is the name of a folder, not of a file. Choose another "
                  "name for the PDF.")
            .arg(shown(path));
    case Problem::FolderMissing:
        return tr("Could not save %1: the folder %2 does not exist (it may have been moved, "
                  "renamed or removed, or its drive disconnected). Choose another folder.")
            .arg(shown(path), folder);
    case Problem::FolderIsFile:
        return tr("Could not save %1: %2 is a file, not a folder. Choose another folder.")
            .arg(shown(path), shown(nearestExisting(folderOf(path))));
    case Problem::FolderReadOnly:
        return tr("Could not save %1: the folder %2 is read-only, so no file can be added to it. "
                  "Choose another folder, such as your Documents folder.")
            .arg(shown(path), folder);
    case Problem::FileReadOnly:
        return tr("Could not replace %1: the file there is read-only. Choose another name, or "
                  "make that file writable first.")
            .arg(shown(path));
    }
    return {};
}

} // namespace limber

#include "app/settings/datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace limber {

Result<QString> prepareDataDir(const QString &requested)
{
    const QString path = requested.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : QFileInfo(requested).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Error {QCoreApplication::translate("DataDir",
            "This system has no folder for application data. "
            "Start Limber with --data-dir DIR to choose one.")};

    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Error {QCoreApplication::translate(
            "DataDir", "%1 is a file, not a folder. Choose another data folder with --data-dir.")
                          .arg(shown)};
    if (!QDir().mkpath(path))
        return Error {QCoreApplication::translate("DataDir",
            "The data folder %1 could not be created. Check that its parent folder "
            "exists and that you may write there, or choose another with --data-dir.")
                          .arg(shown)};
    if (!QFileInfo(path).isWritable())
        return Error {QCoreApplication::translate("DataDir",
            "The data folder %1 is read-only. Limber needs to write its log there; "
            "choose another with --data-dir.")
                          .arg(shown)};
    return QDir::cleanPath(path);
}

} // namespace limber

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
    // A folder that exists but cannot be written (a read-only medium) is
    // still used: the history in it is shown and exported read-only, and
    // the store says why nothing new is recorded.
    return QDir::cleanPath(path);
}

} // namespace limber

#include "app/modules/moduleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace limber {

QStringList ModuleLoader::searchPaths() const
{
    QStringList paths;
    const QString named = qEnvironmentVariable(m_pathVariable);
    if (!named.isEmpty())
        paths.append(named);
    const QDir programDir(QCoreApplication::applicationDirPath());
    paths.append(programDir.filePath(QLatin1String(m_fileName)));
#ifdef LIMBER_MODULE_DIR
    paths.append(QDir::cleanPath(
        programDir.filePath(QStringLiteral(LIMBER_MODULE_DIR "/") + QLatin1String(m_fileName))));
#endif
    return paths;
}

QFunctionPointer ModuleLoader::resolve(const QStringList &paths, const char *entryPoint) const
{
    QStringList failures;
    for (const QString &path : paths) {
        QLibrary library(path);
        if (!library.load()) {
            failures.append(library.errorString());
            continue;
        }
        if (const QFunctionPointer entry = library.resolve(entryPoint))
            return entry;
        failures.append(library.errorString());
    }
    qWarning("Limber's module %s could not be loaded: %s", m_fileName,
        qUtf8Printable(failures.join(QLatin1String("; "))));
    return nullptr;
}

} // namespace limber

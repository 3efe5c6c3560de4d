#include "app/audio/audiomodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace limber {

namespace {

/// The module's file name without its suffix, which QLibrary adds.
constexpr auto moduleName = "limber-audio";
constexpr auto entryPoint = "limber_create_audio_system";

using CreateAudioSystem = AudioSystem *(*)();

} // namespace

QStringList AudioModule::searchPaths()
{
    QStringList paths;
    // Test programs, which run from their own folders, name the built module.
    const QString named = qEnvironmentVariable("LIMBER_AUDIO_MODULE");
    if (!named.isEmpty())
        paths.append(named);
    const QDir programDir(QCoreApplication::applicationDirPath());
    paths.append(programDir.filePath(QLatin1String(moduleName)));
#ifdef LIMBER_AUDIO_MODULE_DIR
    paths.append(QDir::cleanPath(programDir.filePath(
        QStringLiteral(LIMBER_AUDIO_MODULE_DIR "/") + QLatin1String(moduleName))));
#endif
    return paths;
}

std::unique_ptr<AudioSystem> AudioModule::load(QString *problem)
{
    return load(searchPaths(), problem);
}

std::unique_ptr<AudioSystem> AudioModule::load(const QStringList &paths, QString *problem)
{
    QStringList failures;
    for (const QString &path : paths) {
        QLibrary library(path);
        if (!library.load()) {
            failures.append(library.errorString());
            continue;
        }
        const auto create = reinterpret_cast<CreateAudioSystem>(library.resolve(entryPoint));
        if (!create) {
            failures.append(library.errorString());
            continue;
        }
        return std::unique_ptr<AudioSystem>(create());
    }
    qWarning("Limber's audio module could not be loaded: %s",
        qUtf8Printable(failures.join(QLatin1String("; "))));
    *problem = QCoreApplication::translate("limber::AudioModule",
        "Limber's sound part (limber-audio) is missing or damaged, so Limber will stay "
        "silent. Every cue is still shown on screen. Reinstalling Limber brings sound back.");
    return nullptr;
}

} // namespace limber

#include "app/audio/audiomodule.h"

#include "app/modules/moduleloader.h"

#include <QCoreApplication>

namespace limber {

namespace {

constexpr ModuleLoader audioModule("limber-audio", "LIMBER_AUDIO_MODULE");

using CreateAudioSystem = AudioSystem *(*)();

} // namespace

QStringList AudioModule::searchPaths()
{
    return audioModule.searchPaths();
}

std::unique_ptr<AudioSystem> AudioModule::load(QString *problem)
{
    return load(searchPaths(), problem);
}

std::unique_ptr<AudioSystem> AudioModule::load(const QStringList &paths, QString *problem)
{
    if (const auto create = reinterpret_cast<CreateAudioSystem>(
            audioModule.resolve(paths, "limber_create_audio_system")))
        return std::unique_ptr<AudioSystem>(create());
    *problem = QCoreApplication::translate("limber::AudioModule",
        "Limber's sound part (limber-audio) is missing or damaged, so Limber will stay "
        "silent. Every cue is still shown on screen. Reinstalling Limber brings sound back.");
    return nullptr;
}

} // namespace limber

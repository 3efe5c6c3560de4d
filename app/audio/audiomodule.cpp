#include "app/audio/audiomodule.h"

#include "app/modules/moduleloader.h"

#include <QCoreApplication>

namespace limber {

namespace {

constexpr ModuleLoader audioModule("limber-audio", "LIMBER_AUDIO_MODULE");

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
    if (auto made = audioModule.make<AudioSystem>(paths, "limber_create_audio_system"))
        return made;
    *problem = QCoreApplication::translate("limber::AudioModule",
        "Limber's sound part (limber-audio) is missing or damaged, so Limber will stay "
        "silent. Every cue is still shown on screen. Reinstalling Limber brings sound back.");
    return nullptr;
}

} // namespace limber

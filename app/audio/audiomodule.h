#pragma once

#include "app/audio/audiosystem.h"

#include <QStringList>

#include <memory>

namespace limber {

/// Loads Limber's audio module (limber-audio), which holds everything that
/// needs Qt Multimedia or eSpeak NG (see ModuleLoader): it is loaded when
/// sound is first needed, after the window's first frame.
class AudioModule
{
public:
    /// Where the module is looked for (ModuleLoader::searchPaths()); the
    /// file named by LIMBER_AUDIO_MODULE comes first.
    static QStringList searchPaths();

    /// The module's audio system, or null with `problem` set to a sentence
    /// for the person. The module stays loaded until the program ends.
    static std::unique_ptr<AudioSystem> load(QString *problem);
    /// The same, from the first of `paths` (with or without the file's
    /// suffix) that loads.
    static std::unique_ptr<AudioSystem> load(const QStringList &paths, QString *problem);
};

} // namespace limber

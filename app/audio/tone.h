#pragma once

#include "core/session/tone.h"

#include <QString>

namespace limber {

/// Resource path of the tone's WAV file, e.g. ":/sounds/done.wav".
QString toneResourcePath(Tone tone);
/// The tone's short name, its file's base name: "done", "countdown-tick".
QString toneName(Tone tone);

} // namespace limber

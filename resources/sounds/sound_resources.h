#pragma once

#include <QString>

namespace limber {

/// Root of the cue tones embedded in the program (":/sounds"), one WAV per tone.
QString bundledSoundsRoot();

} // namespace limber

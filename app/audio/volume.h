#pragma once

#include <algorithm>
#include <cmath>

namespace limber {

/// The mixer's linear gain for the volume slider's position (0 to 1). The
/// slider is perceptual: each step sounds about as much louder as the last,
/// so its position is read on a logarithmic scale spanning 40 dB, as Qt
/// Multimedia's QAudio::convertVolume does (which the program no longer
/// links; tests/app/audio/volume_test.cpp compares the two).
inline float linearGainOf(double sliderVolume)
{
    const double volume = std::clamp(sliderVolume, 0.0, 1.0);
    if (volume >= 1.0)
        return 1.0f;
    return float(-std::log1p(-volume) / std::log(100.0));
}

} // namespace limber

#pragma once

#include <cstddef>
#include <vector>

namespace limber {

class PcmClip;

/// Reads a clip recorded at one sample rate as if at another, by
/// windowed-sinc interpolation cut off below the lower of the two Nyquist
/// frequencies: straight-line interpolation would leave mirror images of a
/// voice above its own band, heard as a hiss. The kernel is tabulated for 256
/// fractional positions (1/256 of a sample is far finer than anyone hears),
/// so each sample read costs 32 multiply-adds. Making one computes the table
/// (a fraction of a millisecond); reading is cheap enough for the mixer.
class SincResampler
{
public:
    SincResampler(int fromRate, int toRate);

    /// Output frames a clip of `sourceFrames` frames becomes.
    std::size_t outputFrames(std::size_t sourceFrames) const;
    /// Output frame `frame` of `clip` (which must be at the rate converted
    /// from), from -1 to 1.
    float sampleAt(const PcmClip &clip, std::size_t frame) const;

private:
    static constexpr int halfTaps = 16;
    static constexpr int taps = 2 * halfTaps;
    static constexpr int phases = 256;

    double m_step; ///< source frames per output frame
    std::vector<float> m_kernel; ///< phases × taps weights
};

} // namespace limber

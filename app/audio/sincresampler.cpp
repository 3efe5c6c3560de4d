#include "app/audio/sincresampler.h"

#include "app/audio/pcmclip.h"

#include <algorithm>
#include <cmath>

namespace limber {

SincResampler::SincResampler(int fromRate, int toRate)
    : m_step(double(fromRate) / double(toRate))
    , m_kernel(std::size_t(phases * taps))
{
    const double cutoff = 0.95 * std::min(1.0, 1.0 / m_step); // of the source's Nyquist
    for (int phase = 0; phase < phases; ++phase) {
        const double fraction = double(phase) / phases;
        for (int k = 0; k < taps; ++k) {
            const double x = fraction - double(k - halfTaps + 1); // distance to tap k
            const double sinc
                = std::abs(x) < 1e-9 ? 1.0 : std::sin(M_PI * cutoff * x) / (M_PI * cutoff * x);
            const double window = 0.5 + 0.5 * std::cos(M_PI * x / halfTaps); // Hann
            m_kernel[std::size_t(phase) * std::size_t(taps) + std::size_t(k)]
                = float(cutoff * sinc * window);
        }
    }
}

std::size_t SincResampler::outputFrames(std::size_t sourceFrames) const
{
    if (sourceFrames == 0)
        return 0;
    return std::size_t(std::floor(double(sourceFrames - 1) / m_step)) + 1;
}

float SincResampler::sampleAt(const PcmClip &clip, std::size_t frame) const
{
    const double position = double(frame) * m_step;
    const auto centre = qint64(std::floor(position));
    const auto phase = std::min(phases - 1, int(std::lround((position - double(centre)) * phases)));
    const float *weights = m_kernel.data() + std::ptrdiff_t(phase * taps);
    const auto count = qint64(clip.frameCount());
    const qint64 first = centre - halfTaps + 1;
    float sum = 0;
    for (int k = std::max(0, int(-first)); k < taps && first + k < count; ++k)
        sum += clip.sampleAt(std::size_t(first + k)) * weights[k];
    return sum;
}

} // namespace limber

#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <vector>

namespace limber {

/// A short sound held in memory, ready to mix: mono samples from -1 to 1 at
/// one sample rate, stored as 16 bits (the precision of every source, at half
/// the memory of floats). Tones and rendered speech are both clips, so the
/// mixer treats them alike and every length is known before anything plays.
class PcmClip
{
public:
    PcmClip() = default;
    /// From samples from -1 to 1 (clamped).
    PcmClip(const std::vector<float> &samples, int sampleRate);

    /// Reads a RIFF WAVE file of 16-bit signed PCM (any channel count; the
    /// channels are averaged into one). `name` is used in the error message.
    static Result<PcmClip> fromWav(const QByteArray &bytes, const QString &name);
    /// From 16-bit samples, as speech engines deliver them.
    static PcmClip fromInt16(const qint16 *samples, std::size_t count, int sampleRate);

    /// The same sound at another rate (see SincResampler).
    PcmClip resampled(int sampleRate) const;

    /// Sample `frame` from -1 to 1.
    float sampleAt(std::size_t frame) const { return float(m_samples[frame]) / 32768.0f; }
    /// Every sample from -1 to 1.
    std::vector<float> toFloat() const;
    int sampleRate() const { return m_sampleRate; }
    std::size_t frameCount() const { return m_samples.size(); }
    bool isEmpty() const { return m_samples.empty(); }
    std::chrono::milliseconds duration() const;
    /// Largest absolute sample value.
    float peak() const;
    /// Bytes held, for memory accounting.
    std::size_t byteSize() const { return m_samples.size() * sizeof(qint16); }

private:
    std::vector<qint16> m_samples;
    int m_sampleRate = 48000;
};

} // namespace limber

#include "app/audio/pcmclip.h"

#include "app/audio/sincresampler.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// One translation context for this file's messages, under a name lupdate
/// sees too (a free tr() function would file them under "limber").
struct PcmClipText
{
    Q_DECLARE_TR_FUNCTIONS(PcmClip)
};

quint32 readU32(const char *at)
{
    return qFromLittleEndian<quint32>(reinterpret_cast<const uchar *>(at));
}

quint16 readU16(const char *at)
{
    return qFromLittleEndian<quint16>(reinterpret_cast<const uchar *>(at));
}

} // namespace

PcmClip::PcmClip(const std::vector<float> &samples, int sampleRate)
    : m_samples(samples.size())
    , m_sampleRate(sampleRate)
{
    std::transform(samples.cbegin(), samples.cend(), m_samples.begin(), [](float sample) {
        return qint16(std::lround(std::clamp(sample, -1.0f, 32767.0f / 32768.0f) * 32768.0f));
    });
}

std::vector<float> PcmClip::toFloat() const
{
    std::vector<float> out(m_samples.size());
    std::transform(m_samples.cbegin(), m_samples.cend(), out.begin(),
        [](qint16 sample) { return float(sample) / 32768.0f; });
    return out;
}

Result<PcmClip> PcmClip::fromWav(const QByteArray &bytes, const QString &name)
{
    const auto broken = [&name](const QString &why) {
        return Error {PcmClipText::tr("The sound file %1 cannot be used: %2").arg(name, why)};
    };
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return broken(PcmClipText::tr("it is not a WAVE file."));

    int channels = 0;
    int sampleRate = 0;
    const char *data = nullptr;
    qsizetype dataSize = 0;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = readU32(bytes.constData() + at + 4);
        const qsizetype body = at + 8;
        if (size > bytes.size() - body)
            return broken(PcmClipText::tr("the “%1” chunk runs past the end of the file.")
                              .arg(QString::fromLatin1(id)));
        if (id == "fmt ") {
            if (size < 16)
                return broken(PcmClipText::tr("its format chunk is too short."));
            const char *format = bytes.constData() + body;
            const quint16 encoding = readU16(format);
            channels = readU16(format + 2);
            sampleRate = int(readU32(format + 4));
            const quint16 bits = readU16(format + 14);
            if (encoding != 1 || bits != 16)
                return broken(PcmClipText::tr("only 16-bit PCM is supported."));
        } else if (id == "data") {
            data = bytes.constData() + body;
            dataSize = size;
        }
        at = body + size + (size % 2); // chunks are padded to an even size
    }
    if (channels < 1 || sampleRate < 1000)
        return broken(PcmClipText::tr("it has no usable format chunk."));
    if (!data)
        return broken(PcmClipText::tr("it has no sound data."));

    const std::size_t frames = std::size_t(dataSize / (2 * channels));
    std::vector<float> samples(frames);
    for (std::size_t frame = 0; frame < frames; ++frame) {
        float sum = 0;
        for (int channel = 0; channel < channels; ++channel) {
            const auto offset = qsizetype(frame * std::size_t(channels) + std::size_t(channel)) * 2;
            sum += float(qint16(readU16(data + offset))) / 32768.0f;
        }
        samples[frame] = sum / float(channels);
    }
    return PcmClip(samples, sampleRate);
}

PcmClip PcmClip::fromInt16(const qint16 *samples, std::size_t count, int sampleRate)
{
    PcmClip clip;
    clip.m_samples.assign(samples, samples + count);
    clip.m_sampleRate = sampleRate;
    return clip;
}

PcmClip PcmClip::resampled(int sampleRate) const
{
    if (sampleRate == m_sampleRate || m_samples.empty()) {
        PcmClip same = *this;
        same.m_sampleRate = sampleRate;
        return same;
    }
    const SincResampler resampler(m_sampleRate, sampleRate);
    std::vector<float> out(resampler.outputFrames(m_samples.size()));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = resampler.sampleAt(*this, i);
    return PcmClip(out, sampleRate);
}

std::chrono::milliseconds PcmClip::duration() const
{
    if (m_sampleRate <= 0)
        return {};
    return std::chrono::milliseconds(
        (qint64(m_samples.size()) * 1000 + m_sampleRate - 1) / m_sampleRate);
}

float PcmClip::peak() const
{
    int peak = 0;
    for (const qint16 sample : m_samples)
        peak = std::max(peak, std::abs(int(sample)));
    return float(peak) / 32768.0f;
}

} // namespace limber

// The committed cue tones, read back through the resource system exactly as
// the program loads them, and checked against resources/sounds/README.md.
#include "app/audio/tone.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QtEndian>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

namespace limber {
namespace {

struct Wave
{
    quint16 format = 0;
    quint16 channels = 0;
    quint32 sampleRate = 0;
    quint16 bitsPerSample = 0;
    QList<qint16> samples;
    QString problem;
};

Wave readWave(const QByteArray &bytes)
{
    Wave wave;
    const auto u32
        = [&bytes](qsizetype at) { return qFromLittleEndian<quint32>(bytes.constData() + at); };
    const auto u16
        = [&bytes](qsizetype at) { return qFromLittleEndian<quint16>(bytes.constData() + at); };
    if (bytes.size() < 12 || bytes.first(4) != "RIFF" || bytes.sliced(8, 4) != "WAVE") {
        wave.problem = QStringLiteral("not a RIFF/WAVE file");
        return wave;
    }
    if (u32(4) + 8 != static_cast<quint32>(bytes.size())) {
        wave.problem = QStringLiteral("RIFF size does not match the file size");
        return wave;
    }
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.sliced(at, 4);
        const quint32 size = u32(at + 4);
        const qsizetype body = at + 8;
        if (body + static_cast<qsizetype>(size) > bytes.size()) {
            wave.problem = QStringLiteral("chunk runs past the end");
            return wave;
        }
        if (id == "fmt ") {
            wave.format = u16(body);
            wave.channels = u16(body + 2);
            wave.sampleRate = u32(body + 4);
            wave.bitsPerSample = u16(body + 14);
        } else if (id == "data") {
            for (qsizetype i = body; i + 1 < body + static_cast<qsizetype>(size); i += 2)
                wave.samples.append(qFromLittleEndian<qint16>(bytes.constData() + i));
        }
        at = body + size + (size % 2);
    }
    return wave;
}

int peakOf(const QList<qint16> &samples, qsizetype from, qsizetype count)
{
    int peak = 0;
    for (qsizetype i = from; i < from + count && i < samples.size(); ++i)
        peak = std::max(peak, std::abs(int(samples[i])));
    return peak;
}

class SoundFile : public ::testing::TestWithParam<Tone>
{
};

TEST_P(SoundFile, IsAShortQuietCleanMonoPcmWave)
{
    const QString path = toneResourcePath(GetParam());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    const Wave wave = readWave(file.readAll());
    ASSERT_TRUE(wave.problem.isEmpty()) << wave.problem.toStdString();

    EXPECT_EQ(wave.format, 1) << "PCM";
    EXPECT_EQ(wave.channels, 1) << "mono";
    EXPECT_EQ(wave.bitsPerSample, 16);
    EXPECT_TRUE(wave.sampleRate == 44100 || wave.sampleRate == 48000) << wave.sampleRate;
    ASSERT_GT(wave.sampleRate, 0u);

    const double seconds = double(wave.samples.size()) / wave.sampleRate;
    EXPECT_GE(seconds, 0.08);
    EXPECT_LE(seconds, 1.5);

    const int fullScale = 32767;
    const int peak = peakOf(wave.samples, 0, wave.samples.size());
    EXPECT_GT(peak, fullScale / 32) << "audible (above -30 dBFS)";
    EXPECT_LE(peak, fullScale / 2) << "modest level, far from clipping (at most -6 dBFS)";

    // Fades at both ends: no click when the sound starts or stops.
    const auto perMs = static_cast<qsizetype>(wave.sampleRate / 1000);
    EXPECT_LT(std::abs(int(wave.samples.constFirst())), fullScale / 100);
    EXPECT_LT(std::abs(int(wave.samples.constLast())), fullScale / 100);
    EXPECT_LT(peakOf(wave.samples, 0, perMs), peak / 5) << "first millisecond";
    EXPECT_LT(peakOf(wave.samples, wave.samples.size() - 3 * perMs, 3 * perMs), peak / 10)
        << "last three milliseconds";
}

INSTANTIATE_TEST_SUITE_P(AllTones, SoundFile, ::testing::ValuesIn(allTones),
    [](const ::testing::TestParamInfo<Tone> &tone) {
        // "phase-start.wav" -> "phase_start"
        QString name = toneResourcePath(tone.param).section(u'/', -1).section(u'.', 0, 0);
        return name.replace(u'-', u'_').toStdString();
    });

TEST(SoundFiles, EveryToneIsADifferentSound)
{
    QSet<QByteArray> digests;
    for (const Tone tone : allTones) {
        QFile file(toneResourcePath(tone));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        digests.insert(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    EXPECT_EQ(digests.size(), qsizetype(allTones.size()));
}

} // namespace
} // namespace limber

// The pure parts of the audio path: clips, the stream's timing, and the
// mixer rendering into memory exactly as the audio thread drives it.
#include "app/audio/mixer.h"
#include "app/audio/pcmclip.h"
#include "app/audio/streamtiming.h"

#include <QList>
#include <QtEndian>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

constexpr int rate = 1000; // one frame a millisecond: frame numbers read as times

using Clock = Mixer::Clock;

QByteArray wavOf(const QList<qint16> &samples, int sampleRate, int channels = 1)
{
    QByteArray bytes("RIFF\0\0\0\0WAVEfmt ", 16);
    const auto u32 = [&bytes](quint32 value) {
        char raw[4];
        qToLittleEndian(value, raw);
        bytes.append(raw, 4);
    };
    const auto u16 = [&bytes](quint16 value) {
        char raw[2];
        qToLittleEndian(value, raw);
        bytes.append(raw, 2);
    };
    u32(16);
    u16(1);
    u16(quint16(channels));
    u32(quint32(sampleRate));
    u32(quint32(sampleRate * channels * 2));
    u16(quint16(channels * 2));
    u16(16);
    bytes.append("data", 4);
    u32(quint32(samples.size() * 2));
    for (const qint16 sample : samples)
        u16(quint16(sample));
    qToLittleEndian(quint32(bytes.size() - 8), bytes.data() + 4);
    return bytes;
}

std::shared_ptr<const PcmClip> constantClip(int frames, float value)
{
    return std::make_shared<const PcmClip>(std::vector<float>(std::size_t(frames), value), rate);
}

/// Renders `frames` frames in buffers of `buffer` frames, each asked for the
/// moment the one before it starts playing (frame 0 at `start`).
std::vector<float> renderAll(Mixer &mixer, qint64 frames, qint64 buffer, Clock::time_point start)
{
    std::vector<float> out(static_cast<std::size_t>(frames));
    for (qint64 at = 0; at < frames; at += buffer)
        mixer.render(
            out.data() + at, std::min(buffer, frames - at), start + std::chrono::milliseconds(at));
    return out;
}

qint64 firstNonZero(const std::vector<float> &samples, qint64 from = 0)
{
    for (auto i = std::size_t(from); i < samples.size(); ++i) {
        if (samples[i] != 0.0f)
            return qint64(i);
    }
    return -1;
}

TEST(PcmClip, ReadsSixteenBitWaveAndAveragesChannels)
{
    const Result<PcmClip> clip
        = PcmClip::fromWav(wavOf({16384, 0, -32768, 32767}, 8000, 2), u"t.wav"_s);
    ASSERT_TRUE(clip) << clip.error().message.toStdString();
    ASSERT_EQ(clip->frameCount(), 2u);
    EXPECT_EQ(clip->sampleRate(), 8000);
    EXPECT_FLOAT_EQ(clip->sampleAt(0), 0.25f);
    EXPECT_NEAR(clip->sampleAt(1), 0.0f, 1e-4);
}

TEST(PcmClip, RefusesWhatItCannotPlayNamingTheFile)
{
    for (const QByteArray &bytes : {QByteArray("not a wave"), QByteArray("RIFF\x04\0\0\0WAVE", 12),
             wavOf({1, 2}, 8000).left(40)}) {
        const Result<PcmClip> clip = PcmClip::fromWav(bytes, u"broken.wav"_s);
        ASSERT_FALSE(clip);
        EXPECT_TRUE(clip.error().message.contains(u"broken.wav"_s))
            << clip.error().message.toStdString();
    }
}

TEST(PcmClip, ResamplingKeepsLengthAndShape)
{
    std::vector<float> ramp(441);
    for (std::size_t i = 0; i < ramp.size(); ++i)
        ramp[i] = float(i) / 440.0f;
    const PcmClip clip(ramp, 44100);
    const PcmClip up = clip.resampled(48000);
    EXPECT_EQ(up.duration(), clip.duration());
    EXPECT_NEAR(double(up.frameCount()), 441.0 * 48000 / 44100, 1.0);
    EXPECT_NEAR(up.sampleAt(up.frameCount() / 2), 0.5f, 0.01f);
    EXPECT_NEAR(up.sampleAt(0), 0.0f, 0.01f);
}

/// Amplitude of the `frequency` component of `clip` (a single-bin DFT).
double amplitudeAt(const PcmClip &clip, double frequency)
{
    double re = 0;
    double im = 0;
    for (std::size_t i = 0; i < clip.frameCount(); ++i) {
        const double phase = 2 * M_PI * frequency * double(i) / clip.sampleRate();
        re += clip.sampleAt(i) * std::cos(phase);
        im += clip.sampleAt(i) * std::sin(phase);
    }
    return 2 * std::hypot(re, im) / double(clip.frameCount());
}

TEST(PcmClip, ResamplingSpeechUpLeavesNoMirrorImageAboveItsBand)
{
    // eSpeak speaks at 22 050 Hz; the stream runs at 48 000 Hz. A 3 kHz tone
    // must stay a 3 kHz tone, without its mirror at 19 050 Hz (a hiss).
    std::vector<float> tone(22050);
    for (std::size_t i = 0; i < tone.size(); ++i)
        tone[i] = 0.5f * float(std::sin(2 * M_PI * 3000.0 * double(i) / 22050.0));
    const PcmClip up = PcmClip(tone, 22050).resampled(48000);
    EXPECT_NEAR(amplitudeAt(up, 3000), 0.5, 0.02);
    EXPECT_LT(amplitudeAt(up, 19050), 0.5 * 0.003) << "the image is more than 50 dB down";
}

/// A device that plays from `start` on and pulls `chunk` frames whenever its
/// buffer falls to `low` frames, in bursts that refill it to `high`; returns
/// the pulls as (moment, frames written before) for the first `seconds`.
std::vector<std::pair<Clock::time_point, qint64>> devicePulls(Clock::time_point start, int seconds,
    int chunk = 20, int low = 100, int high = 250, double speed = 1.0)
{
    std::vector<std::pair<Clock::time_point, qint64>> pulls;
    qint64 written = 0;
    for (qint64 ms = 0; ms < seconds * 1000; ++ms) {
        const auto played = qint64(double(ms) * speed);
        if (written - played > low)
            continue;
        while (written - played < high) {
            pulls.emplace_back(start + std::chrono::milliseconds(ms), written);
            written += chunk;
        }
    }
    return pulls;
}

TEST(StreamTiming, TheOriginStaysPutThroughTheDevicesBurstsOfPulls)
{
    StreamTiming timing(rate);
    const Clock::time_point t0 {std::chrono::seconds(100)};
    EXPECT_FALSE(timing.isKnown());
    std::optional<qint64> first;
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = std::numeric_limits<qint64>::min();
    for (const auto &[now, written] : devicePulls(t0, 20)) {
        timing.observe(now, written);
        if (now < t0 + 10s)
            continue; // the window fills first
        const qint64 frame = timing.frameAt(t0 + 30s, {});
        lowest = std::min(lowest, frame);
        highest = std::max(highest, frame);
        first = first.value_or(frame);
    }
    // The same moment maps to the same frame, pull after pull, to a millisecond.
    EXPECT_LE(highest - lowest, 1);
    // The device is 100 to 250 frames ahead: the map is early by a constant
    // within that range (the device's latency), not more.
    ASSERT_TRUE(first);
    EXPECT_GE(*first, 30000 + 100);
    EXPECT_LE(*first, 30000 + 250);
}

TEST(StreamTiming, ACardClockThatRunsFastIsFollowedWithoutDrift)
{
    StreamTiming timing(rate);
    const Clock::time_point t0 {std::chrono::seconds(5)};
    // 100 ppm fast: over half an hour the card plays 180 ms more than the clock says.
    const auto pulls = devicePulls(t0, 1800, 20, 100, 250, 1.0001);
    std::optional<qint64> offsetAtStart;
    for (const auto &[now, written] : pulls) {
        timing.observe(now, written);
        if (now >= t0 + 15s && !offsetAtStart)
            offsetAtStart = timing.frameAt(t0 + 15s, {}) - 15002; // 15 s at 100 ppm fast
    }
    ASSERT_TRUE(offsetAtStart);
    const qint64 expected = std::llround(1800000 * 1.0001) + *offsetAtStart;
    EXPECT_NEAR(double(timing.frameAt(t0 + 1800s, {})), double(expected), 2.0);
}

TEST(StreamTiming, SettlingForgetsTheFirstRushAndAStallShiftsWhatFollows)
{
    StreamTiming timing(rate);
    const Clock::time_point t0 {std::chrono::seconds(5)};
    // The start: 250 frames pulled at once, long before they play.
    for (qint64 written = 0; written < 250; written += 20)
        timing.observe(t0, written);
    timing.settle();
    EXPECT_TRUE(timing.isKnown()) << "the old estimate stands until the next pull";
    for (const auto &[now, written] : devicePulls(t0, 12)) {
        if (written >= 250)
            timing.observe(now, written);
    }
    const qint64 before = timing.frameAt(t0 + 12s, {});
    EXPECT_NEAR(double(before), 12000 + 175, 30);
    // The stream stalls 40 ms: from then on every frame plays 40 ms later.
    for (const auto &[now, written] : devicePulls(t0 + 40ms, 30)) {
        if (now > t0 + 12s + 40ms)
            timing.observe(now, written);
    }
    EXPECT_NEAR(double(timing.frameAt(t0 + 30s, {})), 30000 - 40 + 175, 30);
    timing.reset();
    EXPECT_FALSE(timing.isKnown());
}

class MixerTest : public ::testing::Test
{
protected:
    // Every buffer is asked for at t0: frame 0 is heard at t0, one frame a millisecond.
    const Clock::time_point t0 {std::chrono::seconds(1000)};
    Mixer mixer {rate};
};

TEST_F(MixerTest, EachSoundStartsOnTheFrameOfItsMomentWhateverTheBuffers)
{
    mixer.play(constantClip(10, 0.5f), t0 + 137ms);
    mixer.play(constantClip(10, 0.25f), t0 + 403ms);
    const std::vector<float> out = renderAll(mixer, 600, 64, t0);
    EXPECT_EQ(firstNonZero(out), 137);
    EXPECT_FLOAT_EQ(out[137], 0.5f);
    EXPECT_FLOAT_EQ(out[146], 0.5f);
    EXPECT_FLOAT_EQ(out[147], 0.0f);
    EXPECT_EQ(firstNonZero(out, 147), 403);
    EXPECT_FLOAT_EQ(out[403], 0.25f);
    EXPECT_TRUE(mixer.isIdle());
    const std::vector<Mixer::Started> started = mixer.takeStarted();
    ASSERT_EQ(started.size(), 2u);
    EXPECT_EQ(started[0].heard, t0 + 137ms);
    EXPECT_EQ(started[1].heard, t0 + 403ms);
}

TEST_F(MixerTest, AClipAtAnotherRateIsConvertedAsItPlays)
{
    // Speech stays at its engine's rate in memory; what is heard must be what
    // converting it beforehand would have given, from its moment on.
    std::vector<float> wave(500);
    for (std::size_t i = 0; i < wave.size(); ++i)
        wave[i] = 0.5f * float(std::sin(2 * M_PI * 20.0 * double(i) / 500.0));
    const auto clip = std::make_shared<const PcmClip>(wave, rate / 2);
    const PcmClip converted = clip->resampled(rate);
    mixer.play(clip, t0 + 100ms);
    const std::vector<float> out = renderAll(mixer, 1200, 64, t0);
    ASSERT_EQ(converted.frameCount(), 999u);
    for (std::size_t i = 0; i < converted.frameCount(); ++i)
        ASSERT_NEAR(out[100 + i], converted.sampleAt(i), 2.0f / 32768) << "frame " << i;
    EXPECT_EQ(firstNonZero(out, qint64(100 + converted.frameCount())), -1) << "then silence";
    EXPECT_TRUE(mixer.isIdle());
}

TEST_F(MixerTest, OverlappingSoundsAddUpAndTheSumIsClipped)
{
    mixer.play(constantClip(20, 0.75f), t0 + 10ms);
    mixer.play(constantClip(20, 0.75f), t0 + 20ms);
    const std::vector<float> out = renderAll(mixer, 50, 16, t0);
    EXPECT_FLOAT_EQ(out[15], 0.75f);
    EXPECT_FLOAT_EQ(out[25], 1.0f);
    EXPECT_FLOAT_EQ(out[35], 0.75f);
}

TEST_F(MixerTest, GainScalesEverything)
{
    mixer.setGain(0.5f);
    mixer.play(constantClip(5, 0.5f), t0);
    const std::vector<float> out = renderAll(mixer, 10, 10, t0);
    EXPECT_FLOAT_EQ(out[0], 0.25f);
}

TEST_F(MixerTest, ALateSoundStartsAtOnceButAVeryLateOneIsDropped)
{
    std::vector<float> out(100);
    mixer.render(out.data(), 100, t0); // frames 0-99 are written
    mixer.play(constantClip(5, 0.5f), t0 + 60ms); // its frame is already gone
    mixer.play(constantClip(5, 0.5f), t0 - 5s);
    mixer.render(out.data(), 100, t0 + 100ms);
    EXPECT_EQ(firstNonZero(out), 0) << "the late one starts at the first free frame";
    EXPECT_EQ(mixer.takeDroppedLate(), 1);
    EXPECT_TRUE(mixer.isIdle());
}

TEST_F(MixerTest, CancelledSoundsNeverSoundAndOthersStay)
{
    const quint64 keep = mixer.play(constantClip(5, 0.5f), t0 + 20ms, 1);
    const quint64 drop = mixer.play(constantClip(5, 0.5f), t0 + 40ms, 1);
    mixer.play(constantClip(5, 0.5f), t0 + 60ms, 2);
    mixer.play(constantClip(5, 0.5f), t0 + 80ms, 2);
    mixer.cancel(drop);
    mixer.cancelPending(2);
    EXPECT_NE(keep, drop);
    const std::vector<float> out = renderAll(mixer, 100, 10, t0);
    EXPECT_EQ(firstNonZero(out), 20);
    EXPECT_EQ(firstNonZero(out, 25), -1);
}

TEST_F(MixerTest, FadingOutEndsASoundSmoothlyWithoutAClick)
{
    mixer.play(constantClip(1000, 0.5f), t0);
    std::vector<float> out(100);
    mixer.render(out.data(), 100, t0);
    mixer.fadeOutPlaying(20ms);
    mixer.render(out.data(), 100, t0 + 100ms);
    EXPECT_FLOAT_EQ(out[0], 0.5f);
    for (std::size_t i = 1; i < 20; ++i)
        EXPECT_LT(out[i], out[i - 1]);
    EXPECT_FLOAT_EQ(out[25], 0.0f);
    EXPECT_TRUE(mixer.isIdle());
}

TEST_F(MixerTest, ARestartedStreamMapsTimesAfreshAndForgetsWhatWasSounding)
{
    mixer.play(constantClip(1000, 0.5f), t0);
    std::vector<float> out(10);
    mixer.render(out.data(), 10, t0);
    mixer.restartStream();
    EXPECT_TRUE(mixer.isIdle());
    EXPECT_EQ(mixer.timingReports(), 0u);
}

} // namespace
} // namespace limber

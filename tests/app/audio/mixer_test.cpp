// The pure parts of the audio path: clips, the stream's timing, and the
// mixer rendering into memory exactly as the audio thread drives it.
#include "audio/mixer.h"
#include "audio/pcmclip.h"
#include "audio/streamtiming.h"

#include <QList>
#include <QtEndian>

#include <gtest/gtest.h>

#include <cmath>

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

/// Renders `frames` frames in buffers of `buffer` frames, returning them all.
std::vector<float> renderAll(Mixer &mixer, qint64 frames, qint64 buffer, Clock::time_point now)
{
    std::vector<float> out(static_cast<std::size_t>(frames));
    for (qint64 at = 0; at < frames; at += buffer)
        mixer.render(out.data() + at, std::min(buffer, frames - at), now);
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
    const Result<PcmClip> clip = PcmClip::fromWav(wavOf({16384, 0, -32768, 32767}, 8000, 2), u"t.wav"_s);
    ASSERT_TRUE(clip) << clip.error().message.toStdString();
    ASSERT_EQ(clip->frameCount(), 2u);
    EXPECT_EQ(clip->sampleRate(), 8000);
    EXPECT_FLOAT_EQ(clip->sampleAt(0), 0.25f);
    EXPECT_NEAR(clip->sampleAt(1), 0.0f, 1e-4);
}

TEST(PcmClip, RefusesWhatItCannotPlayNamingTheFile)
{
    for (const QByteArray &bytes :
        {QByteArray("not a wave"), QByteArray("RIFF\x04\0\0\0WAVE", 12), wavOf({1, 2}, 8000).left(40)}) {
        const Result<PcmClip> clip = PcmClip::fromWav(bytes, u"broken.wav"_s);
        ASSERT_FALSE(clip);
        EXPECT_TRUE(clip.error().message.contains(u"broken.wav"_s)) << clip.error().message.toStdString();
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

TEST(StreamTiming, TheLatestBoundOfTheWindowIsTheOrigin)
{
    StreamTiming timing(rate);
    const Clock::time_point t0 {std::chrono::seconds(100)};
    EXPECT_FALSE(timing.isKnown());
    timing.observe(t0, 0);
    EXPECT_EQ(timing.frameAt(t0 + 250ms, {}), 250);
    // The device pulls ahead of time (its buffer fills): no new bound.
    timing.observe(t0 + 10ms, 30);
    timing.observe(t0 + 11ms, 50);
    EXPECT_EQ(timing.timeOfFrame(250), t0 + 250ms);
    // It asks just in time, 20 ms later than the frames written could last: a stall.
    timing.observe(t0 + 200ms, 180);
    EXPECT_EQ(timing.frameAt(t0 + 250ms, {}), 230);
    EXPECT_EQ(timing.reports(), 4u);
}

TEST(StreamTiming, OldBoundsLeaveTheWindowSoTheMapFollowsTheCardsClock)
{
    StreamTiming timing(rate, 1s);
    const Clock::time_point t0 {std::chrono::seconds(5)};
    // A sound card whose clock runs 0.2 % fast: it pulls 1002 frames a second.
    for (int second = 0; second <= 10; ++second) {
        for (int pull = 0; pull < 10; ++pull) {
            const auto now = t0 + second * 1s + pull * 100ms;
            timing.observe(now, qint64(std::llround(double((now - t0) / 1ms) * 1.002)));
        }
    }
    // After 11 s the card is 22 frames ahead of the computer's clock.
    EXPECT_NEAR(double(timing.frameAt(t0 + 10900ms, {})), 10900.0 * 1.002, 2.0);
    timing.reset();
    EXPECT_FALSE(timing.isKnown());
    EXPECT_EQ(timing.reports(), 0u);
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
    mixer.render(out.data(), 100, t0);
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
    mixer.render(out.data(), 100, t0);
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

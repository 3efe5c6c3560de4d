// What the "Test sound" button plays and how it reports it.
#include "app/audio/soundtest.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

constexpr AudioAvailability everything {true, true};
constexpr AudioAvailability tonesOnly {true, false};

TEST(SoundTest, PlaysTheStartToneAndASentenceAndSaysWhereAndHowLoud)
{
    const SoundTest test = SoundTest::compose(CuePreferences(), everything, {}, 0.8, u"Speakers"_s);
    ASSERT_TRUE(test.playsSomething());
    EXPECT_EQ(test.sound.tone, Tone::PhaseStart);
    EXPECT_EQ(test.sound.speech, QStringList {SoundTest::sentence()});
    EXPECT_EQ(test.report, u"Played the start tone and a sentence at 80 % volume on “Speakers”."_s);
}

TEST(SoundTest, FollowsThePreferences)
{
    CuePreferences voiceOnly;
    voiceOnly.tones = false;
    const SoundTest spoken = SoundTest::compose(voiceOnly, everything, {}, 0.5, u"Out"_s);
    EXPECT_FALSE(spoken.sound.tone);
    EXPECT_EQ(spoken.report, u"Said a sentence at 50 % volume on “Out”."_s);

    CuePreferences toneOnly;
    toneOnly.voice = false;
    const SoundTest toned = SoundTest::compose(toneOnly, everything, {}, 1.0, u"Out"_s);
    EXPECT_TRUE(toned.sound.speech.isEmpty());
    EXPECT_EQ(toned.report, u"Played the start tone at 100 % volume on “Out”."_s);
}

TEST(SoundTest, AVoiceThatCannotSpeakIsExplainedAfterWhatPlayed)
{
    const SoundTest test = SoundTest::compose(
        CuePreferences(), tonesOnly, u"No speech engine is installed."_s, 0.8, u"Out"_s);
    EXPECT_TRUE(test.sound.tone);
    EXPECT_TRUE(test.sound.speech.isEmpty());
    EXPECT_TRUE(test.report.startsWith(u"Played the start tone at 80 % volume"_s))
        << test.report.toStdString();
    EXPECT_TRUE(
        test.report.endsWith(u"The voice is not available: No speech engine is installed."_s))
        << test.report.toStdString();
    const SoundTest noReason = SoundTest::compose(CuePreferences(), tonesOnly, {}, 0.8, u"Out"_s);
    EXPECT_TRUE(noReason.report.endsWith(u"this computer cannot speak."_s))
        << noReason.report.toStdString();
}

TEST(SoundTest, NothingToPlaySaysWhy)
{
    CuePreferences silent;
    silent.tones = false;
    silent.voice = false;
    const SoundTest off = SoundTest::compose(silent, everything, {}, 0.8, u"Out"_s);
    EXPECT_FALSE(off.playsSomething());
    EXPECT_EQ(off.report, u"Tones and voice are both off, so there is nothing to play."_s);

    CuePreferences voiceOnly;
    voiceOnly.tones = false;
    const SoundTest mute = SoundTest::compose(voiceOnly, tonesOnly, u"No voice."_s, 0.8, u"Out"_s);
    EXPECT_FALSE(mute.playsSomething());
    EXPECT_EQ(mute.report, u"The voice is not available: No voice."_s);
}

} // namespace
} // namespace limber

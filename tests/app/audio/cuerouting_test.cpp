#include "app/audio/cuerouting.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

constexpr AudioAvailability everything {true, true};

Cue cueOf(Cue::Kind kind, const QString &text = u"words"_s, int count = 0)
{
    Cue cue;
    cue.kind = kind;
    cue.text = text;
    cue.count = count;
    return cue;
}

TEST(CueRouting, ChangesGetTheirToneAndTheirWords)
{
    const CuePreferences all;
    const struct
    {
        Cue::Kind kind;
        Tone tone;
    } cases[] = {
        {Cue::Kind::PhaseStart, Tone::PhaseStart},
        {Cue::Kind::SwitchSides, Tone::SwitchSides},
        {Cue::Kind::Paused, Tone::Paused},
        {Cue::Kind::Done, Tone::Done},
    };
    for (const auto &c : cases) {
        const CueOutput output = routeCue(cueOf(c.kind, u"Well done"_s), all, everything);
        EXPECT_EQ(output.tone, c.tone) << static_cast<int>(c.kind);
        EXPECT_EQ(output.speech, u"Well done"_s);
    }
}

TEST(CueRouting, InstructionsAreWordsOnly)
{
    for (const auto kind :
        {Cue::Kind::StepText, Cue::Kind::TenSecondsLeft, Cue::Kind::Halfway, Cue::Kind::Reminder}) {
        const CueOutput output = routeCue(cueOf(kind, u"Ten seconds remaining"_s), {}, everything);
        EXPECT_FALSE(output.tone) << static_cast<int>(kind);
        EXPECT_EQ(output.speech, u"Ten seconds remaining"_s);
    }
}

TEST(CueRouting, SafetyWordsAreWordsOnly)
{
    for (const auto kind : {Cue::Kind::Caution, Cue::Kind::Finish, Cue::Kind::StoppedForPain}) {
        const CueOutput output = routeCue(cueOf(kind, u"Sit up slowly"_s), {}, everything);
        EXPECT_FALSE(output.tone) << static_cast<int>(kind);
        EXPECT_EQ(output.speech, u"Sit up slowly"_s);
        // Without a voice the screen carries them.
        EXPECT_TRUE(routeCue(cueOf(kind), {}, {true, false}).speech.isEmpty());
        EXPECT_FALSE(routeCue(cueOf(kind), {}, {true, false}).tone);
    }
}

TEST(CueRouting, VoiceOffOrMissingSaysNothing)
{
    CuePreferences voiceOff;
    voiceOff.voice = false;
    EXPECT_TRUE(routeCue(cueOf(Cue::Kind::StepText), voiceOff, everything).speech.isEmpty());
    EXPECT_TRUE(routeCue(cueOf(Cue::Kind::StepText), {}, {true, false}).speech.isEmpty());
    const CueOutput done = routeCue(cueOf(Cue::Kind::Done), voiceOff, everything);
    EXPECT_EQ(done.tone, Tone::Done);
    EXPECT_TRUE(done.speech.isEmpty());
}

TEST(CueRouting, TonesOffPlaysNoTone)
{
    CuePreferences tonesOff;
    tonesOff.tones = false;
    const CueOutput output = routeCue(cueOf(Cue::Kind::SwitchSides), tonesOff, everything);
    EXPECT_FALSE(output.tone);
    EXPECT_EQ(output.speech, u"words"_s);
}

TEST(CueRouting, CountdownFollowsTheChosenStyle)
{
    CuePreferences byVoice;
    byVoice.countdown = CountdownStyle::Voice;
    const CueOutput spoken = routeCue(cueOf(Cue::Kind::Countdown, {}, 3), byVoice, everything);
    EXPECT_EQ(spoken.speech, u"3"_s);
    EXPECT_FALSE(spoken.tone);
    EXPECT_EQ(
        routeCue(cueOf(Cue::Kind::Countdown, u"two"_s, 2), byVoice, everything).speech, u"two"_s);

    CuePreferences byTones;
    byTones.countdown = CountdownStyle::Tones;
    const CueOutput ticked = routeCue(cueOf(Cue::Kind::Countdown, {}, 3), byTones, everything);
    EXPECT_EQ(ticked.tone, Tone::CountdownTick);
    EXPECT_TRUE(ticked.speech.isEmpty());
}

TEST(CueRouting, CountdownFallsBackToTheOtherWay)
{
    CuePreferences byVoice;
    byVoice.countdown = CountdownStyle::Voice;
    EXPECT_EQ(routeCue(cueOf(Cue::Kind::Countdown, {}, 1), byVoice, {true, false}).tone,
        Tone::CountdownTick);

    CuePreferences byTonesButTonesOff;
    byTonesButTonesOff.countdown = CountdownStyle::Tones;
    byTonesButTonesOff.tones = false;
    EXPECT_EQ(routeCue(cueOf(Cue::Kind::Countdown, {}, 1), byTonesButTonesOff, everything).speech,
        u"1"_s);
}

TEST(CueRouting, BreathCuesFollowTheBreathingChoice)
{
    CuePreferences breathing;
    EXPECT_EQ(routeCue(cueOf(Cue::Kind::BreatheIn), breathing, everything).tone, Tone::BreatheIn);
    EXPECT_EQ(routeCue(cueOf(Cue::Kind::BreatheOut), breathing, everything).tone, Tone::BreatheOut);
    EXPECT_TRUE(routeCue(cueOf(Cue::Kind::BreatheIn), breathing, everything).speech.isEmpty());

    breathing.tones = false;
    EXPECT_EQ(routeCue(cueOf(Cue::Kind::BreatheIn, u"Breathe in"_s), breathing, everything).speech,
        u"Breathe in"_s);

    CuePreferences noBreathing;
    noBreathing.breathingTones = false;
    const CueOutput silent = routeCue(cueOf(Cue::Kind::BreatheOut), noBreathing, everything);
    EXPECT_FALSE(silent.tone);
    EXPECT_TRUE(silent.speech.isEmpty());
}

TEST(CueRouting, NothingAvailableMeansSilence)
{
    for (int kind = 0; kind <= static_cast<int>(Cue::Kind::Done); ++kind) {
        const CueOutput output = routeCue(cueOf(static_cast<Cue::Kind>(kind)), {}, {});
        EXPECT_FALSE(output.tone) << kind;
        EXPECT_TRUE(output.speech.isEmpty()) << kind;
    }
}

} // namespace
} // namespace limber

// How a session's cues sound, and which words it must have rendered before it starts.
#include "app/audio/cuesounds.h"
#include "core/session/cuetext.h"
#include "core/session/timeline.h"
#include "tests/core/session/sessionfixtures.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

constexpr AudioAvailability everything {true, true};

Timeline legCrossTimeline()
{
    auto built = Timeline::build(test::routineOf({test::legCrossItem(1, 30)}), test::library());
    EXPECT_TRUE(built.ok());
    return std::move(built).value();
}

/// The index of the first cue that starts a phase of `kind`, or -1.
qsizetype startOfPhase(const Timeline &timeline, Phase::Kind kind)
{
    const QList<Cue> &cues = timeline.cues();
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const Cue &cue = cues.at(i);
        if (cue.kind == Cue::Kind::PhaseStart && cue.phaseIndex >= 0
            && timeline.phase(cue.phaseIndex).kind == kind)
            return i;
    }
    return -1;
}

TEST(CueSounds, OneSoundPerCueAndTheEndPhaseStartIsSilent)
{
    const Timeline timeline = legCrossTimeline();
    const QList<CueSound> sounds
        = soundsOfCues(timeline.cues(), timeline.phases(), CuePreferences(), everything);
    ASSERT_EQ(sounds.size(), timeline.cues().size());
    const qsizetype end = startOfPhase(timeline, Phase::Kind::Done);
    ASSERT_GE(end, 0);
    EXPECT_FALSE(sounds.at(end).tone);
    EXPECT_TRUE(sounds.at(end).speech.isEmpty());
    // Without the phases the same cue is an ordinary phase start.
    const CueSound alone
        = soundsOfCues({timeline.cues().at(end)}, {}, CuePreferences(), everything).constFirst();
    EXPECT_TRUE(alone.tone);
}

TEST(CueSounds, AStepTitleKeepsItsToneButIsNotSaid)
{
    const Timeline timeline = legCrossTimeline();
    const qsizetype step = startOfPhase(timeline, Phase::Kind::Prepare);
    ASSERT_GE(step, 0);
    const QList<CueSound> sounds
        = soundsOfCues(timeline.cues(), timeline.phases(), CuePreferences(), everything);
    EXPECT_EQ(sounds.at(step).tone, Tone::PhaseStart);
    EXPECT_TRUE(sounds.at(step).speech.isEmpty());
}

TEST(CueSounds, FullWordsComeWithTheirShortForm)
{
    Cue cue;
    cue.kind = Cue::Kind::SwitchSides;
    cue.text = u"Switch: right leg on top"_s;
    cue.shortText = u"Switch"_s;
    const CueSound sound = soundsOfCues({cue}, {}, CuePreferences(), everything).constFirst();
    EXPECT_EQ(sound.speech, QStringList({u"Switch: right leg on top"_s, u"Switch"_s}));
    cue.shortText = cue.text;
    EXPECT_EQ(soundsOfCues({cue}, {}, CuePreferences(), everything).constFirst().speech.size(), 1)
        << "the same words are not offered twice";
}

TEST(CueSounds, NoWordsWithoutAVoice)
{
    const Timeline timeline = legCrossTimeline();
    for (const CueSound &sound :
        soundsOfCues(timeline.cues(), timeline.phases(), CuePreferences(), {true, false}))
        EXPECT_TRUE(sound.speech.isEmpty()) << sound.speech.join(u' ').toStdString();
}

TEST(SessionWords, HoldEverySentenceTheSessionMaySayOnce)
{
    const Timeline timeline = legCrossTimeline();
    const QStringList words = sessionWords(timeline, CuePreferences(), everything);
    for (const CueSound &sound :
        soundsOfCues(timeline.cues(), timeline.phases(), CuePreferences(), everything)) {
        for (const QString &sentence : sound.speech)
            EXPECT_TRUE(words.contains(sentence)) << sentence.toStdString();
    }
    for (const QString &added :
        {cuetext::pausedAfterSleep(), cuetext::pausedAfterStall(), cuetext::stoppedForPain(),
            cuetext::halfway(), cuetext::tenSecondsRemaining(), cuetext::noHoldsDone()})
        EXPECT_TRUE(words.contains(added)) << added.toStdString();
    QStringList unique = words;
    unique.removeDuplicates();
    EXPECT_EQ(unique.size(), words.size());
}

TEST(SessionWords, IncludeEachExercisesFinishWordsForAStopForPain)
{
    QMap<QString, Exercise> library = test::library();
    library[u"seated-leg-cross"_s] = test::carefulLegCross();
    auto built = Timeline::build(test::routineOf({test::legCrossItem(1, 30)}), library);
    ASSERT_TRUE(built.ok());
    const QStringList words = sessionWords(built.value(), CuePreferences(), everything);
    EXPECT_TRUE(words.contains(u"Sit up slowly and uncross your legs."_s))
        << words.join(u" | ").toStdString();
}

} // namespace
} // namespace limber

#include "core/session/soundplan.h"

#include <QHash>

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <tuple>

using namespace limber;
using namespace std::chrono_literals;
using std::chrono::milliseconds;
using namespace Qt::Literals::StringLiterals;
using Kind = PlannedSound::Kind;
using Reason = DroppedSound::Reason;

namespace limber {

void PrintTo(const PlannedSound &sound, std::ostream *out)
{
    *out << (sound.kind == Kind::Tone ? "Tone{" : "Speech{") << sound.at.count() << " ms +"
         << sound.duration.count() << " ms, cue " << sound.cueIndex;
    if (sound.kind == Kind::Tone)
        *out << ", tone " << int(sound.tone) << "}";
    else
        *out << ", \"" << sound.text.toStdString() << "\"}";
}

void PrintTo(const DroppedSound &sound, std::ostream *out)
{
    *out << "Dropped{" << (sound.kind == Kind::Tone ? "tone " : "speech ") << "cue "
         << sound.cueIndex << ", tone " << int(sound.tone) << ", \"" << sound.text.toStdString()
         << "\", reason " << int(sound.reason) << "}";
}

} // namespace limber

namespace {

constexpr milliseconds chimeLength = 600ms;
constexpr milliseconds tickLength = 120ms;
constexpr milliseconds switchLength = 400ms;
constexpr milliseconds doneLength = 800ms;
constexpr milliseconds breathLength = 300ms;

milliseconds toneLength(Tone tone)
{
    switch (tone) {
    case Tone::PhaseStart:
        return chimeLength;
    case Tone::CountdownTick:
        return tickLength;
    case Tone::SwitchSides:
        return switchLength;
    case Tone::Done:
        return doneLength;
    case Tone::BreatheIn:
    case Tone::BreatheOut:
        return breathLength;
    case Tone::Paused:
        break;
    }
    return 500ms;
}

PlannedSound tone(milliseconds at, Tone which, int cueIndex)
{
    PlannedSound sound;
    sound.kind = Kind::Tone;
    sound.at = at;
    sound.duration = toneLength(which);
    sound.tone = which;
    sound.cueIndex = cueIndex;
    return sound;
}

PlannedSound words(milliseconds at, milliseconds length, const QString &text, int cueIndex)
{
    PlannedSound sound;
    sound.kind = Kind::Speech;
    sound.at = at;
    sound.duration = length;
    sound.text = text;
    sound.cueIndex = cueIndex;
    return sound;
}

DroppedSound droppedTone(int cueIndex, Tone which, Reason reason)
{
    return DroppedSound {Kind::Tone, cueIndex, which, {}, reason};
}

DroppedSound droppedWords(int cueIndex, const QString &fullForm, Reason reason)
{
    return DroppedSound {Kind::Speech, cueIndex, Tone::PhaseStart, fullForm, reason};
}

/// Milliseconds of silence between two intervals; negative when they overlap.
milliseconds gapBetween(const PlannedSound &a, const PlannedSound &b)
{
    return std::max(a.at - b.end(), b.at - a.end());
}

bool hasTone(const SoundPlan &plan, int cueIndex)
{
    return std::any_of(plan.sounds.cbegin(), plan.sounds.cend(), [&](const PlannedSound &sound) {
        return sound.kind == Kind::Tone && sound.cueIndex == cueIndex;
    });
}

/// Cues, their sounds and phases built by hand; speech lengths are looked up
/// by text, and text with no length given counts as not rendered.
class SoundPlanTest : public ::testing::Test
{
protected:
    /// A phase right after the previous one.
    int addPhase(Phase::Kind kind, milliseconds duration)
    {
        Phase phase;
        phase.kind = kind;
        phase.index = int(m_phases.size());
        phase.start = m_phases.isEmpty() ? 0ms : m_phases.constLast().end();
        phase.duration = duration;
        m_phases.append(phase);
        return phase.index;
    }

    /// A cue in the phase it falls in (a one-minute hold is made when there is none yet).
    int addCue(Cue::Kind kind, milliseconds at, std::optional<Tone> sound, QStringList speech = {})
    {
        if (m_phases.isEmpty())
            addPhase(Phase::Kind::Hold, 60s);
        Cue cue;
        cue.kind = kind;
        cue.priority = priorityOf(kind);
        cue.at = at;
        cue.text = speech.value(0);
        for (const Phase &phase : std::as_const(m_phases))
            if (phase.start <= at)
                cue.phaseIndex = phase.index;
        m_cues.append(cue);
        m_sounds.append(CueSound {sound, std::move(speech)});
        return int(m_cues.size() - 1);
    }

    void speaks(const QString &text, milliseconds length) { m_lengths.insert(text, length); }

    SoundPlan plan(const SoundPlanRules &rules = {}) const
    {
        const QHash<QString, milliseconds> lengths = m_lengths;
        const SpeechLength speechLength = [lengths](const QString &text) {
            const auto found = lengths.constFind(text);
            return found == lengths.cend() ? std::nullopt : std::optional(*found);
        };
        return planSounds(m_cues, m_sounds, m_phases, toneLength, speechLength, rules);
    }

    QList<Cue> m_cues;
    QList<CueSound> m_sounds;
    QList<Phase> m_phases;
    QHash<QString, milliseconds> m_lengths;
};

} // namespace

// ---- Tones -----------------------------------------------------------------

TEST_F(SoundPlanTest, TonesPlayAtTheirCueTimes)
{
    addPhase(Phase::Kind::Hold, 10s);
    addCue(Cue::Kind::PhaseStart, 0ms, Tone::PhaseStart);
    addCue(Cue::Kind::BreatheOut, 4000ms, Tone::BreatheOut);
    addCue(Cue::Kind::Countdown, 7000ms, Tone::CountdownTick);
    addCue(Cue::Kind::Countdown, 8000ms, Tone::CountdownTick);
    addCue(Cue::Kind::Countdown, 9000ms, Tone::CountdownTick);

    const SoundPlan result = plan();
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {tone(0ms, Tone::PhaseStart, 0), tone(4000ms, Tone::BreatheOut, 1),
            tone(7000ms, Tone::CountdownTick, 2), tone(8000ms, Tone::CountdownTick, 3),
            tone(9000ms, Tone::CountdownTick, 4)}));
    EXPECT_TRUE(result.dropped.isEmpty());
}

TEST_F(SoundPlanTest, TonesComeInAnyOrderAndArePlannedInTimeOrder)
{
    addCue(Cue::Kind::Countdown, 9000ms, Tone::CountdownTick);
    addCue(Cue::Kind::PhaseStart, 0ms, Tone::PhaseStart);
    addCue(Cue::Kind::BreatheIn, 3000ms, Tone::BreatheIn);
    EXPECT_EQ(plan().sounds,
        (QList<PlannedSound> {tone(0ms, Tone::PhaseStart, 1), tone(3000ms, Tone::BreatheIn, 2),
            tone(9000ms, Tone::CountdownTick, 0)}));
}

namespace {

struct ToneCollisionRow
{
    const char *name;
    Cue::Kind firstKind;
    Tone firstTone;
    milliseconds firstAt;
    Cue::Kind secondKind;
    Tone secondTone;
    milliseconds secondAt;
    bool firstKept;
    bool secondKept;
};

} // namespace

TEST_F(SoundPlanTest, ToneCollisionsKeepTheHigherPriorityThenTheEarlierTone)
{
    // Chime 600 ms, tick 120 ms, breath 300 ms, switch 400 ms; toneGap 40 ms.
    const ToneCollisionRow rows[] = {
        {"breath at the chime's instant", Cue::Kind::PhaseStart, Tone::PhaseStart, 0ms,
            Cue::Kind::BreatheIn, Tone::BreatheIn, 0ms, true, false},
        {"breath 20 ms after the chime ends", Cue::Kind::PhaseStart, Tone::PhaseStart, 0ms,
            Cue::Kind::BreatheIn, Tone::BreatheIn, 620ms, true, false},
        {"breath exactly toneGap after the chime", Cue::Kind::PhaseStart, Tone::PhaseStart, 0ms,
            Cue::Kind::BreatheIn, Tone::BreatheIn, 640ms, true, true},
        {"breath ending 20 ms before a tick", Cue::Kind::BreatheOut, Tone::BreatheOut, 1600ms,
            Cue::Kind::Countdown, Tone::CountdownTick, 1920ms, false, true},
        {"chime at a tick's instant", Cue::Kind::PhaseStart, Tone::PhaseStart, 2000ms,
            Cue::Kind::Countdown, Tone::CountdownTick, 2000ms, false, true},
        {"equal priority: the earlier stays", Cue::Kind::PhaseStart, Tone::PhaseStart, 0ms,
            Cue::Kind::Halfway, Tone::PhaseStart, 300ms, true, false},
        {"an earlier breath gives way to a later switch", Cue::Kind::BreatheIn, Tone::BreatheIn,
            0ms, Cue::Kind::SwitchSides, Tone::SwitchSides, 310ms, false, true},
        {"far apart: both", Cue::Kind::BreatheIn, Tone::BreatheIn, 0ms, Cue::Kind::Countdown,
            Tone::CountdownTick, 1000ms, true, true},
    };
    for (const ToneCollisionRow &row : rows) {
        SCOPED_TRACE(row.name);
        m_cues.clear();
        m_sounds.clear();
        const int first = addCue(row.firstKind, row.firstAt, row.firstTone);
        const int second = addCue(row.secondKind, row.secondAt, row.secondTone);
        const SoundPlan result = plan();
        EXPECT_EQ(hasTone(result, first), row.firstKept);
        EXPECT_EQ(hasTone(result, second), row.secondKept);
        QList<DroppedSound> expectedDropped;
        if (!row.firstKept)
            expectedDropped.append(droppedTone(first, row.firstTone, Reason::ToneCollision));
        if (!row.secondKept)
            expectedDropped.append(droppedTone(second, row.secondTone, Reason::ToneCollision));
        EXPECT_EQ(result.dropped, expectedDropped);
    }
}

TEST_F(SoundPlanTest, CountdownTicksAreNeverDroppedForLowerPriorityTones)
{
    addPhase(Phase::Kind::Hold, 5s);
    const QList<int> ticks = {addCue(Cue::Kind::Countdown, 2000ms, Tone::CountdownTick),
        addCue(Cue::Kind::Countdown, 3000ms, Tone::CountdownTick),
        addCue(Cue::Kind::Countdown, 4000ms, Tone::CountdownTick)};
    // A breath tone every 100 ms and a chime 50 ms after each, all crowding the ticks.
    for (milliseconds at = 0ms; at < 5000ms; at += 100ms) {
        addCue(Cue::Kind::BreatheIn, at, Tone::BreatheIn);
        addCue(Cue::Kind::Halfway, at + 50ms, Tone::PhaseStart);
    }
    const SoundPlan result = plan();
    for (int tick : ticks)
        EXPECT_TRUE(hasTone(result, tick)) << "tick of cue " << tick;
    for (const PlannedSound &a : result.sounds) {
        for (const PlannedSound &b : result.sounds) {
            if (&a != &b) {
                EXPECT_GE(gapBetween(a, b), SoundPlanRules {}.toneGap);
            }
        }
    }
}

// ---- Words -----------------------------------------------------------------

TEST_F(SoundPlanTest, WordsFollowTheirOwnToneAfterTheGapAndWithoutOneStartAtTheCue)
{
    speaks(u"Hold"_s, 500ms);
    speaks(u"Halfway"_s, 600ms);
    addCue(Cue::Kind::PhaseStart, 1000ms, Tone::PhaseStart, {u"Hold"_s});
    addCue(Cue::Kind::Halfway, 5000ms, std::nullopt, {u"Halfway"_s});

    const SoundPlan result = plan();
    // 1000 + 600 (chime) + 120 (wordsAfterTone).
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {tone(1000ms, Tone::PhaseStart, 0), words(1720ms, 500ms, u"Hold"_s, 0),
            words(5000ms, 600ms, u"Halfway"_s, 1)}));
    EXPECT_TRUE(result.dropped.isEmpty());
}

TEST_F(SoundPlanTest, FiveSecondHoldUsesTheShortFormThatEndsBeforeTheFirstTick)
{
    addPhase(Phase::Kind::Hold, 5s);
    speaks(u"Hold 1 of 3: left leg on top"_s, 1800ms);
    speaks(u"Hold, left"_s, 700ms);
    addCue(Cue::Kind::PhaseStart, 0ms, Tone::PhaseStart,
        {u"Hold 1 of 3: left leg on top"_s, u"Hold, left"_s});
    addCue(Cue::Kind::Countdown, 2000ms, Tone::CountdownTick);
    addCue(Cue::Kind::Countdown, 3000ms, Tone::CountdownTick);
    addCue(Cue::Kind::Countdown, 4000ms, Tone::CountdownTick);

    // The full form from 720 ms would end at 2520, over the first tick; after
    // it (2240) it would end at 4040, over the second; from 3240 it is too late.
    const SoundPlan result = plan();
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {tone(0ms, Tone::PhaseStart, 0),
            words(720ms, 700ms, u"Hold, left"_s, 0), tone(2000ms, Tone::CountdownTick, 1),
            tone(3000ms, Tone::CountdownTick, 2), tone(4000ms, Tone::CountdownTick, 3)}));
    EXPECT_LE(result.sounds.at(1).end(), 2000ms - SoundPlanRules {}.wordsAfterTone);
    EXPECT_TRUE(result.dropped.isEmpty());
}

TEST_F(SoundPlanTest, SentenceThatFitsNowhereIsDroppedAndNothingTalksOverATick)
{
    addPhase(Phase::Kind::Hold, 5s);
    speaks(u"Hold 1 of 3: left leg on top"_s, 1800ms);
    addCue(Cue::Kind::PhaseStart, 0ms, Tone::PhaseStart, {u"Hold 1 of 3: left leg on top"_s});
    addCue(Cue::Kind::Countdown, 2000ms, Tone::CountdownTick);
    addCue(Cue::Kind::Countdown, 3000ms, Tone::CountdownTick);
    addCue(Cue::Kind::Countdown, 4000ms, Tone::CountdownTick);

    const SoundPlan result = plan();
    EXPECT_EQ(result.dropped,
        (QList<DroppedSound> {
            droppedWords(0, u"Hold 1 of 3: left leg on top"_s, Reason::NoRoomForWords)}));
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {tone(0ms, Tone::PhaseStart, 0), tone(2000ms, Tone::CountdownTick, 1),
            tone(3000ms, Tone::CountdownTick, 2), tone(4000ms, Tone::CountdownTick, 3)}));
}

TEST_F(SoundPlanTest, WordsMoveLaterPastAToneWithinTheLongestDelay)
{
    speaks(u"Halfway"_s, 1000ms);
    addCue(Cue::Kind::Halfway, 15000ms, std::nullopt, {u"Halfway"_s});
    addCue(Cue::Kind::Countdown, 15500ms, Tone::CountdownTick);

    // From 15000 the words would run into the tick; they wait for the tick
    // (15500-15620) and its 120 ms of silence.
    const SoundPlan result = plan();
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {
            tone(15500ms, Tone::CountdownTick, 1), words(15740ms, 1000ms, u"Halfway"_s, 0)}));
    EXPECT_LE(result.sounds.at(1).at - 15000ms, SoundPlanRules {}.longestDelay);
}

namespace {

struct DelayRow
{
    const char *name;
    Cue::Kind kind;
    milliseconds longestDelay;
};

} // namespace

TEST_F(SoundPlanTest, WordsWaitNoLongerThanTheirKindAllows)
{
    // A High sentence at 0 holds the voice until `delay` (with the 250 ms gap);
    // the words under test, also due at 0, fit exactly then, and not a
    // millisecond later.
    const DelayRow rows[] = {
        {"an instruction waits up to 6 s", Cue::Kind::StepText, 6000ms},
        {"normal words wait up to 2.5 s", Cue::Kind::Halfway, 2500ms},
        {"a reminder waits up to 0.8 s", Cue::Kind::Reminder, 800ms},
        {"breath words wait up to 0.8 s", Cue::Kind::BreatheIn, 800ms},
    };
    const milliseconds gap = SoundPlanRules {}.gapBetweenSentences;
    for (const DelayRow &row : rows) {
        for (const milliseconds over : {0ms, 1ms}) {
            SCOPED_TRACE(::testing::Message() << row.name << ", " << over.count() << " ms over");
            m_cues.clear();
            m_sounds.clear();
            m_lengths.clear();
            speaks(u"Switch"_s, row.longestDelay - gap + over);
            speaks(u"Words"_s, 500ms);
            addCue(Cue::Kind::SwitchSides, 0ms, std::nullopt, {u"Switch"_s});
            const int waiting = addCue(row.kind, 0ms, std::nullopt, {u"Words"_s});
            const SoundPlan result = plan();
            if (over == 0ms) {
                ASSERT_EQ(result.sounds.size(), 2);
                EXPECT_EQ(result.sounds.at(1), words(row.longestDelay, 500ms, u"Words"_s, waiting));
                EXPECT_TRUE(result.dropped.isEmpty());
            } else {
                EXPECT_EQ(result.sounds.size(), 1);
                EXPECT_EQ(result.dropped,
                    (QList<DroppedSound> {
                        droppedWords(waiting, u"Words"_s, Reason::NoRoomForWords)}));
            }
        }
    }
}

TEST_F(SoundPlanTest, NormalWordsRemoveABreathToneTheyCover)
{
    speaks(u"Halfway there"_s, 1500ms);
    const int breath = addCue(Cue::Kind::BreatheIn, 4000ms, Tone::BreatheIn);
    const int halfway = addCue(Cue::Kind::Halfway, 3500ms, std::nullopt, {u"Halfway there"_s});

    const SoundPlan result = plan();
    EXPECT_EQ(
        result.sounds, (QList<PlannedSound> {words(3500ms, 1500ms, u"Halfway there"_s, halfway)}));
    EXPECT_EQ(result.dropped,
        (QList<DroppedSound> {droppedTone(breath, Tone::BreatheIn, Reason::BreathUnderWords)}));
}

TEST_F(SoundPlanTest, LowPriorityWordsWaitForABreathToneInstead)
{
    speaks(u"Keep your lower back long"_s, 1000ms);
    const int breath = addCue(Cue::Kind::BreatheIn, 4000ms, Tone::BreatheIn);
    const int reminder
        = addCue(Cue::Kind::Reminder, 3800ms, std::nullopt, {u"Keep your lower back long"_s});

    // The breath tone (4000-4300) and its 120 ms of silence end at 4420.
    const SoundPlan result = plan();
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {tone(4000ms, Tone::BreatheIn, breath),
            words(4420ms, 1000ms, u"Keep your lower back long"_s, reminder)}));
    EXPECT_TRUE(result.dropped.isEmpty());
}

TEST_F(SoundPlanTest, HigherPriorityWordsArePlacedFirstAndNormalWordsMoveAfterThem)
{
    speaks(u"Hold"_s, 1000ms);
    speaks(u"Switch"_s, 800ms);
    speaks(u"Three"_s, 400ms);
    const int hold = addCue(Cue::Kind::PhaseStart, 0ms, std::nullopt, {u"Hold"_s});
    const int switching = addCue(Cue::Kind::SwitchSides, 200ms, std::nullopt, {u"Switch"_s});
    const int three = addCue(Cue::Kind::Countdown, 1200ms, std::nullopt, {u"Three"_s});

    // "Switch" 200-1000; "Three" waits for the 250 ms gap (1250-1650); "Hold",
    // though due first, goes last: 1900-2900.
    const SoundPlan result = plan();
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {words(200ms, 800ms, u"Switch"_s, switching),
            words(1250ms, 400ms, u"Three"_s, three), words(1900ms, 1000ms, u"Hold"_s, hold)}));
    EXPECT_TRUE(result.dropped.isEmpty());
}

TEST_F(SoundPlanTest, SameWordsAtOnceAreSaidOnce)
{
    addPhase(Phase::Kind::Hold, 10s);
    addPhase(Phase::Kind::Switch, 5s);
    addPhase(Phase::Kind::Hold, 10s);
    const QString text = u"Switch: right leg on top"_s;
    speaks(text, 1500ms);
    const int start = addCue(Cue::Kind::PhaseStart, 10000ms, Tone::PhaseStart, {text});
    const int switching = addCue(Cue::Kind::SwitchSides, 10000ms, Tone::SwitchSides, {text});

    const SoundPlan result = plan();
    // The switch tone wins the instant; the words follow it: 10000 + 400 + 120.
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {
            tone(10000ms, Tone::SwitchSides, switching), words(10520ms, 1500ms, text, switching)}));
    EXPECT_EQ(result.dropped,
        (QList<DroppedSound> {droppedTone(start, Tone::PhaseStart, Reason::ToneCollision),
            droppedWords(start, text, Reason::SameWordsAtOnce)}));
}

TEST_F(SoundPlanTest, SameWordsAtDifferentInstantsAreBothSaid)
{
    speaks(u"Breathe in"_s, 600ms);
    addCue(Cue::Kind::BreatheIn, 0ms, std::nullopt, {u"Breathe in"_s});
    addCue(Cue::Kind::BreatheIn, 10000ms, std::nullopt, {u"Breathe in"_s});
    EXPECT_EQ(plan().sounds,
        (QList<PlannedSound> {
            words(0ms, 600ms, u"Breathe in"_s, 0), words(10000ms, 600ms, u"Breathe in"_s, 1)}));
}

TEST_F(SoundPlanTest, WordsEndWithinTheirPhase)
{
    addPhase(Phase::Kind::Hold, 5s);
    addPhase(Phase::Kind::Rest, 10s);
    speaks(u"Ten seconds remaining"_s, 1200ms);
    speaks(u"Ten"_s, 400ms);
    speaks(u"Rest"_s, 400ms);
    addCue(Cue::Kind::TenSecondsLeft, 4000ms, std::nullopt, {u"Ten seconds remaining"_s, u"Ten"_s});
    addCue(Cue::Kind::Halfway, 4700ms, std::nullopt, {u"Rest"_s});

    // The full form would end at 5200, in the next phase; the short one ends
    // at 4400. "Rest" (4700) would end at 5100: no room before 5000.
    const SoundPlan result = plan();
    EXPECT_EQ(result.sounds, (QList<PlannedSound> {words(4000ms, 400ms, u"Ten"_s, 0)}));
    EXPECT_EQ(
        result.dropped, (QList<DroppedSound> {droppedWords(1, u"Rest"_s, Reason::NoRoomForWords)}));
}

TEST_F(SoundPlanTest, DonePhaseHasNoEndLimit)
{
    addPhase(Phase::Kind::Hold, 5s);
    addPhase(Phase::Kind::Done, 0ms);
    speaks(u"Well done"_s, 900ms);
    addCue(Cue::Kind::Countdown, 4000ms, Tone::CountdownTick);
    const int done = addCue(Cue::Kind::Done, 5000ms, Tone::Done, {u"Well done"_s});
    ASSERT_EQ(m_cues.at(done).phaseIndex, 1);

    // After the done tone: 5000 + 800 + 120, well past the phase's "end" at 5000.
    const SoundPlan result = plan();
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {tone(4000ms, Tone::CountdownTick, 0), tone(5000ms, Tone::Done, done),
            words(5920ms, 900ms, u"Well done"_s, done)}));
    EXPECT_TRUE(result.dropped.isEmpty());
}

TEST_F(SoundPlanTest, WordsNotRenderedAreDroppedAndAnUnrenderedFormIsSkipped)
{
    speaks(u"Halfway"_s, 600ms);
    addCue(Cue::Kind::Halfway, 1000ms, Tone::PhaseStart, {u"Unrenderable"_s});
    addCue(Cue::Kind::Halfway, 5000ms, std::nullopt, {u"Halfway there"_s, u"Halfway"_s});

    const SoundPlan result = plan();
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {
            tone(1000ms, Tone::PhaseStart, 0), words(5000ms, 600ms, u"Halfway"_s, 1)}));
    EXPECT_EQ(result.dropped,
        (QList<DroppedSound> {droppedWords(0, u"Unrenderable"_s, Reason::WordsNotRendered)}));
}

TEST_F(SoundPlanTest, RulesCanBeChanged)
{
    SoundPlanRules rules;
    rules.wordsAfterTone = 300ms;
    speaks(u"Hold"_s, 500ms);
    addCue(Cue::Kind::PhaseStart, 0ms, Tone::PhaseStart, {u"Hold"_s});
    EXPECT_EQ(plan(rules).sounds.at(1).at, chimeLength + 300ms);
}

TEST_F(SoundPlanTest, NothingToPlanGivesAnEmptyPlan)
{
    addCue(Cue::Kind::Halfway, 1000ms, std::nullopt);
    const SoundPlan result = plan();
    EXPECT_TRUE(result.sounds.isEmpty());
    EXPECT_TRUE(result.dropped.isEmpty());
}

// ---- Invariants over a realistic session ----------------------------------

namespace {

struct SessionShape
{
    milliseconds breatheIn;
    milliseconds breatheOut;
    milliseconds perCharacter; ///< speech length: 200 ms plus this per character
    bool spokenCount; ///< the countdown says its numbers as well as ticking
};

void PrintTo(const SessionShape &shape, std::ostream *out)
{
    *out << "breath " << shape.breatheIn.count() << "/" << shape.breatheOut.count() << " ms, "
         << shape.perCharacter.count() << " ms per character"
         << (shape.spokenCount ? ", spoken count" : "");
}

class SoundPlanInvariants : public SoundPlanTest, public ::testing::WithParamInterface<SessionShape>
{
protected:
    /// Six 5 s holds, alternating sides, with 5 s switches between, then Done.
    void buildSession()
    {
        const SessionShape shape = GetParam();
        const QString sides[] = {u"left"_s, u"right"_s};
        for (int hold = 0; hold < 6; ++hold) {
            const QString side = sides[hold % 2];
            const int phase = addPhase(Phase::Kind::Hold, 5s);
            const milliseconds start = m_phases.at(phase).start;
            const milliseconds end = m_phases.at(phase).end();
            addCue(Cue::Kind::PhaseStart, start, Tone::PhaseStart,
                {u"Hold %1 of 3: %2 leg on top"_s.arg(hold / 2 + 1).arg(side),
                    u"Hold, %1"_s.arg(side)});
            addCue(Cue::Kind::Reminder, start + 1500ms, std::nullopt,
                {u"Keep your lower back long"_s});
            for (int count = 3; count >= 1; --count) {
                QStringList number;
                if (shape.spokenCount)
                    number.append(QString::number(count));
                addCue(Cue::Kind::Countdown, end - count * 1s, Tone::CountdownTick, number);
            }
            if (hold == 5)
                break;
            const QString next = sides[(hold + 1) % 2];
            const QString switchWords = u"Switch: %1 leg on top"_s.arg(next);
            addPhase(Phase::Kind::Switch, 5s);
            addCue(Cue::Kind::PhaseStart, end, Tone::PhaseStart, {switchWords, u"Switch"_s});
            addCue(Cue::Kind::SwitchSides, end, Tone::SwitchSides, {switchWords, u"Switch"_s});
        }
        const milliseconds total = m_phases.constLast().end();
        addPhase(Phase::Kind::Done, 0ms);
        addCue(Cue::Kind::PhaseStart, total, Tone::PhaseStart, {u"Routine complete"_s});
        addCue(Cue::Kind::Done, total, Tone::Done, {u"Well done"_s});

        bool breathingIn = true;
        for (milliseconds at = 0ms; at < total;) {
            addCue(breathingIn ? Cue::Kind::BreatheIn : Cue::Kind::BreatheOut, at,
                breathingIn ? Tone::BreatheIn : Tone::BreatheOut,
                {breathingIn ? u"Breathe in"_s : u"Breathe out"_s});
            at += breathingIn ? shape.breatheIn : shape.breatheOut;
            breathingIn = !breathingIn;
        }

        for (const CueSound &sound : std::as_const(m_sounds))
            for (const QString &form : sound.speech)
                speaks(form, 200ms + shape.perCharacter * form.size());
    }

    milliseconds longestDelayFor(const Cue &cue) const
    {
        const SoundPlanRules rules;
        if (cue.kind == Cue::Kind::StepText)
            return rules.longestInstructionDelay;
        if (cue.priority == Cue::Priority::Low)
            return rules.longestLowPriorityDelay;
        return rules.longestDelay;
    }
};

} // namespace

TEST_P(SoundPlanInvariants, NoWordsOverAToneNoOverlapsSortedAndEverySoundAccountedFor)
{
    buildSession();
    const SoundPlanRules rules;
    const SoundPlan result = plan();
    ASSERT_FALSE(result.sounds.isEmpty());

    EXPECT_TRUE(std::is_sorted(result.sounds.cbegin(), result.sounds.cend(),
        [](const PlannedSound &a, const PlannedSound &b) {
            return std::tuple(a.at, int(a.kind), a.cueIndex)
                < std::tuple(b.at, int(b.kind), b.cueIndex);
        }));

    for (qsizetype i = 0; i < result.sounds.size(); ++i) {
        for (qsizetype j = i + 1; j < result.sounds.size(); ++j) {
            const PlannedSound &a = result.sounds.at(i);
            const PlannedSound &b = result.sounds.at(j);
            const milliseconds gap = gapBetween(a, b);
            const std::string pair
                = ::testing::PrintToString(a) + " and " + ::testing::PrintToString(b);
            if (a.kind == Kind::Tone && b.kind == Kind::Tone) {
                EXPECT_GE(gap, rules.toneGap) << pair;
            } else if (a.kind == Kind::Speech && b.kind == Kind::Speech) {
                EXPECT_GE(gap, rules.gapBetweenSentences) << pair;
            } else {
                EXPECT_GE(gap, rules.wordsAfterTone) << pair;
            }
        }
    }

    for (const PlannedSound &sound : result.sounds) {
        if (sound.kind != Kind::Speech)
            continue;
        const Cue &cue = m_cues.at(sound.cueIndex);
        const Phase &phase = m_phases.at(cue.phaseIndex);
        if (phase.duration > 0ms) {
            EXPECT_LE(sound.end(), phase.end()) << ::testing::PrintToString(sound);
        }
        const std::optional<Tone> ownTone = m_sounds.at(sound.cueIndex).tone;
        const milliseconds latest = cue.at + (ownTone ? toneLength(*ownTone) : 0ms)
            + rules.wordsAfterTone + longestDelayFor(cue);
        EXPECT_GE(sound.at, cue.at) << ::testing::PrintToString(sound);
        EXPECT_LE(sound.at, latest) << ::testing::PrintToString(sound);
    }

    // Every tone and every sentence asked for is either planned or dropped, once.
    for (int i = 0; i < m_cues.size(); ++i) {
        const auto countOf = [&](Kind kind) {
            const auto planned = std::count_if(result.sounds.cbegin(), result.sounds.cend(),
                [&](const PlannedSound &s) { return s.cueIndex == i && s.kind == kind; });
            const auto dropped = std::count_if(result.dropped.cbegin(), result.dropped.cend(),
                [&](const DroppedSound &s) { return s.cueIndex == i && s.kind == kind; });
            return planned + dropped;
        };
        EXPECT_EQ(countOf(Kind::Tone), m_sounds.at(i).tone ? 1 : 0) << "cue " << i;
        EXPECT_EQ(countOf(Kind::Speech), m_sounds.at(i).speech.isEmpty() ? 0 : 1) << "cue " << i;
        if (m_cues.at(i).kind == Cue::Kind::Countdown) {
            EXPECT_TRUE(hasTone(result, i)) << "tick of cue " << i;
        }
        if (m_cues.at(i).kind == Cue::Kind::Done || m_cues.at(i).kind == Cue::Kind::SwitchSides) {
            EXPECT_TRUE(std::any_of(result.sounds.cbegin(), result.sounds.cend(),
                [&](const PlannedSound &s) { return s.cueIndex == i && s.kind == Kind::Speech; }))
                << "words of cue " << i;
        }
    }

    const SoundPlan again = plan();
    EXPECT_EQ(again.sounds, result.sounds) << "the same input gives the same plan";
    EXPECT_EQ(again.dropped, result.dropped);
}

INSTANTIATE_TEST_SUITE_P(Sessions, SoundPlanInvariants,
    ::testing::Values(SessionShape {4000ms, 6000ms, 60ms, false},
        SessionShape {4000ms, 6000ms, 90ms, true}, SessionShape {3000ms, 5000ms, 70ms, true},
        SessionShape {2000ms, 2000ms, 50ms, false}, SessionShape {1000ms, 1500ms, 80ms, true}));

// ---- Safety words and getting ready ------------------------------------------

TEST_F(SoundPlanTest, ACautionFollowsItsInstructionHoweverLongThatIs)
{
    addPhase(Phase::Kind::Prepare, 15s);
    addCue(Cue::Kind::PhaseStart, 0ms, Tone::PhaseStart);
    const int instruction = addCue(Cue::Kind::StepText, 0ms, std::nullopt, {u"Lean forward"_s});
    const int caution = addCue(Cue::Kind::Caution, 0ms, std::nullopt, {u"Bend at the hips"_s});
    speaks(u"Lean forward"_s, 5000ms);
    speaks(u"Bend at the hips"_s, 2000ms);

    const SoundPlan result = plan();
    const milliseconds instructionStart = chimeLength + SoundPlanRules {}.wordsAfterTone;
    const milliseconds cautionStart
        = instructionStart + 5000ms + SoundPlanRules {}.gapBetweenSentences;
    // Later than any other words may wait (2.5 s), but within its step.
    EXPECT_GT(cautionStart, SoundPlanRules {}.longestDelay);
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {tone(0ms, Tone::PhaseStart, 0),
            words(instructionStart, 5000ms, u"Lean forward"_s, instruction),
            words(cautionStart, 2000ms, u"Bend at the hips"_s, caution)}));
    EXPECT_TRUE(result.dropped.isEmpty());
}

TEST_F(SoundPlanTest, ACautionKeepsItsPlaceBeforeLesserWords)
{
    addPhase(Phase::Kind::Hold, 30s);
    addCue(Cue::Kind::PhaseStart, 0ms, Tone::PhaseStart, {u"Hold one"_s});
    const int caution = addCue(Cue::Kind::Caution, 0ms, std::nullopt, {u"Careful"_s});
    const int halfway = addCue(Cue::Kind::Halfway, 1000ms, std::nullopt, {u"Halfway"_s});
    speaks(u"Hold one"_s, 1000ms);
    speaks(u"Careful"_s, 2000ms);
    speaks(u"Halfway"_s, 1000ms);

    const SoundPlan result = plan();
    const milliseconds titleStart = chimeLength + SoundPlanRules {}.wordsAfterTone;
    const milliseconds cautionStart = titleStart + 1000ms + SoundPlanRules {}.gapBetweenSentences;
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {tone(0ms, Tone::PhaseStart, 0),
            words(titleStart, 1000ms, u"Hold one"_s, 0),
            words(cautionStart, 2000ms, u"Careful"_s, caution)}));
    // The Normal words found no room in time; the caution was not the one to go.
    EXPECT_EQ(result.dropped,
        (QList<DroppedSound> {droppedWords(halfway, u"Halfway"_s, Reason::NoRoomForWords)}));
}

TEST_F(SoundPlanTest, GettingReadyTakesTheShortFormWhenTheFullOneDoesNotFit)
{
    const QStringList forms {u"Get ready: Leg Cross. Sit on a mat."_s, u"Get ready: Leg Cross"_s};
    speaks(forms[0], 4000ms);
    speaks(forms[1], 1500ms);
    const milliseconds wordsStart = chimeLength + SoundPlanRules {}.wordsAfterTone;

    addPhase(Phase::Kind::GetReady, 3s);
    addCue(Cue::Kind::PhaseStart, 0ms, Tone::PhaseStart, forms);
    EXPECT_EQ(plan().sounds,
        (QList<PlannedSound> {
            tone(0ms, Tone::PhaseStart, 0), words(wordsStart, 1500ms, forms[1], 0)}));

    m_phases[0].duration = 15s;
    EXPECT_EQ(plan().sounds,
        (QList<PlannedSound> {
            tone(0ms, Tone::PhaseStart, 0), words(wordsStart, 4000ms, forms[0], 0)}));
}

TEST_F(SoundPlanTest, FinishWordsComeBeforeWellDone)
{
    addPhase(Phase::Kind::Hold, 10s);
    addPhase(Phase::Kind::Done, 0s);
    const int finish = addCue(Cue::Kind::Finish, 10s, std::nullopt, {u"Sit up slowly"_s});
    const int done = addCue(Cue::Kind::Done, 10s, Tone::Done, {u"Well done"_s});
    speaks(u"Sit up slowly"_s, 2000ms);
    speaks(u"Well done"_s, 1000ms);

    const SoundPlan result = plan();
    const milliseconds finishStart = 10s + doneLength + SoundPlanRules {}.wordsAfterTone;
    const milliseconds wellDoneStart = finishStart + 2000ms + SoundPlanRules {}.gapBetweenSentences;
    EXPECT_EQ(result.sounds,
        (QList<PlannedSound> {tone(10s, Tone::Done, done),
            words(finishStart, 2000ms, u"Sit up slowly"_s, finish),
            words(wellDoneStart, 1000ms, u"Well done"_s, done)}));
    EXPECT_TRUE(result.dropped.isEmpty());
}

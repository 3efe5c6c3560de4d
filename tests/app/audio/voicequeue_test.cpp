#include "audio/voicequeue.h"

#include <gtest/gtest.h>

#include <random>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

using Action = VoiceQueue::Action;

Cue cue(Cue::Kind kind, Cue::Priority priority, const QString &text)
{
    Cue c;
    c.kind = kind;
    c.priority = priority;
    c.text = text;
    return c;
}

Cue normal(Cue::Kind kind, const QString &text)
{
    return cue(kind, Cue::Priority::Normal, text);
}

class VoiceQueueTest : public ::testing::Test
{
protected:
    ManualClock clock;
    VoiceQueue queue {clock};
};

TEST_F(VoiceQueueTest, SilentVoiceSpeaksAtOnce)
{
    EXPECT_EQ(queue.offer(normal(Cue::Kind::StepText, u"Sit upright"_s)), Action::Speak);
    ASSERT_TRUE(queue.isSpeaking());
    EXPECT_EQ(queue.current()->text, u"Sit upright"_s);
}

TEST_F(VoiceQueueTest, HigherPriorityInterruptsTheCueBeingSaid)
{
    queue.offer(normal(Cue::Kind::StepText, u"Lean forward slowly"_s));
    clock.advance(500ms);
    const Cue switchSides = cue(Cue::Kind::SwitchSides, Cue::Priority::High, u"Switch"_s);
    EXPECT_EQ(queue.offer(switchSides), Action::Interrupt);
    EXPECT_EQ(queue.current(), switchSides);
    EXPECT_EQ(queue.waiting(), 0);
    // The interrupted words are not said again afterwards.
    EXPECT_EQ(queue.next(), std::nullopt);
}

TEST_F(VoiceQueueTest, LowerOrEqualPriorityWaitsForTheVoice)
{
    queue.offer(normal(Cue::Kind::StepText, u"Lean forward"_s));
    EXPECT_EQ(queue.offer(cue(Cue::Kind::Reminder, Cue::Priority::Low, u"Keep your back long"_s)),
        Action::Queue);
    EXPECT_EQ(queue.offer(normal(Cue::Kind::Halfway, u"Halfway"_s)), Action::Queue);
    EXPECT_EQ(queue.current()->text, u"Lean forward"_s);
    EXPECT_EQ(queue.waiting(), 2);

    // Most important first, even though it arrived later.
    const auto first = queue.next();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->text, u"Halfway"_s);
    EXPECT_EQ(queue.current(), first);
    const auto second = queue.next();
    ASSERT_TRUE(second);
    EXPECT_EQ(second->text, u"Keep your back long"_s);
    EXPECT_EQ(queue.next(), std::nullopt);
    EXPECT_FALSE(queue.isSpeaking());
}

TEST_F(VoiceQueueTest, EqualPriorityIsSaidInArrivalOrder)
{
    queue.offer(normal(Cue::Kind::StepText, u"one"_s));
    queue.offer(normal(Cue::Kind::Halfway, u"two"_s));
    queue.offer(normal(Cue::Kind::TenSecondsLeft, u"three"_s));
    EXPECT_EQ(queue.next()->text, u"two"_s);
    EXPECT_EQ(queue.next()->text, u"three"_s);
}

TEST_F(VoiceQueueTest, WaitingCueIsDroppedOnceStale)
{
    queue.offer(normal(Cue::Kind::StepText, u"long instruction"_s));
    queue.offer(normal(Cue::Kind::Halfway, u"Halfway"_s));
    clock.advance(queue.limits().staleAfter);
    queue.offer(normal(Cue::Kind::TenSecondsLeft, u"Ten seconds left"_s));
    clock.advance(1ms);
    // "Halfway" waited 1 ms past the limit; "Ten seconds left" only 1 ms.
    const auto next = queue.next();
    ASSERT_TRUE(next);
    EXPECT_EQ(next->text, u"Ten seconds left"_s);
    EXPECT_EQ(queue.waiting(), 0);
}

TEST_F(VoiceQueueTest, WaitingCountdownGoesStaleWithinASecond)
{
    queue.offer(normal(Cue::Kind::TenSecondsLeft, u"Ten seconds left"_s));
    queue.offer(normal(Cue::Kind::Countdown, u"3"_s));
    clock.advance(queue.limits().countdownStaleAfter + 1ms);
    EXPECT_EQ(queue.next(), std::nullopt);
}

TEST_F(VoiceQueueTest, BreathCuesAreNeverQueued)
{
    queue.offer(normal(Cue::Kind::StepText, u"Sit upright"_s));
    EXPECT_EQ(queue.offer(cue(Cue::Kind::BreatheIn, Cue::Priority::Low, u"in"_s)), Action::Drop);
    EXPECT_EQ(
        queue.offer(cue(Cue::Kind::BreatheOut, Cue::Priority::Normal, u"out"_s)), Action::Drop);
    EXPECT_EQ(queue.waiting(), 0);
    EXPECT_EQ(queue.next(), std::nullopt);
    // On a free voice they are said at once.
    EXPECT_EQ(queue.offer(cue(Cue::Kind::BreatheIn, Cue::Priority::Low, u"in"_s)), Action::Speak);
}

TEST_F(VoiceQueueTest, NewerCountdownNumberCutsOffTheOldOne)
{
    queue.offer(normal(Cue::Kind::Countdown, u"3"_s));
    clock.advance(1s);
    EXPECT_EQ(queue.offer(normal(Cue::Kind::Countdown, u"2"_s)), Action::Interrupt);
    EXPECT_EQ(queue.current()->text, u"2"_s);
    // ... but not when it matters less than the one being said.
    EXPECT_EQ(queue.offer(cue(Cue::Kind::Countdown, Cue::Priority::Low, u"1"_s)), Action::Queue);
}

TEST_F(VoiceQueueTest, NewerBreathCueCutsOffTheOldOne)
{
    queue.offer(cue(Cue::Kind::BreatheIn, Cue::Priority::Low, u"Breathe in"_s));
    clock.advance(4s);
    EXPECT_EQ(queue.offer(cue(Cue::Kind::BreatheOut, Cue::Priority::Low, u"Breathe out"_s)),
        Action::Interrupt);
    // Other cues of the same priority still wait their turn behind a breath.
    EXPECT_EQ(queue.offer(cue(Cue::Kind::Reminder, Cue::Priority::Low, u"Relax"_s)), Action::Queue);
}

TEST_F(VoiceQueueTest, StepInstructionsMayWaitLongerThanOtherCues)
{
    queue.offer(cue(Cue::Kind::SwitchSides, Cue::Priority::High, u"Switch"_s));
    queue.offer(normal(Cue::Kind::StepText, u"Lean forward slowly"_s));
    queue.offer(normal(Cue::Kind::Halfway, u"Halfway"_s));
    clock.advance(queue.limits().staleAfter + 1ms);
    ASSERT_LT(queue.limits().staleAfter + 1ms, queue.limits().instructionStaleAfter);
    const auto next = queue.next();
    ASSERT_TRUE(next);
    EXPECT_EQ(next->text, u"Lean forward slowly"_s);
    EXPECT_EQ(queue.next(), std::nullopt) << "Halfway went stale";
}

TEST_F(VoiceQueueTest, NewerCueReplacesAWaitingCueOfTheSameKind)
{
    queue.offer(normal(Cue::Kind::Halfway, u"Halfway"_s));
    queue.offer(normal(Cue::Kind::Countdown, u"3"_s));
    clock.advance(500ms);
    EXPECT_EQ(queue.offer(normal(Cue::Kind::Countdown, u"2"_s)), Action::Queue);
    EXPECT_EQ(queue.waiting(), 1);
    EXPECT_EQ(queue.next()->text, u"2"_s);
}

TEST_F(VoiceQueueTest, FullQueueGivesWayOnlyToAtLeastAsImportantCues)
{
    queue.offer(cue(Cue::Kind::StepText, Cue::Priority::High, u"speaking"_s));
    queue.offer(cue(Cue::Kind::Reminder, Cue::Priority::Low, u"reminder"_s));
    queue.offer(normal(Cue::Kind::Halfway, u"halfway"_s));
    queue.offer(normal(Cue::Kind::TenSecondsLeft, u"ten"_s));
    ASSERT_EQ(queue.waiting(), queue.limits().capacity);

    // Evicts the low reminder.
    EXPECT_EQ(queue.offer(normal(Cue::Kind::PhaseStart, u"rest"_s)), Action::Queue);
    EXPECT_EQ(queue.waiting(), queue.limits().capacity);
    // Everything waiting now matters more than a low cue: it is dropped.
    EXPECT_EQ(queue.offer(cue(Cue::Kind::Countdown, Cue::Priority::Low, u"3"_s)), Action::Drop);

    QStringList said;
    while (const auto next = queue.next())
        said.append(next->text);
    EXPECT_EQ(said, (QStringList {u"halfway"_s, u"ten"_s, u"rest"_s}));
}

TEST_F(VoiceQueueTest, VoiceThatNeverReportsFinishingIsForgotten)
{
    queue.offer(normal(Cue::Kind::StepText, u"stuck"_s));
    clock.advance(queue.limits().longestUtterance + 1ms);
    EXPECT_EQ(queue.offer(normal(Cue::Kind::Halfway, u"Halfway"_s)), Action::Speak);
    EXPECT_EQ(queue.current()->text, u"Halfway"_s);
}

TEST_F(VoiceQueueTest, ClearForgetsEverything)
{
    queue.offer(normal(Cue::Kind::StepText, u"a"_s));
    queue.offer(normal(Cue::Kind::Halfway, u"b"_s));
    queue.clear();
    EXPECT_FALSE(queue.isSpeaking());
    EXPECT_EQ(queue.waiting(), 0);
    EXPECT_EQ(queue.next(), std::nullopt);
}

// Drives the queue with a long pseudo-random run of cues and "voice finished"
// events, playing the part of the voice: it never talks over itself, it only
// cuts in for something more important, and nothing is said late.
TEST_F(VoiceQueueTest, NeverTwoVoicesAtOnceInALongRandomRun)
{
    std::mt19937 random(20260105);
    std::uniform_int_distribution<int> kindOf(0, static_cast<int>(Cue::Kind::Done));
    std::uniform_int_distribution<int> priorityOf(0, static_cast<int>(Cue::Priority::Critical));
    std::uniform_int_distribution<int> stepOf(0, 1500);
    std::bernoulli_distribution voiceFinishes(0.3);

    struct Offered
    {
        std::chrono::milliseconds at;
    };
    QHash<QString, Offered> offered;
    std::optional<Cue> voice; // what the pretend voice is saying
    int interrupts = 0;
    int queued = 0;
    int dropped = 0;

    for (int i = 0; i < 5000; ++i) {
        clock.advance(std::chrono::milliseconds(stepOf(random)));
        if (voice && voiceFinishes(random)) {
            voice = queue.next();
            if (voice) {
                const auto waited = clock.now() - offered.value(voice->text).at;
                EXPECT_LE(waited, queue.limits().instructionStaleAfter)
                    << voice->text.toStdString();
                if (voice->kind != Cue::Kind::StepText) {
                    EXPECT_LE(waited, queue.limits().staleAfter) << voice->text.toStdString();
                }
            }
            continue;
        }
        const Cue c = cue(static_cast<Cue::Kind>(kindOf(random)),
            static_cast<Cue::Priority>(priorityOf(random)), QString::number(i));
        offered.insert(c.text, {clock.now()});
        const bool voiceBusy = voice.has_value();
        const auto forgotStuck = voiceBusy
            && clock.now() - offered.value(voice->text).at > queue.limits().longestUtterance;
        switch (queue.offer(c)) {
        case Action::Speak:
            EXPECT_TRUE(!voiceBusy || forgotStuck) << "spoke over " << voice->text.toStdString();
            voice = c;
            break;
        case Action::Interrupt: {
            ASSERT_TRUE(voiceBusy);
            const auto beat = [](const Cue &x) {
                if (x.kind == Cue::Kind::Countdown)
                    return 1;
                return x.kind == Cue::Kind::BreatheIn || x.kind == Cue::Kind::BreatheOut ? 2 : 0;
            };
            const bool sameBeat = beat(c) != 0 && beat(c) == beat(*voice);
            EXPECT_TRUE(
                c.priority > voice->priority || (c.priority == voice->priority && sameBeat));
            voice = c;
            ++interrupts;
            break;
        }
        case Action::Queue:
            ASSERT_TRUE(voiceBusy);
            EXPECT_LE(c.priority, voice->priority);
            ++queued;
            break;
        case Action::Drop:
            ++dropped;
            break;
        }
        EXPECT_LE(queue.waiting(), queue.limits().capacity);
        EXPECT_EQ(queue.current(), voice);
    }
    // The run exercised every path.
    EXPECT_GT(interrupts, 0);
    EXPECT_GT(queued, 0);
    EXPECT_GT(dropped, 0);
}

} // namespace
} // namespace limber

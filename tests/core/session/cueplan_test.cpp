#include "core/session/timeline.h"
#include "tests/core/session/sessionfixtures.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace limber;
using namespace limber::test;
using namespace std::chrono_literals;
using std::chrono::milliseconds;
using CueKind = Cue::Kind;
using namespace Qt::Literals::StringLiterals;

namespace {

Timeline buildOrFail(const Routine &routine, const SessionOptions &options = {})
{
    Result<Timeline> timeline = Timeline::build(routine, library(), options);
    EXPECT_TRUE(timeline.ok()) << (timeline.ok() ? "" : timeline.error().message.toStdString());
    return std::move(timeline).value();
}

/// One hold of the given length, no set-up, nothing else.
Routine singleHold(int seconds)
{
    RoutineItem item = kneesItem(1, seconds, 0);
    item.includeSetup = false;
    return routineOf({item});
}

QList<Cue> cuesOfKind(const Timeline &timeline, CueKind kind)
{
    QList<Cue> result;
    for (const Cue &cue : timeline.cues())
        if (cue.kind == kind)
            result.append(cue);
    return result;
}

QList<milliseconds> timesOf(const QList<Cue> &cues)
{
    QList<milliseconds> result;
    for (const Cue &cue : cues)
        result.append(cue.at);
    return result;
}

QList<Cue> cuesInPhase(const Timeline &timeline, int phaseIndex)
{
    QList<Cue> result;
    for (const Cue &cue : timeline.cues())
        if (cue.phaseIndex == phaseIndex)
            result.append(cue);
    return result;
}

} // namespace

TEST(CuePlan, CountdownIsAtExactlyThreeTwoOneSecondsBeforeEachHoldEnds)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    const QList<Cue> countdown = cuesOfKind(timeline, CueKind::Countdown);
    QList<milliseconds> expected;
    QList<int> counts;
    for (const Phase &phase : timeline.phases()) {
        if (!phase.isHold())
            continue;
        expected << phase.end() - 3000ms << phase.end() - 2000ms << phase.end() - 1000ms;
        counts << 3 << 2 << 1;
    }
    EXPECT_EQ(timesOf(countdown), expected);
    QList<int> actualCounts;
    for (const Cue &cue : countdown) {
        actualCounts.append(cue.count);
        EXPECT_EQ(cue.text, QString::number(cue.count));
        EXPECT_EQ(cue.priority, Cue::Priority::High);
    }
    EXPECT_EQ(actualCounts, counts);
}

TEST(CuePlan, TenSecondsLeftOnlyInHoldsOfTwentySecondsOrMore)
{
    EXPECT_TRUE(cuesOfKind(buildOrFail(singleHold(19)), CueKind::TenSecondsLeft).isEmpty());
    const QList<Cue> twenty = cuesOfKind(buildOrFail(singleHold(20)), CueKind::TenSecondsLeft);
    ASSERT_EQ(twenty.size(), 1);
    EXPECT_EQ(twenty[0].at, 10000ms);
    const QList<Cue> minute = cuesOfKind(buildOrFail(singleHold(60)), CueKind::TenSecondsLeft);
    EXPECT_EQ(timesOf(minute), QList<milliseconds> {50000ms});
}

TEST(CuePlan, TimeStillToComeIsNeverCalledLeft)
{
    // In a session of left and right sides, "left" names a side; the words
    // for time still to come say "remaining", as the timer ring does.
    const QList<Cue> cues = cuesOfKind(buildOrFail(singleHold(60)), CueKind::TenSecondsLeft);
    ASSERT_EQ(cues.size(), 1);
    EXPECT_EQ(cues[0].text, u"Ten seconds remaining"_s);
    EXPECT_FALSE(cues[0].text.contains(u"left"_s, Qt::CaseInsensitive));
}

TEST(CuePlan, HalfwayOnlyInHoldsOfThirtySecondsOrMore)
{
    EXPECT_TRUE(cuesOfKind(buildOrFail(singleHold(29)), CueKind::Halfway).isEmpty());
    EXPECT_EQ(timesOf(cuesOfKind(buildOrFail(singleHold(30)), CueKind::Halfway)),
        QList<milliseconds> {15000ms});
    EXPECT_EQ(timesOf(cuesOfKind(buildOrFail(singleHold(45)), CueKind::Halfway)),
        QList<milliseconds> {22500ms});
}

TEST(CuePlan, BreathFollowsFourInSixOutFromTheHoldStartAndStopsBeforeTheCountdown)
{
    SessionOptions options;
    options.reminders = false;
    const Timeline timeline = buildOrFail(singleHold(30), options);
    QList<Cue> breath = cuesOfKind(timeline, CueKind::BreatheIn);
    breath += cuesOfKind(timeline, CueKind::BreatheOut);
    std::sort(breath.begin(), breath.end(), [](const Cue &a, const Cue &b) { return a.at < b.at; });
    // In at 0, 10, 20; out at 4, 14, 24; the next in would be at 30 (the end).
    EXPECT_EQ(
        timesOf(breath), (QList<milliseconds> {0ms, 4000ms, 10000ms, 14000ms, 20000ms, 24000ms}));
    for (const Cue &cue : breath) {
        const bool in = (cue.at.count() % 10000) == 0;
        EXPECT_EQ(cue.kind, in ? CueKind::BreatheIn : CueKind::BreatheOut);
        EXPECT_EQ(cue.text, in ? u"Breathe in" : u"Breathe out");
        EXPECT_EQ(cue.priority, Cue::Priority::Low);
    }
}

TEST(CuePlan, BreathFollowsAConfiguredThreeInFiveOutPattern)
{
    SessionOptions options;
    options.breatheIn = 3000ms;
    options.breatheOut = 5000ms;
    options.reminders = false;
    const Timeline timeline = buildOrFail(singleHold(20), options);
    EXPECT_EQ(timesOf(cuesOfKind(timeline, CueKind::BreatheIn)),
        (QList<milliseconds> {0ms, 8000ms, 16000ms}));
    // 19 s would be in the last 3 s (from 17 s), so the third out-breath is left out.
    EXPECT_EQ(timesOf(cuesOfKind(timeline, CueKind::BreatheOut)),
        (QList<milliseconds> {3000ms, 11000ms}));
}

TEST(CuePlan, NoBreathCueInAnyHoldsLastThreeSeconds)
{
    for (int seconds : {10, 13, 21, 37, 60, 97}) {
        const Timeline timeline = buildOrFail(singleHold(seconds));
        for (const Cue &cue : timeline.cues()) {
            if (cue.kind == CueKind::BreatheIn || cue.kind == CueKind::BreatheOut) {
                EXPECT_LT(cue.at, timeline.phase(0).end() - 3000ms) << seconds << " s hold";
            }
        }
    }
}

TEST(CuePlan, BreathingCuesCanBeTurnedOff)
{
    SessionOptions options;
    options.breathingCues = false;
    const Timeline timeline = buildOrFail(defaultRoutine(), options);
    EXPECT_TRUE(cuesOfKind(timeline, CueKind::BreatheIn).isEmpty());
    EXPECT_TRUE(cuesOfKind(timeline, CueKind::BreatheOut).isEmpty());
    EXPECT_FALSE(cuesOfKind(timeline, CueKind::Countdown).isEmpty());
}

TEST(CuePlan, BreathCuesOnlyDuringHolds)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    for (const Cue &cue : timeline.cues())
        if (cue.kind == CueKind::BreatheIn || cue.kind == CueKind::BreatheOut) {
            EXPECT_TRUE(timeline.phase(cue.phaseIndex).isHold());
        }
}

TEST(CuePlan, RemindersComeInTurnAndStayClearOfOtherCues)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    const QList<Cue> reminders = cuesOfKind(timeline, CueKind::Reminder);
    ASSERT_FALSE(reminders.isEmpty());
    const QStringList texts
        = {u"Keep your lower back long."_s, u"Bend at the hips, not the back."_s};
    // One reminder per 60 s hold: the n-th hold says the n-th text, in turn.
    ASSERT_EQ(reminders.size(), 4);
    for (int i = 0; i < reminders.size(); ++i) {
        const Cue &reminder = reminders[i];
        const Phase &hold = timeline.phase(reminder.phaseIndex);
        EXPECT_TRUE(hold.isHold());
        EXPECT_EQ(reminder.text, texts[i % 2]);
        EXPECT_EQ(reminder.priority, Cue::Priority::Low);
        EXPECT_GE(reminder.at, hold.start + 20000ms);
        EXPECT_LT(reminder.at, hold.end() - 10000ms);
        for (const Cue &other : cuesInPhase(timeline, reminder.phaseIndex)) {
            if (other == reminder)
                continue;
            const auto gap = (other.at - reminder.at).count();
            EXPECT_GE(std::abs(gap), 1000) << "reminder at " << reminder.at.count();
        }
    }
}

TEST(CuePlan, AReminderOnABreathCueMovesToTheNextClearSecond)
{
    // 4 s in, 6 s out: a breath in at 20 s, so the reminder goes to 21 s; the
    // second nominal time (50 s) is in the last 10 s and is left out.
    const Timeline timeline = buildOrFail(defaultRoutine());
    const Phase &firstHold = timeline.phase(3);
    QList<milliseconds> inFirstHold;
    for (const Cue &cue : cuesInPhase(timeline, 3))
        if (cue.kind == CueKind::Reminder)
            inFirstHold.append(cue.at - firstHold.start);
    EXPECT_EQ(inFirstHold, QList<milliseconds> {21000ms});

    SessionOptions quiet;
    quiet.breathingCues = false;
    const Timeline withoutBreath = buildOrFail(defaultRoutine(), quiet);
    QList<milliseconds> plain;
    for (const Cue &cue : cuesInPhase(withoutBreath, 3))
        if (cue.kind == CueKind::Reminder)
            plain.append(cue.at - firstHold.start);
    EXPECT_EQ(plain, QList<milliseconds> {20000ms});
}

TEST(CuePlan, LongHoldsRepeatReminders)
{
    RoutineItem item = legCrossItem(1, 120);
    item.includeSetup = false;
    SessionOptions options;
    options.breathingCues = false;
    const Timeline timeline = buildOrFail(routineOf({item}), options);
    // Nominal 20, 50, 80 s (110 s is in the last 10 s); 60 s is halfway, clear of 50 and 80.
    QList<milliseconds> reminders;
    for (const Cue &cue : cuesOfKind(timeline, CueKind::Reminder))
        if (cue.phaseIndex == 0)
            reminders.append(cue.at);
    EXPECT_EQ(reminders, (QList<milliseconds> {20000ms, 50000ms, 80000ms}));
}

TEST(CuePlan, RemindersCanBeTurnedOff)
{
    SessionOptions options;
    options.reminders = false;
    EXPECT_TRUE(cuesOfKind(buildOrFail(defaultRoutine(), options), CueKind::Reminder).isEmpty());
}

TEST(CuePlan, EveryPhaseStartsWithOnePhaseStartCueFirstAtItsInstant)
{
    const Timeline timeline = buildOrFail(routineOf({legCrossItem(), kneesItem()}));
    for (const Phase &phase : timeline.phases()) {
        const QList<Cue> own = cuesInPhase(timeline, phase.index);
        ASSERT_FALSE(own.isEmpty());
        EXPECT_EQ(own.first().kind, CueKind::PhaseStart);
        EXPECT_EQ(own.first().at, phase.start);
        EXPECT_EQ(cuesOfKind(timeline, CueKind::PhaseStart).count(own.first()), 1);
    }
}

TEST(CuePlan, CuesAreInTimeOrderAndInsideTheirPhase)
{
    const Timeline timeline = buildOrFail(routineOf({legCrossItem(), kneesItem()}));
    for (qsizetype i = 1; i < timeline.cues().size(); ++i)
        EXPECT_LE(timeline.cues()[i - 1].at, timeline.cues()[i].at);
    for (const Cue &cue : timeline.cues()) {
        const Phase &phase = timeline.phase(cue.phaseIndex);
        EXPECT_GE(cue.at, phase.start);
        if (phase.kind != Phase::Kind::Done) {
            EXPECT_LT(cue.at, phase.end());
        }
    }
}

TEST(CuePlan, StepTextIsReadAtEachPrepareStart)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    const QList<Cue> steps = cuesOfKind(timeline, CueKind::StepText);
    ASSERT_EQ(steps.size(), 3);
    for (int k = 0; k < 3; ++k) {
        EXPECT_EQ(steps[k].at, timeline.phase(k).start);
        EXPECT_EQ(steps[k].text, seatedLegCross().steps[k].text.text());
        EXPECT_EQ(steps[k].priority, Cue::Priority::Normal);
    }
}

TEST(CuePlan, SwitchCueNamesTheLegThatGoesOnTop)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    const QList<Cue> switches = cuesOfKind(timeline, CueKind::SwitchSides);
    ASSERT_EQ(switches.size(), 3);
    EXPECT_EQ(switches[0].text, u"Switch: right leg on top");
    EXPECT_EQ(switches[0].side, Side::Right);
    EXPECT_EQ(switches[1].text, u"Switch: left leg on top");
    EXPECT_EQ(switches[1].side, Side::Left);
    EXPECT_EQ(switches[2].text, u"Switch: right leg on top");
    for (const Cue &cue : switches) {
        EXPECT_EQ(cue.priority, Cue::Priority::High);
        EXPECT_EQ(timeline.phase(cue.phaseIndex).kind, Phase::Kind::Switch);
        EXPECT_EQ(cue.at, timeline.phase(cue.phaseIndex).start);
    }
}

TEST(CuePlan, WithoutASwitchPhaseTheSwitchCueComesAtTheNextHold)
{
    Routine routine = defaultRoutine();
    routine.items[0].switchSeconds = 0;
    const Timeline timeline = buildOrFail(routine);
    const QList<Cue> switches = cuesOfKind(timeline, CueKind::SwitchSides);
    ASSERT_EQ(switches.size(), 3);
    EXPECT_EQ(switches[0].at, 95000ms);
    EXPECT_EQ(switches[0].text, u"Switch: right leg on top");
    EXPECT_TRUE(timeline.phase(switches[0].phaseIndex).isHold());
}

TEST(CuePlan, PhaseTitlesSayWhatHappens)
{
    const Timeline timeline = buildOrFail(routineOf({legCrossItem(2, 30), kneesItem(2, 30, 5)}));
    auto titleOf = [&](int phaseIndex) { return cuesInPhase(timeline, phaseIndex).first().text; };
    EXPECT_EQ(titleOf(0), u"Seated Leg Cross: step 1 of 3");
    EXPECT_EQ(titleOf(3), u"Hold 1 of 2: left leg on top");
    EXPECT_EQ(titleOf(4), u"Switch: right leg on top");
    EXPECT_EQ(titleOf(5), u"Hold 1 of 2: right leg on top");
    const int kneesHold = 12; // 3 steps, 4 holds, 3 switches, then 2 steps
    EXPECT_EQ(timeline.phase(kneesHold).exerciseId, u"knees-to-chest");
    EXPECT_EQ(titleOf(kneesHold), u"Hold 1 of 2");
    EXPECT_EQ(titleOf(kneesHold + 1), u"Rest");
    EXPECT_EQ(titleOf(timeline.phaseCount() - 1), u"Done");
}

TEST(CuePlan, ARestBetweenItemsNamesTheNextExercise)
{
    RoutineItem first = legCrossItem(1, 30);
    first.restSeconds = 20;
    const Timeline timeline = buildOrFail(routineOf({first, kneesItem()}));
    const Phase &rest = timeline.phase(6);
    ASSERT_EQ(rest.kind, Phase::Kind::Rest);
    EXPECT_EQ(cuesInPhase(timeline, 6).first().text, u"Rest. Next: Knees to Chest");
}

TEST(CuePlan, DoneSaysWellDoneAtTheEnd)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    const QList<Cue> done = cuesOfKind(timeline, CueKind::Done);
    ASSERT_EQ(done.size(), 1);
    EXPECT_EQ(done[0].at, timeline.totalDuration());
    EXPECT_EQ(done[0].text, u"Well done");
    EXPECT_EQ(done[0].priority, Cue::Priority::High);
    EXPECT_EQ(timeline.cues().last(), done[0]);
}

TEST(CuePlan, ContentTextFollowsTheUiLanguages)
{
    SessionOptions options;
    options.uiLanguages = {u"de-AT"_s, u"en"_s};
    const Timeline timeline = buildOrFail(defaultRoutine(), options);
    EXPECT_EQ(cuesOfKind(timeline, CueKind::StepText).first().text, u"Setz dich aufrecht hin.");
    // A step without a German text falls back to English.
    EXPECT_EQ(cuesOfKind(timeline, CueKind::StepText)[1].text,
        u"Lean forward slowly from just below the navel.");
    EXPECT_TRUE(
        cuesOfKind(timeline, CueKind::SwitchSides).first().text.endsWith(u"rechtes Bein oben"));
}

TEST(CuePlan, PriorityFollowsTheKind)
{
    EXPECT_EQ(priorityOf(CueKind::Done), Cue::Priority::High);
    EXPECT_EQ(priorityOf(CueKind::SwitchSides), Cue::Priority::High);
    EXPECT_EQ(priorityOf(CueKind::Countdown), Cue::Priority::High);
    EXPECT_EQ(priorityOf(CueKind::StepText), Cue::Priority::Normal);
    EXPECT_EQ(priorityOf(CueKind::PhaseStart), Cue::Priority::Normal);
    EXPECT_EQ(priorityOf(CueKind::BreatheIn), Cue::Priority::Low);
    EXPECT_EQ(priorityOf(CueKind::BreatheOut), Cue::Priority::Low);
    EXPECT_EQ(priorityOf(CueKind::Reminder), Cue::Priority::Low);
    EXPECT_EQ(priorityOf(CueKind::Paused), Cue::Priority::Critical);
    const Timeline timeline = buildOrFail(defaultRoutine());
    for (const Cue &cue : timeline.cues())
        EXPECT_EQ(cue.priority, priorityOf(cue.kind));
}

TEST(CuePlan, AtOneInstantHigherPriorityComesFirstAfterThePhaseStart)
{
    // A 60 s hold with breath every 10 s: "Ten seconds left" and "Breathe in"
    // share 50 s, "Halfway" and "Breathe in" share 30 s.
    const Timeline timeline = buildOrFail(singleHold(60));
    const QList<Cue> &cues = timeline.cues();
    for (qsizetype i = 1; i < cues.size(); ++i) {
        if (cues[i - 1].at != cues[i].at)
            continue;
        EXPECT_NE(cues[i].kind, CueKind::PhaseStart);
        if (cues[i - 1].kind != CueKind::PhaseStart) {
            EXPECT_GE(int(cues[i - 1].priority), int(cues[i].priority));
        }
    }
    const QList<Cue> at30 = [&] {
        QList<Cue> result;
        for (const Cue &cue : timeline.cuesIn(29999ms, 30000ms))
            result.append(cue);
        return result;
    }();
    ASSERT_EQ(at30.size(), 2);
    EXPECT_EQ(at30[0].kind, CueKind::Halfway);
    EXPECT_EQ(at30[1].kind, CueKind::BreatheIn);
}

#include "core/session/timeline.h"
#include "tests/core/session/sessionfixtures.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace limber;
using namespace limber::test;
using namespace std::chrono_literals;
using std::chrono::milliseconds;
using Kind = Phase::Kind;

namespace {

Timeline buildOrFail(const Routine &routine, const SessionOptions &options = {})
{
    Result<Timeline> timeline = Timeline::build(routine, library(), options);
    EXPECT_TRUE(timeline.ok()) << (timeline.ok() ? "" : timeline.error().message.toStdString());
    return std::move(timeline).value();
}

struct ExpectedPhase
{
    Kind kind;
    milliseconds start;
    milliseconds duration;
    Side side = Side::None;
    int holdNumber = 0;
};

void expectPhases(const Timeline &timeline, const std::vector<ExpectedPhase> &expected)
{
    ASSERT_EQ(timeline.phaseCount(), int(expected.size()));
    for (int i = 0; i < timeline.phaseCount(); ++i) {
        SCOPED_TRACE(testing::Message() << "phase " << i);
        const Phase &phase = timeline.phase(i);
        EXPECT_EQ(phase.index, i);
        EXPECT_EQ(phase.kind, expected[size_t(i)].kind);
        EXPECT_EQ(phase.start, expected[size_t(i)].start);
        EXPECT_EQ(phase.duration, expected[size_t(i)].duration);
        EXPECT_EQ(phase.side, expected[size_t(i)].side);
        if (phase.kind == Kind::Hold || phase.kind == Kind::Switch) {
            EXPECT_EQ(phase.holdNumber, expected[size_t(i)].holdNumber);
        }
    }
}

} // namespace

TEST(Timeline, DefaultRoutinePhaseStartsAreExact)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    expectPhases(timeline,
        {
            {Kind::Prepare, 0ms, 10000ms},
            {Kind::Prepare, 10000ms, 15000ms},
            {Kind::Prepare, 25000ms, 10000ms},
            {Kind::Hold, 35000ms, 60000ms, Side::Left, 1},
            {Kind::Switch, 95000ms, 10000ms, Side::Right, 1},
            {Kind::Hold, 105000ms, 60000ms, Side::Right, 1},
            {Kind::Switch, 165000ms, 10000ms, Side::Left, 2},
            {Kind::Hold, 175000ms, 60000ms, Side::Left, 2},
            {Kind::Switch, 235000ms, 10000ms, Side::Right, 2},
            {Kind::Hold, 245000ms, 60000ms, Side::Right, 2},
            {Kind::Done, 305000ms, 0ms},
        });
    EXPECT_EQ(timeline.totalDuration(), 305000ms);
}

TEST(Timeline, PhasesFollowEachOtherWithoutGaps)
{
    const Timeline timeline = buildOrFail(routineOf({legCrossItem(3, 45), kneesItem(2, 20, 5)}));
    for (int i = 1; i < timeline.phaseCount(); ++i)
        EXPECT_EQ(timeline.phase(i).start, timeline.phase(i - 1).end()) << "phase " << i;
    EXPECT_EQ(timeline.phase(timeline.phaseCount() - 1).start, timeline.totalDuration());
}

TEST(Timeline, FirstSideRightStartsOnTheRight)
{
    Routine routine = defaultRoutine();
    routine.items[0].firstSide = Side::Right;
    const Timeline timeline = buildOrFail(routine);
    QList<Side> holdSides;
    for (const Phase &phase : timeline.phases())
        if (phase.isHold())
            holdSides.append(phase.side);
    EXPECT_EQ(holdSides, (QList<Side> {Side::Right, Side::Left, Side::Right, Side::Left}));
}

TEST(Timeline, HoldsCarryTheirSideLabelAndCount)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    const Phase &firstHold = timeline.phase(3);
    EXPECT_EQ(firstHold.sideLabel.text(), u"left leg on top");
    EXPECT_EQ(firstHold.holdsPerSide, 2);
    EXPECT_EQ(firstHold.exerciseId, u"seated-leg-cross");
    EXPECT_EQ(firstHold.exerciseTitle.text(), u"Seated Leg Cross");
    EXPECT_EQ(firstHold.pose, u"lean-hands");
    EXPECT_EQ(firstHold.cameraYawDegrees, 80.0);
    EXPECT_EQ(timeline.phase(5).sideLabel.text(), u"right leg on top");
}

TEST(Timeline, SwitchNamesTheSideThatComesNext)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    for (int i = 0; i < timeline.phaseCount(); ++i) {
        const Phase &phase = timeline.phase(i);
        if (phase.kind != Kind::Switch)
            continue;
        const Phase &next = timeline.phase(i + 1);
        EXPECT_EQ(phase.side, next.side) << "switch " << i;
        EXPECT_EQ(phase.sideLabel, next.sideLabel) << "switch " << i;
        EXPECT_EQ(phase.holdNumber, next.holdNumber) << "switch " << i;
    }
}

TEST(Timeline, PrepareStepsCarryTextPoseCameraAndMotion)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    const Phase &sit = timeline.phase(0);
    EXPECT_EQ(sit.stepIndex, 0);
    EXPECT_EQ(sit.stepCount, 3);
    EXPECT_EQ(sit.stepText.text(), u"Sit on the floor, upright, with your legs crossed.");
    EXPECT_EQ(sit.pose, u"sit-crossed");
    EXPECT_EQ(sit.motionDuration, 0ms);
    const Phase &lean = timeline.phase(1);
    EXPECT_EQ(lean.motionFromPose, u"sit-crossed");
    EXPECT_EQ(lean.motionDuration, 4000ms);
    EXPECT_EQ(timeline.phase(2).cameraYawDegrees, 45.0);
}

TEST(Timeline, StepWithoutDurationUsesTheDefaultPlusItsMotion)
{
    SessionOptions options;
    options.defaultStepDuration = 7000ms;
    const Timeline timeline = buildOrFail(routineOf({kneesItem()}), options);
    EXPECT_EQ(timeline.phase(0).duration, 7000ms);
    EXPECT_EQ(timeline.phase(1).duration, 7000ms + 3000ms);
    EXPECT_EQ(timeline.phase(2).start, 17000ms);
}

TEST(Timeline, WithoutSetupTheFirstPhaseIsAHold)
{
    Routine routine = defaultRoutine();
    routine.items[0].includeSetup = false;
    const Timeline timeline = buildOrFail(routine);
    EXPECT_EQ(timeline.phase(0).kind, Kind::Hold);
    EXPECT_EQ(timeline.phase(0).start, 0ms);
    EXPECT_EQ(timeline.totalDuration(), 4 * 60000ms + 3 * 10000ms);
}

TEST(Timeline, UnsidedExerciseRestsBetweenHolds)
{
    const Timeline timeline = buildOrFail(routineOf({kneesItem(3, 30, 15)}));
    expectPhases(timeline,
        {
            {Kind::Prepare, 0ms, 8000ms},
            {Kind::Prepare, 8000ms, 11000ms},
            {Kind::Hold, 19000ms, 30000ms, Side::None, 1},
            {Kind::Rest, 49000ms, 15000ms},
            {Kind::Hold, 64000ms, 30000ms, Side::None, 2},
            {Kind::Rest, 94000ms, 15000ms},
            {Kind::Hold, 109000ms, 30000ms, Side::None, 3},
            {Kind::Done, 139000ms, 0ms},
        });
    EXPECT_EQ(timeline.phase(3).holdNumber, 2); // the hold that comes next
    EXPECT_TRUE(timeline.phase(2).sideLabel.isEmpty());
}

TEST(Timeline, TwoItemsWithARestBetweenAndNoneAfterTheLast)
{
    RoutineItem first = legCrossItem(1, 30);
    first.restSeconds = 20;
    RoutineItem second = kneesItem(1, 40);
    second.restSeconds = 50; // nothing follows, so no rest
    second.includeSetup = false;
    const Timeline timeline = buildOrFail(routineOf({first, second}));
    expectPhases(timeline,
        {
            {Kind::Prepare, 0ms, 10000ms},
            {Kind::Prepare, 10000ms, 15000ms},
            {Kind::Prepare, 25000ms, 10000ms},
            {Kind::Hold, 35000ms, 30000ms, Side::Left, 1},
            {Kind::Switch, 65000ms, 10000ms, Side::Right, 1},
            {Kind::Hold, 75000ms, 30000ms, Side::Right, 1},
            {Kind::Rest, 105000ms, 20000ms},
            {Kind::Hold, 125000ms, 40000ms, Side::None, 1},
            {Kind::Done, 165000ms, 0ms},
        });
    const Phase &rest = timeline.phase(6);
    EXPECT_EQ(rest.itemIndex, 0);
    EXPECT_EQ(rest.nextExerciseId, u"knees-to-chest");
    EXPECT_EQ(timeline.phase(7).itemIndex, 1);
    EXPECT_EQ(timeline.phase(8).itemIndex, -1);
}

TEST(Timeline, ZeroSwitchTimeLeavesTheSwitchOut)
{
    Routine routine = defaultRoutine();
    routine.items[0].switchSeconds = 0;
    routine.items[0].includeSetup = false;
    const Timeline timeline = buildOrFail(routine);
    ASSERT_EQ(timeline.phaseCount(), 5);
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(timeline.phase(i).kind, Kind::Hold);
        EXPECT_EQ(timeline.phase(i).start, i * 60000ms);
    }
}

TEST(Timeline, PhaseAtUsesHalfOpenPhases)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    EXPECT_EQ(timeline.phaseAt(-5ms).phaseIndex, 0);
    EXPECT_EQ(timeline.phaseAt(-5ms).timeLeftInPhase, 10000ms);

    Timeline::Position lastOfStep = timeline.phaseAt(9999ms);
    EXPECT_EQ(lastOfStep.phaseIndex, 0);
    EXPECT_EQ(lastOfStep.elapsedInPhase, 9999ms);
    EXPECT_EQ(lastOfStep.timeLeftInPhase, 1ms);

    Timeline::Position holdStart = timeline.phaseAt(35000ms);
    EXPECT_EQ(holdStart.phaseIndex, 3);
    EXPECT_EQ(holdStart.elapsedInPhase, 0ms);
    EXPECT_EQ(holdStart.timeLeftInPhase, 60000ms);

    Timeline::Position midHold = timeline.phaseAt(123456ms);
    EXPECT_EQ(midHold.phaseIndex, 5);
    EXPECT_EQ(midHold.elapsedInPhase, 18456ms);
    EXPECT_EQ(midHold.timeLeftInPhase, 41544ms);

    EXPECT_EQ(timeline.phaseAt(304999ms).phaseIndex, 9);
    EXPECT_EQ(timeline.phaseAt(305000ms).phaseIndex, 10);
    EXPECT_EQ(timeline.phaseAt(900000ms).phaseIndex, 10);
    EXPECT_EQ(timeline.phaseAt(900000ms).timeLeftInPhase, 0ms);
}

TEST(Timeline, PhaseAtAgreesWithPhaseBoundsEverywhere)
{
    const Timeline timeline = buildOrFail(routineOf({legCrossItem(2, 20), kneesItem(2, 10, 5)}));
    for (milliseconds t = 0ms; t < timeline.totalDuration(); t += 250ms) {
        const Timeline::Position position = timeline.phaseAt(t);
        const Phase &phase = timeline.phase(position.phaseIndex);
        ASSERT_LE(phase.start, t);
        ASSERT_LT(t, phase.end());
        ASSERT_EQ(position.elapsedInPhase + position.timeLeftInPhase, phase.duration);
    }
}

TEST(Timeline, CuesInIsHalfOpen)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    // The first hold ends at 95 s: countdown at 92, 93, 94 s.
    auto countdowns = [&](milliseconds from, milliseconds to) {
        int n = 0;
        for (const Cue &cue : timeline.cuesIn(from, to))
            n += cue.kind == Cue::Kind::Countdown ? 1 : 0;
        return n;
    };
    EXPECT_EQ(countdowns(92000ms, 94000ms), 2); // 93 and 94: 92 is excluded
    EXPECT_EQ(countdowns(91999ms, 94000ms), 3);
    EXPECT_EQ(countdowns(91999ms, 93999ms), 2);
    EXPECT_EQ(countdowns(94000ms, 94000ms), 0);
    EXPECT_EQ(countdowns(94000ms, 90000ms), 0); // an empty window, never a negative span
    EXPECT_TRUE(timeline.cuesIn(-1ms, 0ms).size() >= 2); // PhaseStart and StepText at 0
}

TEST(Timeline, CuesInCoversEveryCueExactlyOnceOverConsecutiveWindows)
{
    const Timeline timeline = buildOrFail(defaultRoutine());
    qsizetype seen = 0;
    milliseconds from = -1ms;
    for (milliseconds to = 0ms; to <= timeline.totalDuration(); to += 777ms) {
        seen += qsizetype(timeline.cuesIn(from, to).size());
        from = to;
    }
    seen += qsizetype(timeline.cuesIn(from, timeline.totalDuration()).size());
    EXPECT_EQ(seen, timeline.cues().size());
}

TEST(Timeline, ExtendingAHoldShiftsEverythingAfterItByExactlyTheExtra)
{
    const Timeline base = buildOrFail(defaultRoutine());
    Result<Timeline> extended = base.withHoldExtended(5, 15000ms);
    ASSERT_TRUE(extended.ok());
    ASSERT_EQ(extended->phaseCount(), base.phaseCount());
    for (int i = 0; i < base.phaseCount(); ++i) {
        const milliseconds shift = i > 5 ? 15000ms : 0ms;
        EXPECT_EQ(extended->phase(i).start, base.phase(i).start + shift) << "phase " << i;
    }
    EXPECT_EQ(extended->phase(5).duration, 75000ms);
    EXPECT_EQ(extended->totalDuration(), base.totalDuration() + 15000ms);

    // Every cue after the extended hold moves by exactly 15 s; cues before it stay.
    auto cuesFrom = [](const Timeline &t, milliseconds from, milliseconds to) {
        QList<Cue> result;
        for (const Cue &cue : t.cuesIn(from, to))
            result.append(cue);
        return result;
    };
    EXPECT_EQ(cuesFrom(*extended, -1ms, 104999ms), cuesFrom(base, -1ms, 104999ms));
    QList<Cue> later = cuesFrom(base, 164999ms, base.totalDuration());
    for (Cue &cue : later)
        cue.at += 15000ms;
    EXPECT_EQ(cuesFrom(*extended, 179999ms, extended->totalDuration()), later);
}

TEST(Timeline, ExtensionsAddUp)
{
    const Timeline base = buildOrFail(defaultRoutine());
    Result<Timeline> once = base.withHoldExtended(3, 15000ms);
    ASSERT_TRUE(once.ok());
    Result<Timeline> twice = once->withHoldExtended(3, 15000ms);
    ASSERT_TRUE(twice.ok());
    EXPECT_EQ(twice->phase(3).duration, 90000ms);
    EXPECT_EQ(twice->phase(4).start, 35000ms + 90000ms);
}

TEST(Timeline, OnlyHoldsCanBeExtendedAndOnlyUpToTheLimit)
{
    const Timeline base = buildOrFail(defaultRoutine());
    EXPECT_FALSE(base.withHoldExtended(0, 15000ms).ok()); // a set-up step
    EXPECT_FALSE(base.withHoldExtended(4, 15000ms).ok()); // a switch
    EXPECT_FALSE(base.withHoldExtended(10, 15000ms).ok()); // Done
    EXPECT_FALSE(base.withHoldExtended(99, 15000ms).ok());
    EXPECT_FALSE(base.withHoldExtended(3, 0ms).ok());
    EXPECT_TRUE(base.withHoldExtended(3, 540000ms).ok()); // exactly the 600 s limit
    Result<Timeline> tooLong = base.withHoldExtended(3, 540001ms);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_TRUE(tooLong.error().message.contains(u"600"));
}

TEST(Timeline, AMissingExerciseIsAnErrorThatNamesIt)
{
    Routine routine = defaultRoutine();
    RoutineItem unknown = legCrossItem();
    unknown.exerciseId = QStringLiteral("cobra");
    routine.items.append(unknown);
    Result<Timeline> timeline = Timeline::build(routine, library());
    ASSERT_FALSE(timeline.ok());
    EXPECT_TRUE(timeline.error().message.contains(u"cobra"));
    EXPECT_TRUE(timeline.error().message.contains(u"2")); // the second exercise
}

TEST(Timeline, TheLookupFunctionIsUsed)
{
    const Exercise legCross = seatedLegCross();
    QStringList asked;
    Result<Timeline> timeline = Timeline::build(defaultRoutine(), [&](const QString &id) {
        asked.append(id);
        return id == legCross.id ? &legCross : nullptr;
    });
    ASSERT_TRUE(timeline.ok());
    EXPECT_EQ(asked, QStringList {legCross.id});
}

TEST(Timeline, PlansOutsideTheLimitsAreErrors)
{
    auto fails = [](auto change) {
        Routine routine = defaultRoutine();
        change(routine.items[0]);
        return !Timeline::build(routine, library()).ok();
    };
    EXPECT_TRUE(fails([](RoutineItem &item) { item.holdSeconds = 9; }));
    EXPECT_TRUE(fails([](RoutineItem &item) { item.holdSeconds = 601; }));
    EXPECT_TRUE(fails([](RoutineItem &item) { item.holdsPerSide = 0; }));
    EXPECT_TRUE(fails([](RoutineItem &item) { item.holdsPerSide = 11; }));
    EXPECT_TRUE(fails([](RoutineItem &item) { item.switchSeconds = -1; }));
    EXPECT_TRUE(fails([](RoutineItem &item) { item.restSeconds = 601; }));
    EXPECT_FALSE(fails([](RoutineItem &item) { item.holdSeconds = 10; }));
    EXPECT_FALSE(fails([](RoutineItem &item) { item.holdSeconds = 600; }));
}

TEST(Timeline, AnEmptyRoutineOrBrokenOptionsAreErrors)
{
    EXPECT_FALSE(Timeline::build(routineOf({}), library()).ok());
    SessionOptions options;
    options.breatheOut = 0ms;
    EXPECT_FALSE(Timeline::build(defaultRoutine(), library(), options).ok());
    options.breathingCues = false; // a zero breath time no longer matters
    EXPECT_TRUE(Timeline::build(defaultRoutine(), library(), options).ok());
    options.defaultStepDuration = 0ms;
    EXPECT_FALSE(Timeline::build(defaultRoutine(), library(), options).ok());
}

TEST(Timeline, DurationOfGivesTheBuiltTotalOrTheSameError)
{
    const QMap<QString, Exercise> exercises = library();
    const Timeline::ExerciseLookup lookup = [&exercises](const QString &id) -> const Exercise * {
        auto it = exercises.constFind(id);
        return it == exercises.cend() ? nullptr : &*it;
    };
    RoutineItem gettingReady = legCrossItem(3, 45);
    gettingReady.getReadySeconds = 15;
    gettingReady.firstSide = Side::Right;
    RoutineItem withoutSetup = kneesItem(2, 20, 5);
    withoutSetup.includeSetup = false;
    SessionOptions slowSteps;
    slowSteps.defaultStepDuration = 12s;
    const std::vector<std::pair<Routine, SessionOptions>> cases = {
        {defaultRoutine(), {}},
        {defaultRoutine(), slowSteps},
        {routineOf({gettingReady, kneesItem()}), {}},
        {routineOf({withoutSetup, legCrossItem(1, 30), gettingReady}), slowSteps},
    };
    for (const auto &[routine, options] : cases) {
        const Timeline built = buildOrFail(routine, options);
        const Result<milliseconds> duration = Timeline::durationOf(routine, lookup, options);
        ASSERT_TRUE(duration.ok()) << duration.error().message.toStdString();
        EXPECT_EQ(*duration, built.totalDuration());
        EXPECT_GT(*duration, 0ms);
    }

    Routine unknown = defaultRoutine();
    unknown.items[0].exerciseId = QStringLiteral("cobra");
    SessionOptions broken;
    broken.defaultStepDuration = 0ms;
    RoutineItem tooLong = legCrossItem(2, 601);
    for (const auto &[routine, options] :
        std::vector<std::pair<Routine, SessionOptions>> {{unknown, {}}, {defaultRoutine(), broken},
            {routineOf({}), {}}, {routineOf({tooLong}), {}}}) {
        const Result<milliseconds> duration = Timeline::durationOf(routine, lookup, options);
        const Result<Timeline> built = Timeline::build(routine, lookup, options);
        ASSERT_FALSE(built.ok());
        ASSERT_FALSE(duration.ok());
        EXPECT_EQ(duration.error(), built.error());
    }
}

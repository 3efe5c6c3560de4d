// The session's pacing and safety: the get-ready phase, items done without
// sides, step cautions, finish words, the words after a stop for pain, and
// the hold limits.

#include "core/session/cuetext.h"
#include "core/session/sessionrunner.h"
#include "core/session/timeline.h"
#include "tests/core/session/sessionfixtures.h"
#include "tests/core/session/sessionrecorder.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::test;
using namespace std::chrono_literals;
using std::chrono::milliseconds;
using Kind = Phase::Kind;
using Type = RunnerEvent::Type;

namespace {

QMap<QString, Exercise> carefulLibrary()
{
    QMap<QString, Exercise> exercises = library();
    exercises.insert(QStringLiteral("seated-leg-cross"), carefulLegCross());
    return exercises;
}

Timeline build(const Routine &routine, const QMap<QString, Exercise> &exercises = carefulLibrary(),
    const SessionOptions &options = {})
{
    Result<Timeline> timeline = Timeline::build(routine, exercises, options);
    EXPECT_TRUE(timeline.ok()) << (timeline.ok() ? "" : timeline.error().message.toStdString());
    return std::move(timeline).value();
}

RoutineItem withGetReady(RoutineItem item, int seconds)
{
    item.getReadySeconds = seconds;
    return item;
}

QList<Cue> cuesOf(const Timeline &timeline, Cue::Kind kind)
{
    QList<Cue> result;
    for (const Cue &cue : timeline.cues())
        if (cue.kind == kind)
            result.append(cue);
    return result;
}

QList<Cue> cuesAt(const Timeline &timeline, milliseconds at)
{
    QList<Cue> result;
    for (const Cue &cue : timeline.cues())
        if (cue.at == at)
            result.append(cue);
    return result;
}

struct Row
{
    Kind kind;
    milliseconds start;
    milliseconds duration;
    Side side = Side::None;
};

void expectPhases(const Timeline &timeline, const std::vector<Row> &rows)
{
    ASSERT_EQ(timeline.phaseCount(), int(rows.size()));
    for (int i = 0; i < timeline.phaseCount(); ++i) {
        SCOPED_TRACE(testing::Message() << "phase " << i);
        EXPECT_EQ(timeline.phase(i).kind, rows[size_t(i)].kind);
        EXPECT_EQ(timeline.phase(i).start, rows[size_t(i)].start);
        EXPECT_EQ(timeline.phase(i).duration, rows[size_t(i)].duration);
        EXPECT_EQ(timeline.phase(i).side, rows[size_t(i)].side);
    }
}

} // namespace

// --- Limits ---------------------------------------------------------------

TEST(HoldLimits, HoldsPerSideRunFromOneToTen)
{
    EXPECT_EQ(limits::minHoldsPerSide, 1);
    EXPECT_EQ(limits::maxHoldsPerSide, 10);
    EXPECT_TRUE(Timeline::build(routineOf({legCrossItem(10, 30)}), library()).ok());
    const Result<Timeline> tooMany = Timeline::build(routineOf({legCrossItem(11, 30)}), library());
    ASSERT_FALSE(tooMany.ok());
    EXPECT_TRUE(tooMany.error().message.contains(QStringLiteral("from 1 to 10")))
        << tooMany.error().message.toStdString();
}

TEST(HoldLimits, AHoldLastsTenToSixHundredSeconds)
{
    EXPECT_EQ(limits::minHoldSeconds, 10);
    EXPECT_EQ(limits::maxHoldSeconds, 600);
    EXPECT_TRUE(Timeline::build(routineOf({legCrossItem(1, 10)}), library()).ok());
    EXPECT_TRUE(Timeline::build(routineOf({legCrossItem(1, 600)}), library()).ok());
    const Result<Timeline> tooShort = Timeline::build(routineOf({legCrossItem(1, 9)}), library());
    ASSERT_FALSE(tooShort.ok());
    EXPECT_TRUE(tooShort.error().message.contains(QStringLiteral("from 10 to 600")))
        << tooShort.error().message.toStdString();
    EXPECT_FALSE(Timeline::build(routineOf({legCrossItem(1, 601)}), library()).ok());
}

TEST(HoldLimits, TheGetReadyTimeRunsFromZeroToTheLimit)
{
    EXPECT_TRUE(Timeline::build(
        routineOf({withGetReady(legCrossItem(), limits::maxGetReadySeconds)}), library())
                    .ok());
    const Result<Timeline> tooLong = Timeline::build(
        routineOf({withGetReady(legCrossItem(), limits::maxGetReadySeconds + 1)}), library());
    ASSERT_FALSE(tooLong.ok());
    EXPECT_TRUE(tooLong.error().message.contains(QStringLiteral("get-ready")));
    EXPECT_FALSE(Timeline::build(routineOf({withGetReady(legCrossItem(), -1)}), library()).ok());
}

// --- Get ready ------------------------------------------------------------

TEST(GetReady, ADefaultItemGetsFifteenSecondsFirst)
{
    RoutineItem item;
    item.exerciseId = QStringLiteral("knees-to-chest");
    EXPECT_EQ(item.getReadySeconds, 15);
    const Timeline timeline = build(routineOf({item}));
    EXPECT_EQ(timeline.phase(0).kind, Kind::GetReady);
    EXPECT_EQ(timeline.phase(0).duration, 15000ms);
    EXPECT_EQ(timeline.phase(1).kind, Kind::Prepare);
}

TEST(GetReady, ComesFirstInEveryItemBeforeStepsOrTheFirstHold)
{
    RoutineItem legs = withGetReady(legCrossItem(1, 30), 15);
    legs.restSeconds = 20;
    RoutineItem knees = withGetReady(kneesItem(2, 20, 5), 5);
    knees.includeSetup = false;
    const Timeline timeline = build(routineOf({legs, knees}));
    expectPhases(timeline,
        {
            {Kind::GetReady, 0ms, 15000ms, Side::Left},
            {Kind::Prepare, 15000ms, 10000ms},
            {Kind::Prepare, 25000ms, 15000ms},
            {Kind::Prepare, 40000ms, 10000ms},
            {Kind::Hold, 50000ms, 30000ms, Side::Left},
            {Kind::Switch, 80000ms, 10000ms, Side::Right},
            {Kind::Hold, 90000ms, 30000ms, Side::Right},
            {Kind::Rest, 120000ms, 20000ms},
            {Kind::GetReady, 140000ms, 5000ms},
            {Kind::Hold, 145000ms, 20000ms},
            {Kind::Rest, 165000ms, 5000ms},
            {Kind::Hold, 170000ms, 20000ms},
            {Kind::Done, 190000ms, 0ms},
        });
    EXPECT_EQ(timeline.phase(8).exerciseId, QStringLiteral("knees-to-chest"));
    EXPECT_EQ(timeline.phase(8).itemIndex, 1);
}

TEST(GetReady, ShowsItsOwnPoseAndWords)
{
    const Timeline timeline = build(routineOf({withGetReady(legCrossItem(), 15)}));
    const Phase &ready = timeline.phase(0);
    EXPECT_EQ(ready.pose, QStringLiteral("sit-ready"));
    EXPECT_EQ(ready.cameraYawDegrees, 30.0);
    EXPECT_EQ(ready.stepText, text("Sit on a mat with your legs crossed."));
    EXPECT_EQ(ready.sideLabel, text("left leg on top", "linkes Bein oben"));
}

TEST(GetReady, FallsBackToTheFirstStepThenToTheHold)
{
    // No get-ready words or pose: the first step's.
    const Timeline fromStep = build(routineOf({withGetReady(legCrossItem(), 15)}), library());
    EXPECT_EQ(fromStep.phase(0).pose, QStringLiteral("sit-crossed"));
    EXPECT_EQ(fromStep.phase(0).cameraYawDegrees, 90.0);
    EXPECT_EQ(fromStep.phase(0).stepText, seatedLegCross().steps[0].text);

    // No steps either: the hold pose and camera, and no words of its own.
    QMap<QString, Exercise> exercises = library();
    exercises[QStringLiteral("seated-leg-cross")].steps.clear();
    const Timeline fromHold = build(routineOf({withGetReady(legCrossItem(), 15)}), exercises);
    EXPECT_EQ(fromHold.phase(0).pose, QStringLiteral("lean-hands"));
    EXPECT_EQ(fromHold.phase(0).cameraYawDegrees, 80.0);
    EXPECT_TRUE(fromHold.phase(0).stepText.isEmpty());
    EXPECT_EQ(fromHold.cues().first().text, QStringLiteral("Get ready: Seated Leg Cross"));
}

TEST(GetReady, SaysTheTitleThenTheWordsWithAShortForm)
{
    SessionOptions options;
    options.uiLanguages = {QStringLiteral("en")};
    const Timeline timeline
        = build(routineOf({withGetReady(legCrossItem(), 15)}), carefulLibrary(), options);
    const Cue &start = timeline.cues().first();
    EXPECT_EQ(start.kind, Cue::Kind::PhaseStart);
    EXPECT_EQ(start.phaseIndex, 0);
    EXPECT_EQ(start.at, 0ms);
    EXPECT_EQ(start.text,
        QStringLiteral("Get ready: Seated Leg Cross. Sit on a mat with your legs crossed."));
    EXPECT_EQ(start.shortText, QStringLiteral("Get ready: Seated Leg Cross"));
    // Nothing else at that moment: the one sentence says it all.
    EXPECT_EQ(cuesAt(timeline, 0ms).size(), 1);
}

TEST(GetReady, ARoutineWithoutSetUpNoLongerStartsInAHold)
{
    RoutineItem item = legCrossItem(1, 30);
    item.includeSetup = false;
    item.getReadySeconds = 15;
    const Timeline timeline = build(routineOf({item}));
    EXPECT_EQ(timeline.phase(0).kind, Kind::GetReady);
    EXPECT_EQ(timeline.phase(1).kind, Kind::Hold);
    EXPECT_EQ(timeline.phase(1).start, 15000ms);
}

// --- Items without sides --------------------------------------------------

TEST(Unsided, AnAlternatingExerciseWithoutSidesHoldsWithoutThem)
{
    RoutineItem item = legCrossItem(3, 20);
    item.includeSetup = false;
    item.switchSeconds = 5;
    item.sided = false;
    const Timeline timeline = build(routineOf({item}), library());
    expectPhases(timeline,
        {
            {Kind::Hold, 0ms, 20000ms},
            {Kind::Rest, 20000ms, 5000ms},
            {Kind::Hold, 25000ms, 20000ms},
            {Kind::Rest, 45000ms, 5000ms},
            {Kind::Hold, 50000ms, 20000ms},
            {Kind::Done, 70000ms, 0ms},
        });
    for (const Phase &phase : timeline.phases())
        EXPECT_TRUE(phase.sideLabel.isEmpty()) << "phase " << phase.index;
    EXPECT_TRUE(cuesOf(timeline, Cue::Kind::SwitchSides).isEmpty());
    EXPECT_EQ(timeline.phase(4).holdNumber, 3);
    EXPECT_EQ(timeline.phase(4).holdsPerSide, 3);
}

TEST(Unsided, ItsGetReadyNamesNoSide)
{
    RoutineItem item = withGetReady(legCrossItem(1, 20), 10);
    item.sided = false;
    const Timeline timeline = build(routineOf({item}));
    EXPECT_EQ(timeline.phase(0).side, Side::None);
    EXPECT_TRUE(timeline.phase(0).sideLabel.isEmpty());
}

TEST(Unsided, HoldsAreRecordedWithSideNone)
{
    RoutineItem item = legCrossItem(2, 10);
    item.includeSetup = false;
    item.sided = false;
    ManualClock clock;
    SessionRunner runner(build(routineOf({item}), library()), clock, clock);
    SessionRecorder recorder(runner, clock);
    runner.start();
    while (const auto wait = runner.timeUntilNextEvent()) {
        clock.advance(*wait);
        runner.poll();
    }
    ASSERT_EQ(recorder.holds().size(), 2);
    for (const HoldRecord &hold : recorder.holds()) {
        EXPECT_EQ(hold.side, Side::None);
        EXPECT_TRUE(hold.completed);
    }
    ASSERT_TRUE(recorder.summary());
    EXPECT_EQ(recorder.summary()->completedUnsidedHolds, 2);
    EXPECT_EQ(recorder.summary()->completedLeftHolds, 0);
}

TEST(Unsided, TheSidedFlagMeansNothingForAnUnsidedExercise)
{
    RoutineItem sided = kneesItem(2, 20, 5);
    RoutineItem unsided = sided;
    unsided.sided = false;
    EXPECT_EQ(build(routineOf({sided})).phases(), build(routineOf({unsided})).phases());
}

// --- Cautions -------------------------------------------------------------

TEST(Cautions, EachStepCarriesItsOwn)
{
    const Timeline timeline = build(routineOf({legCrossItem(1, 30)}));
    EXPECT_TRUE(timeline.phase(0).cautions.isEmpty());
    EXPECT_EQ(timeline.phase(1).cautions, carefulLegCross().steps[1].cautions);
    EXPECT_EQ(timeline.phase(2).cautions, carefulLegCross().steps[2].cautions);
    // With the steps done, the hold repeats none of them.
    EXPECT_TRUE(timeline.phase(3).cautions.isEmpty());
}

TEST(Cautions, AreSaidAfterTheStepsInstruction)
{
    const Timeline timeline = build(routineOf({legCrossItem(1, 30)}));
    const QList<Cue> atStep = cuesAt(timeline, timeline.phase(1).start);
    ASSERT_EQ(atStep.size(), 4);
    EXPECT_EQ(atStep[0].kind, Cue::Kind::PhaseStart);
    EXPECT_EQ(atStep[1].kind, Cue::Kind::StepText);
    EXPECT_EQ(atStep[2].kind, Cue::Kind::Caution);
    EXPECT_EQ(atStep[2].text, QStringLiteral("Bend only at the hips."));
    EXPECT_EQ(atStep[3].kind, Cue::Kind::Caution);
    EXPECT_EQ(atStep[3].text, QStringLiteral("Stop if your knees hurt."));
    for (const Cue &caution : cuesOf(timeline, Cue::Kind::Caution)) {
        EXPECT_EQ(caution.priority, Cue::Priority::High);
        EXPECT_GT(caution.priority, priorityOf(Cue::Kind::StepText));
    }
    EXPECT_EQ(cuesOf(timeline, Cue::Kind::Caution).size(), 3);
}

TEST(Cautions, WithoutTheSetUpStepsAllAreSaidAtTheFirstHold)
{
    RoutineItem item = legCrossItem(2, 30);
    item.includeSetup = false;
    const Timeline timeline = build(routineOf({item}));
    const Phase &firstHold = timeline.phase(0);
    ASSERT_TRUE(firstHold.isHold());
    EXPECT_EQ(firstHold.cautions.size(), 3);
    const QList<Cue> cautions = cuesOf(timeline, Cue::Kind::Caution);
    ASSERT_EQ(cautions.size(), 3);
    for (const Cue &caution : cautions) {
        EXPECT_EQ(caution.at, firstHold.start);
        EXPECT_EQ(caution.phaseIndex, firstHold.index);
    }
    EXPECT_EQ(cautions[0].text, QStringLiteral("Bend only at the hips."));
    EXPECT_EQ(cautions[2].text, QStringLiteral("Keep your lower back long."));
    // The hold's title comes first, then the cautions.
    EXPECT_EQ(cuesAt(timeline, 0ms).first().kind, Cue::Kind::PhaseStart);
    for (int i = 1; i < timeline.phaseCount(); ++i)
        EXPECT_TRUE(timeline.phase(i).cautions.isEmpty()) << "phase " << i;
}

TEST(Cautions, AStepWithoutItsOwnTimeGetsTimeToSayThem)
{
    QMap<QString, Exercise> exercises = library();
    Exercise &knees = exercises[QStringLiteral("knees-to-chest")];
    knees.steps[0].cautions = {text("Keep your head on the floor."), text("Breathe.")};
    SessionOptions options;
    const Timeline timeline = build(routineOf({kneesItem()}), exercises, options);
    EXPECT_EQ(timeline.phase(0).duration, options.defaultStepDuration + 2 * options.cautionTime);
    EXPECT_EQ(timeline.phase(1).duration, options.defaultStepDuration + 3000ms);
}

// --- Finish words ---------------------------------------------------------

TEST(Finish, AreSaidAsThePhaseAfterTheLastHoldBegins)
{
    RoutineItem legs = legCrossItem(2, 30);
    legs.restSeconds = 20;
    RoutineItem legsAgain = withGetReady(legCrossItem(1, 30), 10);
    const Timeline timeline = build(routineOf({legs, legsAgain}));
    const QList<Cue> finishes = cuesOf(timeline, Cue::Kind::Finish);
    ASSERT_EQ(finishes.size(), 2);

    const Phase &rest = timeline.phase(finishes[0].phaseIndex);
    EXPECT_EQ(rest.kind, Kind::Rest);
    EXPECT_TRUE(timeline.phase(rest.index - 1).isHold());
    EXPECT_EQ(finishes[0].at, rest.start);
    EXPECT_EQ(finishes[0].text, QStringLiteral("Sit up slowly and uncross your legs."));
    EXPECT_EQ(finishes[0].priority, Cue::Priority::High);

    const Phase &done = timeline.phase(finishes[1].phaseIndex);
    EXPECT_EQ(done.kind, Kind::Done);
    EXPECT_EQ(finishes[1].at, timeline.totalDuration());
    // First at its instant: it belongs to the exercise that just ended.
    EXPECT_EQ(cuesAt(timeline, done.start).first().kind, Cue::Kind::Finish);
    EXPECT_EQ(cuesAt(timeline, done.start).last().kind, Cue::Kind::Done);
}

TEST(Finish, ComeBeforeTheNextExercisesGetReady)
{
    const Timeline timeline
        = build(routineOf({legCrossItem(1, 30), withGetReady(kneesItem(1, 20, 0), 10)}));
    const QList<Cue> finishes = cuesOf(timeline, Cue::Kind::Finish);
    ASSERT_EQ(finishes.size(), 1); // the knees have no finish words
    const Phase &next = timeline.phase(finishes[0].phaseIndex);
    EXPECT_EQ(next.kind, Kind::GetReady);
    EXPECT_EQ(next.exerciseId, QStringLiteral("knees-to-chest"));
    const QList<Cue> atStart = cuesAt(timeline, next.start);
    ASSERT_GE(atStart.size(), 2);
    EXPECT_EQ(atStart[0].kind, Cue::Kind::Finish);
    EXPECT_EQ(atStart[1].kind, Cue::Kind::PhaseStart);
}

TEST(Finish, NotBetweenTheHoldsOfOneExercise)
{
    const Timeline timeline = build(routineOf({legCrossItem(3, 30)}));
    const QList<Cue> finishes = cuesOf(timeline, Cue::Kind::Finish);
    ASSERT_EQ(finishes.size(), 1);
    EXPECT_EQ(timeline.phase(finishes[0].phaseIndex).kind, Kind::Done);
}

TEST(Finish, MovesWithAnExtendedHold)
{
    const Timeline timeline = build(routineOf({legCrossItem(1, 30)}));
    const int lastHold = timeline.phaseCount() - 2;
    const Result<Timeline> extended = timeline.withHoldExtended(lastHold, 15s);
    ASSERT_TRUE(extended.ok());
    EXPECT_EQ(cuesOf(*extended, Cue::Kind::Finish).first().at,
        cuesOf(timeline, Cue::Kind::Finish).first().at + 15s);
}

// --- The runner -----------------------------------------------------------

namespace {

struct Harness
{
    explicit Harness(const Routine &routine, SessionOptions options = {})
        : runner(build(routine, carefulLibrary(), options), clock, clock)
        , recorder(runner, clock)
    { }

    ManualClock clock;
    SessionRunner runner;
    SessionRecorder recorder;
};

} // namespace

TEST(SafetyRunner, RunsThroughGetReadyIntoTheHolds)
{
    RoutineItem item = withGetReady(legCrossItem(1, 10), 15);
    item.includeSetup = false;
    Harness h(routineOf({item}));
    h.runner.start();
    EXPECT_EQ(h.runner.currentPhase().kind, Kind::GetReady);
    EXPECT_EQ(h.runner.timeLeftInPhase(), 15000ms);
    h.clock.advance(15000ms);
    h.runner.poll();
    EXPECT_EQ(h.runner.currentPhase().kind, Kind::Hold);
    EXPECT_TRUE(h.recorder.holds().isEmpty()); // getting ready is not holding
}

TEST(SafetyRunner, AStopForPainSaysTheFinishWordsBeforeFinishing)
{
    Harness h(routineOf({legCrossItem(1, 30)}));
    QList<QString> order;
    QObject::connect(&h.runner, &SessionRunner::timeBaseChanged, &h.runner,
        [&] { order.append(QStringLiteral("timeBase")); });
    h.runner.start();
    h.clock.advance(40000ms); // in the first hold
    h.runner.poll();
    ASSERT_TRUE(h.runner.currentPhase().isHold());
    QObject::connect(&h.runner, &SessionRunner::cue, &h.runner,
        [&](const Cue &cue) { order.append(QStringLiteral("cue %1").arg(int(cue.kind))); });
    QObject::connect(&h.runner, &SessionRunner::finished, &h.runner,
        [&] { order.append(QStringLiteral("finished")); });
    order.clear();
    h.runner.stop(StopReason::Pain);

    const QList<Cue> said = h.recorder.cues(Cue::Kind::StoppedForPain);
    ASSERT_EQ(said.size(), 1);
    EXPECT_EQ(said[0].text, QStringLiteral("Sit up slowly and uncross your legs."));
    EXPECT_EQ(said[0].priority, Cue::Priority::Critical);
    EXPECT_EQ(said[0].at, 40000ms);
    EXPECT_EQ(order,
        (QList<QString> {QStringLiteral("timeBase"),
            QStringLiteral("cue %1").arg(int(Cue::Kind::StoppedForPain)),
            QStringLiteral("finished")}));
    ASSERT_EQ(h.recorder.holds().size(), 1);
    EXPECT_FALSE(h.recorder.holds()[0].completed);
}

TEST(SafetyRunner, AStopForPainWithoutFinishWordsSaysGeneralOnes)
{
    Harness h(routineOf({kneesItem(1, 20, 0)}));
    h.runner.start();
    h.clock.advance(3000ms);
    h.runner.poll();
    h.runner.stop(StopReason::Pain);
    const QList<Cue> said = h.recorder.cues(Cue::Kind::StoppedForPain);
    ASSERT_EQ(said.size(), 1);
    EXPECT_EQ(said[0].text, cuetext::stoppedForPain());
    EXPECT_FALSE(said[0].text.isEmpty());
}

TEST(SafetyRunner, AnOrdinaryStopSaysNothingMore)
{
    Harness h(routineOf({legCrossItem(1, 30)}));
    h.runner.start();
    h.clock.advance(5000ms);
    h.runner.poll();
    h.runner.stop(StopReason::User);
    EXPECT_TRUE(h.recorder.cues(Cue::Kind::StoppedForPain).isEmpty());
    ASSERT_TRUE(h.recorder.summary());
}

TEST(SafetyRunner, LatePollsStillGiveCautionsAndFinishWords)
{
    // Polls 7 s apart: past the stale limit, yet safety words are kept.
    Harness h(routineOf({legCrossItem(1, 10)}));
    h.runner.start();
    while (h.runner.state() != SessionRunner::State::Finished) {
        h.clock.advance(7000ms);
        h.runner.poll();
    }
    EXPECT_EQ(h.recorder.cues(Cue::Kind::Caution).size(), 3);
    EXPECT_EQ(h.recorder.cues(Cue::Kind::Finish).size(), 1);
    // Whereas late instructions and countdowns are dropped.
    EXPECT_LT(h.recorder.cues(Cue::Kind::StepText).size(), 3);
    EXPECT_LT(h.recorder.cues(Cue::Kind::Countdown).size(), 6);
}

TEST(SafetyRunner, SkippingTheLastHoldStillSaysTheFinishWords)
{
    RoutineItem item = legCrossItem(1, 30);
    item.includeSetup = false;
    Harness h(routineOf({item}));
    h.runner.start();
    h.runner.skip(); // left hold
    h.runner.skip(); // the switch
    ASSERT_TRUE(h.runner.currentPhase().isHold());
    h.runner.skip(); // the last hold: on to Done
    EXPECT_EQ(h.recorder.cues(Cue::Kind::Finish).size(), 1);
}

namespace {

/// The library, with the Seated Leg Cross's second step (its first hold's
/// preparation) written for `seconds` and saying `text` and `cautions`.
QMap<QString, Exercise> libraryWithSecondStep(
    int seconds, const QString &text, const QList<LocalizedText> &cautions)
{
    Exercise talkative = carefulLegCross();
    Step &lean = talkative.steps[1];
    lean.durationSeconds = seconds;
    lean.text = LocalizedText(text);
    lean.cautions = cautions;
    QMap<QString, Exercise> exercises = library();
    exercises.insert(talkative.id, talkative);
    return exercises;
}

TEST(StepLength, AStepLastsAtLeastAsLongAsItsWordsTakeToSay)
{
    const QMap<QString, Exercise> exercises = libraryWithSecondStep(5,
        QStringLiteral(
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"),
        {LocalizedText(QStringLiteral("one two three four five six"))});

    SessionOptions options;
    options.unhurriedWordsPerMinute = 60; // a word a second: 20 words, 20 s
    const Timeline timeline = build(routineOf({legCrossItem(1, 30)}), exercises, options);
    ASSERT_EQ(timeline.phase(1).kind, Kind::Prepare);
    EXPECT_EQ(timeline.phase(1).duration, 20s);

    // Fewer words than the content's time: the content's time stands.
    options.unhurriedWordsPerMinute = 600;
    const Timeline quick = build(routineOf({legCrossItem(1, 30)}), exercises, options);
    EXPECT_EQ(quick.phase(1).duration, 5s);
}

TEST(StepLength, WordsAreCountedBetweenRunsOfWhiteSpace)
{
    // Tabs, line breaks and runs of spaces separate words; nothing at either end counts.
    const QMap<QString, Exercise> exercises
        = libraryWithSecondStep(1, QStringLiteral("  one\ttwo\n\nthree   four  five  "),
            {LocalizedText(QStringLiteral("six\r\nseven")), LocalizedText(QString())});

    SessionOptions options;
    options.unhurriedWordsPerMinute = 60; // a word a second: 7 words, 7 s
    const Timeline timeline = build(routineOf({legCrossItem(1, 30)}), exercises, options);
    ASSERT_EQ(timeline.phase(1).kind, Kind::Prepare);
    EXPECT_EQ(timeline.phase(1).duration, 7s);
}

TEST(StepLength, ANoBreakSpaceSeparatesWordsToo)
{
    // French puts a no-break space before a colon: "Inspirez : expirez" is three words.
    const QMap<QString, Exercise> exercises
        = libraryWithSecondStep(1, QStringLiteral("Inspirez\u00a0: expirez"), {});

    SessionOptions options;
    options.unhurriedWordsPerMinute = 60;
    const Timeline timeline = build(routineOf({legCrossItem(1, 30)}), exercises, options);
    ASSERT_EQ(timeline.phase(1).kind, Kind::Prepare);
    EXPECT_EQ(timeline.phase(1).duration, 3s);
}

} // namespace

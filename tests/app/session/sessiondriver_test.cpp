// The driver arms one precise single-shot timer for the runner's next
// deadline after every poll and action, and hands every cue to the sink.
#include "tests/app/session/sessionfixture.h"

#include <QTimer>

namespace limber::test {
namespace {

class SessionDriverTest : public ::testing::Test
{
protected:
    SessionDriverTest()
    {
        library = ContentLibrary::load({bundledContentRoot()});
        options.uiLanguages = {QStringLiteral("en")};
        // The deadlines below are those of the set-up steps: no getting ready first.
        Routine routine = *library.routine(library.defaultRoutineId());
        for (RoutineItem &item : routine.items)
            item.getReadySeconds = 0;
        auto built = Timeline::build(
            routine, [this](const QString &id) { return library.exercise(id); }, options);
        driver = std::make_unique<SessionDriver>(std::move(built).value(), clock, clock);
        driver->setCueSink(&sink);
    }

    /// When the runner says the next thing happens, in monotonic time from now.
    std::optional<std::chrono::milliseconds> runnerWait() const
    {
        return driver->runner().timeUntilNextEvent();
    }

    ManualClock clock;
    ContentLibrary library;
    SessionOptions options;
    RecordingCueSink sink;
    std::unique_ptr<SessionDriver> driver;
};

TEST_F(SessionDriverTest, UsesAPreciseSingleShotTimer)
{
    const QList<QTimer *> timers = driver->findChildren<QTimer *>();
    ASSERT_EQ(timers.size(), 1);
    EXPECT_EQ(timers.constFirst()->timerType(), Qt::PreciseTimer);
    EXPECT_TRUE(timers.constFirst()->isSingleShot());
    EXPECT_FALSE(driver->armedWait().has_value()) << "idle before the start";
}

TEST_F(SessionDriverTest, ArmsForTheNextDeadlineAfterEveryPoll)
{
    driver->start();
    // The first step lasts 10 s and has no cues inside it.
    EXPECT_EQ(driver->armedWait(), 10s);
    clock.advance(4s);
    driver->poll();
    EXPECT_EQ(driver->armedWait(), 6s);
    EXPECT_EQ(driver->armedWait(), runnerWait());

    clock.advance(6s);
    driver->poll();
    EXPECT_EQ(driver->runner().currentPhase().index, 1);
    EXPECT_EQ(driver->armedWait(), runnerWait());
    EXPECT_GT(*driver->armedWait(), 0ms);
}

TEST_F(SessionDriverTest, ArmsAgainAfterEveryAction)
{
    driver->start();
    clock.advance(3s);
    driver->skip();
    const auto stepTwo = driver->runner().timeline().phase(1).duration;
    EXPECT_EQ(driver->armedWait(), stepTwo) << "step 2 lasts its whole length from now";

    driver->togglePause();
    EXPECT_FALSE(driver->armedWait().has_value());
    clock.advance(1min);
    driver->togglePause();
    EXPECT_EQ(driver->armedWait(), stepTwo) << "a pause takes nothing from the step";

    clock.advance(2s);
    driver->back();
    EXPECT_EQ(driver->armedWait(), runnerWait());

    driver->stop(StopReason::User);
    EXPECT_FALSE(driver->armedWait().has_value()) << "nothing more to do";
}

TEST_F(SessionDriverTest, ExtendingAHoldMovesTheDeadline)
{
    driver->start();
    int hold = 0;
    while (!driver->runner().timeline().phase(hold).isHold())
        ++hold;
    const auto holdStart = driver->runner().timeline().phase(hold).start;
    // Step through the deadlines as the timer would.
    while (driver->runner().activeElapsed() < holdStart) {
        clock.advance(*driver->armedWait());
        driver->poll();
    }
    const auto before = *driver->armedWait();
    EXPECT_TRUE(driver->extendHold());
    EXPECT_EQ(driver->armedWait(), runnerWait());
    EXPECT_GE(*driver->armedWait(), before) << "nothing comes sooner because the hold is longer";
    EXPECT_EQ(driver->runner().timeLeftInPhase(), 75s);
}

TEST_F(SessionDriverTest, EveryCueGoesToTheSinkInOrder)
{
    driver->start();
    while (driver->armedWait()) {
        clock.advance(*driver->armedWait());
        driver->poll();
    }
    EXPECT_EQ(driver->runner().state(), SessionRunner::State::Finished);
    EXPECT_EQ(sink.cues(), driver->runner().timeline().cues());
}

TEST_F(SessionDriverTest, WithoutASinkCuesAreSimplyNotPlayed)
{
    driver->setCueSink(nullptr);
    driver->start();
    clock.advance(10s);
    driver->poll();
    EXPECT_EQ(sink.count(), 0);
    EXPECT_EQ(driver->runner().currentPhase().index, 1);
}

TEST_F(SessionDriverTest, WatchingForStallsItPollsThreeTimesWithinTheThreshold)
{
    SessionOptions watching = options;
    watching.stallThreshold = 3s;
    Routine routine = *library.routine(library.defaultRoutineId());
    auto built = Timeline::build(
        routine, [this](const QString &id) { return library.exercise(id); }, watching);
    SessionDriver watched(std::move(built).value(), clock, clock);
    watched.start();
    ASSERT_GT(*watched.runner().timeUntilNextEvent(), 1s) << "a quiet stretch comes first";
    EXPECT_EQ(watched.armedWait(), 1s);
    // Stepping as the timer would, through the whole session: never paused.
    for (int polls = 0; polls < 10000 && watched.armedWait(); ++polls) {
        clock.advance(*watched.armedWait());
        watched.poll();
        ASSERT_FALSE(watched.runner().isPaused()) << "at " << clock.now().count() << " ms";
    }
    EXPECT_EQ(watched.runner().state(), SessionRunner::State::Finished);
}

} // namespace
} // namespace limber::test

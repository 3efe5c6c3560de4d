// The scheduler hands each planned sound to the mixer at the moment the
// runner's active time falls on it, on a ManualClock, and takes queued
// sounds back whenever that mapping changes.
#include "app/audio/soundscheduler.h"
#include "core/session/sessionrunner.h"
#include "tests/core/session/sessionfixtures.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace limber {
namespace {

constexpr int rate = 1000;

PlannedSound toneAt(milliseconds at)
{
    PlannedSound sound;
    sound.kind = PlannedSound::Kind::Tone;
    sound.at = at;
    sound.duration = 10ms;
    return sound;
}

struct Queued
{
    milliseconds at;
    milliseconds fromNow; ///< how far ahead of the steady clock it was asked for
};

class SoundSchedulerTest : public ::testing::Test
{
protected:
    SoundSchedulerTest()
    {
        auto built = Timeline::build(test::routineOf({test::legCrossItem(2, 20)}), test::library());
        EXPECT_TRUE(built.ok());
        runner = std::make_unique<SessionRunner>(std::move(built).value(), clock, clock);
        QObject::connect(&scheduler, &SoundScheduler::soundQueued,
            [this](const PlannedSound &sound, Mixer::Clock::time_point when) {
                queued.push_back({sound.at,
                    std::chrono::duration_cast<milliseconds>(when - Mixer::Clock::now() + 500us)});
            });
        scheduler.setClipSource(
            [this](const PlannedSound &sound) {
                askedFor.append(sound.at);
                return std::make_shared<const PcmClip>(std::vector<float>(10, 0.5f), rate);
            },
            [this](const QList<PlannedSound> &coming) {
                for (const PlannedSound &sound : coming)
                    heardOf.append(sound.at);
            });
    }

    void attach(QList<milliseconds> times)
    {
        SoundPlan plan;
        for (const milliseconds at : times)
            plan.sounds.append(toneAt(at));
        scheduler.attach(*runner, plan);
    }

    QList<milliseconds> queuedTimes() const
    {
        QList<milliseconds> times;
        for (const Queued &entry : queued)
            times.append(entry.at);
        return times;
    }

    ManualClock clock;
    Mixer mixer {rate};
    SoundScheduler scheduler {mixer, clock};
    std::unique_ptr<SessionRunner> runner;
    std::vector<Queued> queued;
    QList<milliseconds> askedFor; ///< the clips the scheduler asked for, in order
    QList<milliseconds> heardOf; ///< the sounds it said were coming up, in order
};

TEST_F(SoundSchedulerTest, QueuesSoundsALookaheadBeforeTheirMomentAtThatMoment)
{
    runner->start(500ms); // the first moment comes half a second from now
    attach({0ms, 300ms, 5000ms});
    ASSERT_EQ(queuedTimes(), (QList<milliseconds> {0ms}));
    EXPECT_NEAR(double(queued[0].fromNow.count()), 500.0, 2.0);

    clock.advance(300ms);
    scheduler.pump();
    ASSERT_EQ(queuedTimes(), (QList<milliseconds> {0ms, 300ms}));
    EXPECT_NEAR(double(queued[1].fromNow.count()), 500.0, 2.0) << "due at 800 ms, now is 300 ms";

    clock.advance(4500ms); // 4.8 s: the last is due at 5.5 s, 700 ms away: not yet
    scheduler.pump();
    EXPECT_EQ(queued.size(), 2u);
    clock.advance(150ms);
    scheduler.pump();
    ASSERT_EQ(queued.size(), 3u);
    EXPECT_NEAR(double(queued[2].fromNow.count()), 550.0, 2.0);
    EXPECT_EQ(scheduler.queuedCount(), 3);
}

TEST_F(SoundSchedulerTest, ClipsAreAskedForAtHandOverAndAnnouncedHalfAMinuteAhead)
{
    // A session's words are not all kept in memory: each clip is fetched as
    // its sound is handed over, and the sounds of the coming half minute are
    // announced first so their words can be rendered before then.
    runner->start();
    attach({0ms, 10s, 35s, 70s});
    EXPECT_EQ(askedFor, (QList<milliseconds> {0ms}));
    EXPECT_EQ(heardOf, (QList<milliseconds> {0ms, 10s, 35s}))
        << "within 30 s of the next sound still to hand over (10 s)";

    clock.advance(9500ms);
    scheduler.pump();
    EXPECT_EQ(askedFor, (QList<milliseconds> {0ms, 10s}));
    EXPECT_EQ(heardOf, (QList<milliseconds> {0ms, 10s, 35s})) << "each announced once";

    clock.advance(25s); // 34.5 s: the 35 s sound is handed over
    scheduler.pump();
    EXPECT_EQ(askedFor, (QList<milliseconds> {0ms, 10s, 35s}));
    EXPECT_EQ(heardOf, (QList<milliseconds> {0ms, 10s, 35s, 70s}))
        << "heard of a whole wake-up before it is asked for";
    EXPECT_EQ(queuedTimes(), askedFor);
}

TEST_F(SoundSchedulerTest, ASoundWithoutAClipIsSkipped)
{
    scheduler.setClipSource([](const PlannedSound &sound) -> std::shared_ptr<const PcmClip> {
        if (sound.at == 300ms)
            return nullptr;
        return std::make_shared<const PcmClip>(std::vector<float>(10, 0.5f), rate);
    });
    runner->start();
    attach({0ms, 300ms, 500ms});
    EXPECT_EQ(queuedTimes(), (QList<milliseconds> {0ms, 500ms}));
    EXPECT_EQ(scheduler.queuedCount(), 2);
}

TEST_F(SoundSchedulerTest, APauseTakesBackWhatWasQueuedAndResumeQueuesItAgainLater)
{
    runner->start();
    attach({1000ms, 1200ms});
    clock.advance(600ms);
    scheduler.pump();
    EXPECT_EQ(mixer.pendingCount(), 2u);

    runner->pause();
    EXPECT_EQ(mixer.pendingCount(), 0u) << "nothing sounds for a paused session";
    clock.advance(10s);
    scheduler.pump();
    EXPECT_EQ(mixer.pendingCount(), 0u);

    runner->resume();
    EXPECT_EQ(mixer.pendingCount(), 2u);
    EXPECT_NEAR(double(queued.back().fromNow.count()), 600.0, 2.0)
        << "1200 ms active, 600 ms were held";
}

TEST_F(SoundSchedulerTest, AJumpSkipsWhatLiesBeforeItButKeepsTheSoundAtItsStart)
{
    runner->start();
    const milliseconds secondPhase = runner->timeline().phase(1).start;
    attach({0ms, secondPhase - 100ms, secondPhase, secondPhase + 100ms});
    EXPECT_EQ(queuedTimes(), (QList<milliseconds> {0ms}));
    runner->skip();
    EXPECT_EQ(queuedTimes(), (QList<milliseconds> {0ms, secondPhase, secondPhase + 100ms}));
    EXPECT_NEAR(double(queued[1].fromNow.count()), 0.0, 2.0);
}

TEST_F(SoundSchedulerTest, ANewPlanTakesBackMovedSoundsAndKeepsTheSameOnes)
{
    runner->start();
    attach({100ms, 400ms});
    EXPECT_EQ(mixer.pendingCount(), 2u);
    SoundPlan moved;
    moved.sounds = {toneAt(100ms), toneAt(15400ms)};
    scheduler.replan(moved);
    EXPECT_EQ(mixer.pendingCount(), 1u);
    EXPECT_EQ(queuedTimes(), (QList<milliseconds> {100ms, 400ms}));
}

TEST_F(SoundSchedulerTest, AfterTheLastMomentTheClosingSoundsStillPlayThenItSaysDone)
{
    runner->start();
    const milliseconds end = runner->timeline().totalDuration();
    attach({end, end + 1500ms});
    QSignalSpy done(&scheduler, &SoundScheduler::finishedPlaying);
    clock.advance(end);
    runner->poll(); // finishes the routine
    ASSERT_EQ(runner->state(), SessionRunner::State::Finished);
    EXPECT_EQ(queuedTimes(), (QList<milliseconds> {end}));
    clock.advance(1000ms);
    scheduler.pump();
    ASSERT_EQ(queuedTimes(), (QList<milliseconds> {end, end + 1500ms}));
    EXPECT_NEAR(double(queued[1].fromNow.count()), 500.0, 2.0);
    EXPECT_EQ(done.count(), 0) << "two sounds still to play";

    std::vector<float> buffer(4000);
    mixer.render(buffer.data(), 4000, Mixer::Clock::now());
    ASSERT_TRUE(mixer.isIdle());
    scheduler.pump();
    EXPECT_EQ(done.count(), 1);
}

TEST_F(SoundSchedulerTest, SkippingToTheEndStillPlaysTheClosingSoundsButNoneSkipped)
{
    runner->start();
    const milliseconds end = runner->timeline().totalDuration();
    attach({0ms, runner->timeline().phase(1).start + 1000ms, end - 1000ms, end, end + 1500ms});
    QSignalSpy done(&scheduler, &SoundScheduler::finishedPlaying);
    while (runner->state() != SessionRunner::State::Finished)
        runner->skip();
    EXPECT_EQ(queuedTimes(), (QList<milliseconds> {0ms, end}))
        << "nothing from the holds skipped, the done tone at once";
    EXPECT_NEAR(double(queued.back().fromNow.count()), 0.0, 2.0);
    clock.advance(1000ms);
    scheduler.pump();
    ASSERT_EQ(queuedTimes(), (QList<milliseconds> {0ms, end, end + 1500ms}));
    EXPECT_NEAR(double(queued.back().fromNow.count()), 500.0, 2.0);
    EXPECT_EQ(done.count(), 0);
}

TEST_F(SoundSchedulerTest, AStopTakesEverythingBack)
{
    runner->start();
    attach({100ms, 200ms, 60s});
    QSignalSpy done(&scheduler, &SoundScheduler::finishedPlaying);
    runner->stop();
    EXPECT_EQ(mixer.pendingCount(), 0u);
    clock.advance(60s);
    scheduler.pump();
    EXPECT_EQ(queued.size(), 2u);
    EXPECT_EQ(done.count(), 1);
}

} // namespace
} // namespace limber

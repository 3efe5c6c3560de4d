// The player where no sound output exists (as under test), and the speech
// cache over the real eSpeak NG engine, rendering into memory.
#include "app/audio/audiomodule.h"
#include "app/audio/cueplayer.h"
#include "app/audio/speechcache.h"
#ifdef LIMBER_TEST_HAVE_ESPEAK
#include "app/audio/system/espeakspeech.h"
#endif
#include "core/session/sessionrunner.h"
#include "core/session/timeline.h"
#include "core/util/clock.h"
#include "tests/core/session/sessionfixtures.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

Timeline shortTimeline()
{
    auto built = Timeline::build(test::routineOf({test::legCrossItem(1, 10)}), test::library());
    EXPECT_TRUE(built.ok());
    return std::move(built).value();
}

/// A machine with no sound output and no speech engine.
class SystemWithoutOutput final : public AudioSystem
{
public:
    OutputDevice defaultOutput() const override { return {}; }
    void watchOutputs(QObject *, std::function<void()>) override { }
    std::unique_ptr<PlayingOutput> play(const OutputDevice &, int, SoundFeed &) override
    {
        ADD_FAILURE() << "there is no output to play on";
        return nullptr;
    }
    std::unique_ptr<SpeechEngine> speechEngine(QString *problem) override
    {
        *problem = u"no engine here"_s;
        return nullptr;
    }
};

CuePlayer::Machine silentMachine()
{
    CuePlayer::Machine machine;
    machine.audioSystem = [](QString *) -> std::unique_ptr<AudioSystem> {
        return std::make_unique<SystemWithoutOutput>();
    };
    return machine;
}

/// The session after a sound with no audio system at all: the player must
/// let it run to its end, silent, and the mixer must be left with nothing.
void runSilentlyToTheEnd(CuePlayer &player, ManualClock &clock)
{
    const Timeline timeline = shortTimeline();
    bool ready = false;
    player.prepareSession(timeline, [&ready] { ready = true; });
    EXPECT_TRUE(ready) << "nothing to wait for: the session starts at once";
    EXPECT_EQ(player.sessionLead(), 0ms);

    SessionRunner runner(timeline, clock, clock);
    runner.start(player.sessionLead());
    player.attachSession(runner);
    EXPECT_TRUE(player.currentPlan().sounds.isEmpty());
    for (const Cue &cue : timeline.cues())
        player.play(cue);
    clock.advance(timeline.totalDuration());
    runner.poll();
    EXPECT_EQ(runner.state(), SessionRunner::State::Finished);
    EXPECT_TRUE(player.mixer().isIdle());
}

TEST(CuePlayerWithoutOutput, StaysSilentSaysSoOnceAndLetsTheSessionRun)
{
    ManualClock clock;
    CuePlayer player(clock, silentMachine());
    QStringList notices;
    QObject::connect(&player, &CuePlayer::audioUnavailable,
        [&notices](const QString &reason) { notices.append(reason); });
    player.start();
    player.start();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices.constFirst().contains(u"sound output"_s))
        << notices.constFirst().toStdString();
    EXPECT_FALSE(player.tonesAvailable());
    EXPECT_FALSE(player.voiceAvailable());

    runSilentlyToTheEnd(player, clock);
    QStringList testResults;
    player.playTestSound([&testResults](const QString &result) { testResults.append(result); });
    ASSERT_EQ(testResults.size(), 1) << "nothing to play: told at once";
    EXPECT_TRUE(testResults.constFirst().contains(u"No audio output"_s))
        << testResults.constFirst().toStdString();
    EXPECT_FALSE(player.voiceAvailable());
    EXPECT_EQ(player.voiceProblem(), testResults.constFirst());
    EXPECT_EQ(notices.size(), 1);
}

TEST(CuePlayerWithoutAudioModule, SaysSoOncePointsToReinstallingAndLetsTheSessionRun)
{
    ManualClock clock;
    CuePlayer::Machine machine;
    machine.audioSystem = [](QString *problem) -> std::unique_ptr<AudioSystem> {
        *problem = u"Limber's sound part (limber-audio) is missing."_s;
        return nullptr;
    };
    CuePlayer player(clock, machine);
    QStringList notices;
    QObject::connect(&player, &CuePlayer::audioUnavailable,
        [&notices](const QString &reason) { notices.append(reason); });
    player.start();
    player.start();
    EXPECT_EQ(notices, QStringList {u"Limber's sound part (limber-audio) is missing."_s});
    EXPECT_FALSE(player.tonesAvailable());
    EXPECT_FALSE(player.voiceAvailable());
    EXPECT_EQ(player.voiceProblem(), notices.value(0));

    runSilentlyToTheEnd(player, clock);
    QStringList testResults;
    player.playTestSound([&testResults](const QString &result) { testResults.append(result); });
    EXPECT_EQ(testResults, notices) << "the test sound tells the same reason";
}

TEST(AudioModule, TheBuiltModuleLoadsAndGivesTheMachinesAudioSystem)
{
    QString problem;
    const auto system = AudioModule::load({QStringLiteral(LIMBER_TEST_AUDIO_MODULE)}, &problem);
    ASSERT_TRUE(system) << problem.toStdString();
    EXPECT_TRUE(problem.isEmpty());
    QString speechProblem;
    const auto engine = system->speechEngine(&speechProblem);
#ifdef LIMBER_TEST_HAVE_ESPEAK
    ASSERT_TRUE(engine) << speechProblem.toStdString();
    EXPECT_FALSE(engine->voicesFor(u"en"_s).isEmpty());
#else
    EXPECT_FALSE(engine);
    EXPECT_FALSE(speechProblem.isEmpty());
#endif
}

TEST(AudioModule, AMissingModuleIsASentenceThatNamesIt)
{
    QString problem;
    EXPECT_FALSE(AudioModule::load({u"/nonexistent/limber-audio"_s}, &problem));
    EXPECT_TRUE(problem.contains(u"limber-audio"_s)) << problem.toStdString();
    EXPECT_TRUE(problem.contains(u"on screen"_s)) << problem.toStdString();
}

TEST(AudioModule, IsLookedForWhereTheTestsNameItThenBesideTheProgram)
{
    const QStringList paths = AudioModule::searchPaths();
    ASSERT_GE(paths.size(), 2);
    EXPECT_EQ(paths.at(0), qEnvironmentVariable("LIMBER_AUDIO_MODULE"));
    EXPECT_EQ(paths.at(1), QCoreApplication::applicationDirPath() + u"/limber-audio"_s);
}

TEST(CuePlayerWithoutOutput, LoadsEveryToneAsAShortSoftEdgedClip)
{
    ManualClock clock;
    CuePlayer player(clock, silentMachine());
    player.start();
    for (const Tone tone : allTones) {
        EXPECT_GT(player.toneLength(tone), 50ms) << toneName(tone).toStdString();
        EXPECT_LT(player.toneLength(tone), 1500ms) << toneName(tone).toStdString();
    }
}

#ifdef LIMBER_TEST_HAVE_ESPEAK
class SpeechCacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString problem;
        auto engine = EspeakSpeech::create(&problem);
        ASSERT_TRUE(engine) << problem.toStdString();
        cache = std::make_unique<SpeechCache>(std::move(engine));
        cache->setVoice({u"en"_s, 150});
    }

    void prepareAndWait(const QStringList &texts)
    {
        QSignalSpy prepared(cache.get(), &SpeechCache::prepared);
        const quint64 request = cache->prepare(texts);
        ASSERT_TRUE(prepared.wait(20000));
        EXPECT_EQ(prepared.constFirst().constFirst().toULongLong(), request);
    }

    std::unique_ptr<SpeechCache> cache;
};

TEST_F(SpeechCacheTest, RendersEverySentenceBeforeItIsNeededWithItsLength)
{
    EXPECT_FALSE(cache->length(u"Switch: right leg on top"_s));
    prepareAndWait({u"Switch: right leg on top"_s, u"Three"_s, u"Well done"_s});
    const auto longer = cache->length(u"Switch: right leg on top"_s);
    const auto shorter = cache->length(u"Three"_s);
    ASSERT_TRUE(longer && shorter);
    EXPECT_GT(*longer, *shorter);
    EXPECT_GT(*shorter, 100ms);
    EXPECT_LT(*longer, 3s);
    const auto clip = cache->clip(u"Well done"_s);
    ASSERT_TRUE(clip);
    // Kept at eSpeak's own rate, less than half the memory of the stream's;
    // the mixer converts it as it plays.
    EXPECT_LT(clip->sampleRate(), CuePlayer::sampleRate);
    EXPECT_GT(clip->peak(), 0.05f) << "words, not silence";
    // Trimmed and soft-edged: no silence to wait through, no click.
    EXPECT_LT(std::abs(clip->sampleAt(0)), 0.01f);
    EXPECT_LT(std::abs(clip->sampleAt(clip->frameCount() - 1)), 0.01f);
    EXPECT_GT(cache->byteSize(), 0u);
}

TEST_F(SpeechCacheTest, KeepsRenderedWordsPerVoice)
{
    prepareAndWait({u"Breathe in"_s});
    const auto first = cache->clip(u"Breathe in"_s);
    prepareAndWait({u"Breathe in"_s});
    EXPECT_EQ(cache->clip(u"Breathe in"_s), first) << "the same clip, not rendered twice";
    cache->setVoice({u"en"_s, 220});
    EXPECT_FALSE(cache->clip(u"Breathe in"_s)) << "a faster voice is another rendering";
    prepareAndWait({u"Breathe in"_s});
    ASSERT_TRUE(cache->clip(u"Breathe in"_s));
    EXPECT_LT(cache->clip(u"Breathe in"_s)->duration(), first->duration());
}

TEST_F(SpeechCacheTest, AnUnknownVoiceRendersNothingAndSaysWhy)
{
    cache->setVoice({u"no-such-voice-xx"_s, 150});
    prepareAndWait({u"Hello"_s});
    EXPECT_FALSE(cache->clip(u"Hello"_s));
    EXPECT_TRUE(cache->lastProblem().contains(u"no-such-voice-xx"_s))
        << cache->lastProblem().toStdString();
}

TEST_F(SpeechCacheTest, ListsVoicesForALanguage)
{
    const QStringList english = cache->voiceNames(u"en"_s);
    ASSERT_FALSE(english.isEmpty());
    EXPECT_TRUE(english.join(u' ').contains(u"English"_s)) << english.join(u", "_s).toStdString();
}
#endif

} // namespace
} // namespace limber

#include "audio/cueplayer.h"
#include "audio/speechoutput.h"
#include "audio/toneoutput.h"

#include <QAudio>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

/// Stands in for a speech engine: remembers what it was asked to say and
/// finishes only when the test says so.
class ScriptedSpeech final : public SpeechOutput
{
public:
    bool isUsable() const override { return usable; }
    QString problem() const override { return usable ? QString() : u"engine broken"_s; }
    void speak(const QString &text) override
    {
        if (speaking)
            ++cutOff;
        spoken.append(text);
        speaking = true;
    }
    void stop() override
    {
        speaking = false;
        ++stops;
    }
    void setVolume(double value) override { volume = value; }
    QStringList voiceNames() const override { return {u"kal"_s, u"slt"_s}; }
    void setVoiceName(const QString &name) override { voice = name; }

    /// The engine reaches the end of what it was saying.
    void finish()
    {
        speaking = false;
        Q_EMIT finished();
    }

    bool usable = true;
    bool speaking = false;
    int cutOff = 0;
    int stops = 0;
    double volume = -1;
    QString voice;
    QStringList spoken;
};

/// Stands in for the sound card: remembers the tones and the gain.
class RecordingTones final : public ToneOutput
{
public:
    explicit RecordingTones(QList<Tone> *played, float *gain)
        : m_played(played)
        , m_gain(gain)
    { }
    void play(Tone tone) override { m_played->append(tone); }
    void setGain(float gain) override { *m_gain = gain; }

private:
    QList<Tone> *m_played;
    float *m_gain;
};

Cue cueOf(Cue::Kind kind, Cue::Priority priority, const QString &text)
{
    Cue cue;
    cue.kind = kind;
    cue.priority = priority;
    cue.text = text;
    return cue;
}

QList<Cue> everyKindOfCue()
{
    QList<Cue> cues;
    for (int kind = 0; kind <= static_cast<int>(Cue::Kind::Done); ++kind)
        cues.append(cueOf(static_cast<Cue::Kind>(kind), Cue::Priority::Normal, u"words"_s));
    return cues;
}

class CuePlayerTest : public ::testing::Test
{
protected:
    /// A player with recording tones and a ScriptedSpeech for a voice.
    std::unique_ptr<CuePlayer> playerWith(CuePlayer::Environment environment)
    {
        CuePlayer::Outputs outputs;
        outputs.tones = [this] { return std::make_unique<RecordingTones>(&sounded, &toneGain); };
        outputs.speech = [this](const QString &engine) -> std::unique_ptr<SpeechOutput> {
            ++speechCreated;
            requestedEngine = engine;
            auto created = std::make_unique<ScriptedSpeech>();
            created->usable = speechUsable;
            speech = created.get();
            return created;
        };
        auto player = std::make_unique<CuePlayer>(clock, std::move(environment), outputs);
        // Words follow their tone at once: no test waits for a real timer.
        player->setToneLeadIn(0ms);
        QObject::connect(player.get(), &CuePlayer::audioUnavailable,
            [this](const QString &reason) { notices.append(reason); });
        QObject::connect(
            player.get(), &CuePlayer::tonePlayed, [this](Tone tone) { tones.append(tone); });
        return player;
    }

    ManualClock clock;
    ScriptedSpeech *speech = nullptr;
    bool speechUsable = true;
    int speechCreated = 0;
    QString requestedEngine;
    QStringList notices;
    QList<Tone> tones; ///< announced through tonePlayed()
    QList<Tone> sounded; ///< reached the tone output
    float toneGain = -1;
};

TEST_F(CuePlayerTest, WithoutSoundOutputStaysSilentAndSaysSoOnce)
{
    auto player = playerWith({false, {u"flite"_s}});
    player->start();
    player->start();
    for (const Cue &cue : everyKindOfCue())
        player->play(cue);

    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices.constFirst().contains(u"sound output"_s))
        << notices.constFirst().toStdString();
    EXPECT_FALSE(player->tonesAvailable());
    EXPECT_FALSE(player->voiceAvailable());
    EXPECT_EQ(speechCreated, 0);
    EXPECT_TRUE(tones.isEmpty());
    EXPECT_TRUE(sounded.isEmpty());
    EXPECT_FLOAT_EQ(toneGain, -1.0f) << "no tone output was even made";
    EXPECT_TRUE(player->voiceNames().isEmpty());
}

TEST_F(CuePlayerTest, PlayingBeforeStartIsSilentNotACrash)
{
    auto player = playerWith({true, {u"flite"_s}});
    for (const Cue &cue : everyKindOfCue())
        player->play(cue);
    EXPECT_TRUE(tones.isEmpty());
    EXPECT_EQ(speechCreated, 0);
}

TEST_F(CuePlayerTest, OnThisMachineNeverCrashesAndReportsAtMostOnce)
{
    // Whatever this machine has (usually no sound server under test).
    CuePlayer player(clock);
    int reported = 0;
    QObject::connect(&player, &CuePlayer::audioUnavailable, [&reported] { ++reported; });
    player.start();
    for (const Cue &cue : everyKindOfCue())
        player.play(cue);
    player.stopSpeaking();
    player.start();
    EXPECT_LE(reported, 1);
    EXPECT_EQ(reported == 0, player.tonesAvailable() && player.voiceAvailable());
}

TEST_F(CuePlayerTest, WithoutSpeechEngineTonesCarryTheCountdown)
{
    auto player = playerWith({true, {}});
    player->start();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices.constFirst().contains(u"speech engine"_s));
    EXPECT_TRUE(player->tonesAvailable());
    EXPECT_FALSE(player->voiceAvailable());

    Cue three = cueOf(Cue::Kind::Countdown, Cue::Priority::High, {});
    three.count = 3;
    player->play(three);
    EXPECT_EQ(tones, QList<Tone> {Tone::CountdownTick});
    EXPECT_EQ(sounded, tones);
}

TEST_F(CuePlayerTest, NoVoiceNoticeWhenTheVoiceIsSwitchedOff)
{
    auto player = playerWith({true, {}});
    CuePreferences preferences;
    preferences.voice = false;
    player->setPreferences(preferences);
    player->start();
    EXPECT_TRUE(notices.isEmpty());
}

TEST_F(CuePlayerTest, BrokenSpeechEngineIsReportedAndLeftAlone)
{
    speechUsable = false;
    auto player = playerWith({true, {u"flite"_s}});
    player->start();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices.constFirst().contains(u"engine broken"_s));
    EXPECT_FALSE(player->voiceAvailable());
    player->play(cueOf(Cue::Kind::StepText, Cue::Priority::Normal, u"Sit"_s));
}

TEST_F(CuePlayerTest, SpeaksOneCueAtATimeAndInterruptsOnlyForMoreImportantOnes)
{
    auto player = playerWith({true, {u"flite"_s, u"speechd"_s}});
    player->start();
    ASSERT_TRUE(player->voiceAvailable());
    EXPECT_EQ(requestedEngine, u"flite"_s);
    EXPECT_TRUE(notices.isEmpty());

    player->play(cueOf(Cue::Kind::StepText, Cue::Priority::Normal, u"Lean forward"_s));
    player->play(cueOf(Cue::Kind::Halfway, Cue::Priority::Low, u"Halfway"_s));
    EXPECT_EQ(speech->spoken, QStringList {u"Lean forward"_s});

    speech->finish();
    EXPECT_EQ(speech->spoken, (QStringList {u"Lean forward"_s, u"Halfway"_s}));
    EXPECT_EQ(speech->cutOff, 0);

    player->play(cueOf(Cue::Kind::SwitchSides, Cue::Priority::High, u"Switch: left leg on top"_s));
    EXPECT_EQ(speech->spoken.constLast(), u"Switch: left leg on top"_s);
    EXPECT_EQ(speech->cutOff, 1);
    EXPECT_EQ(tones, QList<Tone> {Tone::SwitchSides});
}

TEST_F(CuePlayerTest, WordsWaitForTheirToneButPlainWordsDoNot)
{
    auto player = playerWith({true, {u"flite"_s}});
    player->setToneLeadIn(400ms);
    player->start();
    player->play(cueOf(Cue::Kind::PhaseStart, Cue::Priority::High, u"Hold the stretch"_s));
    EXPECT_EQ(tones, QList<Tone> {Tone::PhaseStart});
    EXPECT_TRUE(speech->spoken.isEmpty()) << "the chime is heard on its own first";
    player->play(cueOf(Cue::Kind::StepText, Cue::Priority::Normal, u"Sit upright"_s));
    EXPECT_EQ(speech->spoken, QStringList {u"Sit upright"_s});
}

TEST_F(CuePlayerTest, QueuedWordsThatWentStaleAreNotSaid)
{
    auto player = playerWith({true, {u"flite"_s}});
    player->start();
    player->play(cueOf(Cue::Kind::StepText, Cue::Priority::Normal, u"A long instruction"_s));
    player->play(cueOf(Cue::Kind::TenSecondsLeft, Cue::Priority::Normal, u"Ten seconds left"_s));
    clock.advance(4s);
    speech->finish();
    EXPECT_EQ(speech->spoken, QStringList {u"A long instruction"_s});
}

TEST_F(CuePlayerTest, VolumeAndVoiceReachTheOutputs)
{
    auto player = playerWith({true, {u"flite"_s}});
    player->setVoiceName(u"slt"_s);
    player->start();
    EXPECT_EQ(speech->voice, u"slt"_s);
    EXPECT_EQ(player->voiceNames(), (QStringList {u"kal"_s, u"slt"_s}));

    player->setVolume(0.5);
    const double expected
        = QAudio::convertVolume(0.5f, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
    EXPECT_DOUBLE_EQ(speech->volume, expected);
    EXPECT_FLOAT_EQ(toneGain, static_cast<float>(expected));
    EXPECT_LT(speech->volume, 0.5);
    player->setVolume(-3.0);
    EXPECT_DOUBLE_EQ(speech->volume, 0.0);
    EXPECT_DOUBLE_EQ(player->volume(), 0.0);
    player->setVolume(7.0);
    EXPECT_DOUBLE_EQ(speech->volume, 1.0);
    EXPECT_FLOAT_EQ(toneGain, 1.0f);
}

TEST_F(CuePlayerTest, SwitchingTheVoiceOffSilencesItAndForgetsWaitingWords)
{
    auto player = playerWith({true, {u"flite"_s}});
    player->start();
    player->play(cueOf(Cue::Kind::StepText, Cue::Priority::Normal, u"one"_s));
    player->play(cueOf(Cue::Kind::Halfway, Cue::Priority::Normal, u"two"_s));
    CuePreferences preferences;
    preferences.voice = false;
    player->setPreferences(preferences);
    EXPECT_EQ(speech->stops, 1);
    EXPECT_EQ(player->voiceQueue().waiting(), 0);

    player->play(cueOf(Cue::Kind::StepText, Cue::Priority::Normal, u"three"_s));
    EXPECT_EQ(speech->spoken, QStringList {u"one"_s});
}

} // namespace
} // namespace limber

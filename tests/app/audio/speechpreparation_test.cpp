// The voice behind the cue player, over an engine that renders silence of a
// known length: which problem it reports, and when the words are ready.
#include "app/audio/speechcache.h"
#include "app/audio/speechengine.h"
#include "app/audio/speechpreparation.h"

#include <QLocale>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace limber {
namespace {

constexpr int rate = 8000;

/// English voices only; 10 ms of sound a character; a voice named "mute" fails.
class FakeEngine final : public SpeechEngine
{
public:
    QStringList voicesFor(const QString &language) const override
    {
        return language == u"en"_s ? QStringList {u"English (America)"_s} : QStringList();
    }
    Result<PcmClip> render(const QString &text, const SpeechVoice &voice) override
    {
        if (voice.name == u"mute"_s)
            return Error {u"The voice mute cannot speak."_s};
        return PcmClip(std::vector<float>(std::size_t(text.size()) * rate / 100, 0.5f), rate);
    }
};

TEST(SpeechPreparation, WithoutAnEngineSaysWhyAndHasNothingToWaitFor)
{
    SpeechPreparation speech;
    speech.setEngine(nullptr, u"eSpeak NG is missing."_s);
    EXPECT_FALSE(speech.hasEngine());
    const auto problem = speech.problem();
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->reason, u"eSpeak NG is missing."_s);
    EXPECT_EQ(
        problem->notice, u"eSpeak NG is missing. Cues are given by tones and on screen instead."_s);
    EXPECT_TRUE(speech.voiceNames().isEmpty());

    QSignalSpy ready(&speech, &SpeechPreparation::wordsReady);
    speech.prepare({u"Breathe in"_s});
    EXPECT_TRUE(speech.isReady());
    EXPECT_FALSE(speech.clip(u"Breathe in"_s));
    EXPECT_FALSE(speech.clipNow(u"Breathe in"_s));
    EXPECT_TRUE(ready.isEmpty()) << "nothing was asked of an engine";

    SpeechPreparation unexplained;
    unexplained.setEngine(nullptr, {});
    ASSERT_TRUE(unexplained.problem());
    EXPECT_EQ(unexplained.problem()->reason, u"No speech engine is installed."_s);
}

TEST(SpeechPreparation, BeforeItHasAnEngineNothingIsRendered)
{
    SpeechPreparation speech;
    EXPECT_FALSE(speech.cache());
    speech.prepare({u"Breathe in"_s});
    EXPECT_TRUE(speech.isReady());
    EXPECT_FALSE(speech.length(u"Breathe in"_s));
}

TEST(SpeechPreparation, NoVoiceForTheLanguageUnlessOneWasChosen)
{
    const QLocale pinned;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    SpeechPreparation speech;
    speech.setEngine(std::make_unique<FakeEngine>(), {});
    const auto problem = speech.problem();
    QLocale::setDefault(pinned);
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->reason.contains(u"German"_s)) << problem->reason.toStdString();
    EXPECT_TRUE(speech.voiceNames().contains(u"English (America)"_s));
    speech.setVoiceName(u"English (America)"_s);
    EXPECT_FALSE(speech.problem());
}

TEST(SpeechPreparation, RendersTheWordsAndSaysWhenTheyAreReady)
{
    SpeechPreparation speech;
    speech.setEngine(std::make_unique<FakeEngine>(), {});
    EXPECT_FALSE(speech.problem());
    QSignalSpy ready(&speech, &SpeechPreparation::wordsReady);
    QSignalSpy failed(&speech, &SpeechPreparation::voiceFailed);
    speech.prepare({u"Breathe in"_s, u"Switch sides now"_s});
    EXPECT_FALSE(speech.isReady());
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_TRUE(speech.isReady());
    EXPECT_TRUE(failed.isEmpty());
    ASSERT_TRUE(speech.length(u"Breathe in"_s));
    EXPECT_EQ(*speech.length(u"Breathe in"_s), 100ms);
    EXPECT_TRUE(speech.clip(u"Switch sides now"_s));
    EXPECT_FALSE(speech.clip(u"Well done"_s));
    EXPECT_TRUE(speech.clipNow(u"Well done"_s)) << "rendered at once when asked for";

    speech.prepare({});
    EXPECT_TRUE(speech.isReady()) << "nothing asked for: nothing to wait for";
}

TEST(SpeechPreparation, ASessionKeepsOnlyTheWordsItCanSay)
{
    // Routines looked at one after another must not pile up their words.
    SpeechPreparation speech;
    speech.setEngine(std::make_unique<FakeEngine>(), {});
    QSignalSpy ready(&speech, &SpeechPreparation::wordsReady);
    speech.warmUp({u"Lie on your back"_s});
    speech.prepare({u"Breathe in"_s, u"Switch sides now"_s});
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_FALSE(speech.clip(u"Lie on your back"_s)) << "the other routine's words are gone";
    speech.prepare({u"Switch sides now"_s, u"Well done"_s});
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_FALSE(speech.clip(u"Breathe in"_s));
    const auto kept = speech.clip(u"Switch sides now"_s);
    const auto added = speech.clip(u"Well done"_s);
    ASSERT_TRUE(kept && added);
    EXPECT_EQ(speech.cache()->byteSize(), kept->byteSize() + added->byteSize());
}

TEST(SpeechCache, KeepsEveryLengthButOnlyABudgetOfSoundAndTheFirstWordsAmongIt)
{
    // Memory must not grow with the routine: the planner needs every length,
    // the mixer only the words about to be said.
    const QStringList words {u"Get ready"_s, u"Left leg on top"_s, u"Switch sides now"_s,
        u"Right leg on top"_s, u"Breathe out slowly"_s, u"Well done"_s};
    const std::size_t oneSecond = rate * sizeof(qint16);
    SpeechCache cache(std::make_unique<FakeEngine>(), nullptr, oneSecond / 2);
    cache.setVoice({u"English (America)"_s, 175});
    QSignalSpy prepared(&cache, &SpeechCache::prepared);
    cache.prepare(words);
    ASSERT_TRUE(prepared.wait(5000));

    for (const QString &text : words) {
        ASSERT_TRUE(cache.length(text)) << text.toStdString();
        EXPECT_EQ(*cache.length(text), std::chrono::milliseconds(text.size() * 10));
    }
    EXPECT_LE(cache.byteSize(), oneSecond / 2);
    EXPECT_TRUE(cache.clip(u"Get ready"_s)) << "the first words are rendered last, so kept";
    EXPECT_FALSE(cache.clip(u"Breathe out slowly"_s)) << "let go for the budget";

    const auto again = cache.renderNow(u"Breathe out slowly"_s);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->duration(), *cache.length(u"Breathe out slowly"_s));
    EXPECT_TRUE(cache.clip(u"Breathe out slowly"_s)) << "rendered again and kept";
    EXPECT_LE(cache.byteSize(), oneSecond / 2);
}

TEST(SpeechPreparation, AVoiceThatFailsIsReportedBeforeTheWordsAreReady)
{
    SpeechPreparation speech;
    speech.setEngine(std::make_unique<FakeEngine>(), {});
    speech.setVoiceName(u"mute"_s);
    QStringList events;
    QObject::connect(&speech, &SpeechPreparation::voiceFailed,
        [&events](const QString &problem) { events << problem; });
    QObject::connect(&speech, &SpeechPreparation::wordsReady, [&events] { events << u"ready"_s; });
    QSignalSpy ready(&speech, &SpeechPreparation::wordsReady);
    speech.prepare({u"Hello"_s});
    ASSERT_TRUE(ready.wait(5000));
    ASSERT_EQ(events.size(), 2);
    EXPECT_TRUE(events.at(0).contains(u"mute"_s)) << events.at(0).toStdString();
    EXPECT_EQ(events.at(1), u"ready"_s);
    EXPECT_FALSE(speech.clip(u"Hello"_s));
}

TEST(SpeechPreparation, WarmingUpRendersWithoutAnAnswer)
{
    SpeechPreparation speech;
    speech.setEngine(std::make_unique<FakeEngine>(), {});
    QSignalSpy ready(&speech, &SpeechPreparation::wordsReady);
    speech.warmUp({u"Breathe out"_s});
    EXPECT_TRUE(speech.isReady());
    // A later preparation of the same words finds them rendered.
    speech.prepare({u"Breathe out"_s});
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_EQ(ready.size(), 1);
    EXPECT_TRUE(speech.clip(u"Breathe out"_s));
}

/// A voice for every language; remembers which voice it was asked to speak with.
class VoiceRecordingEngine final : public SpeechEngine
{
public:
    explicit VoiceRecordingEngine(QStringList *voicesUsed)
        : m_voicesUsed(voicesUsed)
    { }
    QStringList voicesFor(const QString &language) const override { return {language}; }
    Result<PcmClip> render(const QString &text, const SpeechVoice &voice) override
    {
        m_voicesUsed->append(voice.name);
        return PcmClip(std::vector<float>(std::size_t(text.size()) * rate / 100, 0.5f), rate);
    }

private:
    QStringList *m_voicesUsed;
};

/// The voice the default engine voice is asked for when the interface is in `locale`.
QString voiceFor(const QLocale &locale)
{
    const QLocale pinned;
    QLocale::setDefault(locale);
    QStringList used;
    SpeechPreparation speech;
    speech.setEngine(std::make_unique<VoiceRecordingEngine>(&used), {});
    speech.clipNow(u"Breathe in"_s);
    QLocale::setDefault(pinned);
    return used.value(0);
}

TEST(SpeechPreparation, SpeaksWithAVoiceOfTheLanguageTheCuesAreIn)
{
    EXPECT_EQ(voiceFor(QLocale(QLocale::German, QLocale::Austria)), u"de"_s);
    EXPECT_EQ(voiceFor(QLocale(QLocale::French, QLocale::Canada)), u"fr"_s);
    EXPECT_EQ(voiceFor(QLocale(QLocale::Dutch, QLocale::Belgium)), u"nl"_s);
    // English voices follow the country.
    EXPECT_EQ(voiceFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), u"en-gb"_s);
    // Cues in a language Limber does not ship are English, and so is the voice.
    EXPECT_EQ(voiceFor(QLocale(QLocale::Portuguese, QLocale::Brazil)), u"en"_s);
}

} // namespace
} // namespace limber

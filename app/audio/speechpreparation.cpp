#include "app/audio/speechpreparation.h"

#include "app/audio/speechcache.h"
#include "app/audio/speechengine.h"
#include "core/util/languages.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// A voice for the language the cues are written in, as eSpeak names it. The
/// cue texts are in the shipped language the interface uses (English where
/// Limber does not ship the person's language), so the voice follows that,
/// not the locale alone. English voices follow the locale's country ("en-us",
/// "en-gb"); each other shipped language has one voice named by its code.
QString languageVoice()
{
    const QLocale locale;
    QString language = shippedLanguageFor(locale.uiLanguages());
    if (language == u"en"_s && locale.language() == QLocale::English)
        return locale.name().toLower().replace(u'_', u'-');
    return language;
}

/// The interface's language alone ("en").
QString interfaceLanguage()
{
    return languageVoice().section(u'-', 0, 0);
}

} // namespace

SpeechPreparation::SpeechPreparation(QObject *parent)
    : QObject(parent)
{ }

SpeechPreparation::~SpeechPreparation() = default;

void SpeechPreparation::setEngine(
    std::unique_ptr<SpeechEngine> engine, const QString &engineProblem)
{
    m_engineProblem = engineProblem;
    m_cache = std::make_unique<SpeechCache>(std::move(engine));
    connect(m_cache.get(), &SpeechCache::prepared, this, [this](quint64 request) {
        if (request != m_request)
            return;
        m_cache->keepOnly(m_words);
        m_ready = true;
        // A voice that cannot speak (one chosen in Settings that is gone)
        // is said once; the words stay on screen.
        if (const QString problem = m_cache->lastProblem(); !problem.isEmpty())
            Q_EMIT voiceFailed(problem);
        Q_EMIT wordsReady();
    });
    applyVoice();
}

bool SpeechPreparation::hasEngine() const
{
    return m_cache && m_cache->hasEngine();
}

std::optional<SpeechPreparation::Problem> SpeechPreparation::problem() const
{
    if (!hasEngine()) {
        if (m_engineProblem.isEmpty()) {
            return Problem {tr("No speech engine is installed."),
                tr("No speech engine is installed, so cues are given by tones and on screen "
                   "instead of by voice.")};
        }
        return Problem {m_engineProblem,
            m_engineProblem + u' ' + tr("Cues are given by tones and on screen instead.")};
    }
    if (m_voiceName.isEmpty() && m_cache->voiceNames(interfaceLanguage()).isEmpty()) {
        const QString language = QLocale::languageToString(QLocale().language());
        return Problem {tr("No voice for %1 is installed (espeak-ng-data).").arg(language),
            tr("The speech engine has no voice for %1, so cues are given by tones "
               "and on screen instead.")
                .arg(language)};
    }
    return std::nullopt;
}

void SpeechPreparation::setVoiceName(const QString &name)
{
    m_voiceName = name;
    applyVoice();
}

QStringList SpeechPreparation::voiceNames() const
{
    return hasEngine() ? m_cache->voiceNames(interfaceLanguage()) : QStringList();
}

void SpeechPreparation::applyVoice()
{
    if (!m_cache)
        return;
    SpeechVoice voice = m_cache->voice();
    voice.name = m_voiceName.isEmpty() ? languageVoice() : m_voiceName;
    m_cache->setVoice(voice);
}

void SpeechPreparation::prepare(const QStringList &words)
{
    m_ready = true;
    if (words.isEmpty() || !hasEngine())
        return;
    m_ready = false;
    m_words = words;
    m_request = m_cache->prepare(words);
}

void SpeechPreparation::warmUp(const QStringList &words)
{
    if (!words.isEmpty() && hasEngine())
        m_cache->prepare(words);
}

std::shared_ptr<const PcmClip> SpeechPreparation::clip(const QString &text) const
{
    return m_cache ? m_cache->clip(text) : nullptr;
}

std::shared_ptr<const PcmClip> SpeechPreparation::clipNow(const QString &text)
{
    if (!m_cache)
        return nullptr;
    auto rendered = m_cache->clip(text);
    return rendered ? rendered : m_cache->renderNow(text);
}

std::optional<std::chrono::milliseconds> SpeechPreparation::length(const QString &text) const
{
    return m_cache ? m_cache->length(text) : std::nullopt;
}

} // namespace limber

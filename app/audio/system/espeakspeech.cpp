#include "app/audio/system/espeakspeech.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <espeak-ng/speak_lib.h>
#include <mutex>
#include <vector>

namespace limber {

namespace {

/// eSpeak is one global engine: one caller at a time, process-wide.
std::mutex &espeakMutex()
{
    static std::mutex mutex;
    return mutex;
}

int collectSamples(short *samples, int count, espeak_EVENT *events)
{
    if (samples && count > 0 && events && events->user_data) {
        auto *out = static_cast<std::vector<qint16> *>(events->user_data);
        out->insert(out->end(), samples, samples + count);
    }
    return 0; // go on
}

/// Cuts near-silence from both ends (eSpeak pads its output), keeping a few
/// milliseconds, and fades the edges so the words start and end without a click.
std::vector<float> trimmed(const PcmClip &clip)
{
    const std::vector<float> in = clip.toFloat();
    constexpr float threshold = 0.004f; // about -48 dBFS
    const auto first
        = std::find_if(in.begin(), in.end(), [](float s) { return std::abs(s) > threshold; });
    if (first == in.end())
        return {};
    const auto last
        = std::find_if(in.rbegin(), in.rend(), [](float s) { return std::abs(s) > threshold; });
    const auto keep = std::ptrdiff_t(clip.sampleRate() / 200); // 5 ms
    const auto from = std::max(in.begin(), first - keep);
    const auto to = std::min(in.end(), last.base() + keep);
    std::vector<float> out(from, to);
    const std::size_t fade = std::min<std::size_t>(std::size_t(keep), out.size() / 2);
    for (std::size_t i = 0; i < fade; ++i) {
        const float gain = float(i) / float(fade);
        out[i] *= gain;
        out[out.size() - 1 - i] *= gain;
    }
    return out;
}

} // namespace

std::unique_ptr<EspeakSpeech> EspeakSpeech::create(QString *problem)
{
    const std::lock_guard lock(espeakMutex());
    // Started once per process and never terminated: espeak_Terminate waits
    // for a worker thread that a second initialisation leaves hanging.
    static const int sampleRate
        = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (sampleRate <= 0) {
        if (problem)
            *problem = QCoreApplication::translate("EspeakSpeech",
                "The speech engine (eSpeak NG) could not start: its voice data is missing.");
        return nullptr;
    }
    espeak_SetSynthCallback(collectSamples);
    return std::unique_ptr<EspeakSpeech>(new EspeakSpeech(sampleRate));
}

EspeakSpeech::EspeakSpeech(int sampleRate)
    : m_sampleRate(sampleRate)
{ }

EspeakSpeech::~EspeakSpeech() = default;

QStringList EspeakSpeech::voicesFor(const QString &language) const
{
    const std::lock_guard lock(espeakMutex());
    espeak_VOICE wanted {};
    const QByteArray code = language.toLower().toUtf8();
    wanted.languages = code.constData();
    QStringList names;
    // eSpeak answers in order of preference for the language asked for.
    for (const espeak_VOICE **voice = espeak_ListVoices(&wanted); voice && *voice; ++voice) {
        const QString identifier = QString::fromUtf8((*voice)->identifier);
        if (!identifier.startsWith(u"mb/")) // MBROLA voices need data Limber does not ship
            names.append(QString::fromUtf8((*voice)->name));
    }
    names.removeDuplicates();
    return names;
}

Result<PcmClip> EspeakSpeech::render(const QString &text, const SpeechVoice &voice)
{
    const std::lock_guard lock(espeakMutex());
    const QString name = voice.name.isEmpty() ? QStringLiteral("en") : voice.name;
    if (name != m_voice) {
        if (espeak_SetVoiceByName(name.toUtf8().constData()) != EE_OK)
            return Error {QCoreApplication::translate(
                "EspeakSpeech", "The speech engine has no voice called “%1”.")
                              .arg(name)};
        m_voice = name;
    }
    espeak_SetParameter(espeakRATE, std::clamp(voice.wordsPerMinute, espeakRATE_MINIMUM, 300), 0);

    std::vector<qint16> samples;
    const QByteArray utf8 = text.toUtf8();
    const espeak_ERROR status = espeak_Synth(utf8.constData(), std::size_t(utf8.size()) + 1, 0,
        POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &samples);
    if (status != EE_OK)
        return Error {
            QCoreApplication::translate("EspeakSpeech", "The speech engine could not say “%1”.")
                .arg(text.left(80))};
    const PcmClip raw = PcmClip::fromInt16(samples.data(), samples.size(), m_sampleRate);
    return PcmClip(trimmed(raw), m_sampleRate);
}

} // namespace limber

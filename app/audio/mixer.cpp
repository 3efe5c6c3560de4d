#include "app/audio/mixer.h"

#include <algorithm>

namespace limber {

Mixer::Mixer(int sampleRate)
    : m_sampleRate(sampleRate)
    , m_timing(sampleRate)
{ }

quint64 Mixer::play(std::shared_ptr<const PcmClip> clip, Clock::time_point when, quint64 group)
{
    std::shared_ptr<const SincResampler> resampler;
    if (clip && clip->sampleRate() != m_sampleRate)
        resampler = resamplerFrom(clip->sampleRate());
    const std::lock_guard lock(m_mutex);
    const quint64 id = m_nextId++;
    if (clip && !clip->isEmpty()) {
        const std::size_t frames
            = resampler ? resampler->outputFrames(clip->frameCount()) : clip->frameCount();
        m_voices.push_back(Voice {id, group, std::move(clip), std::move(resampler), frames, when});
    }
    return id;
}

std::shared_ptr<const SincResampler> Mixer::resamplerFrom(int rate)
{
    {
        const std::lock_guard lock(m_mutex);
        if (const auto found = m_resamplers.find(rate); found != m_resamplers.end())
            return found->second;
    }
    // Made without the lock, which the audio thread needs for every buffer.
    auto made = std::make_shared<const SincResampler>(rate, m_sampleRate);
    const std::lock_guard lock(m_mutex);
    return m_resamplers.try_emplace(rate, std::move(made)).first->second;
}

void Mixer::cancel(quint64 id)
{
    const std::lock_guard lock(m_mutex);
    std::erase_if(m_voices, [id](const Voice &voice) { return !voice.started && voice.id == id; });
}

void Mixer::cancelPending(quint64 group)
{
    const std::lock_guard lock(m_mutex);
    std::erase_if(
        m_voices, [group](const Voice &voice) { return !voice.started && voice.group == group; });
}

void Mixer::cancelAllPending()
{
    const std::lock_guard lock(m_mutex);
    std::erase_if(m_voices, [](const Voice &voice) { return !voice.started; });
}

void Mixer::fadeOutPlaying(std::chrono::milliseconds fade)
{
    const std::lock_guard lock(m_mutex);
    const qint64 frames = std::max<qint64>(1, fade.count() * m_sampleRate / 1000);
    for (Voice &voice : m_voices) {
        if (voice.started && voice.fadeLeft < 0) {
            voice.fadeLeft = frames;
            voice.fadeLength = frames;
        }
    }
}

void Mixer::setGain(float gain)
{
    const std::lock_guard lock(m_mutex);
    m_gain = std::clamp(gain, 0.0f, 1.0f);
}

bool Mixer::isIdle() const
{
    const std::lock_guard lock(m_mutex);
    return m_voices.empty();
}

std::size_t Mixer::pendingCount() const
{
    const std::lock_guard lock(m_mutex);
    return std::size_t(std::count_if(
        m_voices.cbegin(), m_voices.cend(), [](const Voice &voice) { return !voice.started; }));
}

std::vector<Mixer::Started> Mixer::takeStarted()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_started, {});
}

int Mixer::takeDroppedLate()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_droppedLate, 0);
}

void Mixer::render(float *out, qint64 frames, Clock::time_point now)
{
    std::fill(out, out + frames, 0.0f);
    const std::lock_guard lock(m_mutex);
    if (!m_rendering) {
        m_rendering = true;
        m_firstRender = now;
    }
    m_timing.observe(now, m_written);
    startDueVoices(frames, now);
    for (Voice &voice : m_voices) {
        if (voice.started)
            mixVoice(voice, out, 0, frames);
    }
    std::erase_if(m_voices, [](const Voice &voice) {
        return voice.started && (voice.position >= voice.frames || voice.fadeLeft == 0);
    });
    for (qint64 i = 0; i < frames; ++i)
        out[i] = std::clamp(out[i] * m_gain, -1.0f, 1.0f);
    m_written += frames;
}

void Mixer::startDueVoices(qint64 frames, Clock::time_point now)
{
    // Before the device's first report, take the stream to be heard as it is
    // written from the first render on: good enough for a test sound, and the
    // session waits for real reports before its first cue.
    const Clock::time_point fallbackOrigin = m_firstRender;
    const qint64 end = m_written + frames;
    const qint64 tooLateFrames = tooLate.count() * m_sampleRate / 1000;
    std::erase_if(m_voices, [&](Voice &voice) {
        if (voice.started)
            return false;
        const qint64 wantedFrame = m_timing.frameAt(voice.when, fallbackOrigin);
        if (wantedFrame >= end)
            return false;
        const qint64 startFrame = std::max(wantedFrame, m_written);
        if (startFrame - wantedFrame > tooLateFrames) {
            ++m_droppedLate;
            return true;
        }
        voice.started = true;
        voice.offsetInBuffer = startFrame - m_written;
        const Clock::time_point heard = m_timing.isKnown() ? m_timing.timeOfFrame(startFrame) : now;
        m_started.push_back({voice.id, voice.when, heard});
        return false;
    });
}

void Mixer::mixVoice(Voice &voice, float *out, qint64 from, qint64 to)
{
    from = std::max(from, std::exchange(voice.offsetInBuffer, 0));
    const PcmClip &clip = *voice.clip;
    const SincResampler *resampler = voice.resampler.get();
    for (qint64 i = from; i < to && voice.position < voice.frames; ++i) {
        const std::size_t frame = voice.position++;
        float sample = resampler ? resampler->sampleAt(clip, frame) : clip.sampleAt(frame);
        if (voice.fadeLeft >= 0) {
            if (voice.fadeLeft == 0)
                break;
            sample *= float(voice.fadeLeft) / float(voice.fadeLength);
            --voice.fadeLeft;
        }
        out[i] += sample;
    }
}

void Mixer::restartStream()
{
    const std::lock_guard lock(m_mutex);
    m_timing.reset();
    m_written = 0;
    m_rendering = false;
    // Voices that were sounding belonged to the old stream's frames.
    std::erase_if(m_voices, [](const Voice &voice) { return voice.started; });
}

void Mixer::streamSettled()
{
    const std::lock_guard lock(m_mutex);
    m_timing.settle();
}

std::size_t Mixer::timingReports() const
{
    const std::lock_guard lock(m_mutex);
    return m_timing.reports();
}

} // namespace limber

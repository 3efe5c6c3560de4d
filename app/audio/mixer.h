#pragma once

#include "app/audio/pcmclip.h"
#include "app/audio/sincresampler.h"
#include "app/audio/streamtiming.h"

#include <QtGlobal>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace limber {

/// Mixes clips into one mono stream, each starting at the frame the speaker
/// plays at the moment it was asked for. The session side calls play() ahead
/// of time with a moment on the steady clock; the audio thread calls
/// render() whenever the device pulls the next stretch of the stream, and
/// from the pulls StreamTiming maps moments to frames. So a sound lands on its sample however early
/// it was queued and whenever the device happens to ask for data. Thread-safe: one mutex, held only
/// for the short bookkeeping and mixing of one buffer.
class Mixer
{
public:
    using Clock = StreamTiming::Clock;

    /// Something that began to sound, as the audio thread placed it.
    struct Started
    {
        quint64 id = 0;
        Clock::time_point wanted; ///< the moment play() asked for
        Clock::time_point heard; ///< when its first frame reaches the speaker (estimate)
    };

    /// `sampleRate`: the stream's rate; every clip given to play() must have it.
    explicit Mixer(int sampleRate);

    int sampleRate() const { return m_sampleRate; }

    /// Plays `clip` from `when` on. Sounds asked for in the past start at once
    /// (late), unless later than `tooLate`: then they are dropped, since a cue
    /// heard long after its moment misleads. `group` lets a caller cancel its
    /// own sounds. A clip at another rate than the stream's is converted as it
    /// is mixed (speech is kept at its engine's rate, half the memory).
    /// Returns an id (never 0).
    quint64 play(std::shared_ptr<const PcmClip> clip, Clock::time_point when, quint64 group = 0);
    /// Forgets sound `id` if it has not started yet.
    void cancel(quint64 id);
    /// Forgets the sounds of `group` that have not started yet.
    void cancelPending(quint64 group);
    /// Forgets every sound that has not started yet.
    void cancelAllPending();
    /// Sounds that are playing fade to silence over `fade` (no click) and end.
    void fadeOutPlaying(std::chrono::milliseconds fade);
    /// Linear gain of everything, 0 to 1.
    void setGain(float gain);
    /// Nothing is playing or waiting.
    bool isIdle() const;
    /// Sounds waiting for their moment (not started yet).
    std::size_t pendingCount() const;
    /// Sounds started since the last call, in the order they started.
    std::vector<Started> takeStarted();
    /// Sounds dropped as too late since the last call.
    int takeDroppedLate();

    // --- The audio thread ---
    /// Fills `frames` frames (mono, -1 to 1) of the stream, which continues
    /// from the previous call; `now` is the moment the device asked.
    void render(float *out, qint64 frames, Clock::time_point now);
    /// The stream starts again from frame 0 (a new device or a reopened one).
    void restartStream();
    /// The device has filled its buffer and plays steadily: the timing
    /// forgets the pulls of the start, which came all at once.
    void streamSettled();
    /// How many reports the stream's timing rests on (0: none yet).
    std::size_t timingReports() const;

private:
    struct Voice
    {
        quint64 id;
        quint64 group;
        std::shared_ptr<const PcmClip> clip;
        /// Reads the clip at the stream's rate; none when it is at that rate.
        std::shared_ptr<const SincResampler> resampler;
        std::size_t frames = 0; ///< the clip's length at the stream's rate
        Clock::time_point when;
        bool started = false;
        std::size_t position = 0; ///< next frame to mix, at the stream's rate
        qint64 offsetInBuffer = 0; ///< where it starts in the buffer it started in
        qint64 fadeLeft = -1; ///< frames of fade-out left; -1: not fading
        qint64 fadeLength = 0;
    };

    /// The resampler from `rate` to the stream's; made once per rate.
    std::shared_ptr<const SincResampler> resamplerFrom(int rate);
    void startDueVoices(qint64 frames, Clock::time_point now);
    static void mixVoice(Voice &voice, float *out, qint64 from, qint64 to);

    const int m_sampleRate;
    mutable std::mutex m_mutex;
    StreamTiming m_timing;
    std::vector<Voice> m_voices;
    std::map<int, std::shared_ptr<const SincResampler>> m_resamplers;
    std::vector<Started> m_started;
    int m_droppedLate = 0;
    quint64 m_nextId = 1;
    qint64 m_written = 0; ///< frames rendered since the stream (re)started
    Clock::time_point m_firstRender {};
    bool m_rendering = false;
    float m_gain = 1.0f;
    /// Sounds due longer ago than this are dropped, not played late.
    static constexpr std::chrono::milliseconds tooLate {750};
};

} // namespace limber

#pragma once

#include <QtGlobal>

#include <chrono>
#include <deque>
#include <optional>

namespace limber {

/// Maps the audio stream's frames to the steady clock: when the speaker
/// plays a given frame. The device pulls data as it plays, so every pull
/// gives one bound: the frames written so far last until at least
/// `now - written / rate` plus what is buffered. The buffer is at its
/// lowest when the device asks just in time, so the LATEST of these bounds
/// over the last few seconds is the stream's origin, up to a constant (the
/// device's own latency, the same for every sound). Intervals between sounds
/// are therefore exact to the sample, and the map follows the sound card's
/// clock however it drifts from the computer's, or when the stream stalls.
///
/// (The device's own position report, QAudioSink::processedUSecs, moves in
/// steps of 20 ms or more on PulseAudio; it only tells that the stream plays.)
class StreamTiming
{
public:
    using Clock = std::chrono::steady_clock;

    explicit StreamTiming(int sampleRate, std::chrono::milliseconds window = std::chrono::seconds(3));

    /// The device asks for data at `now`, with `written` frames written before.
    void observe(Clock::time_point now, qint64 written);
    /// Forgets every report (the stream was reopened).
    void reset();

    bool isKnown() const { return m_origin.has_value(); }
    /// How many pulls the estimate rests on.
    std::size_t reports() const { return m_reports; }
    /// The stream frame played at `when`. Before any report, frames are taken
    /// to be played from `fallbackOrigin` on.
    qint64 frameAt(Clock::time_point when, Clock::time_point fallbackOrigin) const;
    /// When frame `frame` is played (needs isKnown()).
    Clock::time_point timeOfFrame(qint64 frame) const;
    int sampleRate() const { return m_sampleRate; }

private:
    struct Estimate
    {
        Clock::time_point takenAt;
        double originMicroseconds; ///< since the clock's epoch
    };

    int m_sampleRate;
    std::chrono::microseconds m_window;
    /// Kept decreasing in origin, so the front is the latest bound in the window.
    std::deque<Estimate> m_estimates;
    std::size_t m_reports = 0;
    std::optional<double> m_origin; ///< microseconds since the clock's epoch
};

} // namespace limber

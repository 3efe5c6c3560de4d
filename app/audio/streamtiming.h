#pragma once

#include <QtGlobal>

#include <chrono>
#include <deque>
#include <optional>

namespace limber {

/// Maps the audio stream's frames to the steady clock: when the speaker
/// plays a given frame. The device pulls data as it plays; at each pull the
/// frames written so far put the stream's origin (the moment frame 0 plays,
/// less the device's latency) at `now - written / rate`, give or take how
/// full the device's buffer happens to be. That fill level rises and falls
/// in a pattern (the device asks in bursts, the sink's timer ticks at its own
/// pace), so the origin is the MEAN of these estimates over the last ten
/// seconds: it moves by well under a millisecond from one pull to the next,
/// a sound card whose clock runs slightly fast or slow is followed (with a
/// lag of five seconds' drift: a quarter of a millisecond at 50 ppm), and a
/// stall shifts what follows. Every sound is placed through the same map, so
/// the intervals between sounds are exact; the constant left over is the
/// device's latency, the same for every sound.
///
/// The first pulls of a stream fill the device's buffer at once and would
/// bias the mean: settle() starts afresh once the stream plays steadily.
/// (The device's own position report, QAudioSink::processedUSecs, moves in
/// steps of 20 ms or more on PulseAudio: it only tells that the stream plays.)
class StreamTiming
{
public:
    using Clock = std::chrono::steady_clock;

    explicit StreamTiming(
        int sampleRate, std::chrono::milliseconds window = std::chrono::seconds(10));

    /// The device asks for data at `now`, with `written` frames written before.
    void observe(Clock::time_point now, qint64 written);
    /// The stream plays steadily now: forget the estimates of its start.
    void settle();
    /// Forgets every report (the stream was reopened).
    void reset();

    bool isKnown() const { return m_origin.has_value(); }
    /// How many pulls the estimate rests on.
    std::size_t reports() const { return m_estimates.size(); }
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
        double originMicroseconds; ///< relative to m_reference
    };

    int m_sampleRate;
    std::chrono::microseconds m_window;
    std::deque<Estimate> m_estimates;
    double m_sum = 0; ///< of the estimates' origins, relative to m_reference
    double m_reference = 0; ///< microseconds since the clock's epoch, keeps sums small
    std::optional<double> m_origin; ///< microseconds since the clock's epoch
};

} // namespace limber

#pragma once

#include <QtGlobal>

#include <chrono>
#include <deque>
#include <optional>

namespace limber {

/// Maps the audio stream's frames to the steady clock: which frame the
/// speaker plays at a given moment. The device reports how much it has
/// played (QAudioSink::processedUSecs); each report gives one estimate of
/// the moment frame 0 was heard (`now - played`). Reports are coarse and
/// sometimes run ahead, so the origin is the MEDIAN of the estimates of the
/// last few seconds: steady from one report to the next, robust against an
/// odd one, and it follows the slow drift of the sound card's clock.
class StreamTiming
{
public:
    using Clock = std::chrono::steady_clock;

    explicit StreamTiming(int sampleRate, std::chrono::milliseconds window = std::chrono::seconds(3));

    /// The device says it has played `played` of the stream by `now`.
    /// Reports of nothing played (the stream is still starting) are ignored.
    void observe(Clock::time_point now, std::chrono::microseconds played);
    /// Forgets every report (the stream was reopened).
    void reset();

    /// At least one report was taken.
    bool isKnown() const { return m_origin.has_value(); }
    /// How many reports the estimate rests on.
    std::size_t reports() const { return m_estimates.size(); }
    /// The stream frame heard at `when`. Before any report, frames are taken
    /// to be heard the moment `fallbackOrigin` says.
    qint64 frameAt(Clock::time_point when, Clock::time_point fallbackOrigin) const;
    /// When frame `frame` is heard (needs isKnown()).
    Clock::time_point timeOfFrame(qint64 frame) const;
    int sampleRate() const { return m_sampleRate; }

private:
    struct Estimate
    {
        Clock::time_point takenAt;
        double originMicroseconds; ///< since the clock's epoch
    };
    void recompute();

    int m_sampleRate;
    std::chrono::microseconds m_window;
    std::deque<Estimate> m_estimates;
    std::optional<double> m_origin; ///< microseconds since the clock's epoch
};

} // namespace limber

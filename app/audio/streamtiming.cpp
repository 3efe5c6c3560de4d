#include "app/audio/streamtiming.h"

#include <cmath>

namespace limber {

namespace {

double microsecondsOf(StreamTiming::Clock::time_point point)
{
    return double(
        std::chrono::duration_cast<std::chrono::microseconds>(point.time_since_epoch()).count());
}

} // namespace

StreamTiming::StreamTiming(int sampleRate, std::chrono::milliseconds window)
    : m_sampleRate(sampleRate)
    , m_window(window)
{ }

void StreamTiming::observe(Clock::time_point now, qint64 written)
{
    const double origin = microsecondsOf(now) - double(written) * 1e6 / m_sampleRate;
    if (m_estimates.empty()) {
        m_reference = origin;
        m_sum = 0;
    }
    m_estimates.push_back({now, origin - m_reference});
    m_sum += origin - m_reference;
    while (now - m_estimates.front().takenAt > m_window) {
        m_sum -= m_estimates.front().originMicroseconds;
        m_estimates.pop_front();
    }
    m_origin = m_reference + m_sum / double(m_estimates.size());
}

void StreamTiming::settle()
{
    // The estimate stands until the first steady pull replaces it.
    m_estimates.clear();
    m_sum = 0;
}

void StreamTiming::reset()
{
    settle();
    m_origin.reset();
}

qint64 StreamTiming::frameAt(Clock::time_point when, Clock::time_point fallbackOrigin) const
{
    const double origin = m_origin.value_or(microsecondsOf(fallbackOrigin));
    return qint64(std::llround((microsecondsOf(when) - origin) * m_sampleRate / 1e6));
}

StreamTiming::Clock::time_point StreamTiming::timeOfFrame(qint64 frame) const
{
    const double micros = m_origin.value_or(0.0) + double(frame) * 1e6 / m_sampleRate;
    return Clock::time_point(std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double, std::micro>(micros)));
}

} // namespace limber

#include "streamtiming.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace limber {

namespace {

double microsecondsOf(StreamTiming::Clock::time_point point)
{
    return double(std::chrono::duration_cast<std::chrono::microseconds>(point.time_since_epoch()).count());
}

} // namespace

StreamTiming::StreamTiming(int sampleRate, std::chrono::milliseconds window)
    : m_sampleRate(sampleRate)
    , m_window(window)
{ }

void StreamTiming::observe(Clock::time_point now, std::chrono::microseconds played)
{
    if (played.count() <= 0)
        return;
    m_estimates.push_back({now, microsecondsOf(now) - double(played.count())});
    while (!m_estimates.empty() && now - m_estimates.front().takenAt > m_window)
        m_estimates.pop_front();
    recompute();
}

void StreamTiming::reset()
{
    m_estimates.clear();
    m_origin.reset();
}

void StreamTiming::recompute()
{
    std::vector<double> origins;
    origins.reserve(m_estimates.size());
    for (const Estimate &estimate : m_estimates)
        origins.push_back(estimate.originMicroseconds);
    const auto middle = origins.begin() + std::ptrdiff_t(origins.size() / 2);
    std::nth_element(origins.begin(), middle, origins.end());
    m_origin = *middle;
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

#pragma once

#include "core/history/historyexport.h"

#include <algorithm>

namespace limber {

/// Calls a ProgressCallback about 200 times over `total` steps, and at the end.
class ProgressReporter
{
public:
    ProgressReporter(const ProgressCallback &callback, int total)
        : m_callback(callback)
        , m_total(total)
        , m_step(std::max(1, total / 200))
    {
        if (m_callback)
            m_callback(0, m_total);
    }

    void advance()
    {
        ++m_done;
        if (m_callback && (m_done % m_step == 0 || m_done == m_total))
            m_callback(m_done, m_total);
    }

private:
    const ProgressCallback &m_callback;
    int m_total;
    int m_step;
    int m_done = 0;
};

} // namespace limber

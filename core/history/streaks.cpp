#include "core/history/streaks.h"

#include <algorithm>

namespace limber {

Streaks computeStreaks(const QList<qint64> &practisedDays, qint64 today)
{
    Streaks streaks;
    int run = 0;
    qint64 previous = 0;
    int runUpToToday = 0;
    qint64 lastUpToToday = 0;
    for (qint64 day : practisedDays) {
        run = (run > 0 && day == previous + 1) ? run + 1 : 1;
        previous = day;
        streaks.best = std::max(streaks.best, run);
        if (day <= today) {
            runUpToToday = run;
            lastUpToToday = day;
        }
    }
    if (runUpToToday > 0 && today - lastUpToToday <= 1)
        streaks.current = runUpToToday;
    return streaks;
}

} // namespace limber

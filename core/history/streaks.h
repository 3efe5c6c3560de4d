#pragma once

#include <QList>

namespace limber {

/// Runs of consecutive practised days.
struct Streaks
{
    /// Days in a row up to today, or up to yesterday while today is still open.
    int current = 0;
    /// The longest run ever.
    int best = 0;

    friend bool operator==(const Streaks &, const Streaks &) = default;
};

/// Streaks from practised day numbers (ascending, no duplicates) as of
/// `today`. Days after today (a clock set back, a flight west) count for the
/// best streak only.
Streaks computeStreaks(const QList<qint64> &practisedDays, qint64 today);

} // namespace limber

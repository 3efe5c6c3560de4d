#include "core/reminders/zonedtime.h"

#include <optional>

namespace limber {

namespace {
constexpr qint64 secondsPerDay = 24 * 60 * 60;
} // namespace

QDateTime firstMomentAtLocalTime(QDate date, QTime time, const QTimeZone &zone)
{
    // The wall-clock reading written as if it were UTC; subtracting the zone's
    // offset gives the real moment, when that offset is the one in force then.
    const QDateTime reading(date, time, QTimeZone::utc());
    // Real zones change their offset at most once in two days, so the offsets
    // a day either side are the only ones this reading can have been shown with.
    const int before = zone.offsetFromUtc(reading.addSecs(-secondsPerDay));
    const int after = zone.offsetFromUtc(reading.addSecs(secondsPerDay));

    std::optional<QDateTime> earliest;
    for (const int offset : {before, after}) {
        const QDateTime candidate = reading.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!earliest || candidate < *earliest))
            earliest = candidate;
    }
    if (earliest)
        return *earliest;

    // The clocks skipped this reading: find the moment the new offset began,
    // which lies between the two candidates (to the second).
    QDateTime low = reading.addSecs(-after);
    QDateTime high = reading.addSecs(-before);
    if (high < low)
        std::swap(low, high);
    const int offsetAtLow = zone.offsetFromUtc(low);
    while (low.secsTo(high) > 1) {
        const QDateTime middle = low.addSecs(low.secsTo(high) / 2);
        if (zone.offsetFromUtc(middle) == offsetAtLow)
            low = middle;
        else
            high = middle;
    }
    return high;
}

QDate localDate(const QDateTime &moment, const QTimeZone &zone)
{
    return moment.toTimeZone(zone).date();
}

} // namespace limber

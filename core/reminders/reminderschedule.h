#pragma once

#include "core/reminders/reminderplan.h"

#include <QDateTime>
#include <QTimeZone>

#include <chrono>

namespace limber {

/// Whether a reminder is due, and which kind.
enum class ReminderDue {
    No,
    Scheduled, ///< one of the plan's reminders; counts toward the daily limit
    Snoozed, ///< a snoozed reminder coming back; does not count
};

/// When reminders come: the plan applied to what has happened so far. Pure
/// logic over moments it is given (UTC) and the person's time zone, so that
/// tests can walk it through daylight-saving changes, sleeps and clock jumps.
///
/// The rules (docs/reminders.md says them in plain words):
/// - Times are wall-clock times in the zone. A time the clocks skip comes at
///   the first time after the gap; a time the clocks pass twice comes once.
/// - Interval mode counts N real minutes from the latest of: the start of that
///   day's active hours, the last reminder shown, the end of the last session.
/// - Never due during a session; what fell due during one is dropped.
/// - When several due times were missed (asleep, not running), one reminder
///   comes, and only if the newest of them is on today's local date (and, in
///   interval mode, while the active hours last).
/// - A snooze brings the reminder back snoozeLength after the answer, the same
///   day; "skip today" silences the rest of the local day; the daily limit
///   counts reminders shown, not snoozed ones shown again.
/// - Setting the clock back never repeats a reminder: a moment recorded later
///   the same day still holds (interval reminders wait for it), and settle()
///   brings moments recorded on a later day back to now.
class ReminderSchedule
{
public:
    static constexpr std::chrono::minutes snoozeLength {10};
    /// How far ahead nextDue() looks for the next reminder.
    static constexpr int daysLookedAhead = 8;

    ReminderSchedule() = default;
    explicit ReminderSchedule(const ReminderPlan &plan, ReminderState state = {});

    const ReminderPlan &plan() const { return m_plan; }
    /// Takes the plan's normalized() form.
    void setPlan(const ReminderPlan &plan);
    /// The person changed the plan at \a nowUtc. When its times changed, it
    /// counts from now: switching reminders on in the afternoon does not bring
    /// up the morning's, and an interval starts its count.
    void changePlan(const ReminderPlan &plan, const QDateTime &nowUtc);
    const ReminderState &state() const { return m_state; }
    bool sessionRunning() const { return m_sessionRunning; }

    /// Is a reminder due at \a nowUtc? (Call settle() first.)
    ReminderDue dueAt(const QDateTime &nowUtc, const QTimeZone &zone) const;
    /// The first moment at or after \a nowUtc at which a reminder falls due if
    /// nothing else happens; \a nowUtc itself when one is due now; invalid when
    /// none will (reminders off, a session running, no day or time chosen).
    QDateTime nextDue(const QDateTime &nowUtc, const QTimeZone &zone) const;

    /// Call before asking at \a nowUtc: when the clock was set back past
    /// midnight, what was recorded on the later day is brought back to now, so
    /// nothing repeats at once and nothing waits a day for a future that moved.
    void settle(const QDateTime &nowUtc, const QTimeZone &zone);

    /// The due reminder was shown at \a nowUtc.
    void recordShown(const QDateTime &nowUtc, const QTimeZone &zone);
    /// A reminder fell due while the previous one was still open: it is not
    /// shown again and does not count, but the time counts as a reminder shown.
    void recordStillOpen(const QDateTime &nowUtc);
    /// The person asked to be reminded again in snoozeLength.
    void recordSnoozed(const QDateTime &nowUtc);
    /// The person asked for no more reminders until the next local day.
    void recordSkippedToday(const QDateTime &nowUtc, const QTimeZone &zone);
    void recordSessionStarted(const QDateTime &nowUtc);
    void recordSessionEnded(const QDateTime &nowUtc);

private:
    /// The latest moment the schedule counts from: the last reminder shown,
    /// session ended or plan change; invalid when none. settle() keeps it
    /// from lying on a later day than now.
    QDateTime handledUntil() const;
    /// The newest scheduled due time on \a day at or before \a nowUtc, after
    /// what was already handled; invalid when none.
    QDateTime newestMissed(QDate day, const QDateTime &nowUtc, const QTimeZone &zone) const;
    /// The first scheduled due time on \a day after \a nowUtc; invalid when none.
    QDateTime firstAfter(QDate day, const QDateTime &nowUtc, const QTimeZone &zone) const;
    /// Whether scheduled reminders may come on \a day at all.
    bool dayOpen(QDate day) const;
    int shownOn(QDate day) const;

    ReminderPlan m_plan;
    ReminderState m_state;
    bool m_sessionRunning = false;
};

} // namespace limber

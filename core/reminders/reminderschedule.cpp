#include "core/reminders/reminderschedule.h"

#include "core/reminders/zonedtime.h"

#include <algorithm>

namespace limber {

namespace {

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

QDateTime earlier(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

/// The active hours of \a day as moments; invalid when the plan leaves none.
struct ActiveHours
{
    QDateTime start;
    QDateTime end;
};

ActiveHours activeHours(const ReminderPlan &plan, QDate day, const QTimeZone &zone)
{
    if (plan.activeTo <= plan.activeFrom)
        return {};
    return {firstMomentAtLocalTime(day, plan.activeFrom, zone),
        firstMomentAtLocalTime(day, plan.activeTo, zone)};
}

qint64 intervalMs(const ReminderPlan &plan)
{
    return qint64(plan.intervalMinutes) * 60 * 1000;
}

} // namespace

ReminderSchedule::ReminderSchedule(const ReminderPlan &plan, ReminderState state)
    : m_plan(plan.normalized())
    , m_state(std::move(state))
{ }

void ReminderSchedule::setPlan(const ReminderPlan &plan)
{
    m_plan = plan.normalized();
}

void ReminderSchedule::changePlan(const ReminderPlan &plan, const QDateTime &nowUtc)
{
    if (m_plan.timingDiffers(plan))
        m_state.planSinceUtc = nowUtc;
    setPlan(plan);
}

ReminderDue ReminderSchedule::dueAt(const QDateTime &nowUtc, const QTimeZone &zone) const
{
    if (!m_plan.enabled || m_sessionRunning)
        return ReminderDue::No;
    const QDate today = localDate(nowUtc, zone);
    if (m_state.skippedDay == today)
        return ReminderDue::No;
    const QDateTime &snooze = m_state.snoozedUntilUtc;
    if (snooze.isValid() && snooze <= nowUtc && localDate(snooze, zone) == today)
        return ReminderDue::Snoozed;
    if (!dayOpen(today))
        return ReminderDue::No;
    return newestMissed(today, nowUtc, zone).isValid() ? ReminderDue::Scheduled : ReminderDue::No;
}

QDateTime ReminderSchedule::nextDue(const QDateTime &nowUtc, const QTimeZone &zone) const
{
    if (!m_plan.enabled || m_sessionRunning)
        return {};
    if (dueAt(nowUtc, zone) != ReminderDue::No)
        return nowUtc;

    QDateTime next;
    const QDateTime &snooze = m_state.snoozedUntilUtc;
    if (snooze.isValid() && snooze > nowUtc && localDate(snooze, zone) != m_state.skippedDay)
        next = snooze;

    const QDate today = localDate(nowUtc, zone);
    for (int ahead = 0; ahead < daysLookedAhead; ++ahead) {
        const QDate day = today.addDays(ahead);
        if (!dayOpen(day))
            continue;
        const QDateTime first = firstAfter(day, nowUtc, zone);
        if (first.isValid())
            return earlier(next, first);
    }
    return next;
}

void ReminderSchedule::settle(const QDateTime &nowUtc, const QTimeZone &zone)
{
    const QDate today = localDate(nowUtc, zone);
    const auto recordedLater = [&](const QDateTime &moment) {
        return moment.isValid() && localDate(moment, zone) > today;
    };
    for (QDateTime *moment :
        {&m_state.lastShownUtc, &m_state.lastSessionEndUtc, &m_state.planSinceUtc}) {
        if (recordedLater(*moment))
            *moment = nowUtc;
    }
    if (recordedLater(m_state.snoozedUntilUtc))
        m_state.snoozedUntilUtc = {};
    if (m_state.skippedDay.isValid() && m_state.skippedDay > today)
        m_state.skippedDay = {};
}

void ReminderSchedule::recordShown(const QDateTime &nowUtc, const QTimeZone &zone)
{
    if (dueAt(nowUtc, zone) == ReminderDue::Scheduled) {
        const QDate today = localDate(nowUtc, zone);
        if (m_state.countedDay != today) {
            m_state.countedDay = today;
            m_state.shownOnCountedDay = 0;
        }
        ++m_state.shownOnCountedDay;
    }
    m_state.lastShownUtc = nowUtc;
    m_state.snoozedUntilUtc = {};
}

void ReminderSchedule::recordStillOpen(const QDateTime &nowUtc)
{
    m_state.lastShownUtc = nowUtc;
    m_state.snoozedUntilUtc = {};
}

void ReminderSchedule::recordSnoozed(const QDateTime &nowUtc)
{
    m_state.snoozedUntilUtc = nowUtc.addMSecs(
        std::chrono::duration_cast<std::chrono::milliseconds>(snoozeLength).count());
}

void ReminderSchedule::recordSkippedToday(const QDateTime &nowUtc, const QTimeZone &zone)
{
    m_state.skippedDay = localDate(nowUtc, zone);
    m_state.snoozedUntilUtc = {};
}

void ReminderSchedule::recordSessionStarted(const QDateTime &nowUtc)
{
    Q_UNUSED(nowUtc)
    m_sessionRunning = true;
    // The person is practising: a snoozed reminder has done its job.
    m_state.snoozedUntilUtc = {};
}

void ReminderSchedule::recordSessionEnded(const QDateTime &nowUtc)
{
    m_sessionRunning = false;
    m_state.lastSessionEndUtc = later(m_state.lastSessionEndUtc, nowUtc);
    m_state.snoozedUntilUtc = {};
}

QDateTime ReminderSchedule::handledUntil() const
{
    return later(later(m_state.lastShownUtc, m_state.lastSessionEndUtc), m_state.planSinceUtc);
}

QDateTime ReminderSchedule::newestMissed(
    QDate day, const QDateTime &nowUtc, const QTimeZone &zone) const
{
    const QDateTime handled = handledUntil();
    if (m_plan.mode == ReminderMode::TimesOfDay) {
        QDateTime newest;
        for (const QTime &time : m_plan.times) {
            const QDateTime due = firstMomentAtLocalTime(day, time, zone);
            if (localDate(due, zone) != day || due > nowUtc)
                continue;
            if (handled.isValid() && due <= handled)
                continue;
            newest = later(newest, due);
        }
        return newest;
    }

    // Interval reminders belong to the active hours: one missed there is
    // not brought up after they end.
    const ActiveHours hours = activeHours(m_plan, day, zone);
    if (!hours.start.isValid() || nowUtc > hours.end)
        return {};
    const QDateTime first = later(hours.start, handled).addMSecs(intervalMs(m_plan));
    if (first > nowUtc)
        return {};
    const qint64 steps = first.msecsTo(nowUtc) / intervalMs(m_plan);
    return first.addMSecs(steps * intervalMs(m_plan));
}

QDateTime ReminderSchedule::firstAfter(
    QDate day, const QDateTime &nowUtc, const QTimeZone &zone) const
{
    const QDateTime handled = handledUntil();
    if (m_plan.mode == ReminderMode::TimesOfDay) {
        QDateTime first;
        for (const QTime &time : m_plan.times) {
            const QDateTime due = firstMomentAtLocalTime(day, time, zone);
            if (localDate(due, zone) != day || due <= nowUtc)
                continue;
            if (handled.isValid() && due <= handled)
                continue;
            first = earlier(first, due);
        }
        return first;
    }

    const ActiveHours hours = activeHours(m_plan, day, zone);
    if (!hours.start.isValid())
        return {};
    QDateTime due = later(hours.start, handled).addMSecs(intervalMs(m_plan));
    if (due <= nowUtc)
        due = due.addMSecs((due.msecsTo(nowUtc) / intervalMs(m_plan) + 1) * intervalMs(m_plan));
    return due <= hours.end ? due : QDateTime();
}

bool ReminderSchedule::dayOpen(QDate day) const
{
    return m_plan.coversDay(day.dayOfWeek()) && day != m_state.skippedDay
        && shownOn(day) < m_plan.dailyLimit;
}

int ReminderSchedule::shownOn(QDate day) const
{
    return m_state.countedDay == day ? m_state.shownOnCountedDay : 0;
}

} // namespace limber

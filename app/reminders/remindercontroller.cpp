#include "app/reminders/remindercontroller.h"

#include "app/routines/routineduration.h"
#include "app/settings/settings.h"
#include "core/content/contentlibrary.h"
#include "core/reminders/zonedtime.h"
#include "core/util/clock.h"
#include "core/util/elide.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace limber {

ReminderController::ReminderController(
    Settings &settings, const WallClock &wall, const ContentLibrary &library, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_wall(wall)
    , m_library(library)
    , m_schedule(settings.reminderPlan(), settings.reminderState())
{
    m_timer.setSingleShot(true);
    // Reminders need no better than a second: let the system bundle wake-ups.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderController::checkNow);
    connect(&m_settings, &Settings::changed, this, &ReminderController::followSettings);
    sleepUntilNextLook();
}

void ReminderController::setSessionRunning(bool running)
{
    if (running == m_schedule.sessionRunning())
        return;
    const QDateTime now = m_wall.nowUtc();
    if (running) {
        m_schedule.recordSessionStarted(now);
        clearPending();
    } else {
        m_schedule.recordSessionEnded(now);
    }
    saveState();
    sleepUntilNextLook();
}

void ReminderController::answer(ReminderAnswer answer)
{
    if (!m_pending)
        return;
    const QString routineId = m_pending->routineId;
    const QDateTime now = m_wall.nowUtc();
    switch (answer) {
    case ReminderAnswer::Start:
    case ReminderAnswer::Dismissed:
        break;
    case ReminderAnswer::Snooze:
        m_schedule.recordSnoozed(now);
        break;
    case ReminderAnswer::SkipToday:
        m_schedule.recordSkippedToday(now, zone());
        break;
    }
    clearPending();
    saveState();
    sleepUntilNextLook();
    if (answer == ReminderAnswer::Start)
        Q_EMIT startRequested(routineId);
}

void ReminderController::checkNow()
{
    const QDateTime now = m_wall.nowUtc();
    const QTimeZone zone = this->zone();
    m_schedule.settle(now, zone);
    // A notice left open overnight speaks of a day that is over.
    if (m_pending && localDate(now, zone) != m_pendingDay)
        clearPending();
    if (m_schedule.dueAt(now, zone) != ReminderDue::No) {
        if (m_pending) {
            // One notice at a time: the open one already says it.
            m_schedule.recordStillOpen(now);
        } else {
            m_schedule.recordShown(now, zone);
            m_pending = noticeFor(m_schedule.plan().routineId);
            m_pendingDay = localDate(now, zone);
            saveState();
            sleepUntilNextLook();
            Q_EMIT reminderDue(*m_pending);
            return;
        }
    }
    saveState();
    sleepUntilNextLook();
}

void ReminderController::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    sleepUntilNextLook();
}

QTimeZone ReminderController::zone() const
{
    return m_zone ? *m_zone : QTimeZone::systemTimeZone();
}

std::optional<std::chrono::milliseconds> ReminderController::nextLook() const
{
    if (!m_timer.isActive())
        return std::nullopt;
    return std::chrono::milliseconds(m_timer.interval());
}

ReminderNotice ReminderController::noticeFor(const QString &routineId) const
{
    const Routine *routine = m_library.routine(routineId);
    if (!routine)
        routine = m_library.routine(m_library.defaultRoutineId());
    ReminderNotice notice;
    notice.title = tr("Time for a stretch");
    if (!routine) {
        notice.message = tr("A good moment for a short stretch.");
        return notice;
    }
    notice.routineId = routine->id;
    SessionOptions options;
    options.breatheIn = m_settings.breatheIn();
    options.breatheOut = m_settings.breatheOut();
    options.uiLanguages = QLocale().uiLanguages();
    // The person's own words, however long: a notification shows a line.
    const QString title = elideEnd(routine->title.text(options.uiLanguages));
    const auto length = routineDuration(*routine, m_library, options);
    if (!length) {
        notice.message = tr("A good moment for “%1”.").arg(title);
    } else if (*length < std::chrono::minutes(1)) {
        notice.message = tr("A good moment for “%1” — it takes under a minute.").arg(title);
    } else {
        const int minutes = static_cast<int>(std::lround(double(length->count()) / 60.0));
        notice.message
            = tr("A good moment for “%1” — about %n minute(s).", nullptr, minutes).arg(title);
    }
    return notice;
}

void ReminderController::followSettings()
{
    const ReminderPlan plan = m_settings.reminderPlan();
    if (plan == m_schedule.plan())
        return;
    m_schedule.changePlan(plan, m_wall.nowUtc());
    if (!plan.enabled)
        clearPending();
    saveState();
    sleepUntilNextLook();
}

void ReminderController::clearPending()
{
    if (!m_pending)
        return;
    m_pending.reset();
    m_pendingDay = {};
    Q_EMIT pendingCleared();
}

void ReminderController::saveState()
{
    // Settings only writes, and only announces, what differs.
    m_settings.setReminderState(m_schedule.state());
}

void ReminderController::sleepUntilNextLook()
{
    const QDateTime now = m_wall.nowUtc();
    const QDateTime next = m_schedule.nextDue(now, zone());
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const auto sleep
        = std::clamp(std::chrono::milliseconds(now.msecsTo(next)), shortestSleep, longestSleep);
    m_timer.start(sleep);
}

} // namespace limber

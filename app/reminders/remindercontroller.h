#pragma once

#include "app/reminders/remindernotice.h"
#include "core/reminders/reminderschedule.h"

#include <QDate>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <chrono>
#include <optional>

namespace limber {

class ContentLibrary;
class Settings;
class WallClock;

/// Decides when a reminder appears and what it says; others show it. It reads
/// the plan from Settings (following every change), keeps the schedule's state
/// there so a restart repeats nothing, and wakes with one single-shot timer:
/// at the next due time, but never later than a minute ahead, because a timer
/// does not count the time the computer sleeps and waking each minute is how a
/// resume or a changed clock is noticed. With reminders off, during a session
/// or with nothing ahead, the timer is stopped and nothing wakes at all.
class ReminderController : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds longestSleep {60000};
    static constexpr std::chrono::milliseconds shortestSleep {1000};

    ReminderController(Settings &settings, const WallClock &wall, const ContentLibrary &library,
        QObject *parent = nullptr);

    /// The integrator reports sessions: none is interrupted, and what fell due
    /// during one is dropped.
    void setSessionRunning(bool running);
    /// What the person did with the pending notice; ignored when none is pending.
    void answer(ReminderAnswer answer);
    /// The notice shown and not yet answered.
    std::optional<ReminderNotice> pending() const { return m_pending; }
    /// Looks at the clock now (the timer does this by itself; for tests and
    /// right after the computer wakes).
    void checkNow();

    /// Reads reminder times in \a zone from now on. Without it they are read in
    /// the system's zone as it is at each look, so a person who travels, or
    /// changes the zone, gets their reminders at the new local times.
    void setTimeZone(const QTimeZone &zone);
    /// How long the timer sleeps before the next look; nothing when stopped.
    std::optional<std::chrono::milliseconds> nextLook() const;
    /// What a reminder for \a routineId says (the plan's routine, or the
    /// library's default when that one is gone).
    ReminderNotice noticeFor(const QString &routineId) const;

Q_SIGNALS:
    void reminderDue(const ReminderNotice &notice);
    void startRequested(const QString &routineId);
    /// The pending notice is gone (answered, a session started, reminders
    /// switched off, or its day is over): presenters take it down.
    void pendingCleared();

private:
    void followSettings();
    void clearPending();
    void saveState();
    void sleepUntilNextLook();
    QTimeZone zone() const;

    Settings &m_settings;
    const WallClock &m_wall;
    const ContentLibrary &m_library;
    std::optional<QTimeZone> m_zone;
    ReminderSchedule m_schedule;
    std::optional<ReminderNotice> m_pending;
    QDate m_pendingDay;
    QTimer m_timer;
};

} // namespace limber

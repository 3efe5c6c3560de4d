#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace limber {

class DesktopNotifications;
class MainWindow;
class ReminderController;
class ReminderPresenter;
class SessionLauncher;
class Settings;
class TrayIcon;
class WallClock;

/// Reminders in the running program: when they come (ReminderController)
/// joined to how they are shown (the window's notice, the tray, desktop
/// notifications) and to the sessions. No reminder shows while a session
/// runs, and one waiting is taken down when a session starts another way;
/// Start opens the reminder's routine; closing the window while reminders
/// are on hides it in the tray; the login entry is kept pointing at this
/// program.
class ReminderHub : public QObject
{
    Q_OBJECT

public:
    /// Everything passed in must outlive the hub. \a bringToFront shows the
    /// window, also from the tray.
    ReminderHub(MainWindow &window, SessionLauncher &sessions, Settings &settings,
        const WallClock &wall, std::function<void()> bringToFront, QObject *parent = nullptr);
    ~ReminderHub() override;

    ReminderController &schedule() const { return *m_schedule; }
    ReminderPresenter &presenter() const { return *m_presenter; }
    /// Reaches the desktop: the window icon, desktop notifications and the
    /// tray icon. Once, after the window's first frame, which none of them
    /// is part of (the tray and notifications are found over D-Bus, and the
    /// icon is drawn from its SVG). Later calls do nothing.
    void joinDesktop();
    /// Null when the desktop has no system tray, or before joinDesktop().
    TrayIcon *trayIcon() const { return m_tray.get(); }

    /// Asked when the window is closed: true hides it in the tray (when
    /// there is one) and Limber keeps running. By default: reminders are on.
    void setKeepRunningInTray(std::function<bool()> keepRunning);

private:
    void setUpTray();
    void startRoutine(const QString &routineId);
    void hiddenInTray();

    MainWindow &m_window;
    SessionLauncher &m_sessions;
    Settings &m_settings;
    std::function<void()> m_bringToFront;
    std::unique_ptr<ReminderController> m_schedule;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<DesktopNotifications> m_notifications;
    std::unique_ptr<ReminderPresenter> m_presenter;
    std::function<bool()> m_keepRunningInTray;
    bool m_joinedDesktop = false;
    bool m_trayHintShown = false;
};

} // namespace limber

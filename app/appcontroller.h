#pragma once

#include "commandline.h"
#include "session/clock.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace limber {

class CuePlayer;
class DesktopNotifications;
class HistoryController;
class MainWindow;
class ReminderPresenter;
class RoutineController;
class SheetPrinter;
class SessionLauncher;
class Settings;
class SettingsPage;
class TrayIcon;

/// Builds the program's parts and wires them together, so main() stays short:
/// settings, the cue player, the main window and its pages, the first-run
/// safety notice and the "sound is unavailable" notice.
class AppController : public QObject
{
    Q_OBJECT

public:
    /// dataDir: the prepared data folder (see prepareDataDir()).
    AppController(CommandLineOptions options, QString dataDir, QObject *parent = nullptr);
    ~AppController() override;

    /// Shows the window, then (once it is up) the safety notice if needed and the
    /// audio check. Declining the safety notice quits the application.
    void start();

    /// Another copy of Limber was started: show this one instead, also when
    /// its window is hidden in the tray.
    void bringToFront();

    /// Asked when the window is closed: true (reminders are on) hides it in
    /// the tray, when there is one, and Limber keeps running.
    void setKeepRunningInTray(std::function<bool()> keepRunning);
    /// Shows reminders (in the window, the tray, desktop notifications).
    ReminderPresenter &reminders() const { return *m_reminders; }
    /// Null when the desktop has no system tray.
    TrayIcon *trayIcon() const { return m_tray.get(); }

    Settings &settings() const { return *m_settings; }
    CuePlayer &cuePlayer() const { return *m_player; }
    MainWindow &window() const { return *m_window; }
    SessionLauncher &sessions() const { return *m_sessions; }
    HistoryController &history() const { return *m_history; }
    RoutineController &routines() const { return *m_routines; }
    const MonotonicClock &clock() const { return m_clock; }
    const CommandLineOptions &options() const { return m_options; }
    const QString &dataDir() const { return m_dataDir; }

private:
    void applySettingsToPlayer();
    void startAudio();
    void showAudioNotice(const QString &reason);
    void addPrintActions();
    void setUpReminderDisplay();
    void startFromTray();
    void hiddenInTray();

    CommandLineOptions m_options;
    QString m_dataDir;
    SystemMonotonicClock m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CuePlayer> m_player;
    // Before the window, so the session page inside it goes first.
    std::unique_ptr<SessionLauncher> m_sessions;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<HistoryController> m_history;
    std::unique_ptr<RoutineController> m_routines;
    std::unique_ptr<SheetPrinter> m_sheetPrinter;
    SystemWallClock m_wallClock;
    QPointer<SettingsPage> m_settingsPage;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<DesktopNotifications> m_notifications;
    std::unique_ptr<ReminderPresenter> m_reminders;
    std::function<bool()> m_keepRunningInTray;
    bool m_trayHintShown = false;
    bool m_audioDeferred = false; ///< started into the tray: no sound output opened yet
};

} // namespace limber

#pragma once

#include "app/commandline.h"
#include "app/instance/instancerequest.h"
#include "core/content/contentlibrary.h"
#include "core/util/clock.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <future>
#include <memory>

namespace limber {

class CuePlayer;
class HistoryController;
class MainWindow;
class ProgressController;
class ReminderHub;
class ReminderPresenter;
class RoutineController;
class SheetPrinter;
class SessionLauncher;
class Settings;
class SettingsPage;
class SafetyNotice;
class TrayIcon;

/// Builds the program's parts and wires them together, so main() stays short:
/// settings, the cue player, the main window and its pages, the first-run
/// safety notice, the "sound is unavailable" notice, and the message when
/// the settings cannot be saved.
class AppController : public QObject
{
    Q_OBJECT

public:
    /// dataDir: the prepared data folder (see prepareDataDir()).
    AppController(CommandLineOptions options, QString dataDir, QObject *parent = nullptr);
    ~AppController() override;

    /// Shows the window; once its first frame is painted, opens the history
    /// on a thread of its own, shows the safety notice if needed and starts
    /// the audio; once the history is open, answers `--start` and emits
    /// started(). Declining the safety notice quits the application.
    void start();

    /// Another copy of Limber was started: show this one instead, also when
    /// its window is hidden in the tray.
    void bringToFront();
    /// Another copy of Limber was started with \a request: comes to the
    /// front, then starts the routine it names (SessionLauncher::startForAnotherCopy).
    /// One that comes while this copy is still starting waits until it has started.
    void answerAnotherCopy(const limber::InstanceRequest &request);
    /// The history is open and `--start` has been answered.
    bool isStarted() const { return m_started; }

    /// Asked when the window is closed: true (reminders are on) hides it in
    /// the tray, when there is one, and Limber keeps running.
    void setKeepRunningInTray(std::function<bool()> keepRunning);
    /// Shows reminders (in the window, the tray, desktop notifications).
    ReminderPresenter &reminders() const;
    /// Null when the desktop has no system tray, or before the first frame.
    TrayIcon *trayIcon() const;
    ReminderHub &reminderHub() const { return *m_reminderHub; }

    Settings &settings() const { return *m_settings; }
    CuePlayer &cuePlayer() const { return *m_player; }
    MainWindow &window() const { return *m_window; }
    SessionLauncher &sessions() const { return *m_sessions; }
    HistoryController &history() const { return *m_history; }
    RoutineController &routines() const { return *m_routines; }
    ProgressController &progress() const { return *m_progress; }
    const MonotonicClock &clock() const { return m_clock; }
    const CommandLineOptions &options() const { return m_options; }
    const QString &dataDir() const { return m_dataDir; }

Q_SIGNALS:
    /// isStarted() became true.
    void started();

private:
    void afterFirstPaint();
    void historyOpened();
    void applySettingsToPlayer();
    void startAudio();
    void showAudioNotice(const QString &reason);
    void showSettingsProblem(const QString &message);
    void addPrintActions();
    SettingsPage *buildSettingsPage();
    /// The voices to choose from, and why there are none, once the audio has started.
    void showVoicesOn(SettingsPage &page) const;

    CommandLineOptions m_options;
    QString m_dataDir;
    SystemMonotonicClock m_clock;
    std::unique_ptr<Settings> m_settings;
    /// Read on a thread of its own while the window is built.
    std::future<ContentLibrary> m_libraryLoading;
    std::unique_ptr<CuePlayer> m_player;
    // Before the window, so the session page inside it goes first.
    std::unique_ptr<SessionLauncher> m_sessions;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<HistoryController> m_history;
    std::unique_ptr<RoutineController> m_routines;
    std::unique_ptr<ProgressController> m_progress;
    std::unique_ptr<SheetPrinter> m_sheetPrinter;
    SystemWallClock m_wallClock;
    QPointer<SettingsPage> m_settingsPage; ///< null until first shown
    QPointer<SafetyNotice> m_safetyNotice; ///< the first-run notice, while it is open
    bool m_pastFirstPaint = false;
    bool m_started = false; ///< the window is up and `--start` has been answered
    QStringList m_waitingStarts; ///< routines other copies asked for before that
    std::unique_ptr<ReminderHub> m_reminderHub;
    bool m_audioStarted = false; ///< the player has started: its voices are known
    bool m_audioDeferred = false; ///< started into the tray: no sound output opened yet
    bool m_settingsProblemShown = false; ///< the message box comes once a run, not at every save
};

} // namespace limber

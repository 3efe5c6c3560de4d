#include "app/reminders/reminderhub.h"

#include "app/mainwindow.h"
#include "app/reminders/autostart.h"
#include "app/reminders/desktopnotifications.h"
#include "app/reminders/limbericon.h"
#include "app/reminders/reminderbar.h"
#include "app/reminders/remindercontroller.h"
#include "app/reminders/reminderpresenter.h"
#include "app/reminders/trayicon.h"
#include "app/session/sessionlauncher.h"
#include "app/settings/settings.h"
#ifdef LIMBER_DESKTOP_NOTIFICATIONS
#include "app/reminders/freedesktopnotifications.h"
#endif

#include <QApplication>
#include <QLoggingCategory>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace limber {

namespace {

Q_LOGGING_CATEGORY(lcReminders, "limber.reminders")

constexpr int problemMilliseconds = 20000;

} // namespace

ReminderHub::ReminderHub(MainWindow &window, SessionLauncher &sessions, Settings &settings,
    const WallClock &wall, std::function<void()> bringToFront, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sessions(sessions)
    , m_settings(settings)
    , m_bringToFront(std::move(bringToFront))
    , m_schedule(std::make_unique<ReminderController>(settings, wall, sessions.library()))
    , m_keepRunningInTray([this] { return m_settings.reminderPlan().enabled; })
{
    auto *bar = new ReminderBar;
    m_window.addNoticeBar(bar);
    m_presenter = std::make_unique<ReminderPresenter>(m_window, *bar);
    m_presenter->setBringWindowUp(m_bringToFront);

    connect(m_schedule.get(), &ReminderController::reminderDue, m_presenter.get(),
        &ReminderPresenter::show);
    connect(m_schedule.get(), &ReminderController::pendingCleared, m_presenter.get(),
        &ReminderPresenter::clear);
    connect(m_presenter.get(), &ReminderPresenter::answered, m_schedule.get(),
        &ReminderController::answer);
    connect(
        m_schedule.get(), &ReminderController::startRequested, this, &ReminderHub::startRoutine);
    // A session started any way (Start, the tray, a reminder, another copy)
    // takes a waiting reminder down and keeps new ones away until it closes.
    connect(&m_sessions, &SessionLauncher::sessionOpened, m_schedule.get(),
        [this] { m_schedule->setSessionRunning(true); });
    connect(&m_sessions, &SessionLauncher::sessionClosed, m_schedule.get(),
        [this] { m_schedule->setSessionRunning(false); });

    // The login entry names this program's path, which may have moved since
    // the person ticked the box (an update, a new build folder). Written after
    // the first paint: nothing on disk is worth a later first frame.
    if (m_settings.startWithDesktop() && autostart::available()) {
        QTimer::singleShot(0, this, [this] {
            const Status kept = autostart::enable(AutostartCommand::current(m_settings.dataDir()));
            if (!kept)
                qCWarning(lcReminders).noquote() << kept.error().message;
        });
    }
}

ReminderHub::~ReminderHub() = default;

void ReminderHub::joinDesktop()
{
    if (m_joinedDesktop)
        return;
    m_joinedDesktop = true;
    QApplication::setWindowIcon(limberIcon());
#ifdef LIMBER_DESKTOP_NOTIFICATIONS
    m_notifications = std::make_unique<FreedesktopNotifications>();
    m_presenter->setDesktopNotifications(m_notifications.get());
#endif
    setUpTray();
}

void ReminderHub::setUpTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = std::make_unique<TrayIcon>(m_window);
    m_presenter->setTrayIcon(m_tray.get());
    m_tray->setRoutineTitle([this] {
        const Result<Routine> routine = m_sessions.findRoutine(QString());
        return routine ? routine->title.text(m_sessions.sessionOptions().uiLanguages) : QString();
    });
    connect(m_tray.get(), &TrayIcon::showWindowRequested, this, [this] { m_bringToFront(); });
    connect(m_tray.get(), &TrayIcon::hideWindowRequested, &m_window, &QWidget::hide);
    connect(m_tray.get(), &TrayIcon::startRequested, this, [this] { startRoutine(QString()); });
    connect(m_tray.get(), &TrayIcon::quitRequested, &m_window, &MainWindow::quit);
    connect(&m_sessions, &SessionLauncher::sessionOpened, m_tray.get(),
        [this] { m_tray->setStartEnabled(false); });
    connect(&m_sessions, &SessionLauncher::sessionClosed, m_tray.get(),
        [this] { m_tray->setStartEnabled(true); });
    m_window.setHideOnClose([this] { return m_keepRunningInTray && m_keepRunningInTray(); });
    connect(&m_window, &MainWindow::hiddenOnClose, this, &ReminderHub::hiddenInTray);
}

void ReminderHub::setKeepRunningInTray(std::function<bool()> keepRunning)
{
    m_keepRunningInTray = std::move(keepRunning);
}

void ReminderHub::startRoutine(const QString &routineId)
{
    m_bringToFront();
    if (m_sessions.isSessionOpen())
        return; // never over a session, however the request came
    if (const Status started = m_sessions.open(routineId); !started)
        m_window.statusBar()->showMessage(started.error().message, problemMilliseconds);
}

void ReminderHub::hiddenInTray()
{
    // Once a run: the person who closed the window learns where Limber went.
    if (m_trayHintShown || !m_tray)
        return;
    m_trayHintShown = true;
    m_tray->showMessage(
        tr("Limber"), tr("Limber keeps running in the tray to remind you; Quit from its menu."));
}

} // namespace limber

#include "app/reminders/reminderpresenter.h"

#include "app/reminders/desktopnotifications.h"
#include "app/reminders/reminderbar.h"
#include "app/reminders/trayicon.h"

#include <QApplication>
#include <QWidget>

namespace limber {

ReminderPresenter::ReminderPresenter(QWidget &window, ReminderBar &bar, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_bar(bar)
{
    connect(&m_bar, &ReminderBar::answered, this, &ReminderPresenter::answer);
}

ReminderPresenter::~ReminderPresenter() = default;

void ReminderPresenter::setTrayIcon(TrayIcon *tray)
{
    if (m_tray)
        m_tray->disconnect(this);
    m_tray = tray;
    if (!tray)
        return;
    connect(tray, &TrayIcon::snoozeRequested, this, [this] { answer(ReminderAnswer::Snooze); });
    connect(
        tray, &TrayIcon::skipTodayRequested, this, [this] { answer(ReminderAnswer::SkipToday); });
    connect(tray, &TrayIcon::messageClicked, this, &ReminderPresenter::bringWindowUp);
    tray->setReminderPending(m_shown.has_value());
}

void ReminderPresenter::setDesktopNotifications(DesktopNotifications *notifications)
{
    if (m_notifications)
        m_notifications->disconnect(this);
    m_notifications = notifications;
    if (!notifications)
        return;
    connect(notifications, &DesktopNotifications::answered, this, &ReminderPresenter::answer);
    connect(notifications, &DesktopNotifications::openRequested, this,
        &ReminderPresenter::bringWindowUp);
    connect(notifications, &DesktopNotifications::unavailable, this,
        &ReminderPresenter::showWithoutNotification);
}

void ReminderPresenter::setBringWindowUp(std::function<void()> bringUp)
{
    m_bringUp = std::move(bringUp);
}

void ReminderPresenter::show(const ReminderNotice &notice)
{
    m_shown = notice;
    m_bar.showNotice(notice);
    if (m_tray)
        m_tray->setReminderPending(true);
    if (m_notifications)
        m_notifications->show(notice); // unavailable() leads on to the tray
    else
        showWithoutNotification();
}

void ReminderPresenter::showWithoutNotification()
{
    if (!m_shown)
        return;
    if (m_tray) {
        m_tray->showMessage(m_shown->title, m_shown->message);
        return;
    }
    // Neither notification nor tray: a window out of sight asks for attention
    // (a blinking task bar entry), without coming to the front by itself.
    if (!m_window.isVisible() || m_window.isMinimized())
        QApplication::alert(&m_window);
}

void ReminderPresenter::clear()
{
    if (!m_shown)
        return;
    m_shown.reset();
    m_bar.hide();
    if (m_tray)
        m_tray->setReminderPending(false);
    if (m_notifications)
        m_notifications->close();
}

void ReminderPresenter::answer(ReminderAnswer answer)
{
    if (!m_shown)
        return; // a late answer from a channel already cleared
    clear();
    if (answer == ReminderAnswer::Start)
        bringWindowUp();
    Q_EMIT answered(answer);
}

void ReminderPresenter::bringWindowUp()
{
    if (m_bringUp)
        m_bringUp();
}

} // namespace limber

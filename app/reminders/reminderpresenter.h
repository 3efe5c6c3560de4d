#pragma once

#include "app/reminders/remindernotice.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace limber {

class DesktopNotifications;
class ReminderBar;
class TrayIcon;

/// Shows a reminder every way the desktop allows and reports the one answer:
/// always in the window (ReminderBar); also as a desktop notification with
/// buttons when there is a server for it; else as a tray balloon when there is
/// a tray; else, with the window out of sight, by asking the desktop to draw
/// attention to it (QApplication::alert). An answer in one place clears all
/// the others. Nothing here raises the window or takes the keyboard, except
/// Start and a click on a notification, which the person chose.
class ReminderPresenter : public QObject
{
    Q_OBJECT

public:
    /// \a window holds \a bar; both must outlive the presenter.
    ReminderPresenter(QWidget &window, ReminderBar &bar, QObject *parent = nullptr);
    ~ReminderPresenter() override;

    /// The tray (may be null: no tray on this desktop). Its Snooze and Skip
    /// today answer the reminder; a click on its balloon brings the window up.
    void setTrayIcon(TrayIcon *tray);
    /// Desktop notifications (may be null: none on this platform).
    void setDesktopNotifications(DesktopNotifications *notifications);
    /// How to bring the window up and to the front (also from the tray).
    void setBringWindowUp(std::function<void()> bringUp);

    /// Shows \a notice, replacing the one shown before.
    void show(const ReminderNotice &notice);
    /// Takes the reminder away everywhere, without an answer.
    void clear();
    /// The reminder shown now, if any.
    const std::optional<ReminderNotice> &shown() const { return m_shown; }

Q_SIGNALS:
    /// The person answered the reminder shown (once per reminder). Before
    /// Start is reported the window has been brought up.
    void answered(limber::ReminderAnswer answer);

private:
    void answer(ReminderAnswer answer);
    void showWithoutNotification();
    void bringWindowUp();

    QWidget &m_window;
    ReminderBar &m_bar;
    QPointer<TrayIcon> m_tray;
    QPointer<DesktopNotifications> m_notifications;
    std::function<void()> m_bringUp;
    std::optional<ReminderNotice> m_shown;
};

} // namespace limber

#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace limber {

/// Limber in the system tray: left click shows or hides the window; the menu
/// offers Show/Hide, Start today's routine, Snooze and Skip today while a
/// reminder waits, and Quit. Create it only when
/// QSystemTrayIcon::isSystemTrayAvailable().
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    /// \a window is shown and hidden by the icon; it must outlive the icon.
    explicit TrayIcon(QWidget &window, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// The title of the routine "Start …" begins, asked each time the menu
    /// opens (the person may have chosen another routine meanwhile). Until
    /// set, or when it returns an empty title, the entry reads "Start Routine".
    void setRoutineTitle(std::function<QString()> title);
    /// Whether a reminder waits for an answer: shows Snooze and Skip today.
    void setReminderPending(bool pending);
    /// Whether Start can be chosen (not while a session runs).
    void setStartEnabled(bool enabled);

    /// A balloon from the icon; on platforms without notifications with
    /// buttons this is how a reminder reaches the person.
    void showMessage(const QString &title, const QString &message);

    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *icon() const { return m_icon; }

Q_SIGNALS:
    void showWindowRequested();
    void hideWindowRequested();
    void startRequested();
    void snoozeRequested();
    void skipTodayRequested();
    void quitRequested();
    /// The balloon from showMessage() was clicked.
    void messageClicked();

private:
    void updateMenu();
    void toggleWindow();
    bool windowIsUp() const;

    QWidget &m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_showHide = nullptr;
    QAction *m_start = nullptr;
    QAction *m_snooze = nullptr;
    QAction *m_skipToday = nullptr;
    std::function<QString()> m_routineTitle;
};

} // namespace limber

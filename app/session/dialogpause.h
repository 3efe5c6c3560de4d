#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class QDialog;

namespace limber {

class SessionDriver;

/// Keeps the session clock still while a modal dialog covers the session:
/// whichever part of the program opens a modal QDialog (a QMessageBox, the
/// exercise's help, ...) while the session runs, the session pauses; when the
/// last such dialog closes, it resumes. It resumes only a pause it made
/// itself: a session the person had paused stays paused.
///
/// Watches the application's show and hide events, only while a driver is set.
class DialogPause : public QObject
{
    Q_OBJECT

public:
    explicit DialogPause(QObject *parent = nullptr);
    ~DialogPause() override;

    /// The session to pause; null stops watching (the session has ended).
    void setDriver(SessionDriver *driver);
    /// The session is paused because a dialog is open.
    bool isHoldingPause() const { return m_pausedForDialog; }
    /// Modal dialogs open now.
    int openDialogs() const { return int(m_open.size()); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void opened(QDialog *dialog);
    void closed(QObject *dialog);

    QPointer<SessionDriver> m_driver;
    QSet<QObject *> m_open; ///< compared only, never dereferenced
    bool m_watching = false;
    bool m_pausedForDialog = false;
};

} // namespace limber

#pragma once

#include <QWidget>

#include <chrono>

class QAction;
class QPushButton;

namespace limber {

/// The session's buttons and their keys: pause/resume (Space), back (Left),
/// skip (Right or N), more time (+ or =), help on the exercise (? or F1),
/// stop (the button; Esc is escapePressed(), which the page turns into
/// leaving full screen or asking to stop), and, set apart and in red,
/// "It hurts — stop" (H). The keys work anywhere on the page they are
/// installed on, even when a button has the focus.
class SessionControls : public QWidget
{
    Q_OBJECT

public:
    explicit SessionControls(QWidget *parent = nullptr);

    /// Adds the keyboard shortcuts to \a scope (the page), so they work
    /// wherever the focus is on it.
    void installShortcuts(QWidget *scope);

    /// What can be pressed now.
    void setState(bool active, bool paused, bool inHold);
    /// While the page asks whether to stop, only "It hurts — stop" (and Esc)
    /// stay: a stop for pain never waits for an answer.
    void setAskingToStop(bool asking);
    /// The time +N s adds, for its label.
    void setExtendStep(std::chrono::seconds step);

    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *helpButton() const { return m_help; }
    /// The button that gets the focus when a session begins.
    QWidget *firstFocus() const;

Q_SIGNALS:
    void pauseToggled();
    void backRequested();
    void skipRequested();
    void extendRequested();
    /// Help on the exercise that runs (Help, ? or F1).
    void helpRequested();
    void stopRequested();
    void painStopRequested();
    /// Esc, while a session is active.
    void escapePressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    QPushButton *addButton(const QString &objectName, void (SessionControls::*signal)());
    QAction *addAction(QWidget *scope, QPushButton *button, QList<QKeySequence> keys);

    QPushButton *m_pause = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_extend = nullptr;
    QPushButton *m_help = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_pain = nullptr;
    struct Binding
    {
        QPushButton *button;
        QAction *action;
        QList<QKeySequence> keys;
    };
    void refreshBindings();
    void keepPauseWidth();

    QList<Binding> m_bindings;
    QAction *m_escape = nullptr;
    bool m_active = false;
    bool m_paused = false;
    bool m_inHold = false;
    bool m_askingToStop = false;
};

} // namespace limber

#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace limber {

class AboutDialog;
class GuideDialog;
class ShortcutsWindow;

/// The Help menu: Guide (F1), Keyboard Shortcuts (Ctrl+/ or Ctrl+?), the
/// safety notice and About. Each window opens once and is brought forward
/// when asked for again.
class HelpMenu : public QObject
{
    Q_OBJECT

public:
    /// Fills \a menu; the windows open over \a window.
    HelpMenu(QMenu *menu, QWidget *window);

    /// The folder About shows and opens.
    void setDataFolder(const QString &folder) { m_dataFolder = folder; }
    /// F1 opens the guide only where it means nothing else: in a session it
    /// shows the exercise, so the page shown decides.
    void setGuideKeyEnabled(bool enabled);

    GuideDialog *openGuide();
    ShortcutsWindow *openShortcuts();
    AboutDialog *openAbout();

    QAction *guideAction() const { return m_guide; }
    QAction *shortcutsAction() const { return m_shortcuts; }

private:
    QWidget *m_window;
    QString m_dataFolder;
    QAction *m_guide = nullptr;
    QAction *m_shortcuts = nullptr;
    QPointer<GuideDialog> m_guideDialog;
    QPointer<ShortcutsWindow> m_shortcutsWindow;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace limber

#include "app/help/helpmenu.h"

#include "app/help/aboutdialog.h"
#include "app/help/guidedialog.h"
#include "app/help/shortcutswindow.h"
#include "app/start/safetynotice.h"

#include <QAction>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// Shows \a dialog, made the first time by \a make, and brings it forward.
template<typename Dialog, typename Make> Dialog *showOnce(QPointer<Dialog> &dialog, Make make)
{
    if (!dialog) {
        dialog = make();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace

HelpMenu::HelpMenu(QMenu *menu, QWidget *window)
    : QObject(menu)
    , m_window(window)
{
    m_guide = menu->addAction(tr("&Guide"), this, &HelpMenu::openGuide);
    m_guide->setObjectName(u"guideAction"_s);
    setGuideKeyEnabled(true);
    m_shortcuts = menu->addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::openShortcuts);
    m_shortcuts->setObjectName(u"shortcutsAction"_s);
    // Ctrl+? is Ctrl+Shift+/ on most keyboards; Ctrl+/ works without Shift.
    m_shortcuts->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::CTRL | Qt::Key_Question)});
    menu->addSeparator();
    QAction *safety = menu->addAction(
        tr("&Safety Notice"), this, [this] { SafetyNotice::openForReading(m_window); });
    safety->setObjectName(u"safetyNoticeAction"_s);
    QAction *about = menu->addAction(tr("&About Limber"), this, &HelpMenu::openAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void HelpMenu::setGuideKeyEnabled(bool enabled)
{
    m_guide->setShortcut(enabled ? QKeySequence(Qt::Key_F1) : QKeySequence());
}

GuideDialog *HelpMenu::openGuide()
{
    return showOnce(m_guideDialog, [this] { return new GuideDialog(m_window); });
}

ShortcutsWindow *HelpMenu::openShortcuts()
{
    return showOnce(m_shortcutsWindow, [this] { return new ShortcutsWindow(m_window); });
}

AboutDialog *HelpMenu::openAbout()
{
    return showOnce(m_aboutDialog, [this] { return new AboutDialog(m_dataFolder, m_window); });
}

} // namespace limber

#include "app/reminders/trayicon.h"

#include "app/reminders/limbericon.h"
#include "core/util/elide.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr int messageMilliseconds = 15000;

} // namespace

TrayIcon::TrayIcon(QWidget &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(limberIcon(), this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_showHide = m_menu->addAction(tr("Show Limber"), this, &TrayIcon::toggleWindow);
    m_showHide->setObjectName(u"trayShowHide"_s);
    m_menu->addSeparator();
    m_start = m_menu->addAction(tr("Start Routine"), this, &TrayIcon::startRequested);
    m_start->setObjectName(u"trayStart"_s);
    m_snooze = m_menu->addAction(tr("Snooze 10 minutes"), this, &TrayIcon::snoozeRequested);
    m_snooze->setObjectName(u"traySnooze"_s);
    m_skipToday = m_menu->addAction(tr("Skip today"), this, &TrayIcon::skipTodayRequested);
    m_skipToday->setObjectName(u"traySkipToday"_s);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit Limber"), this, &TrayIcon::quitRequested);
    quit->setObjectName(u"trayQuit"_s);
    setReminderPending(false);

    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::updateMenu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                toggleWindow();
        });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
    m_icon->setToolTip(tr("Limber"));
    m_icon->setContextMenu(m_menu);
    updateMenu();
    m_icon->show();
}

// The menu has no parent (a tray menu is a window of its own): delete it here.
TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::setRoutineTitle(std::function<QString()> title)
{
    m_routineTitle = std::move(title);
    updateMenu();
}

void TrayIcon::setReminderPending(bool pending)
{
    m_snooze->setVisible(pending);
    m_skipToday->setVisible(pending);
}

void TrayIcon::setStartEnabled(bool enabled)
{
    m_start->setEnabled(enabled);
}

void TrayIcon::showMessage(const QString &title, const QString &message)
{
    m_icon->showMessage(title, message, limberIcon(), messageMilliseconds);
}

void TrayIcon::updateMenu()
{
    m_showHide->setText(windowIsUp() ? tr("Hide Limber") : tr("Show Limber"));
    const QString title = m_routineTitle ? m_routineTitle() : QString();
    // The title is the person's own words: an ampersand in it is not a mnemonic.
    m_start->setText(title.isEmpty() ? tr("Start Routine")
                                     : tr("Start %1").arg(elideEnd(title).replace(u'&', u"&&"_s)));
}

void TrayIcon::toggleWindow()
{
    if (windowIsUp())
        Q_EMIT hideWindowRequested();
    else
        Q_EMIT showWindowRequested();
}

bool TrayIcon::windowIsUp() const
{
    return m_window.isVisible() && !m_window.isMinimized();
}

} // namespace limber

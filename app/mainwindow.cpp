#include "app/mainwindow.h"

#include "app/exercise/exercisepage.h"
#include "app/help/helpmenu.h"
#include "app/mutedtext.h"
#include "app/settings/settings.h"
#include "app/start/startpage.h"
#include "app/window/messagepage.h"
#include "app/window/pagestack.h"
#include "app/window/windowplacement.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

struct NavigationEntry
{
    MainWindow::Page page;
    const char *text;
    const char *toolTip;
    QKeySequence shortcut;
    QString objectName;
};

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Limber"));
    buildPages();
    buildNavigation();
    buildMenus();
    // There from the first frame: made when the first message comes (no sound
    // output, a save problem), it would push the page up a moment after start.
    statusBar();
    showPage(Page::Start);

    // Inside the screen it opens on, whatever its size and scale: a screen
    // of 1024×600, or 1280×800 at 150 %, has less room than the preferred size.
    placeWindow(*this, m_settings.windowGeometry());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    m_centralArea = new QWidget(this);
    auto *central = new QVBoxLayout(m_centralArea);
    central->setContentsMargins(0, 0, 0, 0);
    central->setSpacing(0);
    m_stack = new PageStack(m_centralArea);
    m_stack->setObjectName(u"pages"_s);
    central->addWidget(m_stack, 1);
    setCentralWidget(m_centralArea);

    // The room its "pain right now" question took last time, so that the
    // first frame need not measure the question (see StartPage).
    m_startPage
        = new StartPage(m_stack, m_settings.painQuestionRoom(StartPage::painQuestionRoomKey()));
    connect(m_startPage, &StartPage::painQuestionMeasured, this,
        [this](const QString &key, QSize room) { m_settings.setPainQuestionRoom(key, room); });
    m_pages.insert(Page::Start, m_startPage);
    m_stack->addWidget(m_startPage);
    // Empty until needed: a real page replaces each (setPage, setPageBuilder).
    const std::pair<Page, QString> others[] = {{Page::Session, u"sessionPlaceholder"_s},
        {Page::History, u"historyPlaceholder"_s}, {Page::Routines, u"routinesPlaceholder"_s},
        {Page::Print, u"printPlaceholder"_s}, {Page::Settings, u"settingsPlaceholder"_s}};
    for (const auto &[page, name] : others) {
        auto *placeholder = new QWidget(m_stack);
        placeholder->setObjectName(name);
        m_pages.insert(page, placeholder);
        m_emptyPlaceholders.append(placeholder);
        m_stack->addWidget(placeholder);
    }
}

void MainWindow::fillPlaceholder(Page page, QWidget *placeholder)
{
    QString title;
    QString description;
    switch (page) {
    case Page::Start:
        return;
    case Page::Session:
        title = tr("Session");
        description = tr("The guided session will appear here.");
        break;
    case Page::History:
        title = tr("History");
        description = tr("Minutes held each week, left and right side by side, and how your "
                         "reach and pain change over time.");
        break;
    case Page::Routines:
        title = tr("Routines");
        description = tr("Choose the exercises of your routine, how long to hold each one and "
                         "how often.");
        break;
    case Page::Print:
        title = tr("Print");
        description = tr("A sheet of your routine with its pictures and a grid to tick off each "
                         "day, to pin on the wall.");
        break;
    case Page::Settings:
        title = tr("Settings");
        description = tr("Sound, voice and breathing choices.");
        break;
    }
    fillWithMessage(*placeholder, title, tr("Coming soon"), description);
}

void MainWindow::buildNavigation()
{
    m_navigation = new QToolBar(tr("Navigation"), this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setMovable(false);
    m_navigation->setFloatable(false);
    m_navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_navigation->toggleViewAction()->setEnabled(false);
    addToolBar(Qt::TopToolBarArea, m_navigation);

    m_navigationGroup = new QActionGroup(this);
    m_navigationGroup->setExclusive(true);

    const NavigationEntry entries[] = {
        {Page::Start, QT_TR_NOOP("&Today"), QT_TR_NOOP("Today's routine and the Start button"),
            QKeySequence(Qt::CTRL | Qt::Key_1), u"navigateToday"_s},
        {Page::History, QT_TR_NOOP("&History"), QT_TR_NOOP("Your weekly hold history"),
            QKeySequence(Qt::CTRL | Qt::Key_2), u"navigateHistory"_s},
        {Page::Routines, QT_TR_NOOP("&Routines"), QT_TR_NOOP("Choose and edit routines"),
            QKeySequence(Qt::CTRL | Qt::Key_3), u"navigateRoutines"_s},
        {Page::Print, QT_TR_NOOP("&Print"), QT_TR_NOOP("Print a routine sheet"),
            QKeySequence(Qt::CTRL | Qt::Key_4), u"navigatePrint"_s},
        {Page::Settings, QT_TR_NOOP("&Settings"), QT_TR_NOOP("Sound, voice and breathing"),
            QKeySequence(Qt::CTRL | Qt::Key_5), u"navigateSettings"_s},
    };
    for (const NavigationEntry &entry : entries) {
        auto *action = new QAction(tr(entry.text), m_navigationGroup);
        action->setObjectName(entry.objectName);
        action->setCheckable(true);
        action->setShortcut(entry.shortcut);
        action->setToolTip(
            u"%1 (%2)"_s.arg(tr(entry.toolTip), entry.shortcut.toString(QKeySequence::NativeText)));
        const Page page = entry.page;
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_navigation->addAction(action);
        m_actions.insert(page, action);
        if (auto *button = qobject_cast<QToolButton *>(m_navigation->widgetForAction(action))) {
            // The mnemonic ampersand is not part of what a screen reader should say.
            button->setAccessibleName(QString(action->text()).remove(u'&'));
            button->setAccessibleDescription(tr(entry.toolTip));
        }
    }
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    m_fileMenu->insertActions(m_quit, actions);
    m_fileMenu->insertSeparator(m_quit);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    m_quit = quit;
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : m_navigationGroup->actions())
        view->addAction(action);
    view->addSeparator();
    m_fullScreen = view->addAction(tr("&Full Screen"));
    m_fullScreen->setObjectName(u"fullScreenAction"_s);
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreen, &QAction::toggled, this, &MainWindow::toggleFullScreen);

    m_help = new HelpMenu(menuBar()->addMenu(tr("&Help")), this);
    // F1 already means "about this exercise" in a session and in the routine editor.
    connect(this, &MainWindow::pageChanged, m_help, [this](Page page) {
        m_help->setGuideKeyEnabled(page != Page::Session && page != Page::Routines);
    });
}

void MainWindow::setPage(Page page, QWidget *widget)
{
    if (page == Page::Start || !widget)
        return;
    m_builders.remove(page);
    QWidget *old = m_pages.value(page);
    if (old == widget)
        return;
    m_emptyPlaceholders.removeOne(old);
    const bool wasCurrent = m_stack->currentWidget() == old;
    const int index = m_stack->indexOf(old);
    m_stack->insertWidget(index, widget);
    m_stack->removeWidget(old);
    old->deleteLater();
    if (m_belowExercise == old)
        m_belowExercise = widget;
    m_pages.insert(page, widget);
    if (wasCurrent)
        m_stack->setCurrentWidget(widget);
}

void MainWindow::setPageBuilder(Page page, std::function<QWidget *()> build)
{
    if (page != Page::Start && build)
        m_builders[page] = std::move(build);
}

void MainWindow::ensurePage(Page page)
{
    if (const auto build = m_builders.take(page)) {
        setPage(page, build());
        return;
    }
    if (QWidget *placeholder = m_pages.value(page); m_emptyPlaceholders.removeOne(placeholder))
        fillPlaceholder(page, placeholder);
}

QWidget *MainWindow::pageWidget(Page page)
{
    ensurePage(page);
    return m_pages.value(page);
}

void MainWindow::showPage(Page page)
{
    ensurePage(page);
    QWidget *widget = m_pages.value(page);
    if (!widget)
        return;
    m_stack->setCurrentWidget(widget);
    if (QAction *action = m_actions.value(page)) {
        action->setChecked(true);
    } else if (QAction *checked = m_navigationGroup->checkedAction()) {
        // Session has no toolbar entry: show that none of the others is open.
        m_navigationGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
        checked->setChecked(false);
        m_navigationGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    }
    widget->setFocus(Qt::OtherFocusReason);
    Q_EMIT pageChanged(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    QWidget *shown = isExerciseShown() ? m_belowExercise : m_stack->currentWidget();
    return m_pages.key(shown, Page::Start);
}

void MainWindow::showExercise(const Exercise &exercise)
{
    if (!m_exercisePage) {
        m_exercisePage = new ExercisePage(m_stack);
        m_stack->addWidget(m_exercisePage);
        connect(m_exercisePage, &ExercisePage::backRequested, this, &MainWindow::closeExercise);
    }
    if (!isExerciseShown())
        m_belowExercise = m_stack->currentWidget();
    m_exercisePage->setExercise(exercise);
    m_stack->setCurrentWidget(m_exercisePage);
    m_exercisePage->setFocus(Qt::OtherFocusReason);
}

void MainWindow::closeExercise()
{
    if (!isExerciseShown())
        return;
    QWidget *below = m_stack->indexOf(m_belowExercise) >= 0 ? m_belowExercise : m_startPage;
    m_stack->setCurrentWidget(below);
    below->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::isExerciseShown() const
{
    return m_exercisePage && m_stack->currentWidget() == m_exercisePage;
}

QAction *MainWindow::navigationAction(Page page) const
{
    return m_actions.value(page);
}

void MainWindow::toggleFullScreen(bool on)
{
    if (on)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::addNoticeBar(QWidget *bar)
{
    auto *central = static_cast<QVBoxLayout *>(m_centralArea->layout());
    central->insertWidget(central->indexOf(m_stack), bar);
}

void MainWindow::setHideOnClose(std::function<bool()> hideInstead)
{
    m_hideOnClose = std::move(hideInstead);
}

void MainWindow::setQuitGuard(std::function<bool()> mayQuit)
{
    m_quitGuard = std::move(mayQuit);
}

void MainWindow::quit()
{
    m_quitting = true;
    // Closing a window hidden in the tray does not end the program by itself.
    if (close())
        QCoreApplication::quit();
    else
        m_quitting = false;
}

void MainWindow::quitWithoutAsking()
{
    m_quitGuard = {};
    m_hideOnClose = {};
    m_quitting = true;
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_hideOnClose && m_hideOnClose()) {
        event->ignore();
        hide();
        Q_EMIT hiddenOnClose();
        return;
    }
    if (m_quitGuard && !m_quitGuard()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.save();
    QMainWindow::closeEvent(event);
}

} // namespace limber

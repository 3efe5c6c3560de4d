#pragma once

#include <QHash>
#include <QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace limber {

class ExercisePage;
class HelpMenu;
class Settings;
class StartPage;
struct Exercise;

/// The main window. It only navigates between pages; each page is its own
/// class in its own folder and is handed in with setPage().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Start, Session, History, Routines, Print, Settings };
    Q_ENUM(Page)

    /// Restores the window geometry from settings and saves it on close.
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    StartPage *startPage() const { return m_startPage; }

    /// Puts a real page in place of the placeholder for page (not Start).
    /// The window takes ownership and deletes the placeholder.
    void setPage(Page page, QWidget *widget);
    /// Shorthand for setPage(Page::Session, page).
    void setSessionPage(QWidget *page) { setPage(Page::Session, page); }
    /// Builds the page (not Start) with `build` when it is first shown or
    /// asked for, not before: pages nobody opens cost nothing at start-up.
    void setPageBuilder(Page page, std::function<QWidget *()> build);
    /// The page, built now if it was not yet.
    QWidget *pageWidget(Page page);

    void showPage(Page page);
    /// The page shown, or the one the exercise page was opened from.
    Page currentPage() const;

    /// Shows \a exercise on the exercise page, over the page shown now; Back
    /// returns there. Not a navigation entry: the toolbar keeps marking the
    /// page underneath.
    void showExercise(const Exercise &exercise);
    /// Leaves the exercise page for the page it was opened from.
    void closeExercise();
    bool isExerciseShown() const;
    /// Null until an exercise has been shown.
    ExercisePage *exercisePage() const { return m_exercisePage; }

    /// The navigation action for a page; null for Session, which is reached
    /// through Start rather than the toolbar.
    QAction *navigationAction(Page page) const;
    QToolBar *navigationBar() const { return m_navigation; }

    /// Adds a group of actions to the File menu, above Quit. The actions'
    /// parent keeps ownership.
    void addFileActions(const QList<QAction *> &actions);

    /// The Help menu (guide, keyboard shortcuts, About).
    HelpMenu *helpMenu() const { return m_help; }

    /// Puts \a bar above the pages (a notice such as a reminder); the window
    /// takes ownership. The bar shows and hides itself.
    void addNoticeBar(QWidget *bar);

    /// Asked when the window is closed (not when Quit is chosen): true hides
    /// it instead, and Limber keeps running (in the tray).
    void setHideOnClose(std::function<bool()> hideInstead);
    /// Asked before the window closes for good (Quit, or closing it when it
    /// does not hide): false keeps Limber open, e.g. while holds are unsaved.
    void setQuitGuard(std::function<bool()> mayQuit);
    /// Closes the window for good, whatever setHideOnClose() says: File ▸ Quit.
    void quit();
    /// Quits without asking anything (a logout or shutdown, SIGTERM): neither
    /// the quit guard nor hiding in the tray stops it, as nobody is there to
    /// answer. What cannot be saved is kept for the next start regardless.
    void quitWithoutAsking();

Q_SIGNALS:
    void pageChanged(limber::MainWindow::Page page);
    /// Closing hid the window instead (see setHideOnClose()).
    void hiddenOnClose();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    /// Builds the page from its builder, or fills in its placeholder, the
    /// first time it is needed.
    void ensurePage(Page page);
    void fillPlaceholder(Page page, QWidget *placeholder);
    void buildNavigation();
    void buildMenus();
    void toggleFullScreen(bool on);

    Settings &m_settings;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_centralArea = nullptr; ///< notice bars above the pages
    StartPage *m_startPage = nullptr;
    QToolBar *m_navigation = nullptr;
    QActionGroup *m_navigationGroup = nullptr;
    QHash<Page, QWidget *> m_pages;
    QHash<Page, std::function<QWidget *()>> m_builders;
    QList<QWidget *> m_emptyPlaceholders; ///< not filled in yet: nobody looked
    ExercisePage *m_exercisePage = nullptr;
    QWidget *m_belowExercise = nullptr; ///< where Back on the exercise page returns
    QHash<Page, QAction *> m_actions;
    QAction *m_fullScreen = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quit = nullptr;
    HelpMenu *m_help = nullptr;
    std::function<bool()> m_hideOnClose;
    std::function<bool()> m_quitGuard;
    bool m_quitting = false;
};

} // namespace limber

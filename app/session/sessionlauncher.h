#pragma once

#include "core/content/contentlibrary.h"
#include "core/progress/progressadvisor.h"
#include "core/session/sessionoptions.h"
#include "core/session/sessionrecords.h"
#include "core/session/timeline.h"
#include "core/util/clock.h"
#include "core/util/error.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace limber {

/// Sessions begun, and starts refused ("limber.session"; info is off by default).
Q_DECLARE_LOGGING_CATEGORY(lcSession)

class CuePlayer;
class CueSink;
class MainWindow;
class SafetyNotice;
struct RoutineProblem;
class SessionPage;
class SessionRunner;
class Settings;

/// Opens routines in the session page: loads the content (bundled, then the
/// person's own), shows today's routine on the start page (the one chosen in
/// the settings, else the default) with the routines to choose from, starts
/// a session from the Start button or `limber --start [ROUTINE]`, and brings
/// the window back to the start page when the person presses Done. While a
/// session runs the navigation is hidden, so nothing draws the eye away.
class SessionLauncher : public QObject
{
    Q_OBJECT

public:
    /// Everything passed in must outlive the launcher. \a player may be null
    /// (then cues go only to the screen).
    SessionLauncher(MainWindow &window, Settings &settings, const MonotonicClock &clock,
        CuePlayer *player, const QString &dataDir, QObject *parent = nullptr);
    /// The same with the content library already loaded (contentLibraryFor(dataDir)).
    SessionLauncher(MainWindow &window, Settings &settings, const MonotonicClock &clock,
        CuePlayer *player, ContentLibrary library, QObject *parent = nullptr);
    /// The bundled exercises and routines, and those in the data folder.
    static ContentLibrary contentLibraryFor(const QString &dataDir);
    ~SessionLauncher() override;

    const ContentLibrary &library() const { return m_library; }
    /// The session page, built now if it was not yet.
    SessionPage *page();
    /// A session is on its page and not over.
    bool isSessionRunning() const;
    /// The session options the settings ask for (breath pattern, languages).
    SessionOptions sessionOptions() const;

    /// The person's own routines (from the history database), offered beside
    /// the bundled ones; one with a bundled routine's id replaces it. Refreshes
    /// the start page.
    void setUserRoutines(const QList<Routine> &routines);
    const QList<Routine> &userRoutines() const { return m_userRoutines; }

    /// The routine \a request names: empty is today's routine (the settings'
    /// choice, or the library's default when there is none or it is gone),
    /// a user routine's id, else as findRequestedRoutine() reads it; at the
    /// person's hold targets (see setTargets()).
    Result<Routine> findRoutine(const QString &request) const;
    /// The same routine as its file or the person wrote it, without targets.
    Result<Routine> findRoutineAsWritten(const QString &request) const;

    /// The hold targets of a routine (exercise id to target), applied to
    /// every routine found from now on. Refreshes the start page.
    using TargetsOf = std::function<HoldTargets(const Routine &)>;
    void setTargets(TargetsOf targets);
    /// Shows today's routine on the start page again (e.g. after a target changed).
    void refreshTodayRoutine() { showTodayRoutine(); }
    /// The id of the routine Start begins now.
    QString todayRoutineId() const;

    /// Starts the routine \a request names (see findRoutine; empty:
    /// today's routine) and shows the session page, once the player has its
    /// sounds ready (at once without a player). The error says what went wrong.
    Status open(const QString &request);

    /// For `--start ROUTINE`: true when \a request can be started. If not, says
    /// why on stderr and in a dialog over the window (after \a notice, the
    /// first-run safety notice, when it is open); Limber stays open on its
    /// start page.
    bool checkCommandLineRoutine(const QString &request, SafetyNotice *notice = nullptr);

    /// For `limber --start [ROUTINE]` run again while this copy runs: starts
    /// \a request as `--start` does at launch (after the first-run safety
    /// notice when it is open), but a routine that cannot be found is said in
    /// a dialog and the program goes on. A session that is open (getting
    /// ready, running, or on its end screen) is never interrupted: the status
    /// bar says so and nothing else happens.
    void startForAnotherCopy(const QString &request);
    /// True from the moment a session gets ready until Done on its end screen.
    bool isSessionOpen() const;

    /// Once the window is up: shows problems with the person's own content
    /// (once; they are not fatal), then opens `--start`'s routine, after the
    /// safety notice when one is open.
    void windowShown(bool startSession, const QString &request, SafetyNotice *notice);

    /// While the history opens (true), a start waits for it, with a word in
    /// the status bar, so the session's first hold is recorded; false starts
    /// what waited.
    void setWaitingForHistory(bool waiting);

    /// Once the player has started: renders today's routine's words ahead,
    /// so pressing Start does not wait for them.
    void warmUpSounds();

    /// The content problems, one per line; empty when all content loaded.
    QString contentProblems() const;

Q_SIGNALS:
    /// A session of \a routineId has begun (its first phase is running).
    void sessionOpened(const QString &routineId);
    /// Each hold of the session as it ends, for the log.
    void holdFinished(const limber::HoldRecord &record);
    /// The session has ended (its end screen shows).
    void sessionFinished(const limber::SessionSummary &summary);
    /// Done was pressed on the end screen; the start page is shown again.
    void sessionClosed();
    /// The start page shows today's routine afresh (chosen, changed or after a session).
    void todayRoutineShown(const QString &routineId);

private:
    void showTodayRoutine();
    void chooseRoutine(const QString &routineId);
    void showExercise(const QString &exerciseId);
    Result<Timeline> timelineFor(const Routine &routine) const;
    void begin(const Routine &routine, Timeline timeline);
    void closeSession();
    void setNavigationEnabled(bool enabled);
    void applySettings();
    void addFullScreenKey();
    void showRoutineProblem(const RoutineProblem &problem);

    MainWindow &m_window;
    Settings &m_settings;
    const MonotonicClock &m_clock;
    SystemWallClock m_wallClock;
    CuePlayer *m_player;
    ContentLibrary m_library;
    QList<Routine> m_userRoutines;
    TargetsOf m_targets;
    QString m_shownRoutineId; ///< the routine on the start page
    SessionPage *buildPage();

    SessionPage *m_page = nullptr; ///< owned by the window; null until first needed
    QPointer<SessionRunner> m_runner; ///< the session begun last
    bool m_problemsShown = false;
    bool m_preparing = false; ///< the player is getting a session's sounds ready
    bool m_waitingForHistory = false;
    std::optional<QString> m_startAfterHistory; ///< the request that waits for it
    QString m_windowTitle; ///< the window's own title, back after a session
};

} // namespace limber

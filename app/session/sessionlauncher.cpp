#include "app/session/sessionlauncher.h"

#include "app/audio/cueplayer.h"
#include "app/exercise/exercisedialog.h"
#include "app/mainwindow.h"
#include "app/routines/routineduration.h"
#include "app/session/routinerequest.h"
#include "app/session/sessiondriver.h"
#include "app/session/sessionpage.h"
#include "app/settings/settings.h"
#include "app/start/routineentries.h"
#include "app/start/safetynotice.h"
#include "app/start/startpage.h"
#include "core/session/sessionrunner.h"
#include "core/session/timeline.h"
#include "core/util/elide.h"
#include "resources/content_resources.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QLocale>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTextStream>
#include <QToolBar>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace limber {

Q_LOGGING_CATEGORY(lcSession, "limber.session", QtWarningMsg)

namespace {

constexpr int sessionOpenNoticeMilliseconds = 10000;

const MainWindow::Page navigablePages[] = {MainWindow::Page::Start, MainWindow::Page::History,
    MainWindow::Page::Routines, MainWindow::Page::Print, MainWindow::Page::Settings};

} // namespace

ContentLibrary SessionLauncher::contentLibraryFor(const QString &dataDir)
{
    return ContentLibrary::load({bundledContentRoot(), ContentLibrary::userContentRoot(dataDir)});
}

SessionLauncher::SessionLauncher(MainWindow &window, Settings &settings,
    const MonotonicClock &clock, CuePlayer *player, const QString &dataDir, QObject *parent)
    : SessionLauncher(window, settings, clock, player, contentLibraryFor(dataDir), parent)
{ }

SessionLauncher::SessionLauncher(MainWindow &window, Settings &settings,
    const MonotonicClock &clock, CuePlayer *player, ContentLibrary library, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_clock(clock)
    , m_player(player)
    , m_library(std::move(library))
{
    // Built when first needed (a session opened, or the history wiring its
    // reports to it), after the window's first frame.
    m_window.setPageBuilder(MainWindow::Page::Session, [this] { return buildPage(); });

    connect(m_window.startPage(), &StartPage::startRequested, this, [this] {
        if (const Status opened = open({}); !opened)
            QMessageBox::warning(&m_window, tr("Limber"), opened.error().message);
    });
    connect(m_window.startPage(), &StartPage::routineChosen, this, &SessionLauncher::chooseRoutine);
    connect(
        m_window.startPage(), &StartPage::exerciseRequested, this, &SessionLauncher::showExercise);
    connect(&m_settings, &Settings::changed, this, &SessionLauncher::applySettings);
    showTodayRoutine();
    applySettings();
    addFullScreenKey();
}

void SessionLauncher::addFullScreenKey()
{
    // QKeySequence::FullScreen is not F11 on every desktop (GNOME and plain X11
    // have none or Ctrl+F11), yet F11 is the key people expect for the session's
    // focus mode. Until the window's own action lists it, add it here.
    auto *fullScreen = m_window.findChild<QAction *>(u"fullScreenAction"_s);
    if (!fullScreen)
        return;
    QList<QKeySequence> keys = fullScreen->shortcuts();
    if (!keys.contains(QKeySequence(Qt::Key_F11))) {
        keys.append(QKeySequence(Qt::Key_F11));
        fullScreen->setShortcuts(keys);
    }
}

SessionLauncher::~SessionLauncher() = default;

SessionPage *SessionLauncher::page()
{
    if (!m_page)
        m_window.pageWidget(MainWindow::Page::Session); // calls buildPage()
    return m_page;
}

bool SessionLauncher::isSessionRunning() const
{
    return m_page && m_page->isRunning();
}

SessionPage *SessionLauncher::buildPage()
{
    m_page = new SessionPage(m_clock, m_wallClock);
    m_page->setCueSink(m_player);
    m_page->setPoseLookup([this](const QString &id) { return m_library.pose(id); });
    m_page->setBreathPacerEnabled(m_settings.breathPacerVisible());
    connect(m_page, &SessionPage::doneRequested, this, &SessionLauncher::closeSession);
    // Over a running session the page opens in a dialog, which pauses the
    // session until it is closed (DialogPause).
    connect(m_page, &SessionPage::exerciseHelpRequested, this, [this](const QString &exerciseId) {
        if (const Exercise *exercise = m_library.exercise(exerciseId))
            ExerciseDialog::openFor(*exercise, &m_window);
    });
    connect(m_page, &SessionPage::sessionFinished, this, [this](const SessionSummary &summary) {
        // Words cut off mid-sentence are better than words about a stretch
        // the person has stopped; a finished session keeps its "Well done",
        // and a stop for pain its words on how to come out of the stretch
        // (the runner's cut came before them).
        if (m_player && summary.stopReason == StopReason::User)
            m_player->stopSpeaking();
    });
    return m_page;
}

SessionOptions SessionLauncher::sessionOptions() const
{
    SessionOptions options;
    options.breatheIn = m_settings.breatheIn();
    options.breatheOut = m_settings.breatheOut();
    options.uiLanguages = QLocale().uiLanguages();
    // Held time is time the session ran on screen: a process stopped (or
    // held up) for more than a few seconds pauses the session there.
    options.stallThreshold = std::chrono::seconds(3);
    return options;
}

void SessionLauncher::applySettings()
{
    if (m_page)
        m_page->setBreathPacerEnabled(m_settings.breathPacerVisible());
    if (todayRoutineId() != m_shownRoutineId)
        showTodayRoutine();
}

Result<Timeline> SessionLauncher::timelineFor(const Routine &routine) const
{
    const auto lookup = [this](const QString &id) { return m_library.exercise(id); };
    return Timeline::build(routine, lookup, sessionOptions());
}

void SessionLauncher::setUserRoutines(const QList<Routine> &routines)
{
    m_userRoutines = routines;
    showTodayRoutine();
}

void SessionLauncher::setTargets(TargetsOf targets)
{
    m_targets = std::move(targets);
    showTodayRoutine();
}

Result<Routine> SessionLauncher::findRoutine(const QString &request) const
{
    Result<Routine> routine = findRoutineAsWritten(request);
    if (!routine || !m_targets)
        return routine;
    const HoldTargets targets = m_targets(*routine);
    return withTargets(std::move(routine).value(), targets);
}

Result<Routine> SessionLauncher::findRoutineAsWritten(const QString &request) const
{
    // Today's choice may name a routine since deleted or renamed: then the
    // default, without a word, as if nothing had been chosen.
    const QString id = request.isEmpty() ? m_settings.todayRoutineId() : request;
    for (const Routine &own : m_userRoutines) {
        if (own.id == id && !id.isEmpty())
            return own;
    }
    if (request.isEmpty() && !m_library.routine(id))
        return findRequestedRoutine(m_library, {});
    return findRequestedRoutine(m_library, id);
}

QString SessionLauncher::todayRoutineId() const
{
    const Result<Routine> routine = findRoutine({});
    return routine ? routine->id : QString();
}

void SessionLauncher::showTodayRoutine()
{
    const SessionOptions options = sessionOptions();
    const QStringList &languages = options.uiLanguages;
    StartPage *start = m_window.startPage();
    QList<RoutineChoice> choices;
    for (const Routine &offered : offeredRoutines(m_library.routines(), m_userRoutines)) {
        const Routine routine = m_targets ? withTargets(offered, m_targets(offered)) : offered;
        // Only the length is shown here: the timeline, with every cue, is
        // built when a session starts.
        const std::optional<std::chrono::seconds> length
            = routineDuration(routine, m_library, options);
        if (!length)
            continue; // it could not be started, so it is not offered
        choices.append({routine.id, routine.title.text(languages), *length});
    }
    start->setRoutineChoices(choices);

    const Result<Routine> routine = findRoutine({});
    m_shownRoutineId = routine ? routine->id : QString();
    const auto announce = qScopeGuard([this] { Q_EMIT todayRoutineShown(m_shownRoutineId); });
    start->setRoutine({}, std::chrono::seconds(0));
    start->setExercises({});
    if (!routine)
        return;
    // Today's routine is one of those offered, with the same targets.
    const auto today = std::find_if(choices.cbegin(), choices.cend(),
        [&routine](const RoutineChoice &choice) { return choice.id == routine->id; });
    if (today == choices.cend())
        return; // it could not be started
    start->setCurrentRoutine(routine->id);
    start->setRoutine(today->title, today->duration);
    start->setExercises(routineExerciseEntries(*routine, m_library, languages));
}

void SessionLauncher::chooseRoutine(const QString &routineId)
{
    m_settings.setTodayRoutineId(routineId);
    m_settings.save();
    if (todayRoutineId() != m_shownRoutineId)
        showTodayRoutine();
}

void SessionLauncher::showExercise(const QString &exerciseId)
{
    if (const Exercise *exercise = m_library.exercise(exerciseId))
        m_window.showExercise(*exercise);
}

void SessionLauncher::warmUpSounds()
{
    if (!m_player)
        return;
    const Result<Routine> routine = findRoutine({});
    if (!routine)
        return;
    if (const Result<Timeline> timeline = timelineFor(*routine))
        m_player->warmUp(*timeline);
}

void SessionLauncher::setWaitingForHistory(bool waiting)
{
    m_waitingForHistory = waiting;
    if (waiting || !m_startAfterHistory)
        return;
    m_window.statusBar()->clearMessage();
    if (const Status opened = open(*std::exchange(m_startAfterHistory, std::nullopt)); !opened)
        QMessageBox::warning(&m_window, tr("Limber"), opened.error().message);
}

Status SessionLauncher::open(const QString &request)
{
    if (m_preparing)
        return {}; // a second press while the first session gets ready
    if (m_waitingForHistory) {
        m_startAfterHistory = request;
        m_window.statusBar()->showMessage(
            tr("Opening your history… the session starts in a moment."));
        return {};
    }
    const Result<Routine> routine = findRoutine(request);
    if (!routine)
        return routine.error();
    Result<Timeline> timeline = timelineFor(*routine);
    if (!timeline)
        return Error {tr("The routine “%1” cannot be started: %2")
                          .arg(routine->id, timeline.error().message)};
    if (!m_player) {
        begin(*routine, std::move(timeline).value());
        return {};
    }
    // The words are rendered and the sound output opened first, so the
    // session's first cue is heard on time. With everything ready this
    // calls back at once.
    m_preparing = true;
    const Timeline &toPrepare = *timeline;
    auto whenReady = [this, routine = *routine, prepared = *timeline]() mutable {
        m_preparing = false;
        begin(routine, std::move(prepared));
    };
    m_player->prepareSession(toPrepare, std::move(whenReady));
    return {};
}

void SessionLauncher::begin(const Routine &routine, Timeline timeline)
{
    page()->begin(
        std::move(timeline), m_player ? m_player->sessionLead() : std::chrono::milliseconds(0));
    if (m_runner)
        m_runner->disconnect(this); // a session replaced says nothing more
    m_runner = m_page->driver() ? &m_page->driver()->runner() : nullptr;
    if (m_runner) {
        connect(m_runner, &SessionRunner::holdFinished, this, &SessionLauncher::holdFinished);
        connect(m_runner, &SessionRunner::finished, this, &SessionLauncher::sessionFinished);
    }
    if (m_player && m_runner)
        m_player->attachSession(*m_runner);
    if (m_windowTitle.isEmpty())
        m_windowTitle = m_window.windowTitle();
    // The routine in the title: the task bar says what is running.
    m_window.setWindowTitle(tr("%1 — %2").arg(
        elideEnd(routine.title.text(sessionOptions().uiLanguages)), m_windowTitle));
    setNavigationEnabled(false);
    m_window.showPage(MainWindow::Page::Session);
    // The keys (Space, Esc, ...) must reach the session without a click first.
    m_window.activateWindow();
    qCInfo(lcSession).noquote() << u"session began: %1"_s.arg(routine.id);
    Q_EMIT sessionOpened(routine.id);
}

bool SessionLauncher::checkCommandLineRoutine(const QString &request, SafetyNotice *notice)
{
    const Result<Routine> routine = findRoutine(request);
    if (routine)
        return true;
    const RoutineProblem problem = explainRoutineProblem(m_library, request);
    QTextStream(stderr) << problem.text << u'\n' << problem.details << u'\n';
    // The window is up: Limber stays on its start page, where the person can
    // choose a routine. At first run the safety notice comes first.
    if (notice && notice->isVisible())
        connect(
            notice, &QDialog::accepted, this, [this, problem] { showRoutineProblem(problem); },
            Qt::SingleShotConnection);
    else
        showRoutineProblem(problem);
    return false;
}

void SessionLauncher::showRoutineProblem(const RoutineProblem &problem)
{
    auto *dialog = new QMessageBox(QMessageBox::Warning, tr("Limber: %1").arg(problem.title),
        problem.text, QMessageBox::Ok, &m_window);
    dialog->setObjectName(u"routineNotFound"_s);
    dialog->setInformativeText(
        tr("Limber stays open on its start page: choose a routine there, or press Start."));
    dialog->setDetailedText(problem.details);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool SessionLauncher::isSessionOpen() const
{
    return m_preparing || m_window.currentPage() == MainWindow::Page::Session;
}

void SessionLauncher::startForAnotherCopy(const QString &request)
{
    const QString named = request.isEmpty() ? u"today's routine"_s : request;
    if (isSessionOpen()) {
        qCInfo(lcSession).noquote()
            << u"not starting %1 for another copy: a session is already running"_s.arg(named);
        m_window.statusBar()->showMessage(
            tr("A session is already running; finish or stop it to start another."),
            sessionOpenNoticeMilliseconds);
        return;
    }
    // At first run the safety notice comes first, as it does for --start.
    if (auto *notice = m_window.findChild<SafetyNotice *>(); notice && notice->isVisible()) {
        connect(
            notice, &QDialog::accepted, this, [this, request] { startForAnotherCopy(request); },
            Qt::SingleShotConnection);
        return;
    }
    qCInfo(lcSession).noquote() << u"starting %1 for another copy"_s.arg(named);
    if (const Result<Routine> routine = findRoutine(request); !routine) {
        showRoutineProblem(explainRoutineProblem(m_library, request));
        return;
    }
    if (const Status opened = open(request); !opened) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Limber"), opened.error().message,
            QMessageBox::Close, &m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void SessionLauncher::windowShown(bool startSession, const QString &request, SafetyNotice *notice)
{
    if (!m_problemsShown && !m_library.errors().isEmpty()) {
        m_problemsShown = true;
        // Not modal: the person can start a session and read this later.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Limber: some content was skipped"),
            tr("Some of your own content files have problems and were not loaded. "
               "Everything else works. Fix the files, then start Limber again."),
            QMessageBox::Close, &m_window);
        box->setObjectName(u"contentProblems"_s);
        box->setDetailedText(contentProblems());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->show();
    }
    if (!startSession)
        return;
    const auto begin = [this, request] {
        if (const Status opened = open(request); !opened)
            QMessageBox::warning(&m_window, tr("Limber"), opened.error().message);
    };
    if (notice)
        connect(notice, &QDialog::accepted, this, begin);
    else
        begin();
}

QString SessionLauncher::contentProblems() const
{
    return joinContentErrors(m_library.errors());
}

void SessionLauncher::closeSession()
{
    if (!m_windowTitle.isEmpty())
        m_window.setWindowTitle(m_windowTitle);
    // The start page first, then the navigation bar: the other way round,
    // the bar is added while the session page's height is still asked for,
    // and on a 600 px screen the window grows.
    m_window.showPage(MainWindow::Page::Start);
    setNavigationEnabled(true);
    Q_EMIT sessionClosed();
}

void SessionLauncher::setNavigationEnabled(bool enabled)
{
    m_window.navigationBar()->setVisible(enabled);
    for (const MainWindow::Page page : navigablePages) {
        if (QAction *action = m_window.navigationAction(page))
            action->setEnabled(enabled);
    }
}

} // namespace limber

#include "app/routines/routinecontroller.h"

#include "app/dataio/backgroundwork.h"
#include "app/mainwindow.h"
#include "app/routines/routinenames.h"
#include "app/routines/routinespage.h"
#include "app/session/sessionlauncher.h"
#include "app/settings/settings.h"
#include "core/content/routinefile.h"
#include "core/history/historystore.h"
#include "core/history/userroutines.h"

#include <QMessageBox>
#include <QSet>

namespace limber {

RoutineController::RoutineController(
    MainWindow &window, SessionLauncher &sessions, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sessions(sessions)
    , m_settings(settings)
{
    // Built when first shown: until then it costs the start-up nothing.
    m_window.setPageBuilder(MainWindow::Page::Routines, [this] { return buildPage(); });
    connect(&m_settings, &Settings::changed, this, [this] {
        if (m_page) {
            m_page->setOptions(m_sessions.sessionOptions());
            m_page->setTodayRoutine(m_sessions.todayRoutineId());
        }
    });
}

RoutineController::~RoutineController() = default;

RoutinesPage *RoutineController::page()
{
    if (!m_page)
        m_window.pageWidget(MainWindow::Page::Routines); // calls buildPage()
    return m_page;
}

RoutinesPage *RoutineController::buildPage()
{
    auto *page = new RoutinesPage(m_sessions.library(), m_sessions.sessionOptions());
    m_page = page;
    page->setReadOnlyReason(m_readOnlyReason);
    if (m_routines)
        page->setUserRoutines(m_sessions.userRoutines());
    page->setTodayRoutine(m_sessions.todayRoutineId());

    connect(page, &RoutinesPage::saveRequested, this, &RoutineController::save);
    connect(page, &RoutinesPage::removeRequested, this, &RoutineController::remove);
    connect(page, &RoutinesPage::todayRequested, this, &RoutineController::makeToday);
    connect(page, &RoutinesPage::importRequested, this, &RoutineController::importFile);
    connect(page, &RoutinesPage::exportRequested, this, &RoutineController::exportFile);
    connect(page, &RoutinesPage::exerciseHelpRequested, this, &RoutineController::showExercise);
    connect(page, &RoutinesPage::startRequested, this, [this](const QString &id) {
        if (const Status started = m_sessions.open(id); !started)
            showProblem(started.error().message);
    });
    return page;
}

void RoutineController::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    if (m_page)
        m_page->setReadOnlyReason(reason);
}

void RoutineController::historyOpened(HistoryStore *store)
{
    if (!store) {
        setReadOnlyReason(
            tr("Your history could not be opened, so your own routines cannot be kept. "
               "The bundled routines can still be started."));
        return;
    }
    m_store = store;
    m_routines = std::make_unique<UserRoutines>(*store);
    setReadOnlyReason(store->isReadOnly() ? store->readOnlyMessage() : QString());
    reload();
}

Result<QString> RoutineController::addExercise(const QString &routineId, const QString &exerciseId)
{
    if (!m_routines)
        return Error {tr("Your routines cannot be changed: the history is not open.")};
    const QList<Routine> own = m_sessions.userRoutines();
    const auto mine = std::find_if(own.cbegin(), own.cend(),
        [&routineId](const Routine &routine) { return routine.id == routineId; });
    const Routine *bundled = m_sessions.library().routine(routineId);
    if (mine == own.cend() && !bundled)
        return Error {tr("The routine “%1” is not there any more.").arg(routineId)};
    Routine routine = mine != own.cend() ? *mine : *bundled;
    if (routine.items.size() >= limits::maxRoutineItems)
        return Error {tr("“%1” already has %2 exercises, as many as a routine can hold.")
                          .arg(routine.title.text(m_sessions.sessionOptions().uiLanguages))
                          .arg(limits::maxRoutineItems)};
    if (mine == own.cend()) {
        QStringList titles;
        QSet<QString> ids;
        for (const Routine &each : own) {
            titles.append(each.title.text());
            ids.insert(each.id);
        }
        for (const Routine &each : m_sessions.library().routines())
            ids.insert(each.id);
        const QString title = uniqueRoutineTitle(
            tr("%1 (my copy)").arg(routine.title.text(m_sessions.sessionOptions().uiLanguages)),
            titles);
        routine.id = routineIdFromTitle(title, ids);
        routine.title = LocalizedText(title);
    }
    RoutineItem item;
    item.exerciseId = exerciseId;
    routine.items.append(item);
    fitRoutineSides(routine, m_sessions.library());
    if (const Status saved
        = change([&routine](UserRoutines &stored) { return stored.save(routine); });
        !saved)
        return saved.error();
    if (routine.id != routineId)
        makeToday(routine.id);
    reload();
    return routine.id;
}

Status RoutineController::change(const std::function<Status(UserRoutines &)> &edit)
{
    // Each change is one short transaction, but it may wait up to the busy
    // timeout for a lock another program holds on the history: on a
    // connection and a thread of their own, with what the person types
    // meanwhile held back until it is written.
    return withHistoryInBackground(
        m_store->openWriter(),
        [&edit](HistoryStore &history) {
            UserRoutines routines(history);
            return edit(routines);
        },
        InputWhileBusy::Queued);
}

void RoutineController::reload()
{
    if (!m_routines)
        return;
    auto routines = m_routines->list();
    if (!routines) {
        showProblem(routines.error().message);
        return;
    }
    m_sessions.setUserRoutines(*routines);
    if (m_page) {
        m_page->setUserRoutines(*routines);
        m_page->setTodayRoutine(m_sessions.todayRoutineId());
    }
}

void RoutineController::save(const Routine &edited)
{
    if (!m_routines)
        return;
    Routine routine = edited;
    fitRoutineSides(routine, m_sessions.library());
    Routine before;
    for (const Routine &own : m_sessions.userRoutines()) {
        if (own.id == routine.id)
            before = own;
    }
    if (const Status saved
        = change([&routine](UserRoutines &stored) { return stored.save(routine); });
        !saved) {
        showProblem(saved.error().message);
        reload();
        return;
    }
    reload();
    Q_EMIT routineSaved(before, routine);
}

void RoutineController::remove(const QString &id)
{
    if (!m_routines)
        return;
    if (const Status removed = change([&id](UserRoutines &stored) { return stored.remove(id); });
        !removed)
        showProblem(removed.error().message);
    reload();
}

void RoutineController::makeToday(const QString &id)
{
    m_settings.setTodayRoutineId(id);
    if (m_page)
        m_page->setTodayRoutine(m_sessions.todayRoutineId());
}

void RoutineController::importFile(const QString &path)
{
    if (!m_routines)
        return;
    auto loaded = m_sessions.library().loadRoutineFile(path);
    if (!loaded) {
        page()->showImportProblem(loaded.error().message);
        return;
    }
    Routine routine = std::move(loaded).value();
    // An imported routine never replaces one the person or Limber already
    // has: a second copy of a handed-over file gets an id of its own.
    auto taken = m_routines->ids();
    if (!taken) {
        page()->showImportProblem(taken.error().message);
        return;
    }
    for (const Routine &bundled : m_sessions.library().routines())
        taken->insert(bundled.id);
    if (taken->contains(routine.id))
        routine.id = newRoutineId(routine.title.text(), *taken);
    if (const Status saved
        = change([&routine](UserRoutines &stored) { return stored.save(routine); });
        !saved) {
        page()->showImportProblem(saved.error().message);
        return;
    }
    reload();
    page()->selectRoutine(routine.id);
}

void RoutineController::exportFile(const QString &id, const QString &path)
{
    const QList<Routine> own = m_sessions.userRoutines();
    const auto mine = std::find_if(
        own.cbegin(), own.cend(), [&id](const Routine &routine) { return routine.id == id; });
    const Routine *routine = mine != own.cend() ? &*mine : m_sessions.library().routine(id);
    if (!routine)
        return;
    if (const Status written = saveRoutineFile(path, *routine); !written)
        showProblem(written.error().message);
}

void RoutineController::showExercise(const QString &exerciseId)
{
    if (const Exercise *exercise = m_sessions.library().exercise(exerciseId))
        m_window.showExercise(*exercise);
}

void RoutineController::showProblem(const QString &message)
{
    QMessageBox::warning(&m_window, tr("Routines"), message);
}

} // namespace limber

#pragma once

#include "core/model/routine.h"
#include "core/util/error.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace limber {

class HistoryStore;
class MainWindow;
class RoutinesPage;
class SessionLauncher;
class Settings;
class UserRoutines;

/// The Routines page in the running program: hands it the bundled routines
/// and the person's own (kept in the history file), stores what the person
/// changes, imports and exports routine files, makes a routine today's, and
/// starts one. The session launcher is told of every change, so the start
/// page offers the same routines.
class RoutineController : public QObject
{
    Q_OBJECT

public:
    /// Everything passed in must outlive the controller.
    RoutineController(MainWindow &window, SessionLauncher &sessions, Settings &settings,
        QObject *parent = nullptr);
    ~RoutineController() override;

    /// The history is open (or could not be opened: \a store is null). The
    /// person's routines are read from it; without one the page is read-only.
    void historyOpened(HistoryStore *store);

    /// The Routines page, built now if it was not yet.
    RoutinesPage *page();

    /// Adds \a exerciseId at the end of \a routineId with the usual hold
    /// plan. A bundled routine cannot change, so the person gets a copy of
    /// their own with it ("… (my copy)"), which becomes today's routine.
    /// Returns the id of the routine that now has the exercise.
    Result<QString> addExercise(const QString &routineId, const QString &exerciseId);

Q_SIGNALS:
    /// The person saved \a after; \a before is the routine as it was (an
    /// empty id when it is new).
    void routineSaved(const limber::Routine &before, const limber::Routine &after);

private:
    RoutinesPage *buildPage();
    void setReadOnlyReason(const QString &reason);
    /// Runs \a edit with the person's routines on a connection of its own,
    /// on a thread of its own; reads stay on the store's connection.
    Status change(const std::function<Status(UserRoutines &)> &edit);
    void reload();
    void save(const Routine &routine);
    void remove(const QString &id);
    void makeToday(const QString &id);
    void importFile(const QString &path);
    void exportFile(const QString &id, const QString &path);
    void showExercise(const QString &exerciseId);
    void showProblem(const QString &message);

    MainWindow &m_window;
    SessionLauncher &m_sessions;
    Settings &m_settings;
    HistoryStore *m_store = nullptr;
    std::unique_ptr<UserRoutines> m_routines; ///< for reading, on m_store's connection
    QPointer<RoutinesPage> m_page; ///< null until first shown
    /// Why routines cannot be changed now; until the history is open, that it is being read.
    QString m_readOnlyReason = tr("Your routines are being read…");
};

} // namespace limber

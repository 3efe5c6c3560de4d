#pragma once

#include "app/history/targetline.h"
#include "core/progress/progressadvisor.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace limber {

class HistoryStore;
class MainWindow;
class ProgressPanel;
class RoutineController;
class SessionLauncher;
class WallClock;

/// Hold targets in the running program: every routine the launcher starts,
/// shows or prints is given the person's targets; the start page shows what
/// the ProgressAdvisor proposes (accept or not now), the next exercise of
/// the programme when the current one is comfortable, and opens the targets
/// dialog. It looks again whenever the start page is shown afresh, so a
/// proposal follows the session that called for it.
class ProgressController : public QObject
{
    Q_OBJECT

public:
    /// Everything passed in must outlive the controller.
    ProgressController(MainWindow &window, SessionLauncher &sessions, RoutineController &routines,
        const WallClock &clock, QObject *parent = nullptr);
    ~ProgressController() override;

    /// The history is open (null: it could not be opened, and routines keep their plans).
    void historyOpened(HistoryStore *store);

    ProgressPanel *panel() const;
    /// The proposals shown now, in the panel's order.
    const QList<ExerciseProposal> &proposals() const { return m_proposals; }
    const std::optional<NextExerciseSuggestion> &nextExercise() const { return m_next; }
    /// The targets of \a routine; its plans when there is no history.
    HoldTargets targetsOf(const Routine &routine) const;
    /// The hold target of \a exerciseId over time, for the History page:
    /// the plan of the routine it was first decided in (today's routine's
    /// plan when nothing was decided yet), then every decision that set one.
    TargetLine targetLine(const QString &exerciseId) const;

Q_SIGNALS:
    /// A target was accepted, eased back, set by hand or reset.
    void targetsChanged();

public Q_SLOTS:
    /// Reads the proposals for today's routine again.
    void refresh();
    void openTargetsDialog();

private:
    std::optional<HoldTarget> planIn(const QString &routineId, const QString &exerciseId) const;
    void followEditedPlans(const Routine &before, const Routine &after);
    void accept(int index);
    void decline(int index);
    void addNextExercise();
    /// Runs \a decision with an advisor on a connection of its own, on a
    /// thread of its own; reads stay with m_advisor on the store's connection.
    Status decide(const std::function<Status(ProgressAdvisor &)> &decision);
    void showProblem(const QString &message);
    bool canDecide() const;

    MainWindow &m_window;
    SessionLauncher &m_sessions;
    RoutineController &m_routines;
    const WallClock &m_clock;
    HistoryStore *m_store = nullptr;
    std::unique_ptr<ProgressAdvisor> m_advisor;
    QPointer<ProgressPanel> m_panel;
    QList<ExerciseProposal> m_proposals;
    std::optional<NextExerciseSuggestion> m_next;
};

} // namespace limber

#include "app/progression/progresscontroller.h"

#include "app/dataio/backgroundwork.h"
#include "app/mainwindow.h"
#include "app/progression/progresspanel.h"
#include "app/progression/progresstext.h"
#include "app/progression/targetsdialog.h"
#include "app/routines/routinecontroller.h"
#include "app/session/sessionlauncher.h"
#include "app/start/startpage.h"
#include "core/history/calendar.h"
#include "core/history/historystore.h"

#include <QMessageBox>

#include <algorithm>
#include <iterator>

namespace limber {

namespace {

const RoutineItem *itemOf(const Routine &routine, const QString &exerciseId)
{
    for (const RoutineItem &item : routine.items) {
        if (item.exerciseId == exerciseId)
            return &item;
    }
    return nullptr;
}

} // namespace

ProgressController::ProgressController(MainWindow &window, SessionLauncher &sessions,
    RoutineController &routines, const WallClock &clock, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sessions(sessions)
    , m_routines(routines)
    , m_clock(clock)
{
    auto *panel = new ProgressPanel;
    m_panel = panel;
    m_window.startPage()->setProgressWidget(panel);
    connect(panel, &ProgressPanel::proposalAccepted, this, &ProgressController::accept);
    connect(panel, &ProgressPanel::proposalDeclined, this, &ProgressController::decline);
    connect(panel, &ProgressPanel::targetsRequested, this, &ProgressController::openTargetsDialog);
    connect(panel, &ProgressPanel::nextExerciseAboutRequested, this, [this] {
        if (!m_next)
            return;
        if (const Exercise *exercise = m_sessions.library().exercise(m_next->exerciseId))
            m_window.showExercise(*exercise);
    });
    connect(panel, &ProgressPanel::nextExerciseAddRequested, this,
        &ProgressController::addNextExercise);
    connect(panel, &ProgressPanel::nextExerciseDeclined, this, [this] {
        if (!m_next || !m_advisor)
            return;
        const NextExerciseSuggestion next = *m_next;
        if (const Status declined = decide(
                [&next](ProgressAdvisor &advisor) { return advisor.declineNextExercise(next); });
            !declined)
            showProblem(declined.error().message);
        refresh();
    });
    connect(&m_sessions, &SessionLauncher::todayRoutineShown, this, &ProgressController::refresh);
    connect(&m_routines, &RoutineController::routineSaved, this,
        &ProgressController::followEditedPlans);
}

ProgressController::~ProgressController() = default;

ProgressPanel *ProgressController::panel() const
{
    return m_panel;
}

void ProgressController::historyOpened(HistoryStore *store)
{
    m_store = store;
    if (store)
        m_advisor = std::make_unique<ProgressAdvisor>(*store, m_sessions.library(), m_clock);
    // From now on every routine is started, shown and printed at its targets.
    // (That shows today's routine again, which refreshes the panel.)
    m_sessions.setTargets([this](const Routine &routine) { return targetsOf(routine); });
    m_panel->setHistoryKnown();
}

HoldTargets ProgressController::targetsOf(const Routine &routine) const
{
    if (!m_advisor)
        return {};
    Result<HoldTargets> targets = m_advisor->currentTargets(routine);
    // A target that cannot be read leaves the routine at its plan: the
    // session still runs, as the routine was written.
    return targets ? *targets : HoldTargets {};
}

std::optional<HoldTarget> ProgressController::planIn(
    const QString &routineId, const QString &exerciseId) const
{
    const Result<Routine> routine = m_sessions.findRoutineAsWritten(routineId);
    const RoutineItem *item = routine ? itemOf(*routine, exerciseId) : nullptr;
    return item ? std::optional(planOf(*item)) : std::nullopt;
}

TargetLine ProgressController::targetLine(const QString &exerciseId) const
{
    TargetLine line;
    if (!m_advisor)
        return line;
    const Result<QList<TargetEvent>> events = m_advisor->targetEvents(exerciseId);
    if (!events)
        return line;
    QList<TargetEvent> setting;
    std::copy_if(events->cbegin(), events->cend(), std::back_inserter(setting),
        [](const TargetEvent &event) { return event.setsTarget(); });
    const QString firstRoutine
        = setting.isEmpty() ? m_sessions.todayRoutineId() : setting.constFirst().routineId;
    if (const std::optional<HoldTarget> plan = planIn(firstRoutine, exerciseId))
        line.append({QDate(), plan->holdSeconds, plan->holdsPerSide});
    for (const TargetEvent &event : std::as_const(setting))
        line.append({event.localDate(), event.holdSeconds, event.holdsPerSide});
    return line;
}

void ProgressController::followEditedPlans(const Routine &before, const Routine &after)
{
    if (!canDecide() || before.id.isEmpty())
        return;
    // A hold length or count changed in the editor is the person's new
    // target: without this the target decided earlier would still win, and
    // the edit would seem to do nothing.
    bool changed = false;
    for (const RoutineItem &item : after.items) {
        const RoutineItem *previous = itemOf(before, item.exerciseId);
        if (!previous || planOf(*previous) == planOf(item))
            continue;
        const Result<QList<TargetEvent>> events = m_advisor->targetEvents(item.exerciseId);
        const std::optional<TargetEvent> decided
            = events ? newestTargetSetting(*events, after.id, item.exerciseId) : std::nullopt;
        if (!decided || decided->kind == TargetEventKind::Reset)
            continue; // the plan is the target already
        if (const Status reset = decide([&after, &item](ProgressAdvisor &advisor) {
                return advisor.resetTarget(after, item.exerciseId);
            });
            !reset) {
            showProblem(reset.error().message);
            return;
        }
        changed = true;
    }
    if (changed) {
        m_sessions.refreshTodayRoutine();
        Q_EMIT targetsChanged();
    }
}

bool ProgressController::canDecide() const
{
    return m_advisor && m_store && !m_store->isReadOnly();
}

void ProgressController::refresh()
{
    m_proposals.clear();
    m_next.reset();
    const Result<Routine> routine = m_sessions.findRoutineAsWritten({});
    if (!canDecide() || !routine) {
        m_panel->setProposals({});
        m_panel->setNextExercise({}, {}, false);
        m_panel->setTargetsAvailable(canDecide() && routine && !routine->items.isEmpty());
        return;
    }
    const QStringList languages = m_sessions.sessionOptions().uiLanguages;
    const ContentLibrary &library = m_sessions.library();
    const QDate today = localDate(m_clock.nowUtc(), m_clock.utcOffsetSeconds());
    QList<ProposalView> views;
    if (Result<QList<ExerciseProposal>> proposals = m_advisor->proposals(*routine, today)) {
        for (const ExerciseProposal &proposal : *proposals) {
            const Exercise *exercise = library.exercise(proposal.exerciseId);
            const RoutineItem *item = itemOf(*routine, proposal.exerciseId);
            if (!exercise || !item)
                continue;
            const QString title = exercise->title.text(languages);
            m_proposals.append(proposal);
            views.append(
                {ProgressText::proposal(proposal.proposal, title, isSided(*item, *exercise)),
                    title});
        }
    }
    m_panel->setProposals(views);

    QString nextText;
    QString nextTitle;
    // One thing at a time: a new exercise waits until the targets are settled.
    if (Result<std::optional<NextExerciseSuggestion>> next
        = m_advisor->nextExercise(*routine, today);
        m_proposals.isEmpty() && next && next->has_value()) {
        const Exercise *after = library.exercise((*next)->afterExerciseId);
        const Exercise *following = library.exercise((*next)->exerciseId);
        if (after && following) {
            m_next = **next;
            nextTitle = following->title.text(languages);
            nextText = ProgressText::nextExercise(after->title.text(languages), nextTitle);
        }
    }
    m_panel->setNextExercise(nextText, nextTitle, true);
    m_panel->setTargetsAvailable(!routine->items.isEmpty());
}

void ProgressController::accept(int index)
{
    if (!canDecide() || index < 0 || index >= m_proposals.size())
        return;
    const ExerciseProposal proposal = m_proposals.at(index);
    if (const Status accepted
        = decide([&proposal](ProgressAdvisor &advisor) { return advisor.accept(proposal); });
        !accepted)
        showProblem(accepted.error().message);
    // The start page shows the new target on the exercise's tile.
    m_sessions.refreshTodayRoutine();
    Q_EMIT targetsChanged();
}

void ProgressController::decline(int index)
{
    if (!canDecide() || index < 0 || index >= m_proposals.size())
        return;
    const ExerciseProposal proposal = m_proposals.at(index);
    if (const Status declined
        = decide([&proposal](ProgressAdvisor &advisor) { return advisor.decline(proposal); });
        !declined)
        showProblem(declined.error().message);
    refresh();
}

void ProgressController::openTargetsDialog()
{
    if (!canDecide())
        return;
    const Result<Routine> routine = m_sessions.findRoutineAsWritten({});
    if (!routine)
        return;
    const HoldTargets targets = targetsOf(*routine);
    const QStringList languages = m_sessions.sessionOptions().uiLanguages;
    QList<TargetRow> rows;
    for (const RoutineItem &item : routine->items) {
        const Exercise *exercise = m_sessions.library().exercise(item.exerciseId);
        if (!exercise || std::any_of(rows.cbegin(), rows.cend(), [&item](const TargetRow &row) {
                return row.exerciseId == item.exerciseId;
            }))
            continue;
        const HoldTarget plan = planOf(item);
        rows.append({item.exerciseId, exercise->title.text(languages), isSided(item, *exercise),
            targets.value(item.exerciseId, plan), plan});
    }
    TargetsDialog dialog(routine->title.text(languages), rows, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<TargetRow> changed = dialog.changedRows();
    const Status saved = decide([&changed, &routine](ProgressAdvisor &advisor) {
        for (const TargetRow &row : changed) {
            Status each = row.current == row.plan
                ? advisor.resetTarget(*routine, row.exerciseId)
                : advisor.setTargetByHand(routine->id, row.exerciseId, row.current);
            if (!each)
                return each;
        }
        return Status {};
    });
    if (!saved)
        showProblem(saved.error().message);
    m_sessions.refreshTodayRoutine();
    Q_EMIT targetsChanged();
}

void ProgressController::addNextExercise()
{
    if (!m_next || !canDecide())
        return;
    const NextExerciseSuggestion suggestion = *m_next;
    const Result<Routine> before = m_sessions.findRoutineAsWritten(suggestion.routineId);
    const HoldTargets targets = before ? targetsOf(*before) : HoldTargets {};
    const Result<QString> added
        = m_routines.addExercise(suggestion.routineId, suggestion.exerciseId);
    if (!added) {
        showProblem(added.error().message);
        return;
    }
    // A bundled routine was copied: the copy keeps the targets reached so far.
    if (*added != suggestion.routineId && before) {
        for (const RoutineItem &item : before->items) {
            const auto target = targets.constFind(item.exerciseId);
            if (target == targets.cend() || *target == planOf(item))
                continue;
            if (const Status kept = decide([&](ProgressAdvisor &advisor) {
                    return advisor.setTargetByHand(*added, item.exerciseId, *target);
                });
                !kept) {
                showProblem(kept.error().message);
                break;
            }
        }
    }
    m_sessions.refreshTodayRoutine();
    Q_EMIT targetsChanged();
}

Status ProgressController::decide(const std::function<Status(ProgressAdvisor &)> &decision)
{
    // A decision is one short write, but it may wait up to the busy timeout
    // for a lock another program holds on the history: on a connection and
    // a thread of their own, with the person's input held back meanwhile.
    // The library is taken here: collecting it touches the launcher.
    const ContentLibrary &library = m_sessions.library();
    return withHistoryInBackground(
        m_store->openWriter(),
        [&](HistoryStore &history) {
            ProgressAdvisor advisor(history, library, m_clock);
            return decision(advisor);
        },
        InputWhileBusy::Queued);
}

void ProgressController::showProblem(const QString &message)
{
    QMessageBox::warning(&m_window, tr("Hold targets"), message);
}

} // namespace limber

#include "core/session/cueplanner.h"

#include "core/session/cuetext.h"

#include <QHash>

#include <algorithm>

namespace limber {

using std::chrono::milliseconds;
using namespace std::chrono_literals;

namespace {

constexpr milliseconds breathQuietBeforeEnd = 3s; // the countdown owns the last 3 s
constexpr milliseconds reminderQuietBeforeEnd = 10s; // "ten seconds left" and the countdown
constexpr milliseconds reminderClearance = 1s;
constexpr milliseconds reminderNudge = 1s;

Cue makeCue(Cue::Kind kind, const Phase &phase, milliseconds at, QString text)
{
    Cue cue;
    cue.kind = kind;
    cue.priority = priorityOf(kind);
    cue.text = std::move(text);
    cue.side = phase.side;
    cue.at = at;
    cue.phaseIndex = phase.index;
    return cue;
}

QString sideLabelText(const Phase &phase, const SessionOptions &options)
{
    return phase.sideLabel.text(options.uiLanguages);
}

QString phaseTitle(
    const Phase &phase, const QList<Exercise> &exercises, const SessionOptions &options)
{
    const QStringList &languages = options.uiLanguages;
    switch (phase.kind) {
    case Phase::Kind::GetReady:
        return cuetext::getReadyWithWords(
            phase.exerciseTitle.text(languages), phase.stepText.text(languages));
    case Phase::Kind::Prepare:
        return cuetext::prepareTitle(
            phase.exerciseTitle.text(languages), phase.stepIndex + 1, phase.stepCount);
    case Phase::Kind::Hold:
        return cuetext::holdTitle(
            phase.holdNumber, phase.holdsPerSide, sideLabelText(phase, options));
    case Phase::Kind::Switch:
        return cuetext::switchSides(phase.side, sideLabelText(phase, options));
    case Phase::Kind::Rest:
        if (!phase.nextExerciseId.isEmpty() && phase.itemIndex + 1 < exercises.size())
            return cuetext::restBeforeNext(exercises.at(phase.itemIndex + 1).title.text(languages));
        return cuetext::rest();
    case Phase::Kind::Done:
        break;
    }
    return cuetext::doneTitle();
}

/// Plans the cues inside one hold, after its PhaseStart.
class HoldCuePlanner
{
public:
    /// `firstOfHold`: where the hold's own cues (its PhaseStart first) begin in `out`.
    HoldCuePlanner(
        const Phase &hold, const SessionOptions &options, QList<Cue> *out, qsizetype firstOfHold)
        : m_hold(hold)
        , m_options(options)
        , m_out(out)
        , m_firstOfHold(firstOfHold)
    { }

    /// `holdOrdinal`: how many holds of this exercise came before, so that
    /// successive holds start their reminders at successive texts.
    void plan(const QList<LocalizedText> &reminders, int holdOrdinal)
    {
        planEndCues();
        if (m_options.breathingCues)
            planBreathing();
        if (m_options.reminders && !reminders.isEmpty())
            planReminders(reminders, holdOrdinal);
    }

private:
    milliseconds end() const { return m_hold.end(); }

    void add(Cue::Kind kind, milliseconds at, QString text, int count = 0)
    {
        Cue cue = makeCue(kind, m_hold, at, std::move(text));
        cue.count = count;
        m_out->append(std::move(cue));
    }

    void planEndCues()
    {
        const milliseconds length = m_hold.duration;
        for (int count = 3; count >= 1; --count) {
            const milliseconds before = count * 1s;
            if (length > before)
                add(Cue::Kind::Countdown, end() - before, cuetext::countdown(count), count);
        }
        if (length >= 20s)
            add(Cue::Kind::TenSecondsLeft, end() - 10s, cuetext::tenSecondsRemaining());
        if (length >= 30s)
            add(Cue::Kind::Halfway, m_hold.start + length / 2, cuetext::halfway());
    }

    void planBreathing()
    {
        bool breathingIn = true;
        for (milliseconds at = m_hold.start; at < end() - breathQuietBeforeEnd;) {
            if (breathingIn)
                add(Cue::Kind::BreatheIn, at, cuetext::breatheIn());
            else
                add(Cue::Kind::BreatheOut, at, cuetext::breatheOut());
            at += breathingIn ? m_options.breatheIn : m_options.breatheOut;
            breathingIn = !breathingIn;
        }
    }

    bool clearOfOtherCues(milliseconds at) const
    {
        for (qsizetype i = m_firstOfHold; i < m_out->size(); ++i) {
            const milliseconds gap = m_out->at(i).at - at;
            if (gap < reminderClearance && gap > -reminderClearance)
                return false;
        }
        return true;
    }

    void planReminders(const QList<LocalizedText> &reminders, int turn)
    {
        const milliseconds quietFrom = end() - reminderQuietBeforeEnd;
        for (milliseconds nominal = m_hold.start + m_options.firstReminderAfter;
             nominal < quietFrom; nominal += m_options.reminderInterval) {
            const milliseconds limit = std::min(quietFrom, nominal + m_options.reminderInterval);
            milliseconds at = nominal;
            while (at < limit && !clearOfOtherCues(at))
                at += reminderNudge;
            if (at >= limit)
                continue;
            const LocalizedText &text = reminders.at(turn % reminders.size());
            ++turn;
            add(Cue::Kind::Reminder, at, text.text(m_options.uiLanguages));
        }
    }

    const Phase &m_hold;
    const SessionOptions &m_options;
    QList<Cue> *m_out;
    qsizetype m_firstOfHold;
};

/// Orders cues at one instant: the finish words of the exercise that just
/// ended, then PhaseStart, then higher priority first. A Caution ranks as
/// the instruction it follows (Normal) and keeps its place after it.
int rankAtSameInstant(const Cue &cue)
{
    if (cue.kind == Cue::Kind::Finish)
        return 0;
    if (cue.kind == Cue::Kind::PhaseStart)
        return 1;
    const Cue::Priority rankedAs
        = cue.kind == Cue::Kind::Caution ? priorityOf(Cue::Kind::StepText) : cue.priority;
    return 2 + int(Cue::Priority::Critical) - int(rankedAs);
}

/// The phase's cautions, at its start, after its instruction.
void appendCautions(const Phase &phase, const SessionOptions &options, QList<Cue> *out)
{
    for (const LocalizedText &caution : phase.cautions) {
        const QString words = caution.text(options.uiLanguages);
        if (!words.isEmpty())
            out->append(makeCue(Cue::Kind::Caution, phase, phase.start, words));
    }
}

/// The phase index of each item's last hold, by item index.
QHash<int, int> lastHoldOfEachItem(const QList<Phase> &phases)
{
    QHash<int, int> lastHold;
    for (const Phase &phase : phases)
        if (phase.isHold())
            lastHold[phase.itemIndex] = phase.index;
    return lastHold;
}

} // namespace

QList<Cue> planCues(const QList<Phase> &phases, const QList<Exercise> &exerciseByItem,
    const SessionOptions &options)
{
    QList<Cue> cues;
    QHash<QString, int> holdsSoFarByExercise;
    const QHash<int, int> lastHoldOf = lastHoldOfEachItem(phases);
    const Phase *previous = nullptr;
    for (const Phase &phase : phases) {
        const qsizetype firstOfPhase = cues.size();
        // The exercise before has just ended: how to come out of it, said as
        // this phase (a rest, the next exercise, or the end) begins.
        if (previous && previous->isHold()
            && lastHoldOf.value(previous->itemIndex) == previous->index) {
            const QString finish
                = exerciseByItem.at(previous->itemIndex).finish.text(options.uiLanguages);
            if (!finish.isEmpty()) {
                cues.append(makeCue(Cue::Kind::Finish, phase, phase.start, finish));
                cues.last().side = Side::None;
            }
        }
        cues.append(makeCue(
            Cue::Kind::PhaseStart, phase, phase.start, phaseTitle(phase, exerciseByItem, options)));
        if (phase.kind == Phase::Kind::GetReady)
            cues.last().shortText
                = cuetext::getReady(phase.exerciseTitle.text(options.uiLanguages));
        else if (phase.kind == Phase::Kind::Hold)
            cues.last().shortText = cuetext::holdShort(sideLabelText(phase, options));
        else if (phase.kind == Phase::Kind::Switch)
            cues.last().shortText = cuetext::switchShort();
        switch (phase.kind) {
        case Phase::Kind::Prepare:
            cues.append(makeCue(
                Cue::Kind::StepText, phase, phase.start, phase.stepText.text(options.uiLanguages)));
            appendCautions(phase, options, &cues);
            break;
        case Phase::Kind::Switch:
            cues.append(makeCue(Cue::Kind::SwitchSides, phase, phase.start,
                cuetext::switchSides(phase.side, sideLabelText(phase, options))));
            cues.last().shortText = cuetext::switchShort();
            break;
        case Phase::Kind::Hold: {
            const bool switchedWithoutPause = previous && previous->isHold()
                && previous->itemIndex == phase.itemIndex && previous->side != phase.side;
            if (switchedWithoutPause) {
                cues.append(makeCue(Cue::Kind::SwitchSides, phase, phase.start,
                    cuetext::switchSides(phase.side, sideLabelText(phase, options))));
                cues.last().shortText = cuetext::switchShort();
            }
            appendCautions(phase, options, &cues);
            const Exercise &exercise = exerciseByItem.at(phase.itemIndex);
            HoldCuePlanner(phase, options, &cues, firstOfPhase)
                .plan(exercise.holdReminders, holdsSoFarByExercise[exercise.id]++);
            break;
        }
        case Phase::Kind::Done:
            cues.append(makeCue(Cue::Kind::Done, phase, phase.start, cuetext::wellDone()));
            break;
        case Phase::Kind::GetReady: // its PhaseStart says everything
        case Phase::Kind::Rest:
            break;
        }
        previous = &phase;
    }
    std::stable_sort(cues.begin(), cues.end(), [](const Cue &a, const Cue &b) {
        if (a.at != b.at)
            return a.at < b.at;
        return rankAtSameInstant(a) < rankAtSameInstant(b);
    });
    return cues;
}

} // namespace limber

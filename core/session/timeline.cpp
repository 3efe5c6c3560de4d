#include "core/session/timeline.h"

#include "core/session/cueplanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace limber {

using std::chrono::milliseconds;
using namespace std::chrono_literals;

namespace {

Error itemError(int itemIndex, const QString &exerciseId, const QString &problem)
{
    return Error {QCoreApplication::translate("Timeline", "Exercise %1 of the routine (%2): %3")
                      .arg(QString::number(itemIndex + 1), exerciseId, problem)};
}

std::optional<Error> checkItem(int index, const RoutineItem &item)
{
    auto outOfRange = [&](const char *what, int value, int low, int high) {
        return itemError(index, item.exerciseId,
            QCoreApplication::translate("Timeline", "%1 is %2; use a value from %3 to %4.")
                .arg(QCoreApplication::translate("Timeline", what), QString::number(value),
                    QString::number(low), QString::number(high)));
    };
    if (item.holdsPerSide < limits::minHoldsPerSide || item.holdsPerSide > limits::maxHoldsPerSide)
        return outOfRange(QT_TRANSLATE_NOOP("Timeline", "the number of holds"), item.holdsPerSide,
            limits::minHoldsPerSide, limits::maxHoldsPerSide);
    if (item.holdSeconds < limits::minHoldSeconds || item.holdSeconds > limits::maxHoldSeconds)
        return outOfRange(QT_TRANSLATE_NOOP("Timeline", "the hold time in seconds"),
            item.holdSeconds, limits::minHoldSeconds, limits::maxHoldSeconds);
    if (item.switchSeconds < 0 || item.switchSeconds > limits::maxSwitchSeconds)
        return outOfRange(QT_TRANSLATE_NOOP("Timeline", "the switch time in seconds"),
            item.switchSeconds, 0, limits::maxSwitchSeconds);
    if (item.restSeconds < 0 || item.restSeconds > limits::maxRestSeconds)
        return outOfRange(QT_TRANSLATE_NOOP("Timeline", "the rest time in seconds"),
            item.restSeconds, 0, limits::maxRestSeconds);
    if (item.getReadySeconds < 0 || item.getReadySeconds > limits::maxGetReadySeconds)
        return outOfRange(QT_TRANSLATE_NOOP("Timeline", "the get-ready time in seconds"),
            item.getReadySeconds, 0, limits::maxGetReadySeconds);
    return std::nullopt;
}

std::optional<Error> checkOptions(const SessionOptions &options)
{
    const bool breathingBroken
        = options.breathingCues && (options.breatheIn <= 0ms || options.breatheOut <= 0ms);
    const bool remindersBroken = options.reminders
        && (options.firstReminderAfter <= 0ms || options.reminderInterval <= 0ms);
    if (breathingBroken || remindersBroken || options.defaultStepDuration <= 0ms
        || options.cautionTime < 0ms)
        return Error {QCoreApplication::translate("Timeline",
            "The session settings have a breathing, reminder or step time of zero or less. "
            "Reset the session settings to their defaults.")};
    return std::nullopt;
}

milliseconds secondsToMs(double seconds)
{
    return milliseconds(std::llround(seconds * 1000.0));
}

/// Words are runs of anything but white space (a no-break space too, as
/// French puts before a colon). Counted by hand: a regular expression here
/// cost the start page 1 ms, since every routine's length is worked out
/// before the window's first frame.
qsizetype wordCount(const QString &text)
{
    qsizetype words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

/// Time to say or read a step's instruction and cautions unhurried.
milliseconds timeForWords(const Step &step, const SessionOptions &options)
{
    qsizetype words = wordCount(step.text.text(options.uiLanguages));
    for (const LocalizedText &caution : step.cautions)
        words += wordCount(caution.text(options.uiLanguages));
    const int perMinute = std::max(1, options.unhurriedWordsPerMinute);
    return milliseconds((words * 60000 + perMinute - 1) / perMinute);
}

milliseconds stepDuration(const Step &step, const SessionOptions &options)
{
    milliseconds authored = options.defaultStepDuration
        + (step.motion ? secondsToMs(step.motion->seconds) : 0ms)
        + options.cautionTime * step.cautions.size();
    if (step.durationSeconds && *step.durationSeconds > 0)
        authored = std::chrono::seconds(*step.durationSeconds);
    // Rounded up to whole seconds, so the countdown on screen starts on one.
    const auto needed = std::chrono::ceil<std::chrono::seconds>(timeForWords(step, options));
    return std::max(authored, milliseconds(needed));
}

Side firstSideOf(const RoutineItem &item)
{
    return item.firstSide == Side::None ? Side::Left : item.firstSide;
}

LocalizedText sideLabelOf(const Exercise &exercise, Side side)
{
    return side == Side::Left ? exercise.leftSideLabel : exercise.rightSideLabel;
}

/// Appends phases one after another, keeping the running start time.
class PhaseSequence
{
public:
    explicit PhaseSequence(const QMap<int, milliseconds> &extensions)
        : m_extensions(extensions)
    { }

    Phase &append(Phase phase, milliseconds duration)
    {
        phase.index = int(m_phases.size());
        phase.start = m_cursor;
        phase.duration = duration;
        if (phase.isHold())
            phase.duration += m_extensions.value(phase.index, 0ms);
        m_cursor += phase.duration;
        m_phases.append(std::move(phase));
        return m_phases.last();
    }

    milliseconds cursor() const { return m_cursor; }
    QList<Phase> take() { return std::move(m_phases); }

private:
    const QMap<int, milliseconds> &m_extensions;
    QList<Phase> m_phases;
    milliseconds m_cursor {0};
};

Phase phaseOf(Phase::Kind kind, int itemIndex, const RoutineItem &item, const Exercise &exercise)
{
    Phase phase;
    phase.kind = kind;
    phase.itemIndex = itemIndex;
    phase.exerciseId = exercise.id;
    phase.exerciseTitle = exercise.title;
    phase.holdsPerSide = item.holdsPerSide;
    return phase;
}

void layOutGetReady(
    PhaseSequence &sequence, int itemIndex, const RoutineItem &item, const Exercise &exercise)
{
    const Step *firstStep = exercise.steps.isEmpty() ? nullptr : &exercise.steps.constFirst();
    Phase phase = phaseOf(Phase::Kind::GetReady, itemIndex, item, exercise);
    phase.holdsPerSide = 0;
    phase.stepText = !exercise.getReady.isEmpty() ? exercise.getReady
        : firstStep                               ? firstStep->text
                                                  : LocalizedText();
    if (!exercise.getReadyPose.isEmpty()) {
        phase.pose = exercise.getReadyPose;
        phase.cameraYawDegrees = exercise.getReadyCameraYawDegrees;
    } else if (firstStep && !firstStep->pose.isEmpty()) {
        phase.pose = firstStep->pose;
        phase.cameraYawDegrees = firstStep->cameraYawDegrees;
    } else {
        phase.pose = exercise.holdPose;
        phase.cameraYawDegrees = exercise.holdCameraYawDegrees;
    }
    if (isSided(item, exercise)) {
        phase.side = firstSideOf(item);
        phase.sideLabel = sideLabelOf(exercise, phase.side);
    }
    sequence.append(std::move(phase), std::chrono::seconds(item.getReadySeconds));
}

void layOutSetup(PhaseSequence &sequence, int itemIndex, const RoutineItem &item,
    const Exercise &exercise, const SessionOptions &options)
{
    const int stepCount = int(exercise.steps.size());
    for (int k = 0; k < stepCount; ++k) {
        const Step &step = exercise.steps.at(k);
        Phase phase = phaseOf(Phase::Kind::Prepare, itemIndex, item, exercise);
        phase.holdsPerSide = 0;
        phase.stepIndex = k;
        phase.stepCount = stepCount;
        phase.stepText = step.text;
        phase.stepTitle = step.title;
        phase.cautions = step.cautions;
        phase.pose = step.pose;
        phase.cameraYawDegrees = step.cameraYawDegrees;
        if (step.motion) {
            phase.motionFromPose = step.motion->fromPose;
            phase.motionDuration = secondsToMs(step.motion->seconds);
        }
        sequence.append(std::move(phase), stepDuration(step, options));
    }
}

void layOutHolds(
    PhaseSequence &sequence, int itemIndex, const RoutineItem &item, const Exercise &exercise)
{
    const bool alternating = isSided(item, exercise);
    const Side first = firstSideOf(item);
    const milliseconds hold = std::chrono::seconds(item.holdSeconds);
    const milliseconds between = std::chrono::seconds(item.switchSeconds);
    auto labelOf = [&](Side side) { return sideLabelOf(exercise, side); };

    bool firstHold = true;
    for (int number = 1; number <= item.holdsPerSide; ++number) {
        const QList<Side> sides
            = alternating ? QList<Side> {first, opposite(first)} : QList<Side> {Side::None};
        for (Side side : sides) {
            if (!firstHold && between > 0ms) {
                Phase pause = phaseOf(alternating ? Phase::Kind::Switch : Phase::Kind::Rest,
                    itemIndex, item, exercise);
                pause.side = side;
                pause.holdNumber = number;
                if (alternating)
                    pause.sideLabel = labelOf(side);
                sequence.append(std::move(pause), between);
            }
            Phase phase = phaseOf(Phase::Kind::Hold, itemIndex, item, exercise);
            phase.side = side;
            phase.holdNumber = number;
            if (alternating)
                phase.sideLabel = labelOf(side);
            phase.pose = exercise.holdPose;
            phase.cameraYawDegrees = exercise.holdCameraYawDegrees;
            // Without the set-up steps their cautions still need saying:
            // at the first hold, when the person is in the stretch.
            if (firstHold && !item.includeSetup) {
                for (const Step &step : exercise.steps)
                    phase.cautions += step.cautions;
            }
            sequence.append(std::move(phase), hold);
            firstHold = false;
        }
    }
}

} // namespace

Result<Timeline> Timeline::gather(
    const Routine &routine, const ExerciseLookup &lookup, const SessionOptions &options)
{
    if (routine.items.isEmpty())
        return Error {QCoreApplication::translate(
            "Timeline", "The routine has no exercises. Add at least one exercise to it.")};
    if (auto error = checkOptions(options))
        return *error;

    Timeline timeline;
    timeline.m_routine = routine;
    timeline.m_options = options;
    for (int i = 0; i < routine.items.size(); ++i) {
        const RoutineItem &item = routine.items.at(i);
        const Exercise *exercise = lookup ? lookup(item.exerciseId) : nullptr;
        if (!exercise)
            return itemError(i, item.exerciseId,
                QCoreApplication::translate("Timeline",
                    "this exercise is not in the library. Remove it from the routine or add "
                    "the exercise's content file."));
        if (auto error = checkItem(i, item))
            return *error;
        timeline.m_exercises.append(*exercise);
    }
    return timeline;
}

Result<Timeline> Timeline::build(
    const Routine &routine, const ExerciseLookup &lookup, const SessionOptions &options)
{
    Result<Timeline> timeline = gather(routine, lookup, options);
    if (timeline)
        timeline->layOut();
    return timeline;
}

Result<std::chrono::milliseconds> Timeline::durationOf(
    const Routine &routine, const ExerciseLookup &lookup, const SessionOptions &options)
{
    Result<Timeline> timeline = gather(routine, lookup, options);
    if (!timeline)
        return timeline.error();
    timeline->layOutPhases();
    return timeline->m_total;
}

Result<Timeline> Timeline::build(
    const Routine &routine, const QMap<QString, Exercise> &exercises, const SessionOptions &options)
{
    return build(
        routine,
        [&exercises](const QString &id) -> const Exercise * {
            auto it = exercises.constFind(id);
            return it == exercises.cend() ? nullptr : &*it;
        },
        options);
}

void Timeline::layOut()
{
    layOutPhases();
    m_cues = planCues(m_phases, m_exercises, m_options);
    applyEndWords();
}

void Timeline::layOutPhases()
{
    PhaseSequence sequence(m_extensions);
    const int itemCount = int(m_routine.items.size());
    for (int i = 0; i < itemCount; ++i) {
        const RoutineItem &item = m_routine.items.at(i);
        const Exercise &exercise = m_exercises.at(i);
        if (item.getReadySeconds > 0)
            layOutGetReady(sequence, i, item, exercise);
        if (item.includeSetup)
            layOutSetup(sequence, i, item, exercise, m_options);
        layOutHolds(sequence, i, item, exercise);
        if (item.restSeconds > 0 && i + 1 < itemCount) {
            Phase rest = phaseOf(Phase::Kind::Rest, i, item, exercise);
            rest.nextExerciseId = m_routine.items.at(i + 1).exerciseId;
            sequence.append(std::move(rest), std::chrono::seconds(item.restSeconds));
        }
    }
    Phase done;
    done.kind = Phase::Kind::Done;
    sequence.append(std::move(done), 0ms);
    m_total = sequence.cursor();
    m_phases = sequence.take();
}

void Timeline::applyEndWords()
{
    if (m_endWords.isEmpty())
        return;
    for (Cue &cue : m_cues) {
        if (cue.kind == Cue::Kind::Done)
            cue.text = m_endWords;
    }
}

Timeline Timeline::withEndWords(const QString &words) const
{
    Timeline changed = *this;
    changed.m_endWords = words;
    changed.applyEndWords();
    return changed;
}

Result<Timeline> Timeline::withHoldExtended(int phaseIndex, milliseconds extra) const
{
    if (phaseIndex < 0 || phaseIndex >= m_phases.size() || !m_phases.at(phaseIndex).isHold())
        return Error {QCoreApplication::translate("Timeline", "Only a hold can be made longer.")};
    if (extra <= 0ms)
        return Error {QCoreApplication::translate("Timeline", "A hold can only be made longer.")};
    const milliseconds longer = m_phases.at(phaseIndex).duration + extra;
    if (longer > std::chrono::seconds(limits::maxHoldSeconds))
        return Error {QCoreApplication::translate("Timeline",
            "A hold can last at most %n seconds; this one cannot be made longer.", nullptr,
            limits::maxHoldSeconds)};
    Timeline extended = *this;
    extended.m_extensions[phaseIndex] += extra;
    extended.layOut();
    return extended;
}

const Exercise &Timeline::exerciseOf(int itemIndex) const
{
    return m_exercises.at(itemIndex);
}

Timeline::Position Timeline::phaseAt(milliseconds activeMs) const
{
    const milliseconds at = std::clamp(activeMs, 0ms, m_total);
    // The last phase whose start is at or before `at`; Done (zero length) wins at the total.
    auto after = std::upper_bound(m_phases.cbegin(), m_phases.cend(), at,
        [](milliseconds t, const Phase &phase) { return t < phase.start; });
    const Phase &phase = *(after - 1);
    return Position {phase.index, at - phase.start, phase.end() - at};
}

namespace {
bool dueAfter(milliseconds t, const Cue &cue)
{
    return t < cue.at;
}
} // namespace

std::span<const Cue> Timeline::cuesIn(milliseconds from, milliseconds to) const
{
    const Cue *begin = m_cues.constData();
    const Cue *end = begin + m_cues.size();
    const Cue *first = std::upper_bound(begin, end, from, dueAfter);
    const Cue *last = std::upper_bound(first, end, std::max(from, to), dueAfter);
    return {first, last};
}

} // namespace limber

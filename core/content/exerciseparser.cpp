#include "core/content/contentchecker.h"
#include "core/content/contentparsers.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

using Need = ObjectFields::Need;

constexpr int maxStepSeconds = 600;
constexpr double minMotionSeconds = 0.5;
constexpr double maxMotionSeconds = 60;
constexpr int maxProgrammeOrder = 999;

class ExerciseParser
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseParser)

public:
    ExerciseParser(ContentChecker &checker, ExerciseFile &out)
        : m_checker(checker)
        , m_out(out)
    { }

    void parse(const JsonValue &root);

private:
    void poseReference(ObjectFields &fields, const QString &key, Need need, QString *target);
    std::optional<double> cameraYaw(ObjectFields &fields, const QString &key);
    std::optional<Step> step(const JsonValue &value, const QString &field);
    std::optional<Motion> motion(const JsonValue &value, const QString &field);
    void sides(ObjectFields &fields);
    void getReady(ObjectFields &fields);
    void progression(ObjectFields &fields);

    ContentChecker &m_checker;
    ExerciseFile &m_out;
};

void ExerciseParser::poseReference(
    ObjectFields &fields, const QString &key, Need need, QString *target)
{
    const JsonValue *value = fields.value(key, need);
    if (!value)
        return;
    if (const auto id = m_checker.id(*value, fields.field(key))) {
        *target = *id;
        m_out.poseReferences.append(
            {*id, {m_checker.file(), value->line, value->column, fields.field(key)}});
    }
}

std::optional<double> ExerciseParser::cameraYaw(ObjectFields &fields, const QString &key)
{
    return fields.number(key, Need::Optional, -180, 180,
        tr("the camera turns from -180 to 180 degrees (0 looks at the front, "
           "90 at the side, 45 from three-quarters)"));
}

std::optional<Motion> ExerciseParser::motion(const JsonValue &value, const QString &field)
{
    ObjectFields fields(m_checker, value, field, {u"fromPose"_s, u"seconds"_s});
    Motion result;
    poseReference(fields, u"fromPose"_s, Need::Required, &result.fromPose);
    if (const auto seconds
        = fields.number(u"seconds"_s, Need::Optional, minMotionSeconds, maxMotionSeconds,
            tr("a movement takes %1 to %2 seconds").arg(minMotionSeconds).arg(maxMotionSeconds)))
        result.seconds = *seconds;
    if (!fields.isValid() || result.fromPose.isEmpty())
        return std::nullopt;
    return result;
}

std::optional<Step> ExerciseParser::step(const JsonValue &value, const QString &field)
{
    const qsizetype errorsBefore = m_checker.errors().size();
    ObjectFields fields(m_checker, value, field,
        {u"text"_s, u"title"_s, u"pose"_s, u"cameraYaw"_s, u"motion"_s, u"durationSeconds"_s,
            u"cautions"_s});
    Step result;
    if (const auto text = fields.text(u"text"_s, Need::Required))
        result.text = *text;
    if (const auto title = fields.text(u"title"_s, Need::Optional))
        result.title = *title;
    poseReference(fields, u"pose"_s, Need::Required, &result.pose);
    if (const auto yaw = cameraYaw(fields, u"cameraYaw"_s))
        result.cameraYawDegrees = *yaw;
    if (const JsonValue *motionValue = fields.value(u"motion"_s, Need::Optional)) {
        result.motion = motion(*motionValue, fields.field(u"motion"_s));
        if (result.motion && result.motion->fromPose == result.pose) {
            m_checker.addError(*motionValue, fields.field(u"motion"_s),
                tr("the movement starts and ends in the same pose \"%1\"; give "
                   "fromPose the pose the movement starts from")
                    .arg(result.pose));
        }
    }
    result.durationSeconds = fields.integer(u"durationSeconds"_s, Need::Optional, 1, maxStepSeconds,
        tr("a step takes 1 to %1 seconds").arg(maxStepSeconds));
    if (const auto cautions
        = fields.texts(u"cautions"_s, Need::Optional, 1, limits::maxStepCautions))
        result.cautions = *cautions;
    if (m_checker.errors().size() != errorsBefore)
        return std::nullopt;
    return result;
}

void ExerciseParser::sides(ObjectFields &fields)
{
    const auto mode = fields.choice(u"sideMode"_s, Need::Optional, {u"none"_s, u"alternating"_s});
    if (mode == u"alternating"_s)
        m_out.exercise.sideMode = SideMode::Alternating;

    const bool alternating = m_out.exercise.sideMode == SideMode::Alternating;
    const JsonValue *labels = fields.value(u"sideLabels"_s, Need::Optional);
    if (!labels) {
        if (alternating)
            m_checker.addError(fields.object(), fields.field(u"sideLabels"_s),
                tr("missing; an exercise with \"sideMode\": \"alternating\" names "
                   "its sides, e.g. {\"left\": \"left leg on top\", \"right\": "
                   "\"right leg on top\"}"));
        return;
    }
    if (!alternating) {
        // A sideMode that was itself wrong has its own error already.
        if (fields.has(u"sideMode"_s) && !mode)
            return;
        m_checker.addError(*labels, fields.field(u"sideLabels"_s),
            tr("side labels only apply to an exercise with \"sideMode\": "
               "\"alternating\"; remove them or change sideMode"));
        return;
    }
    ObjectFields names(m_checker, *labels, fields.field(u"sideLabels"_s), {u"left"_s, u"right"_s});
    if (const auto left = names.text(u"left"_s, Need::Required))
        m_out.exercise.leftSideLabel = *left;
    if (const auto right = names.text(u"right"_s, Need::Required))
        m_out.exercise.rightSideLabel = *right;
}

void ExerciseParser::getReady(ObjectFields &fields)
{
    Exercise &exercise = m_out.exercise;
    if (const auto text = fields.text(u"getReady"_s, Need::Optional))
        exercise.getReady = *text;
    poseReference(fields, u"getReadyPose"_s, Need::Optional, &exercise.getReadyPose);
    const auto yaw = cameraYaw(fields, u"getReadyCameraYaw"_s);
    if (yaw && !fields.has(u"getReadyPose"_s)) {
        m_checker.addError(*fields.value(u"getReadyCameraYaw"_s, Need::Optional),
            fields.field(u"getReadyCameraYaw"_s),
            tr("a get-ready camera needs \"getReadyPose\"; without it the first step's "
               "pose is shown with that step's camera"));
        return;
    }
    if (yaw)
        exercise.getReadyCameraYawDegrees = *yaw;
    else if (!exercise.steps.isEmpty())
        exercise.getReadyCameraYawDegrees = exercise.steps.first().cameraYawDegrees;
}

void ExerciseParser::progression(ObjectFields &fields)
{
    const JsonValue *value = fields.value(u"progression"_s, Need::Optional);
    if (!value)
        return;
    ObjectFields ladder(m_checker, *value, fields.field(u"progression"_s),
        {u"stepSeconds"_s, u"maxHoldSeconds"_s, u"maxHoldsPerSide"_s});
    ProgressionLadder &out = m_out.exercise.progression;
    if (const auto step = ladder.integer(u"stepSeconds"_s, Need::Optional,
            limits::minProgressionStepSeconds, limits::maxProgressionStepSeconds,
            tr("a hold grows by %1 to %2 seconds at a time")
                .arg(limits::minProgressionStepSeconds)
                .arg(limits::maxProgressionStepSeconds)))
        out.stepSeconds = *step;
    if (const auto longest = ladder.integer(u"maxHoldSeconds"_s, Need::Optional,
            limits::minProgressionMaxHoldSeconds, limits::maxProgressionMaxHoldSeconds,
            tr("the longest hold to grow to is %1 to %2 seconds")
                .arg(limits::minProgressionMaxHoldSeconds)
                .arg(limits::maxProgressionMaxHoldSeconds)))
        out.maxHoldSeconds = *longest;
    if (const auto holds = ladder.integer(u"maxHoldsPerSide"_s, Need::Optional,
            limits::minHoldsPerSide, limits::maxHoldsPerSide,
            tr("the most holds per side to grow to is %1 to %2")
                .arg(limits::minHoldsPerSide)
                .arg(limits::maxHoldsPerSide)))
        out.maxHoldsPerSide = *holds;
}

void ExerciseParser::parse(const JsonValue &root)
{
    ObjectFields fields(m_checker, root, QString(),
        {u"format"_s, u"id"_s, u"title"_s, u"summary"_s, u"why"_s, u"benefits"_s, u"steps"_s,
            u"cautions"_s, u"variation"_s, u"breathing"_s, u"goal"_s, u"goalPose"_s, u"notice"_s,
            u"sideMode"_s, u"sideLabels"_s, u"holdPose"_s, u"holdCameraYaw"_s, u"holdReminders"_s,
            u"reachLevels"_s, u"programmeOrder"_s, u"goalTimeframe"_s, u"askFirst"_s, u"getReady"_s,
            u"getReadyPose"_s, u"getReadyCameraYaw"_s, u"finish"_s, u"progression"_s,
            u"$schema"_s});
    fields.string(u"$schema"_s, Need::Optional); // for editors; Limber ignores it
    Exercise &exercise = m_out.exercise;
    if (const JsonValue *id = fields.value(u"id"_s, Need::Required)) {
        exercise.id = m_checker.id(*id, u"id"_s).value_or(QString());
        m_out.where = {m_checker.file(), id->line, id->column, u"id"_s};
    }

    const auto readText = [&fields](const QString &key, Need need, LocalizedText *target) {
        if (const auto text = fields.text(key, need))
            *target = *text;
    };
    const auto readTexts = [&fields](const QString &key, QList<LocalizedText> *target,
                               int maxItems = limits::maxExerciseTexts) {
        if (const auto texts = fields.texts(key, Need::Optional, 1, maxItems))
            *target = *texts;
    };
    if (const auto order = fields.integer(u"programmeOrder"_s, Need::Optional, 1, maxProgrammeOrder,
            tr("the place in the programme is 1 to %1, 1 first").arg(maxProgrammeOrder)))
        exercise.programmeOrder = *order;
    readText(u"title"_s, Need::Required, &exercise.title);
    readText(u"summary"_s, Need::Required, &exercise.summary);
    readText(u"why"_s, Need::Optional, &exercise.why);
    readTexts(u"benefits"_s, &exercise.benefits);

    if (const JsonValue *steps = fields.value(u"steps"_s, Need::Required); steps
        && m_checker.list(*steps, u"steps"_s, 1,
            tr("add at least one step that shows how to get into position"), limits::maxSteps,
            tr("an exercise has at most %1 steps").arg(limits::maxSteps))) {
        for (size_t i = 0; i < steps->items.size(); ++i) {
            if (auto parsed
                = step(steps->items[i], itemField(u"steps"_s, static_cast<qsizetype>(i))))
                exercise.steps.append(*parsed);
        }
    }

    readTexts(u"cautions"_s, &exercise.cautions);
    readText(u"variation"_s, Need::Optional, &exercise.variation);
    readText(u"breathing"_s, Need::Optional, &exercise.breathing);
    readText(u"goal"_s, Need::Optional, &exercise.goal);
    poseReference(fields, u"goalPose"_s, Need::Optional, &exercise.goalPose);
    readText(u"goalTimeframe"_s, Need::Optional, &exercise.goalTimeframe);
    readText(u"notice"_s, Need::Optional, &exercise.notice);
    readTexts(u"askFirst"_s, &exercise.askFirst);
    getReady(fields);
    readText(u"finish"_s, Need::Optional, &exercise.finish);
    sides(fields);
    poseReference(fields, u"holdPose"_s, Need::Required, &exercise.holdPose);
    if (const auto yaw = cameraYaw(fields, u"holdCameraYaw"_s))
        exercise.holdCameraYawDegrees = *yaw;
    readTexts(u"holdReminders"_s, &exercise.holdReminders);
    readTexts(u"reachLevels"_s, &exercise.reachLevels, limits::maxReachLevels);
    progression(fields);
}

} // namespace

ExerciseFile parseExerciseFile(const JsonValue &root, const QString &file)
{
    ContentChecker checker(file);
    ExerciseFile result;
    if (checker.checkFormat(root))
        ExerciseParser(checker, result).parse(root);
    result.errors = checker.errors();
    return result;
}

} // namespace limber

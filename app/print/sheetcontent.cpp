#include "app/print/sheetcontent.h"

#include "app/routines/routineduration.h"
#include "core/content/contentlibrary.h"
#include "core/figure/posemath.h"
#include "core/model/exercise.h"
#include "core/model/routine.h"
#include "core/session/timeline.h"

#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

const QString kSeparator = u" · "_s;

QString sideLetter(Side side)
{
    return side == Side::Right ? SheetContentBuilder::tr("R", "right side, a box in the week grid")
                               : SheetContentBuilder::tr("L", "left side, a box in the week grid");
}

QString sideLabel(const Exercise &exercise, Side side, const QStringList &languages)
{
    const LocalizedText &label
        = side == Side::Right ? exercise.rightSideLabel : exercise.leftSideLabel;
    if (!label.isEmpty())
        return label.text(languages);
    return side == Side::Right ? SheetContentBuilder::tr("right side")
                               : SheetContentBuilder::tr("left side");
}

} // namespace

SheetContentBuilder::SheetContentBuilder(const ContentLibrary &library, SheetOptions options)
    : m_library(library)
    , m_options(std::move(options))
    , m_languages(m_options.locale.uiLanguages())
{ }

Result<SheetContent> SheetContentBuilder::build(const QString &routineId) const
{
    const QString id = routineId.isEmpty() ? m_library.defaultRoutineId() : routineId;
    if (id.isEmpty())
        return Error {tr("No routines are installed, so there is nothing to print.")};
    if (const Routine *routine = m_library.routine(id))
        return build(*routine);

    QStringList known;
    for (const Routine &routine : m_library.routines())
        known.append(routine.id);
    if (known.isEmpty())
        return Error {
            tr("There is no routine called \"%1\", and no routines are installed.").arg(id)};
    return Error {
        tr("There is no routine called \"%1\". Known routines: %2.").arg(id, known.join(u", "_s))};
}

Result<SheetContent> SheetContentBuilder::build(const Routine &routine) const
{
    SheetContent sheet;
    sheet.title = text(routine.title);
    sheet.description = text(routine.description);
    sheet.duration = routineDuration(routine);
    const QDate date = m_options.date.isValid() ? m_options.date : QDate::currentDate();
    sheet.date = m_options.locale.toString(date, QLocale::LongFormat);
    sheet.logGrid = m_options.logGrid;

    QStringList notices;
    for (const RoutineItem &item : routine.items) {
        const Exercise *exercise = m_library.exercise(item.exerciseId);
        if (!exercise) {
            return Error {tr("The routine \"%1\" uses the exercise \"%2\", which is not installed.")
                              .arg(routine.id, item.exerciseId)};
        }
        sheet.exercises.append(exerciseSection(item, *exercise));
        sheet.logItems.append(logItem(item, *exercise));
        const QString notice = text(exercise->notice);
        if (!notice.isEmpty() && !notices.contains(notice))
            notices.append(notice);
    }
    sheet.notice = notices.isEmpty() ? tr("Ask your doctor before you start any exercise routine.")
                                     : notices.join(u' ');

    const int firstDay = int(m_options.locale.firstDayOfWeek());
    for (int i = 0; i < 7; ++i)
        sheet.dayNames.append(m_options.locale.dayName((firstDay - 1 + i) % 7 + 1));
    return sheet;
}

QString SheetContentBuilder::holdPlanText(
    const RoutineItem &item, const Exercise &exercise, const QStringList &uiLanguages)
{
    const QString each = durationText(item.holdSeconds);
    QStringList parts;
    if (exercise.sideMode == SideMode::Alternating) {
        parts.append(tr("%n hold(s) per side, %1 each", "", item.holdsPerSide).arg(each));
        parts.append(tr("start with the %1", "%1 is a side, e.g. 'left leg on top'")
                         .arg(sideLabel(exercise, item.firstSide, uiLanguages)));
        if (item.switchSeconds > 0)
            parts.append(tr("%1 to switch").arg(durationText(item.switchSeconds)));
    } else {
        parts.append(tr("%n hold(s), %1 each", "", item.holdsPerSide).arg(each));
        if (item.switchSeconds > 0 && item.holdsPerSide > 1)
            parts.append(tr("%1 rest between holds").arg(durationText(item.switchSeconds)));
    }
    if (item.restSeconds > 0)
        parts.append(tr("%1 rest before the next exercise").arg(durationText(item.restSeconds)));
    return parts.join(kSeparator);
}

QString SheetContentBuilder::durationText(int seconds)
{
    if (seconds >= 120 && seconds % 60 == 0)
        return tr("%n min", "minutes, abbreviated", seconds / 60);
    return tr("%n s", "seconds, abbreviated", seconds);
}

SheetExercise SheetContentBuilder::exerciseSection(
    const RoutineItem &item, const Exercise &exercise) const
{
    // Poses are written for the left side; a routine that starts on the
    // right shows the mirror image, seen from the mirrored camera.
    const bool mirror = exercise.sideMode == SideMode::Alternating && item.firstSide == Side::Right;
    const auto shown = [&](const QString &poseId) -> std::optional<Pose> {
        const auto found = exercise.poses.constFind(poseId);
        if (found == exercise.poses.cend())
            return std::nullopt;
        return mirror ? mirrored(*found) : *found;
    };
    const auto camera = [&](double yaw) {
        const Camera c {yaw, 0.0};
        return mirror ? c.mirrored() : c;
    };

    SheetExercise section;
    section.title = text(exercise.title);
    section.summary = text(exercise.summary);
    for (qsizetype i = 0; i < exercise.steps.size(); ++i) {
        const Step &step = exercise.steps.at(i);
        section.steps.append(text(step.text));
        if (const std::optional<Pose> pose = shown(step.pose)) {
            SheetFigure figure {
                QString::number(i + 1), *pose, std::nullopt, camera(step.cameraYawDegrees)};
            if (step.motion)
                figure.motionFrom = shown(step.motion->fromPose);
            section.figures.append(figure);
        }
    }
    if (const std::optional<Pose> goal = shown(exercise.goalPose)) {
        section.figures.append({tr("Goal", "caption of the goal picture"), *goal, std::nullopt,
            camera(exercise.holdCameraYawDegrees)});
    }
    section.holdPlan = holdPlanText(item, exercise, m_languages);
    section.variation = text(exercise.variation);
    section.breathing = text(exercise.breathing);
    for (const LocalizedText &caution : exercise.cautions)
        section.cautions.append(text(caution));
    section.goal = text(exercise.goal);
    return section;
}

SheetLogItem SheetContentBuilder::logItem(const RoutineItem &item, const Exercise &exercise) const
{
    SheetLogItem log;
    log.title = text(exercise.title);
    log.holds = item.holdsPerSide;
    if (exercise.sideMode == SideMode::Alternating) {
        const Side first = item.firstSide == Side::Right ? Side::Right : Side::Left;
        for (const Side side : {first, opposite(first)}) {
            log.sideLetters.append(sideLetter(side));
            log.sideLegend.append(
                tr("%1 = %2", "a box letter and the side it stands for")
                    .arg(sideLetter(side), sideLabel(exercise, side, m_languages)));
        }
    }
    return log;
}

QString SheetContentBuilder::routineDuration(const Routine &routine) const
{
    // The same length and words as the start and Routines pages.
    const auto duration = limber::routineDuration(routine, m_library, SessionOptions {});
    return duration ? describeRoutineLength(duration) : QString();
}

QString SheetContentBuilder::text(const LocalizedText &localized) const
{
    return localized.text(m_languages);
}

} // namespace limber

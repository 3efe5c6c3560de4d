#pragma once

// Exercises and routines built in C++ for the session tests, independent of
// the content loader.

#include "core/model/exercise.h"
#include "core/model/routine.h"
#include "core/session/cue.h"
#include "core/session/phase.h"

#include <QMap>

#include <chrono>
#include <ostream>

namespace limber::test {

using namespace std::chrono_literals;

inline LocalizedText text(const char *english, const char *german = nullptr)
{
    LocalizedText result(QString::fromUtf8(english));
    if (german)
        result.set(QStringLiteral("de"), QString::fromUtf8(german));
    return result;
}

inline Step step(const char *english, const char *pose, std::optional<int> seconds,
    std::optional<Motion> motion = std::nullopt)
{
    Step result;
    result.text = text(english);
    result.pose = QString::fromUtf8(pose);
    result.durationSeconds = seconds;
    result.motion = std::move(motion);
    return result;
}

/// The Seated Leg Cross: three timed set-up steps, alternating sides named by
/// which leg is on top, two form reminders.
inline Exercise seatedLegCross()
{
    Exercise exercise;
    exercise.id = QStringLiteral("seated-leg-cross");
    exercise.title = text("Seated Leg Cross", "Sitzende Beinkreuzung");
    exercise.steps = {
        step("Sit on the floor, upright, with your legs crossed.", "sit-crossed", 10),
        step("Lean forward slowly from just below the navel.", "lean", 15,
            Motion {QStringLiteral("sit-crossed"), 4.0}),
        step("Support the lean with your hands and stay there.", "lean-hands", 10),
    };
    exercise.steps[0].text.set(QStringLiteral("de"), QStringLiteral("Setz dich aufrecht hin."));
    exercise.steps[2].cameraYawDegrees = 45.0;
    exercise.sideMode = SideMode::Alternating;
    exercise.leftSideLabel = text("left leg on top", "linkes Bein oben");
    exercise.rightSideLabel = text("right leg on top", "rechtes Bein oben");
    exercise.holdPose = QStringLiteral("lean-hands");
    exercise.holdCameraYawDegrees = 80.0;
    exercise.holdReminders = {
        text("Keep your lower back long."),
        text("Bend at the hips, not the back."),
    };
    return exercise;
}

/// A symmetric exercise: one step without a duration, one with a motion and none.
inline Exercise kneesToChest()
{
    Exercise exercise;
    exercise.id = QStringLiteral("knees-to-chest");
    exercise.title = text("Knees to Chest");
    exercise.steps = {
        step("Lie on your back.", "lying", std::nullopt),
        step("Draw both knees toward your chest.", "knees-in", std::nullopt,
            Motion {QStringLiteral("lying"), 3.0}),
    };
    exercise.sideMode = SideMode::None;
    exercise.holdPose = QStringLiteral("knees-in");
    return exercise;
}

inline QMap<QString, Exercise> library()
{
    return {{QStringLiteral("seated-leg-cross"), seatedLegCross()},
        {QStringLiteral("knees-to-chest"), kneesToChest()}};
}

inline RoutineItem legCrossItem(int holdsPerSide = 2, int holdSeconds = 60)
{
    RoutineItem item;
    item.exerciseId = QStringLiteral("seated-leg-cross");
    item.holdsPerSide = holdsPerSide;
    item.holdSeconds = holdSeconds;
    item.switchSeconds = 10;
    item.firstSide = Side::Left;
    item.getReadySeconds = 0; // most tests look past it; the get-ready tests set it
    return item;
}

inline RoutineItem kneesItem(int holds = 3, int holdSeconds = 30, int restSeconds = 15)
{
    RoutineItem item;
    item.exerciseId = QStringLiteral("knees-to-chest");
    item.holdsPerSide = holds;
    item.holdSeconds = holdSeconds;
    item.switchSeconds = restSeconds; // the rest between unsided holds
    item.getReadySeconds = 0;
    return item;
}

/// The Seated Leg Cross with everything that keeps a person safe: get-ready
/// words and pose, cautions on two steps, finish words.
inline Exercise carefulLegCross()
{
    Exercise exercise = seatedLegCross();
    exercise.getReady = text("Sit on a mat with your legs crossed.");
    exercise.getReadyPose = QStringLiteral("sit-ready");
    exercise.getReadyCameraYawDegrees = 30.0;
    exercise.steps[1].cautions = {text("Bend only at the hips."), text("Stop if your knees hurt.")};
    exercise.steps[2].cautions = {text("Keep your lower back long.")};
    exercise.finish = text("Sit up slowly and uncross your legs.");
    return exercise;
}

/// The first routine: the Seated Leg Cross, 2 holds of 60 s per side, 10 s to switch.
inline Routine defaultRoutine()
{
    Routine routine;
    routine.id = QStringLiteral("first");
    routine.title = text("Hips and lower back");
    routine.items = {legCrossItem()};
    return routine;
}

inline Routine routineOf(QList<RoutineItem> items)
{
    Routine routine;
    routine.id = QStringLiteral("test");
    routine.title = text("Test routine");
    routine.items = std::move(items);
    return routine;
}

} // namespace limber::test

// Readable failure messages.
namespace limber {

inline void PrintTo(const Cue &cue, std::ostream *out)
{
    *out << "Cue{kind " << int(cue.kind) << ", at " << cue.at.count() << " ms, phase "
         << cue.phaseIndex << ", count " << cue.count << ", \"" << cue.text.toStdString() << "\"}";
}

inline void PrintTo(const Phase &phase, std::ostream *out)
{
    *out << "Phase{#" << phase.index << ", kind " << int(phase.kind) << ", start "
         << phase.start.count() << " ms, duration " << phase.duration.count() << " ms, side "
         << sideKey(phase.side).toStdString() << "}";
}

} // namespace limber

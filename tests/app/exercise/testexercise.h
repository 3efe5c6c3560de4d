#pragma once

// An exercise written in code with every field filled, so the page can be
// checked without the content loader.
#include "core/model/exercise.h"
#include "tests/core/figure/seated_leg_cross_poses.h"

namespace limber::test {

inline Exercise fullExercise()
{
    using limber::testing::crossLeggedElbowsFloor;
    using limber::testing::crossLeggedLeanHalf;
    using limber::testing::crossLeggedUpright;
    Exercise exercise;
    exercise.id = QStringLiteral("test-leg-cross");
    exercise.title = LocalizedText(QStringLiteral("Test Leg Cross"));
    exercise.summary = LocalizedText(QStringLiteral("Sit and lean to stretch the seat."));
    exercise.why = LocalizedText(QStringLiteral("Tight seat muscles pull on the hips."));
    exercise.benefits = {LocalizedText(QStringLiteral("Eases the lower back.")),
        LocalizedText(QStringLiteral("Frees the hips."))};
    Step sit;
    sit.text = LocalizedText(QStringLiteral("Sit with your legs crossed."));
    sit.pose = QStringLiteral("upright");
    Step lean;
    lean.text = LocalizedText(QStringLiteral("Lean forward slowly from the hips."));
    lean.pose = QStringLiteral("lean");
    lean.motion = Motion {QStringLiteral("upright"), 4.0};
    lean.cautions = {LocalizedText(QStringLiteral("Only as far as your knees allow."))};
    exercise.steps = {sit, lean};
    exercise.cautions = {LocalizedText(QStringLiteral("Keep the lower back long."))};
    exercise.askFirst = {LocalizedText(QStringLiteral("after a hip replacement")),
        LocalizedText(QStringLiteral("when you are pregnant"))};
    exercise.notice = LocalizedText(QStringLiteral("Ask your doctor before any new routine."));
    exercise.variation = LocalizedText(QStringLiteral("Lay one leg fully over the other."));
    exercise.breathing = LocalizedText(QStringLiteral("Breathe slowly and deeply."));
    exercise.goal = LocalizedText(QStringLiteral("Elbows on the floor in front of you."));
    exercise.goalPose = QStringLiteral("elbows");
    exercise.goalTimeframe = LocalizedText(QStringLiteral("many weeks"));
    exercise.sideMode = SideMode::Alternating;
    exercise.leftSideLabel = LocalizedText(QStringLiteral("left leg on top"));
    exercise.rightSideLabel = LocalizedText(QStringLiteral("right leg on top"));
    exercise.holdPose = QStringLiteral("lean");
    exercise.poses = {{QStringLiteral("upright"), crossLeggedUpright()},
        {QStringLiteral("lean"), crossLeggedLeanHalf()},
        {QStringLiteral("elbows"), crossLeggedElbowsFloor()}};
    return exercise;
}

/// Only a title and one step without a figure: every other section is empty.
inline Exercise bareExercise()
{
    Exercise exercise;
    exercise.id = QStringLiteral("bare");
    exercise.title = LocalizedText(QStringLiteral("Bare"));
    Step step;
    step.text = LocalizedText(QStringLiteral("Stand up."));
    exercise.steps = {step};
    return exercise;
}

} // namespace limber::test

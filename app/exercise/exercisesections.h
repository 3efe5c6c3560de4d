#pragma once

#include "core/model/exercise.h"

#include <QList>
#include <QStringList>

class QVBoxLayout;
class QWidget;

namespace limber {

class MovingFigure;

/// Lays out everything an exercise says, section by section, into a
/// column: its title and summary, who should ask first, why it helps, what
/// it does, the steps with their figures and cautions, the general
/// cautions, breathing, the variation, which side is which, and the goal.
/// A section the exercise leaves empty is left out. Each section is a
/// widget named after it ("whySection", "stepsSection", ...).
class ExerciseSections
{
public:
    ExerciseSections(const Exercise &exercise, QStringList languages);

    /// Adds the sections to \a column, their widgets parented to \a parent.
    void build(QWidget *parent, QVBoxLayout *column);
    /// Every figure added, for the page to start and stop their movement.
    const QList<MovingFigure *> &figures() const { return m_figures; }

private:
    QString text(const LocalizedText &value) const;
    QStringList texts(const QList<LocalizedText> &values) const;
    QWidget *section(const QString &name, const QString &heading);
    MovingFigure *figureFor(const QString &poseId, double cameraYawDegrees);

    void addTitle();
    void addAskFirst();
    void addWhy();
    void addBenefits();
    void addSteps();
    void addCautions();
    void addBreathing();
    void addVariation();
    void addSides();
    void addGoal();

    const Exercise &m_exercise;
    QStringList m_languages;
    QWidget *m_parent = nullptr;
    QVBoxLayout *m_column = nullptr;
    QList<MovingFigure *> m_figures;
};

} // namespace limber

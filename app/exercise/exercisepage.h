#pragma once

#include "core/model/exercise.h"

#include <QStringList>
#include <QWidget>

class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace limber {

class MovingFigure;

/// Everything about one exercise, to read at leisure: title and summary,
/// who should ask first, why it helps, what it does, the steps with their
/// figures (a step that moves plays its movement while it can be seen),
/// cautions, breathing, the variation, which side is which, and the goal.
/// The page scrolls with the keyboard; its text can be selected.
/// Back (the button, Esc or Alt+Left) asks to return to where it was opened.
class ExercisePage : public QWidget
{
    Q_OBJECT

public:
    explicit ExercisePage(QWidget *parent = nullptr);

    /// Shows \a exercise from the top. Its `poses` give the figures.
    void setExercise(const Exercise &exercise);
    QString exerciseId() const { return m_exercise.id; }
    const Exercise &exercise() const { return m_exercise; }

    /// The languages to show the text in, most preferred first; by default
    /// the interface's.
    void setLanguages(const QStringList &languages);

    /// Hides the Back button and its keys, for a dialog that has its own Close.
    void setBackVisible(bool visible);
    /// Figures rest instead of moving. By default, what the platform's
    /// style asks for (no widget animations means no movement here either).
    void setMotionReduced(bool reduced);
    bool motionReduced() const { return m_motionReduced; }
    static bool platformReducesMotion();

    QScrollArea *scrollArea() const { return m_scroll; }
    /// The figures shown now, for tests and for the page's own bookkeeping.
    QList<MovingFigure *> figures() const { return m_figures; }

Q_SIGNALS:
    void backRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void updateFigureLoops();

    Exercise m_exercise;
    QStringList m_languages;
    bool m_motionReduced = false;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QPushButton *m_back = nullptr;
    QList<QAction *> m_backActions;
    QList<MovingFigure *> m_figures;
};

} // namespace limber

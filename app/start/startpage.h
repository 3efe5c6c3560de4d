#pragma once

#include "core/figure/camera.h"
#include "core/model/pose.h"

#include <QList>
#include <QSize>
#include <QWidget>

#include <chrono>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace limber {

class ChoiceScale;
class ExerciseTile;

/// A routine the start page offers in its "another routine" list.
struct RoutineChoice
{
    QString id;
    QString title;
    std::chrono::seconds duration {0};
};

/// One exercise of today's routine as the start page lists it.
struct RoutineExerciseEntry
{
    QString id;
    QString title;
    QString detail; ///< e.g. "2 holds each side, 1 minute each"; may be empty
    std::optional<Pose> pose; ///< the small figure; none shows the name alone
    Camera camera;
};

/// The first page: today's routine, how long it takes and its exercises
/// (each opens its page), a list to pick another routine, a big Start
/// button (which has the focus, so Space or Enter begins) and when the
/// person last practised.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    /// \a painQuestionRoom: the room the "pain right now" question took on
    /// an earlier start with the same painQuestionRoomKey(). Given, the page
    /// keeps that room and builds the question when it is first asked (after
    /// the first frame); without it, the first frame has no room for the
    /// question, and preparePainQuestion() builds and measures it.
    explicit StartPage(
        QWidget *parent = nullptr, std::optional<QSize> painQuestionRoom = std::nullopt);

    /// What the room of the "pain right now" question depends on: the type,
    /// the style, the screen's dots per inch and the question's words.
    static QString painQuestionRoomKey();

    /// The routine Start will begin and its total length.
    void setRoutine(const QString &title, std::chrono::seconds duration);
    /// The exercises of the routine, in order, each with a small figure.
    void setExercises(const QList<RoutineExerciseEntry> &exercises);
    /// The routines to choose from; the list shows only with two or more.
    void setRoutineChoices(const QList<RoutineChoice> &choices);
    /// Marks \a id as chosen in the list, without emitting routineChosen().
    void setCurrentRoutine(const QString &id);
    QString currentRoutineId() const;
    QStringList exerciseIds() const;
    QList<ExerciseTile *> exerciseTiles() const { return m_tiles; }

    /// One line about the last session, e.g. "Yesterday: 6 minutes, left and right".
    /// Empty: a friendly line for someone who has not started yet.
    void setLastSession(const QString &line);

    /// Asks "pain right now" above the Start button (when there is a history
    /// to keep the answer), or not.
    void setPainBeforeAsked(bool asked);
    /// Without a remembered room, builds the "pain right now" question
    /// hidden and keeps the room it takes, so that nothing moves when it is
    /// asked. Called once the first frame is shown: measuring it loads a bold
    /// and a small type that nothing else in the first frame uses.
    void preparePainQuestion();
    /// The answer to "pain right now", if asked and given; the question is
    /// cleared for the next session.
    std::optional<int> takePainBefore();

    /// Puts \a widget (the progress proposals and the hold targets button)
    /// under the routine, before the "pain right now" question. The page takes ownership.
    void setProgressWidget(QWidget *widget);

    /// Lets the heading, the routine's name and length and the last-session
    /// line be selected and copied. Called once the first frame is shown: a
    /// selectable label lays its text out as a document, which costs the
    /// first frame more than the rest of those labels together.
    void makeTextSelectable();

    QString routineTitle() const;
    QString durationText() const;
    QString lastSessionText() const;

Q_SIGNALS:
    void startRequested();
    /// The person asked to read about an exercise of the routine.
    void exerciseRequested(const QString &exerciseId);
    /// The person picked another routine from the list.
    void routineChosen(const QString &routineId);
    /// The "pain right now" question was built and measured: \a room is
    /// what to keep for it on the next start whose painQuestionRoomKey() is \a key.
    void painQuestionMeasured(const QString &key, QSize room);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// On a small screen or with a large system font the page is taller
    /// than the window: it scrolls so that Start, and the question just
    /// above it, are in view. Queued, so the layout has placed them.
    void keepStartInView();
    static QString painQuestionText();
    void buildPainQuestion();
    void measurePainQuestion();

    QLabel *m_heading = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_lastSession = nullptr;
    QWidget *m_exercises = nullptr;
    QGridLayout *m_exerciseGrid = nullptr;
    QList<ExerciseTile *> m_tiles;
    QWidget *m_picker = nullptr;
    QComboBox *m_routines = nullptr;
    QPushButton *m_start = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_painBeforeBox = nullptr;
    ChoiceScale *m_painBefore = nullptr;
    bool m_painQuestionRoomRemembered = false;
    QWidget *m_progress = nullptr;
};

} // namespace limber

#pragma once

#include "core/figure/camera.h"
#include "core/model/localizedtext.h"
#include "core/model/pose.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

class ContentLibrary;
struct Exercise;
struct Routine;
struct RoutineItem;

/// One illustration on the sheet: a pose seen from a camera, with the pose
/// a movement starts from when the step asks for one (drawn as an arrow).
struct SheetFigure
{
    QString caption; ///< "1", "2", ... for steps, "Goal" for the goal pose
    Pose pose;
    std::optional<Pose> motionFrom;
    Camera camera;
};

/// Everything printed about one routine item, as finished text.
struct SheetExercise
{
    QString title;
    QString summary;
    QList<SheetFigure> figures; ///< every step, then the goal pose
    QStringList steps;
    QString holdPlan; ///< e.g. "2 holds per side, 60 s each · start with the left leg on top"
    QString variation;
    QString breathing;
    QStringList cautions;
    QString goal;
};

/// One routine item's columns in the week grid.
struct SheetLogItem
{
    QString title;
    int holds = 0; ///< holds per side, or holds for an exercise without sides
    QStringList sideLetters; ///< box letters in the order they are done; empty without sides
    QStringList sideLegend; ///< e.g. "L = left leg on top", one per letter
};

/// A routine made ready for paper: all text translated and resolved for
/// one language, poses already turned to the first side. Painting needs
/// nothing else.
struct SheetContent
{
    QString title;
    QString description;
    QString duration; ///< e.g. "About 6 minutes"; empty when unknown
    QString date;
    QString notice; ///< the one-line safety notice
    QList<SheetExercise> exercises;
    bool logGrid = false;
    QList<SheetLogItem> logItems;
    QStringList dayNames; ///< the week from the locale's first day
};

/// Choices for building a sheet.
struct SheetOptions
{
    bool logGrid = false;
    QDate date; ///< printed on the sheet; invalid means today
    QLocale locale; ///< language of the text, date format, first day of the week
};

/// Turns a routine and its exercises into SheetContent.
class SheetContentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SheetContentBuilder)

public:
    SheetContentBuilder(const ContentLibrary &library, SheetOptions options);

    /// The sheet for the routine \a routineId (empty: the library's default
    /// routine). An unknown id gives an error that names it and lists the known ones.
    Result<SheetContent> build(const QString &routineId) const;
    /// The sheet for a routine that is not in the library, e.g. read from a file.
    Result<SheetContent> build(const Routine &routine) const;

    /// "2 holds per side, 60 s each · start with the left leg on top · 10 s to switch"
    static QString holdPlanText(
        const RoutineItem &item, const Exercise &exercise, const QStringList &uiLanguages = {});
    /// "45 s", "90 s", "2 min": whole minutes from two minutes on.
    static QString durationText(int seconds);

private:
    SheetExercise exerciseSection(const RoutineItem &item, const Exercise &exercise) const;
    SheetLogItem logItem(const RoutineItem &item, const Exercise &exercise) const;
    QString routineDuration(const Routine &routine) const;
    QString text(const LocalizedText &localized) const;

    const ContentLibrary &m_library;
    SheetOptions m_options;
    QStringList m_languages;
};

} // namespace limber

#include "app/routines/exercisethumbnails.h"
#include "app/routines/routinelistmodel.h"
#include "core/session/timeline.h"
#include "tests/app/routines/routinesfixture.h"

#include <QAbstractItemModelTester>
#include <QPixmap>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::test;

namespace {

class RoutineListModelTest : public ::testing::Test
{
protected:
    RoutineListModelTest()
        : library(routinesLibrary())
        , thumbnails(library, QSize(40, 32))
        , model(library, &thumbnails, options)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        model.setBundledRoutines(library.routines());
    }

    int expectedMinutes(const Routine &routine) const
    {
        const auto timeline = Timeline::build(
            routine, [this](const QString &id) { return library.exercise(id); }, options);
        EXPECT_TRUE(timeline.ok());
        const auto seconds
            = std::chrono::duration_cast<std::chrono::seconds>(timeline->totalDuration());
        return int(std::lround(double(seconds.count()) / 60.0));
    }

    SessionOptions options;
    ContentLibrary library;
    ExerciseThumbnails thumbnails;
    RoutineListModel model;
    QAbstractItemModelTester tester;
};

QStringList idsInOrder(const RoutineListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row).data(RoutineListModel::IdRole).toString();
    return ids;
}

} // namespace

TEST_F(RoutineListModelTest, BundledRoutinesFirstThenTheUsersEachByTitle)
{
    model.setUserRoutines({userRoutine(u"zen"_s, u"Zen"_s, {planFor(u"kneeling-breath"_s)}),
        userRoutine(u"after-work"_s, u"after work"_s, {planFor(u"seated-leg-cross"_s)})});
    const QStringList bundled = bundledIds(library);
    ASSERT_TRUE(bundled.contains(u"evening-ease"_s));
    EXPECT_EQ(idsInOrder(model), bundled + (QStringList {u"after-work"_s, u"zen"_s}));
    EXPECT_TRUE(model.index(0).data(RoutineListModel::BundledRole).toBool());
    EXPECT_FALSE(model.index(int(bundled.size())).data(RoutineListModel::BundledRole).toBool());
    EXPECT_TRUE(model.isBundled(u"evening-ease"_s));
    EXPECT_FALSE(model.isBundled(u"zen"_s));
}

TEST_F(RoutineListModelTest, DurationComesFromTheTimelineWithTheSessionOptions)
{
    const Routine routine = *library.routine(u"evening-ease"_s);
    const QModelIndex index = model.index(model.rowOf(routine.id));
    const int minutes = expectedMinutes(routine);
    ASSERT_GT(minutes, 0);
    EXPECT_EQ(index.data(RoutineListModel::DurationTextRole).toString(),
        QCoreApplication::translate("RoutineDuration", "About %n minute(s)", nullptr, minutes));
    EXPECT_TRUE(index.data(RoutineListModel::DetailRole).toString().contains(u"Kneeling breath"_s));

    // Longer set-up steps make a longer session.
    const int before = index.data(RoutineListModel::DurationSecondsRole).toInt();
    SessionOptions slower = options;
    slower.defaultStepDuration = std::chrono::seconds(40);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setOptions(slower);
    EXPECT_GE(changed.count(), 1);
    EXPECT_GT(
        model.index(model.rowOf(routine.id)).data(RoutineListModel::DurationSecondsRole).toInt(),
        before);
}

TEST_F(RoutineListModelTest, ExerciseTitlesInTheRoutinesOrder)
{
    const QModelIndex index = model.index(model.rowOf(u"evening-ease"_s));
    EXPECT_EQ(index.data(RoutineListModel::ExerciseTitlesRole).toStringList(),
        (QStringList {u"Kneeling breath"_s, u"Seated Leg Cross"_s}));
}

TEST_F(RoutineListModelTest, TodayIsMarkedOnOneRow)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTodayRoutine(u"evening-ease"_s);
    model.setTodayRoutine(u"daily-hip-stretch"_s);
    EXPECT_EQ(changed.count(), 3); // marked, then unmarked and marked
    EXPECT_TRUE(model.index(model.rowOf(u"daily-hip-stretch"_s))
                    .data(RoutineListModel::TodayRole)
                    .toBool());
    EXPECT_FALSE(
        model.index(model.rowOf(u"evening-ease"_s)).data(RoutineListModel::TodayRole).toBool());
    EXPECT_TRUE(model.index(model.rowOf(u"daily-hip-stretch"_s))
                    .data(RoutineListModel::BadgesRole)
                    .toStringList()
                    .contains(RoutineListModel::tr("Today")));
}

TEST_F(RoutineListModelTest, PictureOfTheFirstExercise)
{
    const QPixmap picture
        = model.index(model.rowOf(u"evening-ease"_s)).data(Qt::DecorationRole).value<QPixmap>();
    ASSERT_FALSE(picture.isNull());
    EXPECT_EQ(picture.deviceIndependentSize().toSize(), QSize(40, 32));
    // Something is drawn: not every pixel is transparent.
    const QImage image = picture.toImage();
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; ++y)
        for (int x = 0; x < image.width() && !drawn; ++x)
            drawn = qAlpha(image.pixel(x, y)) > 0;
    EXPECT_TRUE(drawn);

    model.putUserRoutine(userRoutine(u"empty"_s, u"Empty"_s, {}), false);
    EXPECT_FALSE(model.index(model.rowOf(u"empty"_s)).data(Qt::DecorationRole).isValid());
    EXPECT_FALSE(
        model.index(model.rowOf(u"empty"_s)).data(RoutineListModel::DurationSecondsRole).isValid());
}

TEST_F(RoutineListModelTest, PutKeepsOrderAndRemoveTakesTheRowAway)
{
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.putUserRoutine(userRoutine(u"b"_s, u"B"_s, {planFor(u"kneeling-breath"_s)}));
    model.putUserRoutine(userRoutine(u"a"_s, u"A"_s, {planFor(u"kneeling-breath"_s)}));
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(idsInOrder(model).mid(bundledIds(library).size()), (QStringList {u"a"_s, u"b"_s}));

    // A new title moves the row (a move, so views keep it selected); a new
    // plan changes it in place.
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    model.putUserRoutine(userRoutine(u"a"_s, u"C"_s, {planFor(u"kneeling-breath"_s)}));
    EXPECT_EQ(idsInOrder(model).mid(bundledIds(library).size()), (QStringList {u"b"_s, u"a"_s}));
    EXPECT_EQ(moved.count(), 1);
    model.putUserRoutine(userRoutine(u"a"_s, u"0 first"_s, {planFor(u"kneeling-breath"_s)}));
    EXPECT_EQ(idsInOrder(model).mid(bundledIds(library).size()), (QStringList {u"a"_s, u"b"_s}));
    model.putUserRoutine(userRoutine(u"a"_s, u"C"_s, {planFor(u"kneeling-breath"_s)}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.putUserRoutine(userRoutine(u"a"_s, u"C"_s, {planFor(u"kneeling-breath"_s, 3)}));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.routine(u"a"_s)->items.first().holdsPerSide, 3);

    model.removeUserRoutine(u"a"_s);
    model.removeUserRoutine(u"daily-hip-stretch"_s); // bundled: stays
    EXPECT_EQ(idsInOrder(model), bundledIds(library) + (QStringList {u"b"_s}));
    QStringList others = model.titles(u"b"_s);
    others.sort();
    QStringList expected = bundledTitles(library);
    expected.sort();
    EXPECT_EQ(others, expected);
}

TEST_F(RoutineListModelTest, SavedFlagFollowsPut)
{
    model.putUserRoutine(userRoutine(u"draft"_s, u"Draft"_s, {}), false);
    EXPECT_FALSE(model.isSaved(u"draft"_s));
    EXPECT_FALSE(model.index(model.rowOf(u"draft"_s)).data(RoutineListModel::SavedRole).toBool());
    model.putUserRoutine(userRoutine(u"draft"_s, u"Draft"_s, {planFor(u"kneeling-breath"_s)}));
    EXPECT_TRUE(model.isSaved(u"draft"_s));
}

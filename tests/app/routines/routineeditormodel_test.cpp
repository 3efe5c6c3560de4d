#include "app/routines/routineeditormodel.h"
#include "tests/app/routines/routinesfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::test;

namespace {

using Column = RoutineEditorModel::Column;

class RoutineEditorModelTest : public ::testing::Test
{
protected:
    RoutineEditorModelTest()
        : library(routinesLibrary())
        , model(library)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        model.setRoutine(userRoutine(u"mine"_s, u"Mine"_s,
            {planFor(u"seated-leg-cross"_s), planFor(u"kneeling-breath"_s, 3, 30),
                planFor(u"seated-leg-cross"_s, 1, 90)}));
    }

    QModelIndex cell(int row, Column column) const { return model.index(row, column); }

    ContentLibrary library;
    RoutineEditorModel model;
    QAbstractItemModelTester tester;
};

QList<int> holdSeconds(const RoutineEditorModel &model)
{
    QList<int> seconds;
    for (const RoutineItem &item : model.routine().items)
        seconds << item.holdSeconds;
    return seconds;
}

} // namespace

TEST_F(RoutineEditorModelTest, NumbersAreCheckedAgainstTheLimits)
{
    for (const Column column : {RoutineEditorModel::HoldsColumn,
             RoutineEditorModel::HoldSecondsColumn, RoutineEditorModel::GetReadySecondsColumn,
             RoutineEditorModel::SwitchSecondsColumn, RoutineEditorModel::RestSecondsColumn}) {
        const RoutineEditorModel::Range range = RoutineEditorModel::range(column);
        ASSERT_LT(range.minimum, range.maximum);
        const QVariant before = cell(0, column).data(Qt::EditRole);
        EXPECT_FALSE(model.setData(cell(0, column), range.minimum - 1)) << column;
        EXPECT_FALSE(model.setData(cell(0, column), range.maximum + 1)) << column;
        EXPECT_FALSE(model.setData(cell(0, column), u"many"_s)) << column;
        EXPECT_EQ(cell(0, column).data(Qt::EditRole), before) << column;
        EXPECT_TRUE(model.setData(cell(0, column), range.minimum)) << column;
        EXPECT_EQ(cell(0, column).data(Qt::EditRole).toInt(), range.minimum);
        EXPECT_TRUE(model.setData(cell(0, column), range.maximum)) << column;
        EXPECT_EQ(cell(0, column).data(Qt::EditRole).toInt(), range.maximum);
    }
}

TEST_F(RoutineEditorModelTest, NoMoreExercisesThanARoutineFileMayHold)
{
    while (model.rowCount() < limits::maxRoutineItems)
        ASSERT_TRUE(model.insertItem(model.rowCount(), model.defaultItem(u"seated-leg-cross"_s)));
    EXPECT_FALSE(model.insertItem(0, model.defaultItem(u"seated-leg-cross"_s)));
    EXPECT_EQ(model.rowCount(), limits::maxRoutineItems);
}

TEST_F(RoutineEditorModelTest, TheLimitsAreTheCoreLimits)
{
    EXPECT_EQ(RoutineEditorModel::range(RoutineEditorModel::HoldSecondsColumn).maximum,
        limits::maxHoldSeconds);
    EXPECT_EQ(RoutineEditorModel::range(RoutineEditorModel::HoldsColumn).minimum,
        limits::minHoldsPerSide);
    EXPECT_EQ(RoutineEditorModel::range(RoutineEditorModel::GetReadySecondsColumn).maximum,
        limits::maxGetReadySeconds);
}

TEST_F(RoutineEditorModelTest, SettingAValueChangesTheRowAndSaysSo)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_TRUE(model.setData(cell(1, RoutineEditorModel::HoldSecondsColumn), 45));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).toModelIndex().row(), 1);
    EXPECT_EQ(model.routine().items.at(1).holdSeconds, 45);
    EXPECT_TRUE(cell(1, RoutineEditorModel::ExerciseColumn)
                    .data(RoutineEditorModel::SummaryRole)
                    .toString()
                    .contains(u"45"_s));
}

TEST_F(RoutineEditorModelTest, SideSettingsOnlyForAlternatingExercises)
{
    EXPECT_TRUE(model.isAlternating(0));
    EXPECT_FALSE(model.isAlternating(1));
    EXPECT_FALSE(cell(1, RoutineEditorModel::SidedColumn).flags() & Qt::ItemIsEnabled);
    EXPECT_FALSE(cell(1, RoutineEditorModel::FirstSideColumn).flags() & Qt::ItemIsEnabled);
    EXPECT_FALSE(model.setData(cell(1, RoutineEditorModel::SidedColumn), false));
    EXPECT_FALSE(model.setData(cell(1, RoutineEditorModel::FirstSideColumn), u"right"_s));

    EXPECT_TRUE(model.setData(cell(0, RoutineEditorModel::FirstSideColumn), u"right"_s));
    EXPECT_EQ(model.routine().items.at(0).firstSide, Side::Right);
    EXPECT_FALSE(model.setData(cell(0, RoutineEditorModel::FirstSideColumn), u"none"_s));
    EXPECT_FALSE(model.setData(cell(0, RoutineEditorModel::FirstSideColumn), u"up"_s));

    // Without sides, there is no first side to choose.
    EXPECT_TRUE(
        model.setData(cell(0, RoutineEditorModel::SidedColumn), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(model.routine().items.at(0).sided);
    EXPECT_FALSE(cell(0, RoutineEditorModel::FirstSideColumn).flags() & Qt::ItemIsEnabled);
    EXPECT_EQ(
        cell(0, RoutineEditorModel::SidedColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
        Qt::Unchecked);
}

TEST_F(RoutineEditorModelTest, TheExerciseCannotBeEditedInPlace)
{
    EXPECT_FALSE(cell(0, RoutineEditorModel::ExerciseColumn).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(cell(0, RoutineEditorModel::ExerciseColumn), u"kneeling-breath"_s));
    EXPECT_EQ(cell(0, RoutineEditorModel::ExerciseColumn).data().toString(), u"Seated Leg Cross"_s);
}

TEST_F(RoutineEditorModelTest, MoveRowsUpAndDown)
{
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    EXPECT_TRUE(model.moveItem(0, 1));
    EXPECT_EQ(holdSeconds(model), (QList<int> {30, 60, 90}));
    EXPECT_TRUE(model.moveItem(2, -1));
    EXPECT_EQ(holdSeconds(model), (QList<int> {30, 90, 60}));
    EXPECT_FALSE(model.moveItem(0, -1));
    EXPECT_FALSE(model.moveItem(2, 1));
    EXPECT_EQ(moved.count(), 2);
    EXPECT_TRUE(model.moveRows({}, 0, 2, {}, 3));
    EXPECT_EQ(holdSeconds(model), (QList<int> {60, 30, 90}));
    EXPECT_FALSE(model.moveRows({}, 0, 1, {}, 1)); // onto itself
}

TEST_F(RoutineEditorModelTest, InsertAndRemove)
{
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    EXPECT_TRUE(model.insertItem(1, model.defaultItem(u"kneeling-breath"_s)));
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.routine().items.at(1).exerciseId, u"kneeling-breath"_s);
    EXPECT_FALSE(model.insertItem(0, model.defaultItem(u"no-such-exercise"_s)));
    RoutineItem tooLong = model.defaultItem(u"kneeling-breath"_s);
    tooLong.holdSeconds = limits::maxHoldSeconds + 1;
    EXPECT_FALSE(model.insertItem(0, tooLong));
    EXPECT_FALSE(model.insertItem(9, model.defaultItem(u"kneeling-breath"_s)));

    EXPECT_TRUE(model.removeRows(0, 2));
    EXPECT_EQ(holdSeconds(model), (QList<int> {30, 90}));
    EXPECT_FALSE(model.removeRows(1, 5));
}

TEST_F(RoutineEditorModelTest, ReadOnlyRoutineRefusesEveryChange)
{
    model.setRoutine(*library.routine(u"evening-ease"_s), true);
    EXPECT_FALSE(cell(0, RoutineEditorModel::HoldsColumn).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(cell(0, RoutineEditorModel::HoldsColumn), 3));
    EXPECT_FALSE(model.insertItem(0, model.defaultItem(u"kneeling-breath"_s)));
    EXPECT_FALSE(model.removeRows(0, 1));
    EXPECT_FALSE(model.moveItem(0, 1));
    EXPECT_EQ(model.rowCount(), 2);
}

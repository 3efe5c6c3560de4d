// The undoable steps on the person's routines, over the list model alone.
#include "app/routines/routineedits.h"
#include "app/routines/routinelistmodel.h"
#include "tests/app/routines/routinesfixture.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::test;

namespace {

class RoutineEditsTest : public ::testing::Test
{
protected:
    RoutineEditsTest()
        : library(routinesLibrary())
        , model(library, nullptr, SessionOptions())
        , edits(model)
    {
        model.setBundledRoutines(library.routines());
    }

    Routine stored(const QString &id, const QString &title)
    {
        const Routine routine = userRoutine(
            id, title, {planFor(u"seated-leg-cross"_s), planFor(u"kneeling-breath"_s)});
        model.putUserRoutine(routine);
        return routine;
    }

    ContentLibrary library;
    RoutineListModel model;
    RoutineEdits edits;
    QSignalSpy saved {&edits, &RoutineEdits::saveRequested};
    QSignalSpy removed {&edits, &RoutineEdits::removeRequested};
    QSignalSpy applied {&edits, &RoutineEdits::applied};
};

TEST_F(RoutineEditsTest, ANewRoutineIsListedAndStoredOnceItHasAnExercise)
{
    const QString id = edits.addNew();
    EXPECT_EQ(id, u"new-routine"_s);
    ASSERT_TRUE(model.routine(id));
    EXPECT_EQ(model.routine(id)->title.english(), u"New routine"_s);
    EXPECT_FALSE(model.isSaved(id));
    EXPECT_TRUE(saved.isEmpty()) << "no exercises yet: not stored";
    ASSERT_EQ(applied.size(), 1);
    EXPECT_EQ(applied.constFirst().at(0).toString(), id);
    EXPECT_EQ(applied.constFirst().at(1).toInt(), model.rowOf(id));
    EXPECT_EQ(edits.undoStack()->undoText(), u"New routine “New routine”"_s);

    Routine withExercise = *model.routine(id);
    withExercise.items = {planFor(u"seated-leg-cross"_s)};
    ASSERT_TRUE(edits.change(withExercise));
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.constFirst().constFirst().value<Routine>().items, withExercise.items);
    EXPECT_TRUE(model.isSaved(id));
    EXPECT_EQ(edits.undoStack()->undoText(), u"Change “New routine”"_s);

    // Undone to no exercises: stays stored as it was, nothing new to store.
    edits.undo();
    EXPECT_EQ(saved.size(), 1);
    EXPECT_TRUE(model.routine(id)->items.isEmpty());
    // Undone to nothing: the stored routine is removed.
    edits.undo();
    EXPECT_FALSE(model.routine(id));
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed.constFirst().constFirst().toString(), id);
}

TEST_F(RoutineEditsTest, NewNamesAndIdsAreNeverTaken)
{
    const QString first = edits.addNew();
    const QString second = edits.addNew();
    EXPECT_NE(first, second);
    EXPECT_EQ(model.routine(second)->title.english(), u"New routine 2"_s);
}

TEST_F(RoutineEditsTest, ADuplicateIsACopyWithItsOwnNameAndId)
{
    const Routine source = library.routines().constFirst();
    const QString id = edits.duplicate(source);
    EXPECT_NE(id, source.id);
    const std::optional<Routine> copy = model.routine(id);
    ASSERT_TRUE(copy);
    EXPECT_EQ(copy->title.english(), source.title.english() + u" (my copy)"_s);
    EXPECT_EQ(copy->items, source.items);
    ASSERT_EQ(saved.size(), 1) << "a copy of a whole routine is stored at once";
    EXPECT_EQ(edits.undoStack()->undoText(), u"Duplicate “%1”"_s.arg(source.title.english()));
}

TEST_F(RoutineEditsTest, OnlyARealChangeIsAStep)
{
    const Routine routine = stored(u"mine"_s, u"Mine"_s);
    EXPECT_FALSE(edits.change(routine));
    EXPECT_EQ(edits.undoStack()->count(), 0);
    Routine renamed = routine;
    renamed.title = LocalizedText(u"Evening"_s);
    EXPECT_TRUE(edits.change(renamed));
    EXPECT_EQ(edits.undoStack()->undoText(), u"Rename “Mine” to “Evening”"_s);
    Routine unknown = routine;
    unknown.id = u"not-listed"_s;
    EXPECT_FALSE(edits.change(unknown));
}

TEST_F(RoutineEditsTest, ADeletionSelectsTheNextRoutineAndCanBeUndone)
{
    const Routine routine = stored(u"mine"_s, u"Mine"_s);
    const int row = model.rowOf(routine.id);
    EXPECT_EQ(edits.remove(routine), u"Mine"_s);
    EXPECT_FALSE(model.routine(routine.id));
    ASSERT_EQ(removed.size(), 1);
    ASSERT_EQ(applied.size(), 1);
    EXPECT_EQ(applied.constFirst().at(1).toInt(), std::min(row, model.rowCount() - 1));

    edits.undo();
    ASSERT_TRUE(model.routine(routine.id));
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.constFirst().constFirst().value<Routine>().id, routine.id);
    edits.redo();
    EXPECT_FALSE(model.routine(routine.id));
    EXPECT_EQ(removed.size(), 2);
}

TEST(RoutineEdits, KeepsOnlyRoutinesWithExercisesAndATitle)
{
    EXPECT_TRUE(RoutineEdits::canKeep(userRoutine(u"a"_s, u"A"_s, {planFor(u"x"_s)})));
    EXPECT_FALSE(RoutineEdits::canKeep(userRoutine(u"a"_s, u"A"_s, {})));
    EXPECT_FALSE(RoutineEdits::canKeep(userRoutine(u"a"_s, u"  "_s, {planFor(u"x"_s)})));
}

} // namespace

#include "app/routines/exercisepicker.h"
#include "app/routines/itemform.h"
#include "app/routines/rangespinbox.h"
#include "app/routines/routineeditor.h"
#include "app/routines/routineeditormodel.h"
#include "app/routines/routinelistmodel.h"
#include "app/routines/routinespage.h"
#include "tests/app/routines/routinesfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::test;

namespace {

class RoutinesPageTest : public ::testing::Test
{
protected:
    RoutinesPageTest()
        : library(routinesLibrary())
        , page(library, SessionOptions {})
        , saved(&page, &RoutinesPage::saveRequested)
        , removed(&page, &RoutinesPage::removeRequested)
        , started(&page, &RoutinesPage::startRequested)
    {
        page.resize(1100, 700);
        page.setUserRoutines({userRoutine(u"morning"_s, u"Morning"_s,
            {planFor(u"seated-leg-cross"_s), planFor(u"kneeling-breath"_s, 3, 30)})});
        page.show();
        page.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&page));
    }

    template<typename T> T *find(const QString &name) const
    {
        T *widget = page.findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }
    QPushButton *button(const QString &name) const { return find<QPushButton>(name); }
    RoutineEditor *editor() const { return page.editor(); }
    QLineEdit *titleField() const { return editor()->titleField(); }
    RangeSpinBox *spin(RoutineEditorModel::Column column) const
    {
        return editor()->itemForm()->spinBox(column);
    }

    /// Types \a text into the name field and leaves it with Enter.
    void typeTitle(const QString &text)
    {
        titleField()->setFocus();
        titleField()->selectAll();
        QTest::keyClick(titleField(), Qt::Key_Backspace);
        QTest::keyClicks(titleField(), text);
        QTest::keyClick(titleField(), Qt::Key_Return);
    }

    /// Picks \a exerciseId in the picker the Add button opens.
    void addThroughPicker(const QString &exerciseId)
    {
        editor()->addButton()->click();
        auto *picker = page.findChild<ExercisePicker *>();
        ASSERT_NE(picker, nullptr);
        ASSERT_TRUE(picker->isVisible());
        ASSERT_TRUE(picker->selectExercise(exerciseId));
        QTest::keyClick(picker->list(), Qt::Key_Return);
        EXPECT_FALSE(picker->isVisible());
        // Keys go to the page again once it is the active window.
        page.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&page));
    }

    Routine lastSaved() const { return saved.last().at(0).value<Routine>(); }
    QStringList itemIds() const
    {
        QStringList ids;
        for (const RoutineItem &item : editor()->routine().items)
            ids << item.exerciseId;
        return ids;
    }

    ContentLibrary library;
    RoutinesPage page;
    QSignalSpy saved;
    QSignalSpy removed;
    QSignalSpy started;
};

} // namespace

TEST_F(RoutinesPageTest, ShowsBundledAndOwnRoutinesWithTheDefaultSelected)
{
    EXPECT_EQ(page.listModel()->rowCount(), library.routines().size() + 1)
        << "and the person's own";
    EXPECT_EQ(page.selectedRoutineId(), library.defaultRoutineId());
    EXPECT_EQ(titleField()->text(), u"Daily hip stretch"_s);
    EXPECT_FALSE(editor()->durationText().isEmpty());
}

TEST_F(RoutinesPageTest, NewRoutineIsKeptOnceItHasAnExercise)
{
    button(u"newRoutineButton"_s)->click();
    EXPECT_EQ(page.selectedRoutineId(), u"new-routine"_s);
    EXPECT_EQ(titleField()->text(), u"New routine"_s);
    EXPECT_TRUE(titleField()->hasFocus());
    EXPECT_FALSE(editor()->itemsMessage().isEmpty());
    EXPECT_EQ(saved.count(), 0) << "no exercises yet: nothing to store";
    EXPECT_FALSE(button(u"startRoutineButton"_s)->isEnabled());

    addThroughPicker(u"kneeling-breath"_s);
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(lastSaved().id, u"new-routine"_s);
    EXPECT_EQ(lastSaved().items.size(), 1);
    EXPECT_EQ(lastSaved().items.first().exerciseId, u"kneeling-breath"_s);
    EXPECT_TRUE(editor()->itemsMessage().isEmpty());
    EXPECT_TRUE(button(u"startRoutineButton"_s)->isEnabled());
}

TEST_F(RoutinesPageTest, RenameKeepsTheIdAndIsSavedWhenTheFieldIsLeft)
{
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    button(u"renameRoutineButton"_s)->click();
    EXPECT_TRUE(titleField()->hasFocus());
    titleField()->selectAll();
    QTest::keyClicks(titleField(), u"Early hips"_s);
    EXPECT_EQ(saved.count(), 0) << "nothing stored while typing";
    QTest::keyClick(titleField(), Qt::Key_Return);
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(lastSaved().id, u"morning"_s);
    EXPECT_EQ(lastSaved().title.text(), u"Early hips"_s);
    EXPECT_EQ(page.listModel()->index(page.listModel()->rowOf(u"morning"_s)).data().toString(),
        u"Early hips"_s);
    EXPECT_EQ(page.selectedRoutineId(), u"morning"_s);
}

TEST_F(RoutinesPageTest, EmptyAndDuplicateNamesAreRefusedWithAMessage)
{
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    auto *message = find<QLabel>(u"routineTitleMessage"_s);
    typeTitle(QString());
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(editor()->titleMessage(), message->text());
    EXPECT_EQ(saved.count(), 0);

    typeTitle(u"evening EASE"_s);
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(saved.count(), 0);

    typeTitle(u"Morning stretch"_s);
    EXPECT_FALSE(message->isVisible());
    EXPECT_EQ(saved.count(), 1);
}

TEST_F(RoutinesPageTest, AddMoveAndRemoveExercisesWithTheKeyboard)
{
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    QListView *items = editor()->itemsView();
    items->setFocus();
    editor()->selectItem(0);
    QTest::keyClick(items, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(itemIds(), (QStringList {u"kneeling-breath"_s, u"seated-leg-cross"_s}));
    EXPECT_EQ(editor()->selectedItem(), 1) << "the selection moves with the item";
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(lastSaved().items.first().exerciseId, u"kneeling-breath"_s);

    QTest::keyClick(items, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(itemIds(), (QStringList {u"seated-leg-cross"_s, u"kneeling-breath"_s}));
    EXPECT_FALSE(button(u"moveExerciseUpButton"_s)->isEnabled());

    addThroughPicker(u"kneeling-breath"_s);
    EXPECT_EQ(itemIds().size(), 3);
    EXPECT_EQ(editor()->selectedItem(), 1) << "added after the selected one";

    items->setFocus();
    QTest::keyClick(items, Qt::Key_Delete);
    EXPECT_EQ(itemIds(), (QStringList {u"seated-leg-cross"_s, u"kneeling-breath"_s}));
    EXPECT_EQ(lastSaved().items.size(), 2);
    EXPECT_EQ(page.listModel()->rowCount(), library.routines().size() + 1)
        << "Delete in the exercises never deletes the routine";
}

TEST_F(RoutinesPageTest, RemovingTheLastExerciseStopsSavingAndStarting)
{
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    editor()->selectItem(0);
    editor()->removeSelectedItem();
    editor()->removeSelectedItem();
    const int savedBefore = int(saved.count());
    EXPECT_TRUE(editor()->routine().items.isEmpty());
    EXPECT_FALSE(editor()->itemsMessage().isEmpty());
    EXPECT_TRUE(find<QLabel>(u"routineItemsMessage"_s)->isVisible());
    EXPECT_FALSE(button(u"startRoutineButton"_s)->isEnabled());
    EXPECT_FALSE(button(u"exportRoutineButton"_s)->isEnabled());
    page.startRoutine();
    EXPECT_EQ(started.count(), 0);
    EXPECT_EQ(savedBefore, 1) << "the first removal is kept, the last is not";
}

TEST_F(RoutinesPageTest, DeleteCanBeUndoneFromTheStatusLineAndWithCtrlZ)
{
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    const Routine before = *page.selectedRoutine();
    page.listView()->setFocus();
    QTest::keyClick(page.listView(), Qt::Key_Delete);
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.last().at(0).toString(), u"morning"_s);
    EXPECT_EQ(page.listModel()->rowOf(u"morning"_s), -1);
    EXPECT_FALSE(page.statusText().isEmpty());
    QPushButton *undo = button(u"statusUndoButton"_s);
    ASSERT_TRUE(undo->isVisible());

    undo->click();
    EXPECT_GE(page.listModel()->rowOf(u"morning"_s), 0);
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(lastSaved().items, before.items);
    EXPECT_EQ(page.selectedRoutineId(), u"morning"_s);
    EXPECT_TRUE(page.statusText().isEmpty());

    // Redo deletes again; Ctrl+Z brings it back once more.
    page.listView()->setFocus();
    QTest::keyClick(page.listView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(removed.count(), 2);
    QTest::keyClick(page.listView(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(saved.count(), 2);
    EXPECT_GE(page.listModel()->rowOf(u"morning"_s), 0);
}

TEST_F(RoutinesPageTest, EditsAreUndoneOneByOne)
{
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    editor()->selectItem(0);
    RangeSpinBox *hold = spin(RoutineEditorModel::HoldSecondsColumn);
    hold->setFocus();
    hold->setValue(90);
    EXPECT_EQ(saved.count(), 0) << "stored when the field is left, not per step";
    QTest::keyClick(hold, Qt::Key_Return);
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(lastSaved().items.first().holdSeconds, 90);

    page.undo();
    EXPECT_EQ(saved.count(), 2);
    EXPECT_EQ(lastSaved().items.first().holdSeconds, 60);
    EXPECT_EQ(hold->value(), 60);
    page.redo();
    EXPECT_EQ(hold->value(), 90);
}

TEST_F(RoutinesPageTest, TotalLengthFollowsTheEdits)
{
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    editor()->selectItem(0);
    const QString before = editor()->durationText();
    RangeSpinBox *holds = spin(RoutineEditorModel::HoldsColumn);
    holds->setValue(10);
    EXPECT_NE(editor()->durationText(), before) << "updated before the field is left";
}

TEST_F(RoutinesPageTest, OutOfRangeNumbersAreNamedBesideTheField)
{
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    editor()->selectItem(0);
    RangeSpinBox *hold = spin(RoutineEditorModel::HoldSecondsColumn);
    hold->setFocus();
    hold->selectAll();
    QTest::keyClicks(hold, u"999"_s);
    const QString message = editor()->itemForm()->messageFor(RoutineEditorModel::HoldSecondsColumn);
    EXPECT_FALSE(message.isEmpty());
    EXPECT_TRUE(message.contains(QString::number(limits::maxHoldSeconds)));
    QTest::keyClick(hold, Qt::Key_Return);
    EXPECT_EQ(hold->value(), limits::maxHoldSeconds);
    ASSERT_GE(saved.count(), 1);
    EXPECT_EQ(lastSaved().items.first().holdSeconds, limits::maxHoldSeconds);
}

TEST_F(RoutinesPageTest, SideChoicesOnlyForAlternatingExercises)
{
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    ItemForm *form = editor()->itemForm();
    editor()->selectItem(1); // kneeling-breath, no sides
    EXPECT_FALSE(form->sidedBox()->isVisibleTo(form));
    EXPECT_FALSE(form->firstSideBox()->isEnabled());

    editor()->selectItem(0); // seated-leg-cross
    EXPECT_TRUE(form->sidedBox()->isVisibleTo(form));
    EXPECT_TRUE(form->firstSideBox()->isEnabled());
    form->sidedBox()->click();
    ASSERT_EQ(saved.count(), 1);
    EXPECT_FALSE(lastSaved().items.first().sided);
    EXPECT_FALSE(form->firstSideBox()->isEnabled());
}

TEST_F(RoutinesPageTest, BundledRoutinesAreReadOnlyAndCanBeDuplicated)
{
    ASSERT_TRUE(page.selectRoutine(u"evening-ease"_s));
    EXPECT_TRUE(find<QLabel>(u"bundledNotice"_s)->isVisible());
    EXPECT_TRUE(titleField()->isReadOnly());
    EXPECT_FALSE(button(u"deleteRoutineButton"_s)->isEnabled());
    EXPECT_FALSE(button(u"renameRoutineButton"_s)->isEnabled());
    EXPECT_FALSE(editor()->addButton()->isEnabled());
    EXPECT_FALSE(spin(RoutineEditorModel::HoldsColumn)->isEnabled());
    EXPECT_TRUE(button(u"startRoutineButton"_s)->isEnabled());
    page.listView()->setFocus();
    QTest::keyClick(page.listView(), Qt::Key_Delete);
    EXPECT_EQ(removed.count(), 0);

    button(u"duplicateRoutineButton"_s)->click();
    ASSERT_EQ(saved.count(), 1);
    const Routine copy = lastSaved();
    EXPECT_NE(copy.id, u"evening-ease"_s);
    EXPECT_EQ(copy.items, library.routine(u"evening-ease"_s)->items);
    EXPECT_EQ(page.selectedRoutineId(), copy.id);
    EXPECT_FALSE(titleField()->isReadOnly());
    EXPECT_TRUE(spin(RoutineEditorModel::HoldsColumn)->isEnabled());

    page.undo();
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.last().at(0).toString(), copy.id);
}

TEST_F(RoutinesPageTest, ReadOnlyDatabaseDisablesEditingAndSaysWhy)
{
    const QString reason = u"The history file is newer than this version of Limber."_s;
    page.setReadOnlyReason(reason);
    auto *banner = find<QLabel>(u"readOnlyBanner"_s);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->text(), reason);
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    EXPECT_FALSE(button(u"newRoutineButton"_s)->isEnabled());
    EXPECT_FALSE(button(u"importRoutineButton"_s)->isEnabled());
    EXPECT_FALSE(button(u"deleteRoutineButton"_s)->isEnabled());
    EXPECT_TRUE(titleField()->isReadOnly());
    EXPECT_TRUE(button(u"startRoutineButton"_s)->isEnabled());
    page.newRoutine();
    page.deleteRoutine();
    EXPECT_EQ(saved.count() + removed.count(), 0);

    page.setReadOnlyReason({});
    EXPECT_FALSE(banner->isVisible());
    EXPECT_FALSE(titleField()->isReadOnly());
}

TEST_F(RoutinesPageTest, KeyboardReachesEveryControlAndEnterStarts)
{
    page.listView()->setFocus();
    QList<QWidget *> reached;
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached << QApplication::focusWidget();
    }
    EXPECT_TRUE(reached.contains(button(u"newRoutineButton"_s)));
    EXPECT_TRUE(reached.contains(button(u"startRoutineButton"_s)));
    EXPECT_TRUE(reached.contains(titleField()));
    EXPECT_TRUE(reached.contains(editor()->itemsView()));
    EXPECT_LT(reached.indexOf(button(u"newRoutineButton"_s)), reached.indexOf(titleField()));

    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    page.listView()->setFocus();
    QTest::keyClick(page.listView(), Qt::Key_Return);
    ASSERT_EQ(started.count(), 1);
    EXPECT_EQ(started.last().at(0).toString(), u"morning"_s);

    QTest::keyClick(page.listView(), Qt::Key_F2);
    EXPECT_TRUE(titleField()->hasFocus());
}

TEST_F(RoutinesPageTest, TodayImportExportAndHelpAreRequests)
{
    QSignalSpy today(&page, &RoutinesPage::todayRequested);
    QSignalSpy imported(&page, &RoutinesPage::importRequested);
    QSignalSpy exported(&page, &RoutinesPage::exportRequested);
    QSignalSpy help(&page, &RoutinesPage::exerciseHelpRequested);
    QString suggested;
    page.setFileChooser([&](RoutinesPage::FileChoice choice, const QString &name) {
        suggested = name;
        return choice == RoutinesPage::FileChoice::Import ? u"/tmp/in.json"_s : u"/tmp/out"_s;
    });

    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    button(u"todayRoutineButton"_s)->click();
    ASSERT_EQ(today.count(), 1);
    EXPECT_EQ(today.last().at(0).toString(), u"morning"_s);
    page.setTodayRoutine(u"morning"_s);
    EXPECT_FALSE(button(u"todayRoutineButton"_s)->isEnabled());

    button(u"importRoutineButton"_s)->click();
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.last().at(0).toString(), u"/tmp/in.json"_s);
    page.showImportProblem(u"in.json, line 3: \"holdSeconds\" is missing."_s);
    EXPECT_TRUE(page.statusText().contains(u"line 3"_s));

    button(u"exportRoutineButton"_s)->click();
    ASSERT_EQ(exported.count(), 1);
    EXPECT_EQ(suggested, u"morning.json"_s);
    EXPECT_EQ(exported.last().at(0).toString(), u"morning"_s);
    EXPECT_EQ(exported.last().at(1).toString(), u"/tmp/out.json"_s);

    editor()->selectItem(1);
    editor()->helpButton()->click();
    ASSERT_EQ(help.count(), 1);
    EXPECT_EQ(help.last().at(0).toString(), u"kneeling-breath"_s);
}

TEST_F(RoutinesPageTest, StoredRoutinesComingBackKeepSelectionAndDrafts)
{
    page.newRoutine();
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    Routine changed = *page.selectedRoutine();
    changed.items.first().holdSeconds = 120;
    page.setUserRoutines({changed});
    EXPECT_EQ(page.selectedRoutineId(), u"morning"_s);
    EXPECT_EQ(editor()->routine().items.first().holdSeconds, 120);
    EXPECT_GE(page.listModel()->rowOf(u"new-routine"_s), 0) << "the draft stays";
}

TEST_F(RoutinesPageTest, MnemonicsAreUniqueAndLeaveTheMenusAlone)
{
    ASSERT_TRUE(page.selectRoutine(u"morning"_s));
    editor()->selectItem(0); // an alternating exercise: every field is shown
    QHash<QString, QString> owners;
    int count = 0;
    const auto check = [&](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        ++count;
        const QString name = key.toString();
        EXPECT_FALSE(owners.contains(name)) << name.toStdString() << ": " << text.toStdString()
                                            << " and " << owners.value(name).toStdString();
        owners.insert(name, text);
    };
    for (const QAbstractButton *b : page.findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(&page))
            check(b->text());
    }
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(&page))
            check(label->text());
    }
    EXPECT_GE(count, 15);
    // The main window's menus are File, View and Help.
    for (const QString &menu : {u"Alt+F"_s, u"Alt+V"_s, u"Alt+H"_s})
        EXPECT_FALSE(owners.contains(menu)) << menu.toStdString();
}

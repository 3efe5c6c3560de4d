#pragma once

#include "core/model/routine.h"
#include "core/session/sessionoptions.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace limber {

class ContentLibrary;
class ExerciseThumbnails;
class ItemForm;
class RoutineEditorModel;

/// The right side of the Routines page: one routine's name, its length,
/// its exercises in order and the plan of the selected one. It works on a
/// copy; each complete change is announced with edited() and the page
/// decides what to keep. Problems (no name, a name in use, no exercises)
/// are said next to their field and stop the change from being announced.
class RoutineEditor : public QWidget
{
    Q_OBJECT

public:
    RoutineEditor(const ContentLibrary &library, const ExerciseThumbnails &thumbnails,
        SessionOptions options, QWidget *parent = nullptr);

    /// Shows \a routine. \a otherTitles: the titles a new name must not take.
    /// The selected exercise row is kept when it still exists.
    void setRoutine(const Routine &routine, bool readOnly, const QStringList &otherTitles);
    /// Shows nothing (no routine selected).
    void clear();
    const Routine &routine() const;
    bool hasRoutine() const { return m_hasRoutine; }
    bool isReadOnly() const;
    void setOptions(const SessionOptions &options);

    /// Adds \a exerciseId after the selected item (or at the end) and selects it.
    void addExercise(const QString &exerciseId);
    void removeSelectedItem();
    void moveSelectedItem(int offset);
    int selectedItem() const;
    void selectItem(int row);
    /// Puts the cursor in the name field with the name selected.
    void editTitle();
    /// Makes a change in progress in the item form count now.
    void commitPending();

    QLineEdit *titleField() const { return m_title; }
    QString titleMessage() const;
    QString itemsMessage() const;
    QString durationText() const;
    QListView *itemsView() const { return m_items; }
    RoutineEditorModel *model() const { return m_model; }
    ItemForm *itemForm() const { return m_form; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *helpButton() const { return m_help; }
    /// The widget Tab reaches last, for the page's tab order.
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    /// A complete change: the routine as it is now.
    void edited(const limber::Routine &routine);
    /// The person wants to pick an exercise to add.
    void addExerciseRequested();
    void exerciseHelpRequested(const QString &exerciseId);

private:
    void buildItemButtons(QGridLayout *grid);
    void commitTitle();
    void emitEdited();
    void updateState();
    void updateDuration();

    const ContentLibrary &m_library;
    SessionOptions m_options;
    RoutineEditorModel *m_model = nullptr;
    bool m_hasRoutine = false;
    QStringList m_otherTitles;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleMessage = nullptr;
    QLabel *m_bundledNotice = nullptr;
    QLabel *m_duration = nullptr;
    QListView *m_items = nullptr;
    QLabel *m_itemsMessage = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_help = nullptr;
    ItemForm *m_form = nullptr;
    QLabel *m_formHint = nullptr;
};

} // namespace limber

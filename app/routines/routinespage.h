#pragma once

#include "core/model/routine.h"
#include "core/session/sessionoptions.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QUndoStack;

namespace limber {

class ContentLibrary;
class ExerciseThumbnails;
class RoutineEditor;
class RoutineEdits;
class RoutineListModel;
class RoutineListPanel;

/// The Routines page: every routine on the left (the bundled ones marked
/// and read-only), the selected one's editor on the right. It works on
/// values and asks for everything else with signals: the program stores,
/// removes, starts, imports and exports routines and hands the person's
/// routines back with setUserRoutines().
///
/// Changes are kept as they are made: each complete change (a field left,
/// an exercise added, a new name accepted) emits saveRequested(), never a
/// keystroke. New, Duplicate, Rename, Delete and every edit can be undone
/// (Ctrl+Z) and redone (Ctrl+Shift+Z). A routine without exercises is shown
/// but not stored until it has one. See docs/routines-page.md.
class RoutinesPage : public QWidget
{
    Q_OBJECT

public:
    enum class FileChoice { Import, Export };
    /// Asks for a file; returns an empty string when the person cancels.
    /// \a suggestedName is a file name for Export.
    using FileChooser = std::function<QString(FileChoice choice, const QString &suggestedName)>;

    /// \a library must outlive the page; its routines are the bundled ones.
    RoutinesPage(const ContentLibrary &library, SessionOptions options, QWidget *parent = nullptr);
    ~RoutinesPage() override;

    /// The person's own routines, as stored. Routines on the page that are
    /// not stored yet (no exercises) stay; the selection is kept.
    void setUserRoutines(const QList<Routine> &routines);
    /// Marks the routine with \a id as today's.
    void setTodayRoutine(const QString &id);
    /// Non-empty: nothing can be changed (e.g. the database is read-only),
    /// and \a reason is shown at the top of the page. Empty: editing again.
    void setReadOnlyReason(const QString &reason);
    /// Shows why an import failed, under the list.
    void showImportProblem(const QString &problem);
    /// New session options: the lengths are worked out again.
    void setOptions(const SessionOptions &options);
    /// Replaces the file dialogs (tests).
    void setFileChooser(FileChooser chooser);

    /// Selects the routine with \a id; false when there is none.
    bool selectRoutine(const QString &id);
    QString selectedRoutineId() const;
    std::optional<Routine> selectedRoutine() const;
    /// The person's routines as the page has them, stored or not.
    QList<Routine> userRoutines() const;
    QString statusText() const;

    RoutineListModel *listModel() const { return m_model; }
    QListView *listView() const { return m_list; }
    RoutineEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const;

public Q_SLOTS:
    void newRoutine();
    void duplicateRoutine();
    void renameRoutine();
    void deleteRoutine();
    void startRoutine();
    void useAsToday();
    void importRoutine();
    void exportRoutine();
    /// Opens the exercise picker for the selected routine.
    void chooseExercise();
    void undo();
    void redo();

Q_SIGNALS:
    /// Store \a routine (new or changed), keyed by its id.
    void saveRequested(const limber::Routine &routine);
    void removeRequested(const QString &id);
    void startRequested(const QString &id);
    void todayRequested(const QString &id);
    void importRequested(const QString &path);
    void exportRequested(const QString &id, const QString &path);
    void exerciseHelpRequested(const QString &exerciseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildListColumn();
    QWidget *buildEditorColumn();
    void addShortcuts();
    void showSelected();
    void updateActions();
    void onEdited(const Routine &routine);
    void showStatus(const QString &text, bool offerUndo);
    QString askForFile(FileChoice choice, const QString &suggestedName);
    bool isEditable(const QString &id) const;

    const ContentLibrary &m_library;
    SessionOptions m_options;
    std::unique_ptr<ExerciseThumbnails> m_thumbnails;
    RoutineListModel *m_model = nullptr;
    RoutineEdits *m_edits = nullptr;
    QString m_readOnlyReason;
    QString m_selectedId;
    FileChooser m_chooseFile;

    QLabel *m_readOnlyBanner = nullptr;
    RoutineListPanel *m_panel = nullptr;
    QListView *m_list = nullptr;
    RoutineEditor *m_editor = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_today = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace limber

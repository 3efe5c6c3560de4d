#include "app/routines/routinespage.h"

#include "app/mutedtext.h"
#include "app/routines/exercisepicker.h"
#include "app/routines/exercisethumbnails.h"
#include "app/routines/routineeditor.h"
#include "app/routines/routineedits.h"
#include "app/routines/routinelistmodel.h"
#include "app/routines/routinelistpanel.h"
#include "core/content/contentlibrary.h"
#include "core/util/elide.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr QSize kThumbnailSize(52, 44);

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

RoutinesPage::RoutinesPage(const ContentLibrary &library, SessionOptions options, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_options(std::move(options))
    , m_thumbnails(std::make_unique<ExerciseThumbnails>(library, kThumbnailSize))
    , m_model(new RoutineListModel(library, m_thumbnails.get(), m_options, this))
    , m_edits(new RoutineEdits(*m_model, this))
{
    setObjectName(u"routinesPage"_s);
    m_thumbnails->setPalette(palette());
    m_model->setBundledRoutines(library.routines());
    m_edits->setLanguages(m_options.uiLanguages);
    m_chooseFile = [this](FileChoice choice, const QString &suggestedName) {
        return askForFile(choice, suggestedName);
    };

    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setFrameShape(QFrame::StyledPanel);
    m_readOnlyBanner->setMargin(8);
    m_readOnlyBanner->hide();

    auto *heading = new QLabel(tr("Routines"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    QWidget *listColumn = buildListColumn();
    QWidget *editorColumn = buildEditorColumn();
    // The columns share the width in proportion, so the list gets its share of
    // a wide window and both shrink together in a small one.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addWidget(listColumn, 2);
    columns->addWidget(editorColumn, 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(columns, 1);

    addShortcuts();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RoutinesPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!selectRoutine(m_selectedId) && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
    });
    connect(undoStack(), &QUndoStack::indexChanged, this, &RoutinesPage::updateActions);
    connect(m_edits, &RoutineEdits::saveRequested, this, &RoutinesPage::saveRequested);
    connect(m_edits, &RoutineEdits::removeRequested, this, &RoutinesPage::removeRequested);
    connect(m_edits, &RoutineEdits::applied, this, [this](const QString &, int row) {
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
        showSelected();
    });
    connect(m_editor, &RoutineEditor::edited, this, &RoutinesPage::onEdited);
    connect(m_editor, &RoutineEditor::addExerciseRequested, this, &RoutinesPage::chooseExercise);
    connect(m_editor, &RoutineEditor::exerciseHelpRequested, this,
        &RoutinesPage::exerciseHelpRequested);

    setTabOrder(m_panel->lastInTabOrder(), m_start);
    setTabOrder(m_start, m_today);
    setTabOrder(m_today, m_editor->titleField());

    const QString first = library.defaultRoutineId();
    if (!selectRoutine(first) && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    showSelected();
}

RoutinesPage::~RoutinesPage()
{
    // The stack is a child, deleted by QWidget's destructor after this page
    // has stopped being a RoutinesPage; clearing itself then would call
    // updateActions() on what is left.
    undoStack()->disconnect(this);
}

void RoutinesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        // The pictures are painted in the palette's colours: a new theme repaints them.
        m_thumbnails->setPalette(palette());
        m_list->viewport()->update();
        m_editor->itemsView()->viewport()->update();
    }
    QWidget::changeEvent(event);
}

QWidget *RoutinesPage::buildListColumn()
{
    m_panel = new RoutineListPanel(m_model, kThumbnailSize, this);
    m_panel->setMinimumWidth(220);
    m_panel->setMaximumWidth(420);
    m_list = m_panel->listView();
    connect(m_list, &QListView::activated, this, &RoutinesPage::startRoutine);
    using Action = RoutineListPanel::Action;
    const auto on = [this](Action action, void (RoutinesPage::*slot)()) {
        connect(m_panel->button(action), &QPushButton::clicked, this, slot);
    };
    on(Action::New, &RoutinesPage::newRoutine);
    on(Action::Duplicate, &RoutinesPage::duplicateRoutine);
    on(Action::Rename, &RoutinesPage::renameRoutine);
    on(Action::Delete, &RoutinesPage::deleteRoutine);
    on(Action::Import, &RoutinesPage::importRoutine);
    on(Action::Export, &RoutinesPage::exportRoutine);
    on(Action::Undo, &RoutinesPage::undo);
    return m_panel;
}

QWidget *RoutinesPage::buildEditorColumn()
{
    auto *column = new QWidget(this);
    m_start = button(tr("&Start"), u"startRoutineButton"_s, column);
    m_start->setToolTip(tr("Start a session with this routine (Enter in the list)"));
    QFont startFont = m_start->font();
    startFont.setBold(true);
    m_start->setFont(startFont);
    m_start->setMinimumWidth(110);
    m_today = button(tr("Use as &today's routine"), u"todayRoutineButton"_s, column);
    m_today->setToolTip(tr("The Today page and \"limber --start\" begin this routine"));
    connect(m_start, &QPushButton::clicked, this, &RoutinesPage::startRoutine);
    connect(m_today, &QPushButton::clicked, this, &RoutinesPage::useAsToday);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addWidget(m_today);
    actions->addStretch();

    m_editor = new RoutineEditor(m_library, *m_thumbnails, m_options, column);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addSpacing(8);
    layout->addWidget(m_editor, 1);
    return column;
}

void RoutinesPage::addShortcuts()
{
    const auto add = [this](QWidget *on, const QList<QKeySequence> &keys,
                         Qt::ShortcutContext context, auto slot) {
        auto *action = new QAction(on);
        action->setShortcuts(keys);
        action->setShortcutContext(context);
        connect(action, &QAction::triggered, this, slot);
        on->addAction(action);
        return action;
    };
    add(m_list, {QKeySequence::Delete}, Qt::WidgetShortcut, &RoutinesPage::deleteRoutine);
    add(this, {QKeySequence::New}, Qt::WidgetWithChildrenShortcut, &RoutinesPage::newRoutine);
    add(this, {QKeySequence(Qt::Key_F2)}, Qt::WidgetWithChildrenShortcut,
        &RoutinesPage::renameRoutine);
    m_undoAction
        = add(this, {QKeySequence::Undo}, Qt::WidgetWithChildrenShortcut, &RoutinesPage::undo);
    m_redoAction = add(this,
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
        Qt::WidgetWithChildrenShortcut, &RoutinesPage::redo);
}

void RoutinesPage::setUserRoutines(const QList<Routine> &routines)
{
    // Routines without exercises are not stored; they stay until they have one.
    QList<Routine> drafts;
    for (const Routine &routine : m_model->userRoutines()) {
        const bool stored = std::any_of(routines.cbegin(), routines.cend(),
            [&routine](const Routine &r) { return r.id == routine.id; });
        if (!stored && !m_model->isSaved(routine.id))
            drafts << routine;
    }
    m_model->setUserRoutines(routines);
    for (const Routine &draft : std::as_const(drafts))
        m_model->putUserRoutine(draft, false);
    if (!selectRoutine(m_selectedId) && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    showSelected();
}

void RoutinesPage::setTodayRoutine(const QString &id)
{
    m_model->setTodayRoutine(id);
    updateActions();
}

void RoutinesPage::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    m_readOnlyBanner->setText(reason);
    m_readOnlyBanner->setVisible(!reason.isEmpty());
    m_selectedId.clear(); // shows the editor again, read-only or not
    showSelected();
}

void RoutinesPage::showImportProblem(const QString &problem)
{
    showStatus(problem, false);
}

void RoutinesPage::setOptions(const SessionOptions &options)
{
    m_options = options;
    m_model->setOptions(options);
    m_editor->setOptions(options);
    m_edits->setLanguages(options.uiLanguages);
}

void RoutinesPage::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

bool RoutinesPage::selectRoutine(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

QString RoutinesPage::selectedRoutineId() const
{
    return m_list->currentIndex().data(RoutineListModel::IdRole).toString();
}

std::optional<Routine> RoutinesPage::selectedRoutine() const
{
    return m_model->routine(selectedRoutineId());
}

QList<Routine> RoutinesPage::userRoutines() const
{
    return m_model->userRoutines();
}

QString RoutinesPage::statusText() const
{
    return m_panel->statusText();
}

QString RoutinesPage::askForFile(FileChoice choice, const QString &suggestedName)
{
    const QString filter = tr("Routine files (*.json)");
    if (choice == FileChoice::Import)
        return QFileDialog::getOpenFileName(this, tr("Import a routine"), QString(), filter);
    return QFileDialog::getSaveFileName(
        this, tr("Export the routine"), QDir::home().filePath(suggestedName), filter);
}

bool RoutinesPage::isEditable(const QString &id) const
{
    return m_readOnlyReason.isEmpty() && !id.isEmpty() && !m_model->isBundled(id)
        && m_model->rowOf(id) >= 0;
}

QUndoStack *RoutinesPage::undoStack() const
{
    return m_edits->undoStack();
}

void RoutinesPage::showSelected()
{
    const QString id = selectedRoutineId();
    const std::optional<Routine> routine = m_model->routine(id);
    if (!routine) {
        m_selectedId.clear();
        m_editor->clear();
    } else if (id != m_selectedId || !RoutineEdits::sameRoutine(m_editor->routine(), *routine)
        || m_editor->isReadOnly() != !isEditable(id)) {
        m_selectedId = id;
        m_editor->setRoutine(*routine, !isEditable(id), m_model->titles(id));
    }
    updateActions();
}

void RoutinesPage::updateActions()
{
    const std::optional<Routine> routine = selectedRoutine();
    const QString id = routine ? routine->id : QString();
    const bool writable = m_readOnlyReason.isEmpty();
    const bool keepable = routine && RoutineEdits::canKeep(*routine);
    const bool startable = keepable && (m_model->isBundled(id) || m_model->isSaved(id));
    using Action = RoutineListPanel::Action;
    m_panel->button(Action::New)->setEnabled(writable);
    m_panel->button(Action::Duplicate)->setEnabled(writable && routine.has_value());
    m_panel->button(Action::Rename)->setEnabled(isEditable(id));
    m_panel->button(Action::Delete)->setEnabled(isEditable(id));
    m_panel->button(Action::Import)->setEnabled(writable);
    m_panel->button(Action::Export)->setEnabled(keepable);
    m_start->setEnabled(startable);
    const bool isToday = !id.isEmpty() && m_model->todayRoutine() == id;
    m_today->setEnabled(startable && !isToday);
    m_today->setText(isToday ? tr("This is today's routine") : tr("Use as &today's routine"));
    m_undoAction->setEnabled(writable && undoStack()->canUndo());
    m_redoAction->setEnabled(writable && undoStack()->canRedo());
    m_panel->button(Action::Undo)->setEnabled(writable && undoStack()->canUndo());
}

void RoutinesPage::onEdited(const Routine &routine)
{
    if (isEditable(routine.id) && m_edits->change(routine))
        showStatus({}, false);
}

void RoutinesPage::showStatus(const QString &text, bool offerUndo)
{
    m_panel->showStatus(text, offerUndo);
}

void RoutinesPage::newRoutine()
{
    if (!m_readOnlyReason.isEmpty())
        return;
    m_editor->commitPending();
    showStatus({}, false);
    m_edits->addNew();
    m_editor->editTitle();
}

void RoutinesPage::duplicateRoutine()
{
    const std::optional<Routine> source = selectedRoutine();
    if (!source || !m_readOnlyReason.isEmpty())
        return;
    m_editor->commitPending();
    showStatus({}, false);
    m_edits->duplicate(*source);
    m_editor->editTitle();
}

void RoutinesPage::renameRoutine()
{
    if (isEditable(selectedRoutineId()))
        m_editor->editTitle();
}

void RoutinesPage::deleteRoutine()
{
    const std::optional<Routine> routine = selectedRoutine();
    if (!routine || !isEditable(routine->id))
        return;
    const QString title = m_edits->remove(*routine);
    showStatus(tr("Deleted “%1”.").arg(elideEnd(title)), true);
    m_list->setFocus();
}

void RoutinesPage::startRoutine()
{
    m_editor->commitPending();
    if (m_start->isEnabled())
        Q_EMIT startRequested(selectedRoutineId());
}

void RoutinesPage::useAsToday()
{
    m_editor->commitPending();
    if (m_today->isEnabled())
        Q_EMIT todayRequested(selectedRoutineId());
}

void RoutinesPage::importRoutine()
{
    if (!m_readOnlyReason.isEmpty())
        return;
    const QString path = m_chooseFile(FileChoice::Import, {});
    if (!path.isEmpty()) {
        showStatus({}, false);
        Q_EMIT importRequested(path);
    }
}

void RoutinesPage::exportRoutine()
{
    m_editor->commitPending();
    const QString id = selectedRoutineId();
    if (!m_panel->button(RoutineListPanel::Action::Export)->isEnabled() || id.isEmpty())
        return;
    QString path = m_chooseFile(FileChoice::Export, id + u".json"_s);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    Q_EMIT exportRequested(id, path);
}

void RoutinesPage::chooseExercise()
{
    if (!isEditable(selectedRoutineId()))
        return;
    auto *picker = new ExercisePicker(m_library, *m_thumbnails, m_options.uiLanguages, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ExercisePicker::exerciseChosen, m_editor, &RoutineEditor::addExercise);
    picker->open();
}

void RoutinesPage::undo()
{
    if (!m_readOnlyReason.isEmpty())
        return;
    m_editor->commitPending();
    showStatus({}, false);
    m_edits->undo();
}

void RoutinesPage::redo()
{
    if (!m_readOnlyReason.isEmpty())
        return;
    m_editor->commitPending();
    showStatus({}, false);
    m_edits->redo();
}

} // namespace limber

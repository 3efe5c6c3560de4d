#include "app/routines/routineeditor.h"

#include "app/mutedtext.h"
#include "app/routines/exercisethumbnails.h"
#include "app/routines/itemform.h"
#include "app/routines/picturelistdelegate.h"
#include "app/routines/routineduration.h"
#include "app/routines/routineeditormodel.h"
#include "app/routines/routinenames.h"
#include "core/content/contentlibrary.h"
#include "core/util/elide.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

QLabel *messageLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    // Dark red reads as a problem on light and dark windows alike, and the
    // words carry the meaning for anyone who does not see the colour.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(
        QPalette::WindowText, dark ? QColor(0xff, 0x9a, 0x8a) : QColor(0xa4, 0x1e, 0x11));
    label->setPalette(palette);
    label->hide();
    return label;
}

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

RoutineEditor::RoutineEditor(const ContentLibrary &library, const ExerciseThumbnails &thumbnails,
    SessionOptions options, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_options(std::move(options))
    , m_model(new RoutineEditorModel(library, &thumbnails, this))
{
    setObjectName(u"routineEditor"_s);
    m_model->setUiLanguages(m_options.uiLanguages);

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"routineTitleField"_s);
    m_title->setAccessibleName(tr("Routine name"));
    // Room for any real name; the name shows in menus, titles and messages.
    m_title->setMaxLength(quotedTextLimit);
    m_title->setFont(scaledFont(font(), 1.3, true));
    m_titleMessage = messageLabel(u"routineTitleMessage"_s, this);
    m_bundledNotice = new QLabel(
        tr("This routine comes with Limber and cannot be changed. Duplicate it to make your "
           "own version."),
        this);
    m_bundledNotice->setObjectName(u"bundledNotice"_s);
    m_bundledNotice->setWordWrap(true);
    setMutedText(m_bundledNotice);
    m_duration = new QLabel(this);
    m_duration->setObjectName(u"routineDuration"_s);
    setMutedText(m_duration);

    auto *itemsHeading = new QLabel(tr("Exercises, in order"), this);
    itemsHeading->setFont(scaledFont(font(), 1.0, true));
    m_items = new QListView(this);
    m_items->setObjectName(u"routineItems"_s);
    m_items->setAccessibleName(tr("Exercises in this routine"));
    m_items->setModel(m_model);
    m_items->setModelColumn(RoutineEditorModel::ExerciseColumn);
    m_items->setItemDelegate(
        new PictureListDelegate(RoutineEditorModel::SummaryRole, -1, thumbnails.size(), m_items));
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setMinimumWidth(200);
    m_itemsMessage = messageLabel(u"routineItemsMessage"_s, this);

    auto *itemButtons = new QGridLayout;
    buildItemButtons(itemButtons);

    auto *formHeading = new QLabel(tr("Plan for the selected exercise"), this);
    formHeading->setFont(scaledFont(font(), 1.0, true));
    formHeading->setWordWrap(true);
    auto *formHeadingRow = new QHBoxLayout;
    formHeadingRow->addWidget(formHeading, 1);
    formHeadingRow->addWidget(m_help, 0, Qt::AlignTop);
    m_form = new ItemForm(*m_model, library, this);
    m_formHint
        = new QLabel(tr("Add an exercise, then choose how long and how often to hold it."), this);
    m_formHint->setObjectName(u"itemFormHint"_s);
    m_formHint->setWordWrap(true);
    setMutedText(m_formHint);

    auto *itemsColumn = new QVBoxLayout;
    itemsColumn->addWidget(itemsHeading);
    itemsColumn->addWidget(m_itemsMessage);
    itemsColumn->addWidget(m_items, 1);
    itemsColumn->addLayout(itemButtons);
    // The form keeps its width as its labels change (see ItemForm); past its
    // widest it only adds empty space, which the list uses better.
    auto *formColumnWidget = new QWidget(this);
    auto *formColumn = new QVBoxLayout(formColumnWidget);
    formColumn->setContentsMargins(0, 0, 0, 0);
    formColumn->addLayout(formHeadingRow);
    formColumn->addWidget(m_form);
    formColumn->addWidget(m_formHint);
    formColumn->addStretch();
    // In lines of text, so that it grows with the person's font (420 px at a
    // 16 px line), and never narrower than the form's own labels and fields.
    constexpr int formWidthInLines = 26;
    formColumnWidget->setMaximumWidth(std::max(
        formWidthInLines * fontMetrics().height(), formColumnWidget->minimumSizeHint().width()));
    // On a small screen (1024×600) the form scrolls rather than make the
    // page taller than the window can be.
    auto *formScroll = new QScrollArea(this);
    formScroll->setObjectName(u"itemFormScroll"_s);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes to the fields themselves and scrolls each into view; the
    // area as a stop of its own would take the focus and show nothing.
    formScroll->setFocusPolicy(Qt::NoFocus);
    formScroll->setWidget(formColumnWidget);
    formScroll->viewport()->setBackgroundRole(QPalette::Window);
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    formScroll->setMinimumWidth(formColumnWidget->minimumSizeHint().width() + scrollBar);
    formScroll->setMaximumWidth(formColumnWidget->maximumWidth() + scrollBar);
    auto *columns = new QHBoxLayout;
    // A spacer, not setSpacing(): the layouts inside would inherit the wide gap.
    columns->addLayout(itemsColumn, 4);
    columns->addSpacing(24);
    columns->addWidget(formScroll, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_titleMessage);
    layout->addWidget(m_bundledNotice);
    layout->addWidget(m_duration);
    layout->addSpacing(12);
    layout->addLayout(columns, 1);

    connect(m_title, &QLineEdit::editingFinished, this, &RoutineEditor::commitTitle);
    connect(m_title, &QLineEdit::textEdited, m_titleMessage, &QLabel::hide);
    connect(m_items->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_form->commitPending();
            m_form->setRow(current.row());
            updateState();
        });
    connect(m_form, &ItemForm::changed, this, &RoutineEditor::updateDuration);
    connect(m_form, &ItemForm::committed, this, &RoutineEditor::emitEdited);
    const auto refresh = [this] {
        updateDuration();
        updateState();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &RoutineEditor::updateState);

    setTabOrder(m_title, m_items);
    setTabOrder(m_items, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_help);
    setTabOrder(m_help, m_form->firstField());
    clear();
}

void RoutineEditor::buildItemButtons(QGridLayout *grid)
{
    m_add = new QPushButton(tr("&Add exercise…"), this);
    m_add->setObjectName(u"addExerciseButton"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeExerciseButton"_s);
    m_remove->setToolTip(tr("Remove the selected exercise (Delete)"));
    m_up = new QPushButton(tr("Move u&p"), this);
    m_up->setObjectName(u"moveExerciseUpButton"_s);
    m_up->setToolTip(tr("Move the selected exercise earlier (Alt+Up)"));
    m_down = new QPushButton(tr("Move &down"), this);
    m_down->setObjectName(u"moveExerciseDownButton"_s);
    m_down->setToolTip(tr("Move the selected exercise later (Alt+Down)"));
    m_help = new QPushButton(tr("About this exercise"), this);
    m_help->setObjectName(u"exerciseHelpButton"_s);
    m_help->setToolTip(tr("What the selected exercise does and how to do it well (F1)"));
    // Two a row, so the list can be narrow; the help button sits by the plan
    // of the selected exercise.
    grid->addWidget(m_add, 0, 0);
    grid->addWidget(m_remove, 0, 1);
    grid->addWidget(m_up, 1, 0);
    grid->addWidget(m_down, 1, 1);
    grid->setColumnStretch(2, 1);

    connect(m_add, &QPushButton::clicked, this, &RoutineEditor::addExerciseRequested);
    connect(m_remove, &QPushButton::clicked, this, &RoutineEditor::removeSelectedItem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelectedItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelectedItem(1); });
    const auto help = [this] {
        if (const int selected = selectedItem(); selected >= 0)
            Q_EMIT exerciseHelpRequested(m_model->item(selected).exerciseId);
    };
    connect(m_help, &QPushButton::clicked, this, help);

    // Keys on the list of exercises; the buttons say them in their tooltips.
    const auto addKey = [this](const QKeySequence &key, auto slot, Qt::ShortcutContext context) {
        auto *action = new QAction(m_items);
        action->setShortcut(key);
        action->setShortcutContext(context);
        connect(action, &QAction::triggered, this, slot);
        m_items->addAction(action);
    };
    addKey(
        QKeySequence::Delete, [this] { removeSelectedItem(); }, Qt::WidgetShortcut);
    addKey(
        QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelectedItem(-1); }, Qt::WidgetShortcut);
    addKey(
        QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelectedItem(1); }, Qt::WidgetShortcut);
    auto *helpKey = new QAction(this);
    helpKey->setShortcut(QKeySequence::HelpContents);
    helpKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(helpKey, &QAction::triggered, this, help);
    addAction(helpKey);
}

void RoutineEditor::setRoutine(
    const Routine &routine, bool readOnly, const QStringList &otherTitles)
{
    const int row = selectedItem();
    m_form->setRow(-1); // a change in progress belongs to the routine shown before
    m_hasRoutine = true;
    m_otherTitles = otherTitles;
    m_model->setRoutine(routine, readOnly);
    const QString title = routine.title.text(m_options.uiLanguages);
    if (m_title->text() != title || !m_title->hasFocus())
        m_title->setText(title);
    m_titleMessage->hide();
    m_title->setReadOnly(readOnly);
    m_bundledNotice->setVisible(readOnly);
    setEnabled(true);
    selectItem(std::min(std::max(row, 0), m_model->rowCount() - 1));
    updateDuration();
    updateState();
}

void RoutineEditor::clear()
{
    m_hasRoutine = false;
    m_model->setRoutine({}, true);
    m_title->clear();
    m_titleMessage->hide();
    m_bundledNotice->hide();
    m_duration->clear();
    m_form->setRow(-1);
    setEnabled(false);
    updateState();
}

const Routine &RoutineEditor::routine() const
{
    return m_model->routine();
}

bool RoutineEditor::isReadOnly() const
{
    return m_model->isReadOnly();
}

void RoutineEditor::setOptions(const SessionOptions &options)
{
    m_options = options;
    m_model->setUiLanguages(options.uiLanguages);
    updateDuration();
}

void RoutineEditor::addExercise(const QString &exerciseId)
{
    if (!m_hasRoutine || isReadOnly())
        return;
    const int at = selectedItem() >= 0 ? selectedItem() + 1 : m_model->rowCount();
    if (!m_model->insertItem(at, m_model->defaultItem(exerciseId)))
        return;
    selectItem(at);
    emitEdited();
}

void RoutineEditor::removeSelectedItem()
{
    const int row = selectedItem();
    if (row < 0 || isReadOnly() || !m_model->removeRow(row))
        return;
    selectItem(std::min(row, m_model->rowCount() - 1));
    emitEdited();
}

void RoutineEditor::moveSelectedItem(int offset)
{
    const int row = selectedItem();
    if (row < 0 || isReadOnly())
        return;
    m_form->commitPending();
    if (m_model->moveItem(row, offset)) {
        selectItem(row + offset);
        emitEdited();
    }
}

int RoutineEditor::selectedItem() const
{
    const QModelIndex current = m_items->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RoutineEditor::selectItem(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_items->setCurrentIndex({});
        m_form->setRow(-1);
        updateState();
        return;
    }
    m_items->setCurrentIndex(m_model->index(row, RoutineEditorModel::ExerciseColumn));
    m_form->setRow(row);
    updateState();
}

void RoutineEditor::editTitle()
{
    m_title->setFocus(Qt::ShortcutFocusReason);
    m_title->selectAll();
}

void RoutineEditor::commitPending()
{
    m_form->commitPending();
    if (m_title->isModified())
        commitTitle();
}

QString RoutineEditor::titleMessage() const
{
    return m_titleMessage->isHidden() ? QString() : m_titleMessage->text();
}

QString RoutineEditor::itemsMessage() const
{
    return m_itemsMessage->isHidden() ? QString() : m_itemsMessage->text();
}

QString RoutineEditor::durationText() const
{
    return m_duration->text();
}

QWidget *RoutineEditor::lastInTabOrder() const
{
    return m_form->lastField();
}

void RoutineEditor::commitTitle()
{
    if (!m_hasRoutine || isReadOnly())
        return;
    m_title->setModified(false);
    const QString title = m_title->text().trimmed();
    if (const QString problem = routineTitleProblem(title, m_otherTitles); !problem.isEmpty()) {
        m_titleMessage->setText(problem);
        m_titleMessage->show();
        return;
    }
    m_titleMessage->hide();
    if (title == routine().title.text(m_options.uiLanguages))
        return;
    Routine renamed = routine();
    renamed.title = LocalizedText(title);
    const int row = selectedItem();
    m_form->setRow(-1);
    m_model->setRoutine(renamed, false);
    selectItem(row);
    emitEdited();
}

void RoutineEditor::emitEdited()
{
    updateDuration();
    updateState();
    Q_EMIT edited(routine());
}

void RoutineEditor::updateDuration()
{
    if (!m_hasRoutine)
        return;
    const QString length = describeRoutineLength(routineDuration(routine(), m_library, m_options));
    const auto count = int(routine().items.size());
    m_duration->setText(
        count == 0 ? length : tr("%1 · %n exercise(s)", nullptr, count).arg(length));
}

void RoutineEditor::updateState()
{
    const int row = selectedItem();
    const bool editable = m_hasRoutine && !isReadOnly();
    const bool full = m_model->rowCount() >= limits::maxRoutineItems;
    m_add->setEnabled(editable && !full);
    m_add->setToolTip(full
            ? tr("A routine holds at most %1 exercises.").arg(limits::maxRoutineItems)
            : QString());
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_model->rowCount());
    m_help->setEnabled(row >= 0);
    m_form->setVisible(row >= 0);
    m_formHint->setText(m_model->rowCount() == 0 || isReadOnly()
            ? tr("Add an exercise, then choose how long and how often to hold it.")
            : tr("Select an exercise to change its plan."));
    m_formHint->setVisible(m_hasRoutine && row < 0);
    const bool empty = m_hasRoutine && m_model->rowCount() == 0;
    m_itemsMessage->setText(
        tr("Add at least one exercise: a routine without exercises cannot be kept or started."));
    m_itemsMessage->setVisible(empty && !isReadOnly());
}

} // namespace limber

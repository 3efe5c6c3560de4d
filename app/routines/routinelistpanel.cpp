#include "app/routines/routinelistpanel.h"

#include "app/routines/picturelistdelegate.h"
#include "app/routines/routinelistmodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

RoutineListPanel::RoutineListPanel(RoutineListModel *model, QSize pictureSize, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"routineListPanel"_s);
    m_list = new QListView(this);
    m_list->setObjectName(u"routineList"_s);
    m_list->setAccessibleName(tr("Routines"));
    m_list->setModel(model);
    m_list->setItemDelegate(new PictureListDelegate(
        RoutineListModel::DetailRole, RoutineListModel::BadgesRole, pictureSize, m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);

    QPushButton *newButton = addButton(
        Action::New, tr("&New"), u"newRoutineButton"_s, tr("Make a new routine (Ctrl+N)"));
    QPushButton *duplicate = addButton(Action::Duplicate, tr("D&uplicate"),
        u"duplicateRoutineButton"_s, tr("Make your own copy of the selected routine"));
    QPushButton *rename = addButton(Action::Rename, tr("Rena&me"), u"renameRoutineButton"_s,
        tr("Change the routine's name (F2)"));
    QPushButton *remove = addButton(Action::Delete, tr("Delete"), u"deleteRoutineButton"_s,
        tr("Delete the selected routine (Delete); Ctrl+Z brings it back"));
    QPushButton *import = addButton(Action::Import, tr("&Import…"), u"importRoutineButton"_s,
        tr("Add a routine from a .json file"));
    QPushButton *exportButton = addButton(Action::Export, tr("E&xport…"), u"exportRoutineButton"_s,
        tr("Save the selected routine as a .json file to share or keep"));
    QPushButton *undo = addButton(Action::Undo, tr("Undo"), u"statusUndoButton"_s,
        tr("Bring back what was just changed (Ctrl+Z)"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"routineStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    undo->hide();

    // Two buttons a row, so the column can be narrow in a small window.
    auto *buttons = new QGridLayout;
    int placed = 0;
    for (QPushButton *b : {newButton, duplicate, rename, remove, import, exportButton}) {
        buttons->addWidget(b, placed / 2, placed % 2);
        ++placed;
    }
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(undo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(statusRow);

    QWidget *previous = m_list;
    for (QPushButton *b : {newButton, duplicate, rename, remove, import, exportButton, undo}) {
        setTabOrder(previous, b);
        previous = b;
    }
}

QPushButton *RoutineListPanel::addButton(
    Action action, const QString &text, const QString &name, const QString &toolTip)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setToolTip(toolTip);
    m_buttons.insert(action, b);
    return b;
}

void RoutineListPanel::showStatus(const QString &text, bool offerUndo)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    button(Action::Undo)->setVisible(!text.isEmpty() && offerUndo);
}

QWidget *RoutineListPanel::lastInTabOrder() const
{
    return button(Action::Undo);
}

QString RoutineListPanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

} // namespace limber

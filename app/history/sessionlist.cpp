#include "app/history/sessionlist.h"

#include "app/history/sessiondeletion.h"
#include "app/history/sessiontablemodel.h"
#include "core/history/historystore.h"

#include <QAction>
#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace limber {

SessionList::SessionList(HistoryStore &store, QWidget *parent)
    : QTableView(parent)
    , m_store(store)
    , m_model(new SessionTableModel(this))
    , m_deletion(std::make_unique<SessionDeletion>(store, this))
{
    setObjectName(u"sessionTable"_s);
    setAccessibleName(tr("Sessions of the weeks shown"));
    setModel(m_model);
    verticalHeader()->hide();
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(
        SessionTableModel::ExercisesColumn, QHeaderView::Stretch);

    // The Delete key and the context menu, on the table only, so Delete
    // elsewhere on the page does nothing.
    m_delete = new QAction(tr("&Delete Session…"), this);
    m_delete->setObjectName(u"deleteSessionAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setEnabled(false);
    connect(m_delete, &QAction::triggered, this, &SessionList::deleteSelected);
    addAction(m_delete);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SessionList::updateDeleteAction);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionList::updateDeleteAction);
}

SessionList::~SessionList() = default;

void SessionList::updateDeleteAction()
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    const bool deletable
        = rows.size() == 1 && !m_model->sessions().at(rows.constFirst().row()).isInProgress();
    m_delete->setEnabled(deletable && !m_store.isReadOnly());
}

void SessionList::deleteSelected()
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const SessionRecord session = m_model->sessions().at(rows.constFirst().row());
    const SessionDeletion::Described described {
        m_model->whenText(session), m_model->exercisesText(session)};
    if (m_deletion->run(session, described, locale()))
        Q_EMIT sessionDeleted();
}

} // namespace limber

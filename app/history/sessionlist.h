#pragma once

#include <QTableView>

#include <memory>

class QAction;

namespace limber {

class HistoryStore;
class SessionDeletion;
class SessionTableModel;

/// The Sessions tab: the sessions of the weeks shown, one row each, and
/// deleting the one selected (the Delete key, or Delete Session… in its
/// context menu).
class SessionList : public QTableView
{
    Q_OBJECT

public:
    explicit SessionList(HistoryStore &store, QWidget *parent = nullptr);
    ~SessionList() override;

    SessionTableModel *sessionModel() const { return m_model; }
    /// Asks before deleting and shows failures; tests replace its dialogs.
    SessionDeletion &deletion() const { return *m_deletion; }

public Q_SLOTS:
    /// Deletes the selected session, after asking.
    void deleteSelected();

Q_SIGNALS:
    /// A session is gone from the history.
    void sessionDeleted();

private:
    void updateDeleteAction();

    HistoryStore &m_store;
    SessionTableModel *m_model = nullptr;
    QAction *m_delete = nullptr;
    std::unique_ptr<SessionDeletion> m_deletion;
};

} // namespace limber

#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace limber {

class RoutineListModel;

/// The left side of the Routines page: the list of routines, the buttons
/// that act on them, and a status line (what was deleted, with Undo; why an
/// import failed). It only shows; the page connects the buttons and acts.
class RoutineListPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Action { New, Duplicate, Rename, Delete, Import, Export, Undo };
    Q_ENUM(Action)

    RoutineListPanel(RoutineListModel *model, QSize pictureSize, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    QPushButton *button(Action action) const { return m_buttons.value(action); }
    /// Empty \a text hides the line; \a offerUndo adds the Undo button.
    void showStatus(const QString &text, bool offerUndo);
    QString statusText() const;
    QWidget *lastInTabOrder() const;

private:
    QPushButton *addButton(
        Action action, const QString &text, const QString &name, const QString &toolTip);

    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QHash<Action, QPushButton *> m_buttons;
};

} // namespace limber

#pragma once

#include <QDialog>

class QTreeWidget;

namespace limber {

/// Help ▸ Keyboard Shortcuts: every key Limber answers to, grouped by where
/// it works (see applicationShortcuts()). Not modal: it can stay open beside
/// the window while the person tries the keys.
class ShortcutsWindow : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsWindow(QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace limber

#include "app/help/shortcutswindow.h"

#include "app/help/shortcutlist.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

ShortcutsWindow::ShortcutsWindow(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsWindow"_s);
    setWindowTitle(tr("Keyboard Shortcuts — Limber"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("What they do")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    for (const ShortcutGroup &group : applicationShortcuts()) {
        auto *heading = new QTreeWidgetItem(m_list, {group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const ShortcutEntry &entry : group.entries)
            new QTreeWidgetItem(heading, {keysText(entry), entry.description});
        heading->setExpanded(true);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    // Tall enough for a group or two without scrolling, and never taller
    // than a small screen: the list scrolls.
    resize(640, 520);
    m_list->setFocus();
}

} // namespace limber

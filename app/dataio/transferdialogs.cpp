#include "app/dataio/transferdialogs.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

ChoiceDialog::ChoiceDialog(const QString &title, const QString &label, const QStringList &items,
    const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(title);
    auto *text = new QLabel(label, this);
    text->setWordWrap(true);
    text->setBuddy(m_list);
    m_list->setObjectName(u"choices"_s);
    m_list->setAccessibleName(label);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->addItems(items);
    if (!items.isEmpty())
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *accept = buttons->button(QDialogButtonBox::Ok);
    accept->setText(acceptText);
    accept->setObjectName(u"choose"_s);
    accept->setEnabled(!items.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, accept,
        [accept](int row) { accept->setEnabled(row >= 0); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 400);
}

int ChoiceDialog::chosenIndex() const
{
    return m_list->currentRow();
}

QString WidgetTransferDialogs::saveFileName(
    const QString &title, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(m_parent, title, suggestedPath, filter);
}

QString WidgetTransferDialogs::openFileName(const QString &title, const QString &filter)
{
    // Where the export dialogs suggest saving, not the folder Limber was
    // started from.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(m_parent, title, documents, filter);
}

int WidgetTransferDialogs::chooseItem(
    const QString &title, const QString &label, const QStringList &items, const QString &acceptText)
{
    ChoiceDialog dialog(title, label, items, acceptText, m_parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosenIndex() : -1;
}

void WidgetTransferDialogs::inform(const QString &title, const QString &message)
{
    QMessageBox::information(m_parent, title, message);
}

void WidgetTransferDialogs::warn(const QString &title, const QString &message)
{
    QMessageBox::warning(m_parent, title, message);
}

} // namespace limber

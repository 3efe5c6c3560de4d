#include "app/routines/exercisepicker.h"

#include "app/routines/exercisethumbnails.h"
#include "app/routines/picturelistdelegate.h"
#include "core/content/contentlibrary.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

ExercisePicker::ExercisePicker(const ContentLibrary &library, const ExerciseThumbnails &thumbnails,
    const QStringList &uiLanguages, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"exercisePicker"_s);
    setWindowTitle(tr("Add an exercise"));
    auto *label = new QLabel(tr("&Exercises in the library:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"exercisePickerList"_s);
    label->setBuddy(m_list);
    m_list->setItemDelegate(new PictureListDelegate(SummaryRole, -1, thumbnails.size(), m_list));
    m_list->setUniformItemSizes(true);
    for (const Exercise &exercise : library.exercises()) {
        auto *item = new QListWidgetItem(exercise.title.text(uiLanguages), m_list);
        item->setData(IdRole, exercise.id);
        item->setData(SummaryRole, exercise.summary.text(uiLanguages));
        item->setData(Qt::DecorationRole, thumbnails.thumbnail(exercise.id));
        item->setToolTip(exercise.summary.text(uiLanguages));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->button(QDialogButtonBox::Ok);
    add->setText(tr("&Add"));
    add->setObjectName(u"exercisePickerAdd"_s);
    add->setEnabled(m_list->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, [this] {
        if (const QString id = selectedExercise(); !id.isEmpty())
            Q_EMIT exerciseChosen(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(460, 420);
}

QString ExercisePicker::selectedExercise() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

bool ExercisePicker::selectExercise(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace limber

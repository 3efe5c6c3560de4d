#include "app/exercise/exercisedialog.h"

#include "app/exercise/exercisepage.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

ExerciseDialog::ExerciseDialog(const Exercise &exercise, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"exerciseDialog"_s);
    setModal(true);
    setAttribute(Qt::WA_DeleteOnClose);

    m_page = new ExercisePage(this);
    m_page->setBackVisible(false);
    m_page->setExercise(exercise);
    setWindowTitle(m_page->exercise().title.text(QLocale().uiLanguages()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeExercise"_s);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 12, 12);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);

    // Most of the window it covers, so the page reads as it does in the window.
    QSize size(900, 680);
    if (parent)
        size = size.boundedTo(parent->window()->size() - QSize(40, 40));
    resize(size.expandedTo(QSize(420, 360)));
}

ExerciseDialog *ExerciseDialog::openFor(const Exercise &exercise, QWidget *parent)
{
    auto *dialog = new ExerciseDialog(exercise, parent);
    dialog->open();
    return dialog;
}

} // namespace limber

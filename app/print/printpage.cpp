#include "app/print/printpage.h"

#include "app/print/sheetprinter.h"
#include "core/content/contentlibrary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

PrintPage::PrintPage(const ContentLibrary &library, SheetPrinter &printer, QWidget *parent)
    : QWidget(parent)
    , m_printer(printer)
{
    setObjectName(u"printPage"_s);
    auto *heading = new QLabel(tr("Print a routine sheet"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("A page to pin on the wall: the pictures, the steps, what to "
                                "take care of and the holds. Add the week grid to tick off "
                                "each hold by hand."),
        this);
    intro->setWordWrap(true);

    m_routine = new QComboBox(this);
    m_routine->setObjectName(u"printRoutine"_s);
    m_routine->setAccessibleName(tr("Routine to print"));
    const QStringList languages = QLocale().uiLanguages();
    for (const Routine &routine : library.routines())
        m_routine->addItem(routine.title.text(languages), routine.id);
    m_routine->setCurrentIndex(qMax(0, m_routine->findData(library.defaultRoutineId())));

    m_logGrid = new QCheckBox(tr("Add a week grid to tick off by hand"), this);
    m_logGrid->setObjectName(u"printLogGrid"_s);

    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(u"printSheetButton"_s);
    m_pdf = new QPushButton(tr("Save as PDF…"), this);
    m_pdf->setObjectName(u"saveSheetPdfButton"_s);
    connect(m_print, &QPushButton::clicked, this, [this] {
        applyChoices();
        m_printer.openPrintPreview(window());
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        applyChoices();
        m_printer.exportPdf(window());
    });

    auto *form = new QFormLayout;
    auto *routineLabel = new QLabel(tr("&Routine:"), this);
    routineLabel->setBuddy(m_routine);
    form->addRow(routineLabel, m_routine);
    form->addRow(QString(), m_logGrid);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch();

    auto *column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addLayout(form);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);
}

void PrintPage::applyChoices()
{
    m_printer.setRoutineId(m_routine->currentData().toString());
    m_printer.setLogGrid(m_logGrid->isChecked());
}

} // namespace limber

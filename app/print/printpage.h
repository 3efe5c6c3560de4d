#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace limber {

class ContentLibrary;
class SheetPrinter;

/// The Print page: choose a routine, whether to add the week grid, then
/// print the sheet or save it as a PDF. The same actions are in the File menu.
class PrintPage : public QWidget
{
    Q_OBJECT

public:
    /// \a library and \a printer must outlive the page.
    PrintPage(const ContentLibrary &library, SheetPrinter &printer, QWidget *parent = nullptr);

    QComboBox *routineChooser() const { return m_routine; }
    QCheckBox *logGridBox() const { return m_logGrid; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }

private:
    void applyChoices();

    SheetPrinter &m_printer;
    QComboBox *m_routine = nullptr;
    QCheckBox *m_logGrid = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
};

} // namespace limber

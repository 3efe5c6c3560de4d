#pragma once

#include "app/print/pdfexport.h"
#include "app/print/routinesheet.h"
#include "core/util/error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QDialog;
class QWidget;

namespace limber {

class ContentLibrary;
class PrintPreviewMaker;

/// The File menu's Print… and Export PDF… for a routine sheet: a print
/// preview that paints with RoutineSheet (page size from the chosen
/// printer), and a PDF export on paper for the user's locale. Dialogs that
/// would block are behind seams, so tests answer them instead of a person.
class SheetPrinter : public QObject
{
    Q_OBJECT

public:
    /// \a library must outlive this object.
    explicit SheetPrinter(const ContentLibrary &library, QObject *parent = nullptr);
    ~SheetPrinter() override;

    /// The routine to print; empty: the library's default routine.
    void setRoutineId(const QString &routineId) { m_routineId = routineId; }
    /// Where a routine id is looked up (the launcher, with the person's own
    /// routines and hold targets); without one, the library's routines as written.
    using RoutineSource = std::function<Result<Routine>(const QString &routineId)>;
    void setRoutineSource(RoutineSource source) { m_routineSource = std::move(source); }
    QString routineId() const { return m_routineId; }
    /// Adds the week grid to tick by hand.
    void setLogGrid(bool logGrid) { m_logGrid = logGrid; }
    bool logGrid() const { return m_logGrid; }

    /// File ▸ Print…: opens the print preview (a QPrintPreviewDialog, from
    /// the print module, loaded on first use) window-modally over \a parent
    /// and returns at once; the dialog deletes itself when closed. Returns
    /// nullptr, after reporting why, when the routine cannot be printed or
    /// the module is missing.
    QDialog *openPrintPreview(QWidget *parent);

    /// File ▸ Export PDF…: asks for a file, writes the sheet there and
    /// reports a failure. Returns true when the file was written.
    bool exportPdf(QWidget *parent);

    /// The sheet for the current routine and options.
    Result<RoutineSheet> sheet() const;

    /// Seams for tests; the defaults use QFileDialog, QMessageBox and
    /// PdfSavedDialog (PdfExportDialogs::standard()).
    void setSaveFileChooser(SaveFileChooser chooser) { m_dialogs.chooseFile = std::move(chooser); }
    void setProblemReporter(ProblemReporter reporter)
    {
        m_dialogs.reportProblem = std::move(reporter);
    }
    void setSaveConfirmer(SaveConfirmer confirmer)
    {
        m_dialogs.confirmSaved = std::move(confirmer);
    }

Q_SIGNALS:
    void pdfExported(const QString &path);

private:
    QString suggestedPath(const RoutineSheet &sheet) const;

    const ContentLibrary &m_library;
    QString m_routineId;
    RoutineSource m_routineSource;
    bool m_logGrid = false;
    PdfExportDialogs m_dialogs;
    std::unique_ptr<PrintPreviewMaker> m_previewMaker;
};

} // namespace limber

#pragma once

#include "core/util/error.h"

#include <QString>

#include <functional>

class QWidget;

namespace limber {

/// Asked for a PDF's path, starting from a suggestion; empty cancels.
using SaveFileChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;
/// Shows a problem to the person.
using ProblemReporter = std::function<void(QWidget *parent, const QString &message)>;
/// Tells the person the PDF was saved at \a path, with a way to open it.
using SaveConfirmer = std::function<void(QWidget *parent, const QString &path)>;

/// The dialogs of a PDF export, as one seam: tests answer them instead of
/// a person, so no real dialog opens.
struct PdfExportDialogs
{
    SaveFileChooser chooseFile;
    ProblemReporter reportProblem;
    SaveConfirmer confirmSaved;

    /// The program's dialogs: QFileDialog with \a fileDialogTitle, a warning
    /// QMessageBox with \a problemTitle, and a PdfSavedDialog that says
    /// \a savedHeading (opened window-modal; it returns at once).
    static PdfExportDialogs standard(
        const QString &fileDialogTitle, const QString &problemTitle, const QString &savedHeading);
};

/// The File menu's PDF export, shared by the sheet and the report: asks for
/// a path (adding ".pdf" to a name without a suffix), writes through
/// \a write, then confirms where the file went or reports why it could not
/// be written. Returns the path written; empty when the person cancelled
/// or the write failed.
QString chooseAndWritePdf(QWidget *parent, const QString &suggestedPath,
    const PdfExportDialogs &dialogs, const std::function<Status(const QString &path)> &write);

} // namespace limber

#include "app/print/pdfexport.h"

#include "app/print/pdfsaveddialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace limber {

PdfExportDialogs PdfExportDialogs::standard(
    const QString &fileDialogTitle, const QString &problemTitle, const QString &savedHeading)
{
    return {
        [fileDialogTitle](QWidget *parent, const QString &suggested) {
            return QFileDialog::getSaveFileName(parent, fileDialogTitle, suggested,
                QCoreApplication::translate("limber::PdfExport", "PDF files (*.pdf)"));
        },
        [problemTitle](QWidget *parent, const QString &message) {
            QMessageBox::warning(parent, problemTitle, message);
        },
        [savedHeading](QWidget *parent, const QString &path) {
            auto *dialog = new PdfSavedDialog(savedHeading, path, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        },
    };
}

QString chooseAndWritePdf(QWidget *parent, const QString &suggestedPath,
    const PdfExportDialogs &dialogs, const std::function<Status(const QString &path)> &write)
{
    QString path = dialogs.chooseFile(parent, suggestedPath);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty() && !QFileInfo(path).isDir())
        path += u".pdf"_s;
    if (const Status written = write(path); !written) {
        dialogs.reportProblem(parent, written.error().message);
        return {};
    }
    if (dialogs.confirmSaved)
        dialogs.confirmSaved(parent, path);
    return path;
}

} // namespace limber

// Limber's print module: the print preview, the one part of Limber that
// needs Qt Print Support. Its one exported symbol is found by name
// (printmodule.cpp) when Print… is first chosen.
#include "app/print/printmodule.h"

#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace {

class PrintPreviewDialogMaker final : public limber::PrintPreviewMaker
{
public:
    QDialog *make(QWidget *parent, const QString &windowTitle, const QString &documentName,
        limber::PagePainter paint) const override
    {
        // The dialog owns its printer, so the pages follow the printer and
        // paper the person picks.
        auto *dialog = new QPrintPreviewDialog(parent);
        dialog->setWindowTitle(windowTitle);
        dialog->printer()->setDocName(documentName);
        QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [paint = std::move(paint)](QPrinter *printer) {
                QPainter painter(printer);
                paint(painter, *printer);
            });
        return dialog;
    }
};

} // namespace

extern "C" Q_DECL_EXPORT limber::PrintPreviewMaker *limber_create_print_preview_maker()
{
    return new PrintPreviewDialogMaker;
}

#include "app/print/sheetprinter.h"

#include "app/print/papersize.h"
#include "app/print/pdfdocumentwriter.h"
#include "app/print/pdfexport.h"
#include "app/print/printmodule.h"
#include "app/print/sheetcontent.h"
#include "core/content/contentlibrary.h"

#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace limber {

SheetPrinter::SheetPrinter(const ContentLibrary &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_dialogs(PdfExportDialogs::standard(
          tr("Export Routine Sheet"), tr("Routine Sheet"), tr("The routine sheet is saved.")))
{ }

SheetPrinter::~SheetPrinter() = default;

Result<RoutineSheet> SheetPrinter::sheet() const
{
    const SheetContentBuilder builder(m_library, {m_logGrid, {}, QLocale()});
    Result<SheetContent> content = [&]() -> Result<SheetContent> {
        if (!m_routineSource)
            return builder.build(m_routineId);
        const Result<Routine> routine = m_routineSource(m_routineId);
        if (!routine)
            return routine.error();
        return builder.build(*routine);
    }();
    if (!content)
        return content.error();
    return RoutineSheet(std::move(content).value());
}

QDialog *SheetPrinter::openPrintPreview(QWidget *parent)
{
    Result<RoutineSheet> built = sheet();
    if (!built) {
        m_dialogs.reportProblem(parent, built.error().message);
        return nullptr;
    }
    if (!m_previewMaker) {
        QString problem;
        m_previewMaker = PrintModule::load(&problem);
        if (!m_previewMaker) {
            m_dialogs.reportProblem(parent, problem);
            return nullptr;
        }
    }
    // The sheet lives as long as the dialog's connection.
    auto shared = std::make_shared<const RoutineSheet>(std::move(built).value());
    QDialog *dialog = m_previewMaker->make(parent, tr("Print Routine Sheet"),
        shared->content().title,
        [shared](QPainter &painter, QPagedPaintDevice &device) { shared->paint(painter, device); });
    dialog->setObjectName(u"sheetPrintPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool SheetPrinter::exportPdf(QWidget *parent)
{
    const Result<RoutineSheet> built = sheet();
    if (!built) {
        m_dialogs.reportProblem(parent, built.error().message);
        return false;
    }
    const QString path = chooseAndWritePdf(
        parent, suggestedPath(*built), m_dialogs, [&built](const QString &target) {
            return PdfDocumentWriter::write(
                pdfDocument(built->content().title, *built), target, paperSizeFor(QLocale()));
        });
    if (path.isEmpty())
        return false;
    Q_EMIT pdfExported(path);
    return true;
}

QString SheetPrinter::suggestedPath(const RoutineSheet &sheet) const
{
    // The routine's title as a file name, without characters file systems refuse.
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|]+"_s);
    QString name = sheet.content().title;
    name.replace(unsafe, u" "_s);
    name = name.simplified();
    if (name.isEmpty())
        name = tr("Routine sheet");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name + u".pdf"_s);
}

} // namespace limber

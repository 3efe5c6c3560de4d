#include "app/print/printcommand.h"

#include "app/print/papersize.h"
#include "app/print/pdfdocumentwriter.h"
#include "app/print/routinesheet.h"
#include "app/print/sheetcontent.h"
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace limber {

namespace {

Result<SheetContent> sheetFor(const ContentLibrary &library, const PrintSheetRequest &request)
{
    const SheetContentBuilder builder(library, {request.logGrid, request.date, request.locale});
    const QString &id = request.routineId;
    // A routine file can be printed too, as `limber --start FILE` can run one.
    if (!id.isEmpty() && !library.routine(id) && QFileInfo(id).isFile()) {
        Result<Routine> routine = library.loadRoutineFile(id);
        if (!routine)
            return routine.error();
        return builder.build(*routine);
    }
    return builder.build(id);
}

} // namespace

int runPrintSheetCommand(const PrintSheetRequest &request, QTextStream &err)
{
    const QString dataDir = request.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : request.dataDir;
    const ContentLibrary library
        = ContentLibrary::load({bundledContentRoot(), ContentLibrary::userContentRoot(dataDir)});
    if (!library.errors().isEmpty()) {
        err << QCoreApplication::translate(
            "limber::PrintSheetCommand", "Some content files were skipped:")
            << u'\n' << joinContentErrors(library.errors()) << u'\n';
    }

    const Result<SheetContent> content = sheetFor(library, request);
    if (!content) {
        err << content.error().message << u'\n';
        err.flush();
        return PrintSheetNoRoutine;
    }
    const RoutineSheet sheet(*content);
    const Status written = PdfDocumentWriter::write(pdfDocument(sheet.content().title, sheet),
        request.outputPath, paperSizeFor(request.locale));
    if (!written) {
        err << written.error().message << u'\n';
        err.flush();
        return PrintSheetWriteFailed;
    }
    err.flush();
    return PrintSheetSucceeded;
}

void usePlatformWithoutDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
}

} // namespace limber

#include "app/print/reportcommand.h"

#include "app/print/historyreadcopy.h"
#include "app/print/papersize.h"
#include "app/print/pdfdocumentwriter.h"
#include "app/print/progressreport.h"
#include "app/print/reportcontent.h"
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

namespace limber {

namespace {

QString weeksUsage()
{
    return QCoreApplication::translate(
        "limber::ReportCommand", "--weeks takes a whole number of weeks from %1 to %2.")
        .arg(reportMinWeeks)
        .arg(reportMaxWeeks);
}

int fail(QTextStream &err, const QString &message, int code)
{
    err << message << u'\n';
    err.flush();
    return code;
}

} // namespace

Result<int> parseReportWeeks(const QString &text)
{
    bool ok = false;
    const int weeks = text.trimmed().toInt(&ok);
    if (!ok || weeks < reportMinWeeks || weeks > reportMaxWeeks)
        return Error {weeksUsage()};
    return weeks;
}

int runReportCommand(const ReportRequest &request, QTextStream &err)
{
    if (request.weeks < reportMinWeeks || request.weeks > reportMaxWeeks)
        return fail(err, weeksUsage(), ReportBadRequest);
    if (request.outputPath.isEmpty())
        return fail(err,
            QCoreApplication::translate(
                "limber::ReportCommand", "--report needs the name of the PDF file to write."),
            ReportBadRequest);

    const QString dataDir = request.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : request.dataDir;
    auto opened = HistoryReadCopy::open(dataDir);
    if (auto *failure = std::get_if<HistoryReadCopy::Failure>(&opened)) {
        return fail(err, failure->message,
            failure->problem == HistoryReadCopy::Problem::NoHistory ? ReportNoHistory
                                                                    : ReportHistoryUnreadable);
    }
    HistoryReadCopy &history = *std::get<std::unique_ptr<HistoryReadCopy>>(opened);

    const ContentLibrary library
        = ContentLibrary::load({bundledContentRoot(), ContentLibrary::userContentRoot(dataDir)});
    const Result<ReportContent> content
        = ReportContentBuilder(history.store(), library)
              .build({request.today, request.weeks, request.locale});
    if (!content)
        return fail(err, content.error().message, ReportHistoryUnreadable);

    const ProgressReport report(*content);
    const Status written = PdfDocumentWriter::write(pdfDocument(ProgressReport::title(), report),
        request.outputPath, paperSizeFor(request.locale));
    if (!written)
        return fail(err, written.error().message, ReportWriteFailed);
    err.flush();
    return ReportSucceeded;
}

} // namespace limber

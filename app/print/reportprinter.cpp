#include "app/print/reportprinter.h"

#include "app/print/papersize.h"
#include "app/print/pdfdocumentwriter.h"
#include "app/print/pdfexport.h"
#include "app/print/reportcommand.h"
#include "core/history/sessionqueries.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

ReportPrinter::ReportPrinter(HistoryStore &store, const ContentLibrary &library, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_library(library)
    , m_weeks(reportDefaultWeeks)
    , m_dialogs(PdfExportDialogs::standard(
          tr("Export Progress Report"), tr("Progress Report"), tr("The progress report is saved.")))
{ }

ReportPrinter::~ReportPrinter() = default;

void ReportPrinter::setWeeks(int weeks)
{
    m_weeks = std::clamp(weeks, reportMinWeeks, reportMaxWeeks);
}

Result<ProgressReport> ReportPrinter::report() const
{
    auto sessions = SessionQueries(m_store).sessionCount();
    if (!sessions)
        return sessions.error();
    if (*sessions == 0) {
        return Error {tr("There is nothing to report yet. A progress report can be made once a "
                         "session has been recorded.")};
    }
    Result<ReportContent> content
        = ReportContentBuilder(m_store, m_library).build({m_today, m_weeks, QLocale()});
    if (!content)
        return content.error();
    return ProgressReport(std::move(content).value());
}

bool ReportPrinter::exportPdf(QWidget *parent)
{
    const Result<ProgressReport> built = report();
    if (!built) {
        m_dialogs.reportProblem(parent, built.error().message);
        return false;
    }
    const QString path = chooseAndWritePdf(
        parent, suggestedPath(*built), m_dialogs, [&built](const QString &target) {
            return PdfDocumentWriter::write(
                pdfDocument(ProgressReport::title(), *built), target, paperSizeFor(QLocale()));
        });
    if (path.isEmpty())
        return false;
    Q_EMIT pdfExported(path);
    return true;
}

QString ReportPrinter::suggestedPath(const ProgressReport &report) const
{
    // "Progress report 2026-03-18.pdf": sorts by date, no characters file
    // systems refuse.
    const QString name
        = tr("Progress report %1").arg(report.content().madeOn.toString(Qt::ISODate));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name + u".pdf"_s);
}

} // namespace limber

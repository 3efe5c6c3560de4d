#include "print/reportprinter.h"

#include "print/papersize.h"
#include "print/pdfexport.h"
#include "print/reportcommand.h"
#include "print/reportpdfwriter.h"
#include "print/reportsessions.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

ReportPrinter::ReportPrinter(HistoryStore &store, const ContentLibrary &library, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_library(library)
    , m_weeks(reportDefaultWeeks)
    , m_chooseFile([](QWidget *dialogParent, const QString &suggested) {
        return QFileDialog::getSaveFileName(
            dialogParent, tr("Export Progress Report"), suggested, tr("PDF files (*.pdf)"));
    })
    , m_report([](QWidget *dialogParent, const QString &message) {
        QMessageBox::warning(dialogParent, tr("Progress Report"), message);
    })
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
        m_report(parent, built.error().message);
        return false;
    }
    const QString path = chooseAndWritePdf(
        parent, suggestedPath(*built), m_chooseFile, m_report, [&built](const QString &target) {
            return ReportPdfWriter::write(*built, target, paperSizeFor(QLocale()));
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

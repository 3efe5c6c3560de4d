#include "print/reportpdfwriter.h"

#include "print/progressreport.h"

#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace limber {

Status ReportPdfWriter::write(
    const ProgressReport &report, const QString &path, const QPageSize &pageSize)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Error {tr("No file name was given for the report.")};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {
            tr("Could not write the report to %1: %2").arg(shownPath, file.errorString())};
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait,
            QMarginsF(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres),
            QPageLayout::Millimeter));
        writer.setTitle(ProgressReport::title());
        writer.setCreator(u"Limber"_s);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return Error {tr("Could not start a PDF in %1.").arg(shownPath)};
        }
        report.paint(painter, writer);
        painter.end();
    }
    if (!file.commit()) {
        return Error {
            tr("Could not save the report as %1: %2. Any earlier file there is unchanged.")
                .arg(shownPath, file.errorString())};
    }
    return {};
}

} // namespace limber

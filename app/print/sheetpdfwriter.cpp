#include "print/sheetpdfwriter.h"

#include "print/routinesheet.h"

#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace limber {

Status SheetPdfWriter::write(
    const RoutineSheet &sheet, const QString &path, const QPageSize &pageSize)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Error {tr("No file name was given for the PDF.")};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {tr("Could not write the sheet to %1: %2").arg(shownPath, file.errorString())};
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait,
            QMarginsF(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres),
            QPageLayout::Millimeter));
        writer.setTitle(sheet.content().title);
        writer.setCreator(u"Limber"_s);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return Error {tr("Could not start a PDF in %1.").arg(shownPath)};
        }
        sheet.paint(painter, writer);
        painter.end();
    }
    if (!file.commit()) {
        return Error {tr("Could not save the sheet as %1: %2. Any earlier file there is unchanged.")
                          .arg(shownPath, file.errorString())};
    }
    return {};
}

} // namespace limber

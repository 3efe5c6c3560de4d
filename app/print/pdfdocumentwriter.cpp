#include "app/print/pdfdocumentwriter.h"

#include "app/print/savetarget.h"
#include "core/history/exportdestination.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace limber {

QPageLayout PdfDocumentWriter::pageLayout(const QPageSize &pageSize)
{
    return QPageLayout(pageSize, QPageLayout::Portrait,
        QMarginsF(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres),
        QPageLayout::Millimeter);
}

bool PdfDocumentWriter::writeTo(
    QIODevice &device, const PdfDocument &document, const QPageSize &pageSize)
{
    QPdfWriter writer(&device);
    writer.setPageLayout(pageLayout(pageSize));
    writer.setTitle(document.title);
    writer.setCreator(u"Limber"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    document.paint(painter, writer);
    return painter.end();
}

Status PdfDocumentWriter::write(
    const PdfDocument &document, const QString &path, const QPageSize &pageSize)
{
    if (ExportDestination::kindOf(path) == ExportDestination::Kind::Stream) {
        // A FIFO another program reads, or a device: the person named it to
        // receive the bytes, so they go into it rather than replacing it.
        ExportDestination stream(path);
        if (Status opened = stream.open(); !opened)
            return opened;
        if (!writeTo(stream.device(), document, pageSize)) {
            stream.abandon();
            return ExportDestination::writeFailure(QDir::toNativeSeparators(path), stream.device());
        }
        return stream.finish();
    }
    // A socket or a block device.
    if (ExportDestination::kindOf(path) == ExportDestination::Kind::Unsupported)
        return ExportDestination::accepts(path);
    // QPdfWriter says nothing when its file cannot be written, and the
    // system's words for a failed open often name the wrong cause: the
    // path is checked first, and the file opened here.
    if (Status usable = SaveTarget::check(path); !usable)
        return usable;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return SaveTarget::explainFailure(path, file);
    if (!writeTo(file, document, pageSize)) {
        file.cancelWriting();
        return Error {tr("Could not start a PDF in %1. Try again, or choose another folder.")
                          .arg(QDir::toNativeSeparators(path))};
    }
    if (!file.commit())
        return SaveTarget::explainFailure(path, file);
    return {};
}

} // namespace limber

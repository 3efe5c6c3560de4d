#pragma once

#include "core/util/error.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace limber {

/// What goes into a PDF file: its title (the file's properties show it)
/// and its pages, painted on the PDF's paint device.
struct PdfDocument
{
    QString title;
    /// Paints every page; pages after the first start with device.newPage().
    std::function<void(QPainter &painter, QPagedPaintDevice &device)> paint;
};

/// A PdfDocument for anything with `paint(QPainter &, QPagedPaintDevice &)`,
/// such as a RoutineSheet or a ProgressReport; \a pages must outlive it.
template<typename Pages> PdfDocument pdfDocument(QString title, const Pages &pages)
{
    return {std::move(title),
        [&pages](QPainter &painter, QPagedPaintDevice &device) { pages.paint(painter, device); }};
}

/// Writes printed pages (the routine sheet, the progress report) into PDF
/// files, all or nothing: the file appears only when every page was
/// written, and a failed export leaves an earlier file at the same path as
/// it was (QSaveFile). A failure names the path, the real cause (a folder
/// that does not exist, a read-only folder, a name that is a folder, a full
/// disk) and what to do about it.
class PdfDocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocumentWriter)

public:
    /// Margins of the PDF pages, in millimetres.
    static constexpr double marginMillimetres = 15;

    /// Portrait pages of \a pageSize with the PDF's margins.
    static QPageLayout pageLayout(const QPageSize &pageSize);

    /// Writes \a document to the file at \a path on paper of \a pageSize.
    static Status write(
        const PdfDocument &document, const QString &path, const QPageSize &pageSize);

    /// Writes \a document into \a device, which must be open for writing
    /// (a file, a buffer in memory). False when no page could be started.
    static bool writeTo(QIODevice &device, const PdfDocument &document, const QPageSize &pageSize);
};

} // namespace limber

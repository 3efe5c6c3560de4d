#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace limber {

class RoutineSheet;

/// Writes a RoutineSheet into a PDF file, all or nothing: the file appears
/// only when the whole sheet was written, and a failed export leaves an
/// earlier file at the same path untouched (QSaveFile).
class SheetPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(SheetPdfWriter)

public:
    /// Margins of the PDF pages, in millimetres.
    static constexpr double marginMillimetres = 15;

    static Status write(const RoutineSheet &sheet, const QString &path, const QPageSize &pageSize);
};

} // namespace limber

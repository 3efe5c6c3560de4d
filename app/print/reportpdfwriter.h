#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace limber {

class ProgressReport;

/// Writes a ProgressReport into a PDF file, all or nothing (QSaveFile): a
/// failed export leaves an earlier file at the same path untouched.
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    /// Margins of the PDF pages, in millimetres, as on the routine sheet.
    static constexpr double marginMillimetres = 15;

    static Status write(
        const ProgressReport &report, const QString &path, const QPageSize &pageSize);
};

} // namespace limber

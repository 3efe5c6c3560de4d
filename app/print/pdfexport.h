#pragma once

#include "util/error.h"

#include <QString>

#include <functional>

class QWidget;

namespace limber {

/// Asked for a PDF's path, starting from a suggestion; empty cancels.
using SaveFileChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;
/// Shows a problem to the person.
using ProblemReporter = std::function<void(QWidget *parent, const QString &message)>;

/// The File menu's PDF export, shared by the sheet and the report: asks for
/// a path (adding ".pdf" to a name without a suffix), writes through
/// \a write and reports a failure. Returns the path written; empty when the
/// person cancelled or the write failed.
QString chooseAndWritePdf(QWidget *parent, const QString &suggestedPath,
    const SaveFileChooser &chooseFile, const ProblemReporter &report,
    const std::function<Status(const QString &path)> &write);

} // namespace limber

#pragma once

#include <QLocale>

namespace limber {

/// Installs Limber's translations for locale (with English as the fallback,
/// which also gives English its plural forms) and Qt's own for standard
/// buttons. Call once, after the QCoreApplication exists.
void installTranslators(const QLocale &locale = QLocale());

} // namespace limber

#pragma once

#include <QLocale>
#include <QPageSize>

namespace limber {

/// The paper people in \a locale's country load into their printers: US
/// Letter in the Americas that use it (CLDR's paperSize data) and wherever
/// the locale measures in US units, A4 everywhere else.
QPageSize paperSizeFor(const QLocale &locale);

} // namespace limber

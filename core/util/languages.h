#pragma once

#include <QStringList>

namespace limber {

/// The languages Limber ships complete: its interface, every bundled exercise
/// and routine, the printed sheet, the report and the spoken cues. English
/// comes first; it is the source and the fallback for everything else.
/// A test checks the translation files and the content against this list.
QStringList shippedLanguages();

/// The shipped language to use for a person whose interface languages are
/// uiLanguages (as QLocale::uiLanguages() gives them, most preferred first):
/// the first one Limber ships, by exact code or by its base language
/// ("de-AT" is German), else English.
QString shippedLanguageFor(const QStringList &uiLanguages);

} // namespace limber

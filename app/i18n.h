#pragma once

#include <QLocale>
#include <QString>

namespace limber {

/// Installs Limber's translations for locale (with English as the fallback,
/// which also gives English its plural forms) and Qt's own for standard
/// buttons. Call once, after the QCoreApplication exists.
void installTranslators(const QLocale &locale = QLocale());

/// The locale for a chosen interface language: the system's own when it is
/// already in that language (so a Swiss German keeps Swiss dates), else the
/// language's main locale. An empty choice is the system's locale.
QLocale localeForLanguage(const QString &chosen, const QLocale &system = QLocale::system());

/// Makes chosen ("de", or empty for the system's) the language of everything
/// that follows: the default QLocale (dates, numbers, the first day of the
/// week, the exercise texts and the voice) and the installed translations.
void useLanguage(const QString &chosen);

/// A language's name in itself, as a person looks for it in a list ("Deutsch").
QString nativeLanguageName(const QString &code);

} // namespace limber

#pragma once

// The English plural forms of the sheet ("2 holds per side"), compiled from
// data/print_en.ts, which the program gets from translations/limber_en.ts.
#include <QCoreApplication>
#include <QTranslator>

namespace limber::testing {

inline bool installPrintPlurals()
{
    static QTranslator translator;
    static const bool loaded = translator.load(QStringLiteral(":/print-i18n/print_en.qm"))
        && QCoreApplication::installTranslator(&translator);
    return loaded;
}

} // namespace limber::testing

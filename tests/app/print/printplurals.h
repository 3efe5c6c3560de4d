#pragma once

// The English plural forms of the sheet ("2 holds per side"), installed from
// translations/limber_en.ts as the program installs them.
#include "app/i18n.h"

#include <QCoreApplication>
#include <QLocale>

namespace limber::testing {

/// The program's English plural forms ("2 holds"), from translations/limber_en.ts.
inline bool installPrintPlurals()
{
    static const bool loaded = [] {
        installTranslators(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }();
    return loaded;
}

} // namespace limber::testing

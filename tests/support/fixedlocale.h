#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QtGlobal>

#include <ctime>

namespace limber::test {

/// Every test runs in the same language and time zone, whatever the
/// machine's: dates, numbers and sorting then read the same everywhere.
/// C.UTF-8 is the one UTF-8 locale every Debian system has. Tests about
/// other zones say so with a QTimeZone of their own and never read TZ.
/// Set here rather than through CTest, whose gtest_discover_tests passes
/// only the first of several ENVIRONMENT entries (CMake 3.25).
/// Call first in main, before Qt reads the locale or the zone.
inline void pinLocaleAndZone()
{
    qputenv("LC_ALL", QByteArrayLiteral("C.UTF-8"));
    qputenv("LANG", QByteArrayLiteral("C.UTF-8"));
    qputenv("TZ", QByteArrayLiteral("UTC"));
    tzset();
}

/// Undoes what a test's useLanguage() or installTranslators() did: no
/// translator left installed, and the default locale the C one pinned above.
inline void forgetLanguage()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

} // namespace limber::test

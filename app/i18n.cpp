#include "app/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

void installFrom(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void installTranslators(const QLocale &locale)
{
    const QString embedded = u":/i18n"_s;
    // Translators installed later are asked first: English goes in first as the fallback.
    installFrom(QLocale(QLocale::English), u"limber"_s, embedded);
    if (locale.language() != QLocale::English)
        installFrom(locale, u"limber"_s, embedded);
    installFrom(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace limber

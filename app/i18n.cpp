#include "app/i18n.h"

#include <QCoreApplication>
#include <QHash>
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

QLocale localeForLanguage(const QString &chosen, const QLocale &system)
{
    if (chosen.isEmpty())
        return system;
    const QLocale wanted(chosen);
    if (wanted.language() == system.language())
        return system;
    return wanted;
}

void useLanguage(const QString &chosen)
{
    const QLocale locale = localeForLanguage(chosen);
    QLocale::setDefault(locale);
    installTranslators(locale);
}

QString nativeLanguageName(const QString &code)
{
    // QLocale's native names carry the country ("español de España",
    // "American English"); a list of languages wants the language alone.
    static const QHash<QString, QString> names {{u"de"_s, u"Deutsch"_s}, {u"en"_s, u"English"_s},
        {u"es"_s, u"Español"_s}, {u"fr"_s, u"Français"_s}, {u"it"_s, u"Italiano"_s},
        {u"nl"_s, u"Nederlands"_s}};
    if (const auto it = names.constFind(code); it != names.cend())
        return *it;
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace limber

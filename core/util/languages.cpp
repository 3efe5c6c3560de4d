#include "core/util/languages.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

QStringList shippedLanguages()
{
    return {u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"it"_s, u"nl"_s};
}

QString shippedLanguageFor(const QStringList &uiLanguages)
{
    const QStringList shipped = shippedLanguages();
    for (const QString &language : uiLanguages) {
        QString base = QString(language).replace(u'_', u'-').section(u'-', 0, 0).toLower();
        if (shipped.contains(base))
            return base;
    }
    return shipped.first();
}

} // namespace limber

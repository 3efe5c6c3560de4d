#include "core/model/localizedtext.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

LocalizedText::LocalizedText(QString english)
{
    m_texts.insert(u"en"_s, english);
}

void LocalizedText::set(const QString &language, const QString &text)
{
    m_texts.insert(language, text);
}

QString LocalizedText::text(const QStringList &uiLanguages) const
{
    for (const QString &language : uiLanguages) {
        QString normalized = language;
        normalized.replace(u'_', u'-');
        if (auto it = m_texts.constFind(normalized); it != m_texts.cend())
            return *it;
        const QString base = normalized.section(u'-', 0, 0);
        if (auto it = m_texts.constFind(base); it != m_texts.cend())
            return *it;
    }
    return english();
}

} // namespace limber

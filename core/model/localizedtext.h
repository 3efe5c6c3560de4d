#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace limber {

/// A piece of user-facing text in several languages, keyed by BCP 47 language
/// code ("en", "de", "pt-BR"). English is the required fallback.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QString english);

    void set(const QString &language, const QString &text);

    /// The best text for the given UI languages (as QLocale::uiLanguages()
    /// returns them, most preferred first): an exact match, then the base
    /// language ("de" for "de-AT"), then English.
    QString text(const QStringList &uiLanguages = {}) const;

    QString english() const { return m_texts.value(QStringLiteral("en")); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    const QMap<QString, QString> &translations() const { return m_texts; }

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    QMap<QString, QString> m_texts;
};

} // namespace limber

// The language a person chooses, and the translations that come with it:
// Limber's own for every shipped language, with their plural forms, and Qt's
// for the standard buttons.
#include "app/i18n.h"
#include "core/util/languages.h"
#include "tests/support/fixedlocale.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

TEST(LocaleForLanguage, KeepsTheSystemsCountryWhenItSpeaksTheChosenLanguage)
{
    EXPECT_EQ(localeForLanguage(u"de"_s, QLocale(u"de_CH"_s)), QLocale(u"de_CH"_s));
    EXPECT_EQ(localeForLanguage(u"fr"_s, QLocale(u"fr_CA"_s)), QLocale(u"fr_CA"_s));
}

TEST(LocaleForLanguage, TakesTheLanguagesMainLocaleOtherwise)
{
    const QLocale dutch = localeForLanguage(u"nl"_s, QLocale(u"en_GB"_s));
    EXPECT_EQ(dutch.language(), QLocale::Dutch);
    EXPECT_EQ(dutch.firstDayOfWeek(), Qt::Monday);
}

TEST(LocaleForLanguage, NoChoiceIsTheSystemsLocale)
{
    EXPECT_EQ(localeForLanguage(QString(), QLocale(u"it_CH"_s)), QLocale(u"it_CH"_s));
}

TEST(NativeLanguageName, IsTheLanguagesOwnNameWithACapital)
{
    EXPECT_EQ(nativeLanguageName(u"de"_s), u"Deutsch"_s);
    EXPECT_EQ(nativeLanguageName(u"fr"_s), u"Français"_s);
    EXPECT_EQ(nativeLanguageName(u"es"_s), u"Español"_s);
    EXPECT_EQ(nativeLanguageName(u"en"_s), u"English"_s);
    EXPECT_EQ(nativeLanguageName(u"pt"_s), u"Português"_s) << "a language Limber does not ship";
}

class EmbeddedTranslation : public ::testing::TestWithParam<QString>
{
};

TEST_P(EmbeddedTranslation, TranslatesTheInterface)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(u":/i18n/limber_"_s + GetParam())) << "no embedded .qm";
    const QString settings = translator.translate("limber::SettingsPage", "Settings");
    EXPECT_FALSE(settings.isEmpty());
    EXPECT_NE(settings, u"Settings"_s);
    // Texts from files whose messages have their own context, not a class's.
    EXPECT_FALSE(translator.translate("PcmClip", "it is not a WAVE file.").isEmpty());
    EXPECT_FALSE(translator.translate("DataCommands", "standard output").isEmpty());
}

TEST_P(EmbeddedTranslation, HasBothPluralForms)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(u":/i18n/limber_"_s + GetParam()));
    const QString one = translator.translate("DataCommands", "%Ln hold(s)", nullptr, 1);
    const QString many = translator.translate("DataCommands", "%Ln hold(s)", nullptr, 7);
    EXPECT_FALSE(one.isEmpty());
    EXPECT_TRUE(many.contains(u"%Ln"_s)) << many.toStdString();
    EXPECT_NE(one, many);
}

INSTANTIATE_TEST_SUITE_P(EveryShippedLanguage, EmbeddedTranslation,
    ::testing::Values(u"de"_s, u"es"_s, u"fr"_s, u"it"_s, u"nl"_s),
    [](const ::testing::TestParamInfo<QString> &language) { return language.param.toStdString(); });

TEST(EmbeddedTranslation, TheListAboveIsEveryShippedLanguage)
{
    EXPECT_EQ(
        shippedLanguages(), QStringList({u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"it"_s, u"nl"_s}));
}

class UseLanguage : public ::testing::Test
{
protected:
    void TearDown() override { test::forgetLanguage(); }
};

TEST_F(UseLanguage, MakesTheChosenLanguageTheDefaultEverywhere)
{
    useLanguage(u"de"_s);
    EXPECT_EQ(QLocale().language(), QLocale::German);
    EXPECT_EQ(shippedLanguageFor(QLocale().uiLanguages()), u"de"_s);
    EXPECT_EQ(QCoreApplication::translate("limber::SettingsPage", "Settings"), u"Einstellungen"_s);
}

TEST_F(UseLanguage, LoadsQtsOwnTranslationsForTheStandardButtons)
{
    // Debian: qt6-translations-l10n, which tools/dev installs.
    useLanguage(u"fr"_s);
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
}

TEST_F(UseLanguage, EnglishPluralsStayWhenALanguageLacksAMessage)
{
    useLanguage(u"en"_s);
    EXPECT_EQ(QCoreApplication::translate("DataCommands", "%Ln hold(s)", nullptr, 1), u"1 hold"_s);
}

} // namespace
} // namespace limber

// Which shipped language a person's interface languages lead to.
#include "core/util/languages.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

TEST(ShippedLanguages, EnglishComesFirstAsTheFallback)
{
    ASSERT_FALSE(shippedLanguages().isEmpty());
    EXPECT_EQ(shippedLanguages().first(), u"en"_s);
    EXPECT_EQ(shippedLanguages().size(), 6);
}

TEST(ShippedLanguageFor, TakesTheFirstShippedLanguageInOrderOfPreference)
{
    EXPECT_EQ(shippedLanguageFor({u"pt-BR"_s, u"nl-BE"_s, u"de-DE"_s}), u"nl"_s);
    EXPECT_EQ(shippedLanguageFor({u"fr"_s}), u"fr"_s);
}

TEST(ShippedLanguageFor, ReadsARegionOrAnUnderscoreAsTheBaseLanguage)
{
    EXPECT_EQ(shippedLanguageFor({u"de-AT"_s}), u"de"_s);
    EXPECT_EQ(shippedLanguageFor({u"es_MX"_s}), u"es"_s);
    EXPECT_EQ(shippedLanguageFor({u"IT"_s}), u"it"_s);
}

TEST(ShippedLanguageFor, FallsBackToEnglish)
{
    EXPECT_EQ(shippedLanguageFor({u"pt-BR"_s, u"ja"_s}), u"en"_s);
    EXPECT_EQ(shippedLanguageFor({}), u"en"_s);
}

} // namespace

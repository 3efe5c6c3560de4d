// FontWarmUp: the font configuration is loaded before the window needs it.
#include "app/window/fontwarmup.h"

#include <gtest/gtest.h>

#ifdef LIMBER_TEST_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

using namespace limber;

namespace {

#ifdef LIMBER_TEST_HAVE_FONTCONFIG
TEST(FontWarmUp, LoadsTheConfigurationQtWillFindLoaded)
{
    FontWarmUp warmUp;
    ASSERT_TRUE(warmUp.wait());
    EXPECT_TRUE(warmUp.wait()) << "a second wait gives the same answer";
    // What Qt's font database asks for first: the fonts the configuration lists.
    FcConfig *config = FcConfigGetCurrent();
    ASSERT_NE(config, nullptr);
    FcFontSet *fonts = FcConfigGetFonts(config, FcSetSystem);
    ASSERT_NE(fonts, nullptr);
    EXPECT_GT(fonts->nfont, 0);
}
#else
TEST(FontWarmUp, WithoutFontconfigThereIsNothingToLoad)
{
    FontWarmUp warmUp;
    EXPECT_FALSE(warmUp.wait());
}
#endif

} // namespace

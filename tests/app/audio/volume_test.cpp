// The volume slider keeps the loudness it had when the program called Qt
// Multimedia for it.
#include "app/audio/volume.h"

#include <QAudio>

#include <gtest/gtest.h>

namespace limber {
namespace {

TEST(Volume, TheSliderFollowsQtMultimediasLogarithmicScale)
{
    for (int step = 0; step <= 100; ++step) {
        const double slider = step / 100.0;
        const float qt = QAudio::convertVolume(
            float(slider), QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
        EXPECT_NEAR(linearGainOf(slider), qt, 1e-5) << "at " << slider;
    }
}

TEST(Volume, PositionsOutsideTheSliderAreHeldToItsEnds)
{
    EXPECT_EQ(linearGainOf(-0.5), 0.0f);
    EXPECT_EQ(linearGainOf(1.5), 1.0f);
    EXPECT_LT(linearGainOf(0.5), 0.2f); // half way is far below half the gain
}

} // namespace
} // namespace limber

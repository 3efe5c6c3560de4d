// The parts of the session screen on their own: the words, the timer ring,
// the breath pacer and the side badge, painted offscreen and looked at.
#include "app/session/breathpacer.h"
#include "app/session/phasetext.h"
#include "app/session/sidebadge.h"
#include "app/session/timerring.h"
#include "tests/app/session/sessionfixture.h"

#include <QImage>

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

/// How many pixels of \a image are close to \a colour.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) < 12
                && std::abs(pixel.green() - colour.green()) < 12
                && std::abs(pixel.blue() - colour.blue()) < 12)
                ++count;
        }
    }
    return count;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    return palette;
}

TEST(PhaseText, TheClockRoundsUpSoAHoldShowsItsLengthAndEndsAtZero)
{
    EXPECT_EQ(phasetext::clock(60s), u"1:00"_s);
    EXPECT_EQ(phasetext::clock(59'001ms), u"1:00"_s);
    EXPECT_EQ(phasetext::clock(59s), u"0:59"_s);
    EXPECT_EQ(phasetext::clock(1ms), u"0:01"_s);
    EXPECT_EQ(phasetext::clock(0ms), u"0:00"_s);
    EXPECT_EQ(phasetext::clock(-5ms), u"0:00"_s);
    EXPECT_EQ(phasetext::clock(10min), u"10:00"_s);
}

TEST(PhaseText, SideLinesNameTheSideAndTheHold)
{
    Phase hold;
    hold.kind = Phase::Kind::Hold;
    hold.side = Side::Right;
    hold.holdNumber = 2;
    hold.holdsPerSide = 3;
    hold.sideLabel = LocalizedText(u"right leg on top"_s);
    EXPECT_EQ(phasetext::sideLine(hold, {}), u"Right leg on top · hold 2 of 3"_s);

    hold.sideLabel = {};
    EXPECT_EQ(phasetext::sideLine(hold, {}), u"Right side · hold 2 of 3"_s);

    hold.side = Side::None;
    EXPECT_EQ(phasetext::sideLine(hold, {}), u"Hold 2 of 3"_s);

    Phase rest;
    rest.kind = Phase::Kind::Rest;
    rest.holdNumber = 2;
    EXPECT_EQ(phasetext::sideLine(rest, {}), QString()) << "a rest has no side";
}

TEST(PhaseText, NextLinesSayWhatComesAndHowLong)
{
    Phase rest;
    rest.kind = Phase::Kind::Rest;
    rest.duration = 30s;
    EXPECT_EQ(phasetext::nextLine(rest, {}), u"Next: rest (0:30)"_s);
    Phase done;
    done.kind = Phase::Kind::Done;
    EXPECT_EQ(phasetext::nextLine(done, {}), u"Next: the end"_s);
    Phase unsided;
    unsided.kind = Phase::Kind::Hold;
    unsided.holdNumber = 1;
    unsided.holdsPerSide = 3;
    unsided.duration = 45s;
    EXPECT_EQ(phasetext::nextLine(unsided, {}), u"Next: hold 1 of 3 (0:45)"_s);
}

TEST(PhaseText, TheNextStepIsNamedByItsTitle)
{
    Phase step;
    step.kind = Phase::Kind::Prepare;
    step.exerciseTitle = LocalizedText(u"Seated Leg Cross"_s);
    step.stepIndex = 1;
    step.stepCount = 3;
    step.stepTitle = LocalizedText(u"lean forward"_s);
    EXPECT_EQ(phasetext::nextLine(step, {}), u"Next: lean forward"_s);
    step.stepTitle = {};
    EXPECT_EQ(phasetext::nextLine(step, {}), u"Next: Seated Leg Cross, step 2 of 3"_s)
        << "a step without a title is still placed";
}

TEST(TimerRing, ShowsTheTimeLeftAndAnArcForWhatRemains)
{
    TimerRing ring;
    ring.resize(200, 200);
    ring.setTime(45s, 60s);
    EXPECT_EQ(ring.text(), u"0:45"_s);
    EXPECT_DOUBLE_EQ(ring.fraction(), 0.75);
    EXPECT_EQ(ring.caption(), u"remaining"_s) << "not \"left\", which would read as a side";
    EXPECT_EQ(ring.accessibleName(), u"Time remaining"_s);
    EXPECT_EQ(ring.accessibleDescription(), u"0:45 remaining"_s);

    const QColor accent = ring.palette().color(QPalette::Highlight);
    const QImage threeQuarters = ring.grab().toImage();
    ring.setTime(15s, 60s);
    const QImage oneQuarter = ring.grab().toImage();
    const int arcAtThreeQuarters = pixelsNear(threeQuarters, accent);
    const int arcAtOneQuarter = pixelsNear(oneQuarter, accent);
    EXPECT_GT(arcAtOneQuarter, 200);
    // Three times the arc, give or take its round ends.
    EXPECT_NEAR(static_cast<double>(arcAtThreeQuarters) / arcAtOneQuarter, 3.0, 0.4);
    // The arc runs clockwise from twelve o'clock: a quarter left is the
    // quarter just before twelve, on the upper left.
    EXPECT_EQ(oneQuarter.pixelColor(20, 60).name(), accent.name());
    EXPECT_NE(oneQuarter.pixelColor(180, 60).name(), accent.name());
}

TEST(TimerRing, PausedIsSaidUnderTheTime)
{
    TimerRing ring;
    ring.setPaused(true);
    EXPECT_EQ(ring.caption(), u"paused"_s);
}

TEST(TimerRing, FollowsADarkPalette)
{
    TimerRing ring;
    ring.resize(200, 200);
    ring.setPalette(darkPalette());
    ring.setAutoFillBackground(true);
    ring.setTime(30s, 60s);
    const QImage image = ring.grab().toImage();
    EXPECT_GT(pixelsNear(image, darkPalette().color(QPalette::Highlight)), 200);
    EXPECT_GT(pixelsNear(image, darkPalette().color(QPalette::WindowText)), 100)
        << "light digits on the dark window";
}

TEST(BreathPacer, GrowsWhileBreathingInAndShrinksWhileBreathingOut)
{
    BreathPacer pacer;
    pacer.setPattern(4s, 6s);
    pacer.setElapsed(0s);
    EXPECT_TRUE(pacer.isBreathingIn());
    EXPECT_NEAR(pacer.fullness(), 0.0, 1e-9);
    pacer.setElapsed(2s);
    EXPECT_NEAR(pacer.fullness(), 0.5, 1e-9);
    pacer.setElapsed(3999ms);
    EXPECT_GT(pacer.fullness(), 0.99);
    pacer.setElapsed(4s);
    EXPECT_FALSE(pacer.isBreathingIn());
    EXPECT_EQ(pacer.caption(), u"Breathe out"_s);
    EXPECT_NEAR(pacer.fullness(), 1.0, 1e-9);
    pacer.setElapsed(7s);
    EXPECT_NEAR(pacer.fullness(), 0.5, 1e-9);
    pacer.setElapsed(10s);
    EXPECT_TRUE(pacer.isBreathingIn()) << "the next breath";
    EXPECT_NEAR(pacer.fullness(), 0.0, 1e-9);
    EXPECT_EQ(pacer.accessibleDescription(), u"Breathe in"_s);
}

TEST(BreathPacer, TheCircleIsLargerAtTheTopOfTheBreath)
{
    BreathPacer pacer;
    pacer.resize(200, 200);
    pacer.setPattern(4s, 6s);
    const QColor fill = pacer.palette().color(QPalette::Highlight);
    pacer.setElapsed(0s);
    const int empty = pixelsNear(pacer.grab().toImage(), fill);
    pacer.setElapsed(4s);
    const int full = pixelsNear(pacer.grab().toImage(), fill);
    EXPECT_GT(full, empty);
}

TEST(SideBadge, FilledWhileHeldOutlinedWhenComing)
{
    SideBadge badge;
    badge.resize(500, badge.sizeHint().height());
    badge.setText(u"Left leg on top · hold 1 of 2"_s);
    EXPECT_GE(badge.sizeHint().width(), badge.fontMetrics().horizontalAdvance(badge.text()));
    const QColor accent = badge.palette().color(QPalette::Highlight);
    const int filled = pixelsNear(badge.grab().toImage(), accent);
    badge.setUpcoming(true);
    const int outlined = pixelsNear(badge.grab().toImage(), accent);
    EXPECT_GT(filled, 3 * outlined);
    EXPECT_GT(outlined, 100);

    badge.setText({});
    EXPECT_EQ(pixelsNear(badge.grab().toImage(), accent), 0);
}

} // namespace
} // namespace limber::test

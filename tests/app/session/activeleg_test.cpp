// The session figure marks the leg a phase is about: in the side colour of
// the badge and the ring, with a legend naming it, mirrored for the right.
#include "app/figure/figureview.h"
#include "app/session/sessionscreen.h"
#include "app/session/sidebadge.h"
#include "app/session/sidecolour.h"
#include "app/session/timerring.h"
#include "tests/app/session/sessionfixture.h"

#include <QImage>

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

class ActiveLegTest : public SessionPageFixture
{
protected:
    FigureView &figure() const { return *page->screen()->figureView(); }

    /// The figure as drawn, once its movement into the phase's pose is over.
    QImage settledFigure()
    {
        runFor(8s);
        return figure().grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

    Routine routineOf(const QList<RoutineItem> &items) const
    {
        Routine routine;
        routine.id = u"test"_s;
        routine.items = items;
        return routine;
    }
};

int pixelsOf(const QImage &image, const QColor &colour)
{
    const QRgb wanted = colour.rgb();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += (image.pixel(x, y) & 0xffffff) == (wanted & 0xffffff) ? 1 : 0;
    }
    return count;
}

/// Pixels that differ by more than a shade of antialiasing, below the
/// legend (the one part that is not mirrored, and whose words differ).
double differingBelowLegend(const QImage &a, const QImage &b)
{
    const int top = a.height() / 6;
    int differing = 0;
    for (int y = top; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            const int distance = std::abs(p.red() - q.red()) + std::abs(p.green() - q.green())
                + std::abs(p.blue() - q.blue());
            differing += distance > 48 ? 1 : 0;
        }
    }
    return double(differing) / double(a.width() * (a.height() - top));
}

TEST_F(ActiveLegTest, ASidedHoldMarksTheActiveLegAndNamesIt)
{
    begin();
    EXPECT_EQ(figure().highlightedLeg(), Side::Left) << "set-up steps show the first side";
    EXPECT_EQ(figure().legend(), u"left leg on top"_s);

    runToPhase(firstPhaseOf(Phase::Kind::Hold, Side::Left));
    EXPECT_EQ(figure().highlightedLeg(), Side::Left);
    EXPECT_EQ(figure().legend(), u"left leg on top"_s);
    EXPECT_FALSE(figure().isMirrored());

    runToPhase(firstPhaseOf(Phase::Kind::Switch));
    EXPECT_EQ(figure().highlightedLeg(), Side::Right) << "the side that comes";
    EXPECT_EQ(figure().legend(), u"right leg on top"_s);
    EXPECT_TRUE(figure().isMirrored());

    runToPhase(firstPhaseOf(Phase::Kind::Hold, Side::Right));
    EXPECT_EQ(figure().highlightedLeg(), Side::Right);
    EXPECT_EQ(figure().legend(), u"right leg on top"_s);
    EXPECT_TRUE(figure().isMirrored());
}

TEST_F(ActiveLegTest, GettingReadyMarksTheSideThatComesFirst)
{
    Routine routine = *library.routine(library.defaultRoutineId());
    routine.items.first().getReadySeconds = 10;
    routine.items.first().firstSide = Side::Right;
    begin(timelineOf(routine));
    ASSERT_EQ(runner().currentPhase().kind, Phase::Kind::GetReady);
    EXPECT_EQ(figure().highlightedLeg(), Side::Right);
    EXPECT_EQ(figure().legend(), u"right leg on top"_s);
    EXPECT_TRUE(figure().isMirrored());
}

TEST_F(ActiveLegTest, TheRightHoldIsTheMirrorImageOfTheLeft)
{
    begin();
    // The second holds: both come after a switch, so both move into the
    // stretch from the same starting position.
    runToPhase(firstPhaseOf(Phase::Kind::Hold, Side::Left, 2));
    const QImage left = settledFigure();
    runToPhase(firstPhaseOf(Phase::Kind::Hold, Side::Right, 2));
    const QImage right = settledFigure();
    ASSERT_EQ(left.size(), right.size());
    if (qEnvironmentVariableIsSet("LIMBER_TEST_SAVE")) {
        left.save(u"/tmp/activeleg-left.png"_s);
        right.save(u"/tmp/activeleg-right.png"_s);
    }

    const QColor side = sideColour(figure().palette());
    EXPECT_GT(pixelsOf(left, side), 200) << "the leg is drawn in the side colour";
    EXPECT_LT(differingBelowLegend(left, right.mirrored(true, false)), 0.002);
    EXPECT_GT(differingBelowLegend(left, right), 0.01) << "and is not the same picture";
}

TEST_F(ActiveLegTest, AnUnsidedHoldShowsNoMarkedLegAndNoLegend)
{
    RoutineItem catCow;
    catCow.exerciseId = u"cat-cow"_s;
    catCow.includeSetup = false;
    catCow.getReadySeconds = 6;
    catCow.holdsPerSide = 2;
    catCow.holdSeconds = 10;
    catCow.switchSeconds = 5;
    begin(timelineOf(routineOf({catCow})));
    ASSERT_EQ(runner().currentPhase().kind, Phase::Kind::GetReady);
    EXPECT_EQ(figure().highlightedLeg(), Side::None);
    EXPECT_EQ(figure().legend(), QString());

    runToPhase(firstPhaseOf(Phase::Kind::Hold));
    EXPECT_EQ(figure().highlightedLeg(), Side::None);
    EXPECT_EQ(figure().legend(), QString());
    const QImage hold = settledFigure();
    EXPECT_GT(pixelsOf(hold, sideColour(figure().palette())), 200) << "the stretched region";
    runToPhase(firstPhaseOf(Phase::Kind::Rest));
    EXPECT_EQ(figure().highlightedLeg(), Side::None);
}

TEST_F(ActiveLegTest, AfterASidedExerciseAnUnsidedOneDropsTheMark)
{
    RoutineItem knee;
    knee.exerciseId = u"knee-to-chest"_s;
    knee.includeSetup = false;
    knee.getReadySeconds = 6;
    knee.holdsPerSide = 1;
    knee.holdSeconds = 10;
    knee.restSeconds = 4;
    RoutineItem catCow = knee;
    catCow.exerciseId = u"cat-cow"_s;
    begin(timelineOf(routineOf({knee, catCow})));
    EXPECT_EQ(figure().legend(), u"left knee to chest"_s);
    runToPhase(firstPhaseOf(Phase::Kind::Hold, Side::Right));
    EXPECT_EQ(figure().highlightedLeg(), Side::Right);
    runToPhase(firstPhaseOf(Phase::Kind::Rest));
    EXPECT_EQ(figure().highlightedLeg(), Side::None);
    EXPECT_EQ(figure().legend(), QString());
}

TEST_F(ActiveLegTest, TheBadgeTheRingAndTheLegShareOneColourEvenWhenTheWindowIsNotActive)
{
    // A theme whose highlight greys out in an inactive window: the side
    // must not change colour on the badge alone when the focus goes.
    QPalette palette = page->palette();
    palette.setColor(QPalette::Active, QPalette::Highlight, QColor(0xc0, 0x30, 0x30));
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x80, 0x80, 0x80));
    page->setPalette(palette);
    begin();
    runToPhase(firstPhaseOf(Phase::Kind::Hold, Side::Left));
    QWidget elsewhere;
    elsewhere.show();
    elsewhere.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&elsewhere));
    ASSERT_FALSE(page->isActiveWindow());

    const QColor side(0xc0, 0x30, 0x30);
    EXPECT_EQ(sideColour(figure().palette()), side);
    const QImage leg = settledFigure();
    const auto grabbed = [](QWidget *widget) {
        return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };
    EXPECT_GT(pixelsOf(leg, side), 200);
    EXPECT_GT(pixelsOf(grabbed(page->screen()->sideBadge()), side), 200);
    EXPECT_GT(pixelsOf(grabbed(page->screen()->timerRing()), side), 200);
}

} // namespace
} // namespace limber::test

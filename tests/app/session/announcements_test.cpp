// A screen reader hears what the screen shows and the tones say: each phase
// that begins and the last seconds of a hold become the accessible name of
// the session's cue line, whose change goes out as an accessibility event
// (integration.accessibility_tree hears those events over AT-SPI).
#include "app/session/sessionscreen.h"
#include "tests/app/session/sessionfixture.h"

#include <QAccessible>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

class AnnouncementsTest : public SessionPageFixture
{
protected:
    /// What a screen reader reads as the cue line's name now.
    QString announced() const
    {
        auto *line = page->findChild<QLabel *>(u"cueText"_s);
        EXPECT_NE(line, nullptr);
        return line ? QAccessible::queryAccessibleInterface(line)->text(QAccessible::Name)
                    : QString();
    }
};

TEST_F(AnnouncementsTest, EachPhaseThatBeginsIsAnnouncedWithWhatToDo)
{
    begin();
    EXPECT_EQ(announced(),
        u"Seated Leg Cross · step 1 of 3. Sit on the floor with your legs crossed and your "
        "back upright."_s);
    int firstHold = 0;
    while (!timeline().phase(firstHold).isHold())
        ++firstHold;
    runToPhase(firstHold);
    EXPECT_TRUE(announced().startsWith(u"Left leg on top · hold 1 of 2. "_s))
        << announced().toStdString();
    runToPhase(firstHold + 1);
    EXPECT_TRUE(announced().startsWith(u"Right leg on top · hold 1 of 2"_s))
        << announced().toStdString();
}

TEST_F(AnnouncementsTest, TheLastSecondsOfAHoldAreAnnounced)
{
    begin();
    int firstHold = 0;
    while (!timeline().phase(firstHold).isHold())
        ++firstHold;
    runToPhase(firstHold);
    const auto end = timeline().phase(firstHold + 1).start;
    runFor(end - 10s - runner().activeElapsed());
    EXPECT_EQ(announced(), u"Ten seconds remaining"_s);
    runFor(7s);
    EXPECT_EQ(announced(), u"3"_s);
    runFor(1s);
    EXPECT_EQ(announced(), u"2"_s);
    runFor(1s);
    EXPECT_EQ(announced(), u"1"_s);
}

TEST_F(AnnouncementsTest, AnnouncingMovesNoFocus)
{
    begin();
    QWidget *focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    runToPhase(1);
    EXPECT_EQ(QApplication::focusWidget(), focused);
}

} // namespace
} // namespace limber::test

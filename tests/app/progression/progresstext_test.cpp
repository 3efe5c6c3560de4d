// The words of progression: a target reads like the start page's tiles, a
// proposal says why and what changes, and each kind of change is named.
#include "app/i18n.h"
#include "app/progression/progresstext.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

class ProgressTextTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { installTranslators(QLocale(QLocale::English)); }
};

TEST_F(ProgressTextTest, ATargetReadsLikeTheStartPageTiles)
{
    EXPECT_EQ(ProgressText::target({75, 2}, true), u"2 × 75 s each side"_s);
    EXPECT_EQ(ProgressText::target({10, 6}, false), u"6 × 10 s"_s);
}

TEST_F(ProgressTextTest, AGrowSaysWhyAndFromWhatToWhat)
{
    TargetProposal grow;
    grow.kind = ProposalKind::Grow;
    grow.reason = ProposalReason::HoldsCompleted;
    grow.from = {60, 2};
    grow.to = {75, 2};
    grow.sessionsConsidered = 3;
    grow.painRecorded = 3;
    EXPECT_EQ(ProgressText::proposal(grow, u"Seated Leg Cross"_s, true),
        u"Seated Leg Cross: You held every hold in your last 3 sessions and your pain did not "
        u"rise. Try 2 × 75 s each side from now on (now 2 × 60 s each side)?"_s);
    grow.painRecorded = 0;
    EXPECT_FALSE(ProgressText::proposal(grow, u"Seated Leg Cross"_s, true).contains(u"pain"_s))
        << "pain that was never recorded is not claimed";
}

TEST_F(ProgressTextTest, EveryStepBackNamesItsReason)
{
    TargetProposal back;
    back.kind = ProposalKind::StepBack;
    back.from = {75, 2};
    back.to = {60, 2};
    back.reason = ProposalReason::StoppedForPain;
    EXPECT_TRUE(ProgressText::proposal(back, u"X"_s, true).contains(u"stopped because it hurt"_s));
    back.reason = ProposalReason::PainRose;
    back.painBefore = 2;
    back.painAfter = 5;
    EXPECT_TRUE(
        ProgressText::proposal(back, u"X"_s, true).contains(u"from 2 before a session to 5"_s));
    back.reason = ProposalReason::ReturnAfterBreak;
    back.daysAway = 35;
    const QString welcome = ProgressText::proposal(back, u"X"_s, true);
    EXPECT_TRUE(welcome.contains(u"35 days"_s)) << welcome.toStdString();
    EXPECT_TRUE(welcome.contains(u"Ease back to 2 × 60 s each side for a while"_s));
}

TEST_F(ProgressTextTest, EachKindOfChangeIsNamed)
{
    TargetEvent event;
    event.holdSeconds = 90;
    event.holdsPerSide = 2;
    QStringList seen;
    for (const TargetEventKind kind :
        {TargetEventKind::AcceptedGrow, TargetEventKind::AcceptedStepBack, TargetEventKind::Manual,
            TargetEventKind::Reset, TargetEventKind::Declined}) {
        event.kind = kind;
        const QString text = ProgressText::change(event, u"3 Dec"_s, true);
        EXPECT_TRUE(text.startsWith(u"3 Dec: "_s)) << text.toStdString();
        EXPECT_TRUE(text.contains(u"2 × 90 s each side"_s)) << text.toStdString();
        EXPECT_FALSE(seen.contains(text)) << "two kinds read alike: " << text.toStdString();
        seen.append(text);
    }
}

} // namespace
} // namespace limber

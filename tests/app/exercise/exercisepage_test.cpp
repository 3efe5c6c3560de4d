// The exercise page: every section of an exercise made in code, nothing for
// what it leaves empty, figures that move only while seen, headings a screen
// reader can find, keyboard scrolling, and Back to where it was opened.
#include "app/exercise/exercisepage.h"
#include "app/exercise/figurerow.h"
#include "app/exercise/movingfigure.h"
#include "app/exercise/pagetext.h"
#include "app/mainwindow.h"
#include "app/settings/settings.h"
#include "app/start/startpage.h"
#include "tests/app/exercise/testexercise.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

const QStringList allSections = {u"askFirstSection"_s, u"whySection"_s, u"benefitsSection"_s,
    u"stepsSection"_s, u"cautionsSection"_s, u"breathingSection"_s, u"variationSection"_s,
    u"sidesSection"_s, u"goalSection"_s};

/// Every word the widget and its children show, as one text.
QString shownText(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>()) {
        texts.append(label->textFormat() == Qt::RichText
                ? QString(label->text()).remove(QRegularExpression(u"<[^>]*>"_s))
                : label->text());
    }
    return texts.join(u'\n');
}

double matchingShare(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 0.0;
    qsizetype same = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) == b.pixel(x, y))
                ++same;
        }
    }
    return static_cast<double>(same) / static_cast<double>(a.width() * a.height());
}

class ExercisePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        page.setLanguages({u"en"_s});
        page.setMotionReduced(false);
    }

    QWidget *section(const QString &name) { return page.findChild<QWidget *>(name); }

    void showTall()
    {
        page.resize(1024, 4000);
        page.show();
        QApplication::processEvents();
        QApplication::processEvents();
    }

    MovingFigure *stepFigure(int number)
    {
        QWidget *row = page.findChild<QWidget *>(u"step%1"_s.arg(number));
        return row ? row->findChild<MovingFigure *>() : nullptr;
    }

    ExercisePage page;
};

TEST_F(ExercisePageTest, ShowsEverySectionOfTheExercise)
{
    page.setExercise(fullExercise());
    for (const QString &name : allSections)
        EXPECT_NE(section(name), nullptr) << name.toStdString();

    EXPECT_EQ(page.findChild<QLabel *>(u"exerciseTitle"_s)->text(), u"Test Leg Cross"_s);
    EXPECT_EQ(page.findChild<QLabel *>(u"exerciseSummary"_s)->text(),
        u"Sit and lean to stretch the seat."_s);
    const auto expectShows = [this](const QString &name, const QStringList &texts) {
        QWidget *widget = section(name);
        ASSERT_NE(widget, nullptr) << name.toStdString();
        const QString shown = shownText(widget);
        for (const QString &text : texts)
            EXPECT_TRUE(shown.contains(text)) << name.toStdString() << ": " << text.toStdString();
    };
    expectShows(u"whySection"_s, {u"Why it helps"_s, u"Tight seat muscles pull on the hips."_s});
    expectShows(u"benefitsSection"_s, {u"Eases the lower back."_s, u"Frees the hips."_s});
    expectShows(u"stepsSection"_s,
        {u"Step 1"_s, u"Sit with your legs crossed."_s, u"Step 2"_s,
            u"Lean forward slowly from the hips."_s, u"Only as far as your knees allow."_s});
    expectShows(u"cautionsSection"_s, {u"Keep the lower back long."_s});
    expectShows(u"askFirstSection"_s,
        {u"after a hip replacement"_s, u"when you are pregnant"_s,
            u"Ask your doctor before any new routine."_s});
    expectShows(u"breathingSection"_s, {u"Breathe slowly and deeply."_s});
    expectShows(u"variationSection"_s, {u"Lay one leg fully over the other."_s});
    expectShows(u"sidesSection"_s, {u"left leg on top"_s, u"right leg on top"_s});
    expectShows(u"goalSection"_s, {u"Elbows on the floor in front of you."_s, u"many weeks"_s});
}

TEST_F(ExercisePageTest, AStepsCautionsStayWithThatStep)
{
    page.setExercise(fullExercise());
    EXPECT_FALSE(shownText(page.findChild<QWidget *>(u"step1"_s)).contains(u"knees"_s));
    EXPECT_TRUE(shownText(page.findChild<QWidget *>(u"step2"_s)).contains(u"knees"_s));
}

TEST_F(ExercisePageTest, LeavesOutWhatTheExerciseLeavesEmpty)
{
    page.setExercise(bareExercise());
    EXPECT_EQ(page.findChild<QLabel *>(u"exerciseTitle"_s)->text(), u"Bare"_s);
    EXPECT_EQ(page.findChild<QLabel *>(u"exerciseSummary"_s), nullptr);
    for (const QString &name : allSections) {
        if (name != u"stepsSection"_s) {
            EXPECT_EQ(section(name), nullptr) << name.toStdString();
        }
    }
    ASSERT_NE(section(u"stepsSection"_s), nullptr);
    EXPECT_TRUE(page.figures().isEmpty()) << "a step with no pose has no figure";
}

TEST_F(ExercisePageTest, ANewExerciseReplacesTheOldOne)
{
    page.setExercise(fullExercise());
    page.setExercise(bareExercise());
    EXPECT_EQ(section(u"whySection"_s), nullptr);
    EXPECT_EQ(page.exerciseId(), u"bare"_s);
}

TEST_F(ExercisePageTest, TheSidesAreShownAsMirrorImages)
{
    page.setExercise(fullExercise());
    auto *left = page.findChild<QWidget *>(u"leftSide"_s)->findChild<MovingFigure *>();
    auto *right = page.findChild<QWidget *>(u"rightSide"_s)->findChild<MovingFigure *>();
    ASSERT_NE(left, nullptr);
    ASSERT_NE(right, nullptr);
    const QImage leftImage = left->grab().toImage();
    const QImage rightImage = right->grab().toImage();
    const double unmirroredMismatch = 1.0 - matchingShare(leftImage, rightImage);
    const double mirroredMismatch
        = 1.0 - matchingShare(leftImage.mirrored(true, false), rightImage);
    EXPECT_GT(unmirroredMismatch, 0.05) << "the two sides differ";
    // Antialiased edges may land a pixel apart; the picture is the same.
    EXPECT_LT(mirroredMismatch, unmirroredMismatch / 4);
}

TEST_F(ExercisePageTest, AStepThatMovesLoopsWhileSeenAndRestsOtherwise)
{
    page.setExercise(fullExercise());
    showTall();
    MovingFigure *still = stepFigure(1);
    MovingFigure *moving = stepFigure(2);
    ASSERT_NE(still, nullptr);
    ASSERT_NE(moving, nullptr);
    EXPECT_FALSE(still->hasMovement());
    EXPECT_FALSE(still->isLooping());
    ASSERT_TRUE(moving->hasMovement());
    EXPECT_TRUE(moving->isLooping());

    // One loop: out from the start, held at the end, back again.
    moving->setLoopTime(0);
    EXPECT_DOUBLE_EQ(moving->shownProgress(), 0.0);
    const int loop = moving->loopDurationMs();
    EXPECT_GT(loop, 2 * 4000) << "the movement both ways takes longer than one way";
    moving->setLoopTime(1000 + 4000 + 500);
    EXPECT_DOUBLE_EQ(moving->shownProgress(), 1.0) << "it pauses in the end position";
    moving->setLoopTime(loop - 1);
    EXPECT_LT(moving->shownProgress(), 0.05);

    page.hide();
    EXPECT_FALSE(moving->isLooping()) << "nothing moves on a hidden page";
    EXPECT_DOUBLE_EQ(moving->shownProgress(), 1.0) << "at rest in the end position";
    page.show();
    QApplication::processEvents();
    EXPECT_TRUE(moving->isLooping());
}

TEST_F(ExercisePageTest, WithReducedMotionTheFiguresRest)
{
    page.setExercise(fullExercise());
    page.setMotionReduced(true);
    showTall();
    MovingFigure *moving = stepFigure(2);
    ASSERT_NE(moving, nullptr);
    EXPECT_FALSE(moving->isLooping());
    EXPECT_DOUBLE_EQ(moving->shownProgress(), 1.0);
    page.setMotionReduced(false);
    EXPECT_TRUE(moving->isLooping());
}

TEST_F(ExercisePageTest, AFigureScrolledOutOfSightStopsMoving)
{
    page.setExercise(fullExercise());
    page.resize(1024, 300);
    page.show();
    QApplication::processEvents();
    MovingFigure *moving = stepFigure(2);
    ASSERT_NE(moving, nullptr);
    EXPECT_FALSE(moving->isLooping()) << "below the fold";
    page.scrollArea()->ensureWidgetVisible(moving);
    QApplication::processEvents();
    EXPECT_TRUE(moving->isLooping());
    page.scrollArea()->verticalScrollBar()->setValue(0);
    EXPECT_FALSE(moving->isLooping());
}

TEST_F(ExercisePageTest, HeadingsAreHeadingsToAScreenReader)
{
    page.setExercise(fullExercise());
    auto *heading = page.findChild<SectionHeading *>(u"whySectionHeading"_s);
    ASSERT_NE(heading, nullptr);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(heading);
    ASSERT_NE(accessible, nullptr);
    EXPECT_EQ(accessible->role(), QAccessible::Heading);
    EXPECT_EQ(accessible->text(QAccessible::Name), u"Why it helps"_s);
    auto *title = page.findChild<SectionHeading *>(u"exerciseTitle"_s);
    EXPECT_EQ(QAccessible::queryAccessibleInterface(title)->role(), QAccessible::Heading);
    EXPECT_EQ(title->level(), 1);
}

TEST_F(ExercisePageTest, TextCanBeSelected)
{
    page.setExercise(fullExercise());
    const QList<QLabel *> labels = page.findChildren<QLabel *>();
    ASSERT_GT(labels.size(), 10);
    for (const QLabel *label : labels)
        EXPECT_TRUE(label->textInteractionFlags() & Qt::TextSelectableByMouse)
            << label->text().toStdString();
}

TEST_F(ExercisePageTest, TheKeyboardScrollsThePage)
{
    page.setExercise(fullExercise());
    page.resize(1024, 400);
    page.show();
    page.activateWindow();
    QApplication::processEvents();
    QScrollBar *bar = page.scrollArea()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    ASSERT_EQ(QApplication::focusWidget(), page.scrollArea());
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus, Qt::Key_PageDown);
    const int onePage = bar->value();
    EXPECT_GT(onePage, 0);
    QTest::keyClick(focus, Qt::Key_Down);
    EXPECT_GT(bar->value(), onePage);
    QTest::keyClick(focus, Qt::Key_End);
    EXPECT_EQ(bar->value(), bar->maximum());
    QTest::keyClick(focus, Qt::Key_Home);
    EXPECT_EQ(bar->value(), 0);
}

TEST_F(ExercisePageTest, ANarrowWindowPutsTheFiguresAboveTheWords)
{
    page.setExercise(fullExercise());
    page.resize(1024, 700);
    page.show();
    QApplication::processEvents();
    auto *figureRow = page.findChild<QWidget *>(u"step1"_s)->findChild<FigureRow *>();
    ASSERT_NE(figureRow, nullptr);
    EXPECT_FALSE(figureRow->isStacked());
    const auto *title = figureRow->findChild<SectionHeading *>();
    ASSERT_NE(title, nullptr);
    EXPECT_GT(title->geometry().left(), figureRow->figure()->geometry().right())
        << "wide: the heading tops the words beside the figure";
    page.resize(420, 700);
    QApplication::processEvents();
    EXPECT_TRUE(figureRow->isStacked());
    auto *heading = figureRow->findChild<SectionHeading *>();
    ASSERT_NE(heading, nullptr);
    EXPECT_LT(heading->geometry().bottom(), figureRow->figure()->geometry().top())
        << "the step's heading opens the step, above its figure";
    EXPECT_LE(page.scrollArea()->widget()->width(), page.scrollArea()->viewport()->width())
        << "nothing wider than the window";
}

TEST_F(ExercisePageTest, BackButtonEscAndAltLeftAskToGoBack)
{
    page.setExercise(fullExercise());
    page.show();
    page.activateWindow();
    QApplication::processEvents();
    int requests = 0;
    QObject::connect(&page, &ExercisePage::backRequested, [&requests] { ++requests; });
    page.findChild<QPushButton *>(u"exerciseBack"_s)->click();
    EXPECT_EQ(requests, 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(requests, 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(requests, 3);
}

class WindowExerciseTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    Settings settings {dir.path()};
    MainWindow window {settings};
};

TEST_F(WindowExerciseTest, BackReturnsToThePageItWasOpenedFrom)
{
    window.show();
    window.showPage(MainWindow::Page::History);
    window.showExercise(fullExercise());
    ASSERT_TRUE(window.isExerciseShown());
    ASSERT_NE(window.exercisePage(), nullptr);
    EXPECT_EQ(window.exercisePage()->exerciseId(), u"test-leg-cross"_s);
    EXPECT_TRUE(window.exercisePage()->isVisible());
    EXPECT_EQ(window.currentPage(), MainWindow::Page::History) << "not a page of its own";

    window.exercisePage()->findChild<QPushButton *>(u"exerciseBack"_s)->click();
    EXPECT_FALSE(window.isExerciseShown());
    EXPECT_EQ(window.currentPage(), MainWindow::Page::History);
    EXPECT_TRUE(window.pageWidget(MainWindow::Page::History)->isVisible());
}

TEST_F(WindowExerciseTest, AnotherExerciseOnTopStillReturnsToTheFirstPage)
{
    window.show();
    window.showExercise(fullExercise());
    window.showExercise(bareExercise());
    EXPECT_EQ(window.exercisePage()->exerciseId(), u"bare"_s);
    window.closeExercise();
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Start);
    EXPECT_TRUE(window.startPage()->isVisible());
}

} // namespace
} // namespace limber::test

namespace limber {
namespace {

int pixelsThatDiffer(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); ++y)
        for (int x = 0; x < std::min(a.width(), b.width()); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) + std::abs(p.green() - q.green())
                    + std::abs(p.blue() - q.blue())
                > 24)
                ++count;
        }
    return count;
}

TEST(ExercisePageSides, EachSidesWorkingLegIsInTheSideColour)
{
    ExercisePage page;
    page.resize(900, 700);
    page.setExercise(test::fullExercise());
    for (const QString &side : {u"leftSide"_s, u"rightSide"_s}) {
        SCOPED_TRACE(side.toStdString());
        auto *figure = page.findChild<QWidget *>(side)->findChild<MovingFigure *>();
        ASSERT_NE(figure, nullptr);
        const QImage marked = figure->grab().toImage();
        figure->setActiveLegHighlighted(false);
        const QImage plain = figure->grab().toImage();
        // A whole leg changes colour (about a hundred pixels at 150 px wide).
        EXPECT_GT(pixelsThatDiffer(marked, plain), 50);
    }
}

} // namespace
} // namespace limber

#include "app/i18n.h"
#include "app/progression/progresspanel.h"
#include "app/routines/routineduration.h"
#include "app/selfreport/choicescale.h"
#include "app/start/exercisetile.h"
#include "app/start/startpage.h"
#include "tests/core/figure/seated_leg_cross_poses.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

double luminance(const QColor &color)
{
    const auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

class StartPageTest : public ::testing::Test
{
protected:
    // English plural forms ("6 minutes") come from the embedded translation.
    static void SetUpTestSuite() { installTranslators(QLocale(QLocale::English)); }

    QPushButton *startButton() { return page.findChild<QPushButton *>(u"startButton"_s); }
    QString labelText(const QString &name)
    {
        auto *label = page.findChild<QLabel *>(name);
        return label ? label->text() : u"<missing>"_s;
    }

    /// Shows the page as on a first start, where the pain question is
    /// prepared after the first frame, then asks it: where Start is, and the
    /// room the question takes.
    std::pair<QPoint, QSize> startAndPainQuestionRoom()
    {
        page.resize(1024, 700);
        page.show();
        QApplication::processEvents();
        page.preparePainQuestion();
        QApplication::processEvents();
        const QPoint start = startButton()->mapTo(&page, QPoint());
        page.setPainBeforeAsked(true);
        QApplication::processEvents();
        return {start, page.findChild<QWidget *>(u"painBefore"_s)->parentWidget()->size()};
    }

    /// A page shown as on a later start that remembered \a room for the
    /// question; \a remeasured receives what it measures once it builds it.
    static std::unique_ptr<StartPage> laterStart(QSize room, std::optional<QSize> &remeasured)
    {
        auto later = std::make_unique<StartPage>(nullptr, room);
        QObject::connect(later.get(), &StartPage::painQuestionMeasured, later.get(),
            [&remeasured](const QString &, QSize measured) { remeasured = measured; });
        later->resize(1024, 700);
        later->show();
        QApplication::processEvents();
        return later;
    }
    static QPoint startOf(StartPage &page)
    {
        return page.findChild<QPushButton *>(u"startButton"_s)->mapTo(&page, QPoint());
    }

    StartPage page;
};

TEST_F(StartPageTest, ShowsTheRoutineAndHowLongItTakes)
{
    page.setRoutine(u"Seated leg cross"_s, 6min + 10s);
    EXPECT_EQ(labelText(u"routineTitle"_s), u"Seated leg cross"_s);
    EXPECT_EQ(labelText(u"routineDuration"_s), u"About 6 minutes"_s);
    EXPECT_EQ(page.routineTitle(), u"Seated leg cross"_s);
    EXPECT_EQ(page.durationText(), u"About 6 minutes"_s);
}

TEST_F(StartPageTest, DurationIsRoundedToWholeMinutesInPlainWords)
{
    EXPECT_EQ(describeRoutineLength(45s), u"Under a minute"_s);
    EXPECT_EQ(describeRoutineLength(60s), u"About 1 minute"_s);
    EXPECT_EQ(describeRoutineLength(89s), u"About 1 minute"_s);
    EXPECT_EQ(describeRoutineLength(90s), u"About 2 minutes"_s);
    EXPECT_EQ(describeRoutineLength(25min), u"About 25 minutes"_s);
}

TEST_F(StartPageTest, LastSessionLineSaysNothingUntilTheHistoryIsReadThenIsFriendly)
{
    EXPECT_TRUE(labelText(u"lastSession"_s).trimmed().isEmpty())
        << "before the history is read, no claim that there are no sessions";
    page.setLastSession(u"Yesterday: 6 minutes"_s);
    EXPECT_EQ(labelText(u"lastSession"_s), u"Yesterday: 6 minutes"_s);
    page.setLastSession({});
    EXPECT_EQ(labelText(u"lastSession"_s),
        u"No sessions yet. Your first one starts with a single press."_s);
}

TEST_F(StartPageTest, StartButtonAsksToStart)
{
    int requests = 0;
    QObject::connect(&page, &StartPage::startRequested, [&requests] { ++requests; });
    ASSERT_NE(startButton(), nullptr);
    startButton()->click();
    EXPECT_EQ(requests, 1);
}

TEST_F(StartPageTest, NothingMovesWhenThePainQuestionComesAfterTheFirstFrame)
{
    // The history opened a moment after the first frame: the question is asked.
    const QPoint before = startAndPainQuestionRoom().first;
    EXPECT_TRUE(page.findChild<QWidget *>(u"painBefore"_s)->isVisible());
    EXPECT_EQ(startButton()->mapTo(&page, QPoint()), before) << "Start stayed where it was";

    // Without a history to keep the answer, the room it kept is given back.
    StartPage other;
    other.resize(1024, 700);
    other.show();
    QApplication::processEvents();
    other.preparePainQuestion();
    QApplication::processEvents();
    auto *otherStart = other.findChild<QPushButton *>(u"startButton"_s);
    const QPoint kept = otherStart->mapTo(&other, QPoint());
    other.setPainBeforeAsked(false);
    QApplication::processEvents();
    EXPECT_LT(otherStart->mapTo(&other, QPoint()).y(), kept.y());
}

TEST_F(StartPageTest, ThePainQuestionWaitsUntilAskedInTheRoomMeasuredOnAnEarlierStart)
{
    // The first start: the first frame has no room for the question...
    std::optional<QSize> measured;
    QString measuredKey;
    QObject::connect(&page, &StartPage::painQuestionMeasured,
        [&](const QString &key, QSize room) { measuredKey = key, measured = room; });
    page.resize(1024, 700);
    page.show();
    QApplication::processEvents();
    EXPECT_EQ(page.findChild<ChoiceScale *>(), nullptr) << "not measured for the first frame";
    const QPoint firstFrameStart = startOf(page);

    // ...then it is built and measured, and Start moves down once, to make room.
    page.preparePainQuestion();
    QApplication::processEvents();
    ASSERT_TRUE(measured.has_value());
    EXPECT_GT(startOf(page).y(), firstFrameStart.y());
    EXPECT_EQ(measuredKey, StartPage::painQuestionRoomKey());
    const QPoint start = startOf(page);

    // A later start keeps that room for it, unbuilt, in the first frame...
    std::optional<QSize> remeasured;
    const auto later = laterStart(*measured, remeasured);
    EXPECT_EQ(later->findChild<ChoiceScale *>(), nullptr) << "nothing of it is measured yet";
    EXPECT_EQ(startOf(*later), start);

    // ...and builds it when the history has opened and it is asked: nothing moves.
    later->setPainBeforeAsked(true);
    QApplication::processEvents();
    auto *question = later->findChild<ChoiceScale *>(u"painBefore"_s);
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(question->isVisible());
    EXPECT_EQ(startOf(*later), start);
    EXPECT_EQ(remeasured, measured);
    question->setValue(4);
    EXPECT_EQ(later->takePainBefore(), 4);
}

TEST_F(StartPageTest, AWrongRememberedRoomIsCorrectedWhenThePainQuestionIsAsked)
{
    const auto [start, room] = startAndPainQuestionRoom();

    // Measured with another type, say: 40 pixels too tall.
    std::optional<QSize> remeasured;
    const auto later = laterStart(QSize(room.width(), room.height() + 40), remeasured);
    EXPECT_NE(startOf(*later), start);
    later->setPainBeforeAsked(true);
    QApplication::processEvents();
    EXPECT_EQ(startOf(*later), start) << "the question's own room";
    ASSERT_TRUE(remeasured.has_value());
    EXPECT_EQ(remeasured->height(), room.height()) << "what the next start keeps";
}

TEST_F(StartPageTest, NotAskedThePainQuestionIsNeverBuiltAndGivesItsRoomBack)
{
    const auto [start, room] = startAndPainQuestionRoom();

    // A history that cannot be written: nowhere to keep the answer.
    std::optional<QSize> remeasured;
    const auto later = laterStart(room, remeasured);
    EXPECT_EQ(startOf(*later), start);
    later->setPainBeforeAsked(false);
    QApplication::processEvents();
    EXPECT_EQ(later->findChild<ChoiceScale *>(), nullptr);
    EXPECT_EQ(remeasured, std::nullopt);
    EXPECT_LT(startOf(*later).y(), start.y());
    EXPECT_EQ(later->takePainBefore(), std::nullopt);
}

TEST_F(StartPageTest, TextBecomesSelectableAfterTheFirstFrameWithoutMoving)
{
    page.setRoutine(u"A routine whose name is long enough to wrap onto a second line"_s, 6min);
    page.setLastSession(u"Yesterday: 6 minutes, left and right"_s);
    page.resize(420, 700);
    page.show();
    QApplication::processEvents();
    const QStringList names {
        u"todayHeading"_s, u"routineTitle"_s, u"routineDuration"_s, u"lastSession"_s};
    QList<QRect> before;
    QList<QImage> drawn;
    for (const QString &name : names) {
        auto *label = page.findChild<QLabel *>(name);
        ASSERT_TRUE(label) << name.toStdString();
        EXPECT_EQ(label->textInteractionFlags() & Qt::TextSelectableByMouse, 0)
            << name.toStdString() << ": plain text in the first frame";
        before.append(QRect(label->mapTo(&page, QPoint()), label->size()));
        drawn.append(label->grab().toImage());
    }
    const QPoint start = startButton()->mapTo(&page, QPoint());

    page.makeTextSelectable();
    QApplication::processEvents();
    for (qsizetype i = 0; i < names.size(); ++i) {
        SCOPED_TRACE(names.at(i).toStdString());
        auto *label = page.findChild<QLabel *>(names.at(i));
        EXPECT_TRUE(label->textInteractionFlags() & Qt::TextSelectableByMouse)
            << "it can be copied";
        EXPECT_EQ(QRect(label->mapTo(&page, QPoint()), label->size()), before.at(i));
        // Pixel for pixel: selectable text is laid out by a text document,
        // which must not put the words a pixel higher.
        EXPECT_EQ(label->grab().toImage(), drawn.at(i)) << "drawn where the plain text was";
    }
    EXPECT_EQ(startButton()->mapTo(&page, QPoint()), start) << "Start stayed where it was";
}

TEST_F(StartPageTest, NothingMovesWhenTheHoldTargetsButtonComesAfterTheFirstFrame)
{
    auto *panel = new ProgressPanel;
    page.setProgressWidget(panel);
    page.resize(1024, 700);
    page.show();
    QApplication::processEvents();
    const QPoint before = startButton()->mapTo(&page, QPoint());
    // The history opened a moment later, and targets can be set: the usual start.
    panel->setTargetsAvailable(true);
    panel->setHistoryKnown();
    QApplication::processEvents();
    EXPECT_TRUE(panel->findChild<QPushButton *>(u"holdTargetsButton"_s)->isVisible());
    EXPECT_EQ(startButton()->mapTo(&page, QPoint()), before) << "Start stayed where it was";

    // A history that cannot be written: no button, and its room is given back.
    panel->setTargetsAvailable(false);
    QApplication::processEvents();
    EXPECT_FALSE(panel->isVisible());
    EXPECT_LT(startButton()->mapTo(&page, QPoint()).y(), before.y());
}

TEST_F(StartPageTest, StartHasTheFocusAndTheKeyboardStartsTheSession)
{
    int requests = 0;
    QObject::connect(&page, &StartPage::startRequested, [&requests] { ++requests; });
    page.show();
    page.activateWindow();
    QApplication::processEvents();
    ASSERT_EQ(QApplication::focusWidget(), startButton());

    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(QApplication::focusWidget(), &enter);
    EXPECT_EQ(requests, 1);

    QKeyEvent spaceDown(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, u" "_s);
    QKeyEvent spaceUp(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, u" "_s);
    QApplication::sendEvent(QApplication::focusWidget(), &spaceDown);
    QApplication::sendEvent(QApplication::focusWidget(), &spaceUp);
    EXPECT_EQ(requests, 2);
}

TEST_F(StartPageTest, StartButtonIsBigAndNamedForScreenReaders)
{
    page.resize(800, 600);
    page.show();
    QApplication::processEvents();
    QPushButton *button = startButton();
    EXPECT_GE(button->height(), 64);
    EXPECT_GE(button->width(), 240);
    EXPECT_GT(button->font().pointSizeF(), page.font().pointSizeF() * 1.5);
    EXPECT_FALSE(button->accessibleName().isEmpty());
}

QList<RoutineExerciseEntry> twoExercises()
{
    RoutineExerciseEntry cross {u"seated-leg-cross"_s, u"Seated Leg Cross"_s,
        u"2 × 60 s each side"_s, testing::crossLeggedLeanHalf(), Camera {-90.0, 0.0}};
    RoutineExerciseEntry knees {u"knees-to-chest"_s, u"Knees to Chest"_s, {}, std::nullopt, {}};
    return {cross, knees};
}

TEST_F(StartPageTest, ListsTheRoutinesExercisesInOrderWithTheirFigures)
{
    page.setExercises(twoExercises());
    EXPECT_EQ(page.exerciseIds(), (QStringList {u"seated-leg-cross"_s, u"knees-to-chest"_s}));
    const QList<ExerciseTile *> tiles = page.exerciseTiles();
    ASSERT_EQ(tiles.size(), 2);
    EXPECT_TRUE(tiles[0]->text().contains(u"Seated Leg Cross"_s));
    EXPECT_TRUE(tiles[0]->text().contains(u"2 × 60 s each side"_s));
    EXPECT_FALSE(tiles[0]->icon().isNull()) << "a small figure";
    EXPECT_TRUE(tiles[1]->icon().isNull()) << "no pose, no figure";
    EXPECT_EQ(tiles[0]->accessibleName(), u"Seated Leg Cross"_s);

    page.setExercises({});
    EXPECT_TRUE(page.exerciseTiles().isEmpty());
}

TEST_F(StartPageTest, AnExerciseOpensByClickOrKeyboard)
{
    page.setExercises(twoExercises());
    QStringList requested;
    QObject::connect(&page, &StartPage::exerciseRequested,
        [&requested](const QString &id) { requested.append(id); });
    int starts = 0;
    QObject::connect(&page, &StartPage::startRequested, [&starts] { ++starts; });
    page.show();
    page.activateWindow();
    QApplication::processEvents();
    EXPECT_EQ(QApplication::focusWidget(), startButton()) << "Start keeps the focus";

    page.exerciseTiles()[1]->click();
    EXPECT_EQ(requested, QStringList {u"knees-to-chest"_s});
    page.exerciseTiles()[0]->setFocus();
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(page.exerciseTiles()[0], &enter);
    EXPECT_EQ(requested, (QStringList {u"knees-to-chest"_s, u"seated-leg-cross"_s}));
    EXPECT_EQ(starts, 0) << "Enter on an exercise does not start the session";
}

TEST_F(StartPageTest, AnotherRoutineCanBeChosenFromTheList)
{
    page.setRoutineChoices(
        {{u"daily"_s, u"Daily hip stretch"_s, 5min}, {u"short"_s, u"Short break"_s, 2min}});
    page.setCurrentRoutine(u"daily"_s);
    auto *choice = page.findChild<QComboBox *>(u"routineChoice"_s);
    ASSERT_NE(choice, nullptr);
    page.show();
    QApplication::processEvents();
    EXPECT_TRUE(choice->isVisible());
    ASSERT_EQ(choice->count(), 2);
    EXPECT_EQ(choice->itemText(1), u"Short break · About 2 minutes"_s);
    EXPECT_EQ(page.currentRoutineId(), u"daily"_s);

    QStringList chosen;
    QObject::connect(
        &page, &StartPage::routineChosen, [&chosen](const QString &id) { chosen.append(id); });
    page.setCurrentRoutine(u"short"_s);
    EXPECT_TRUE(chosen.isEmpty()) << "only the person's choice is announced";
    choice->setFocus();
    QKeyEvent up(QEvent::KeyPress, Qt::Key_Up, Qt::NoModifier);
    QApplication::sendEvent(choice, &up);
    EXPECT_EQ(chosen, QStringList {u"daily"_s});
    EXPECT_TRUE(startButton()->hasFocus()) << "Space or Enter now begins the chosen routine";
}

TEST_F(StartPageTest, WithOneRoutineThereIsNothingToChoose)
{
    page.setRoutineChoices({{u"daily"_s, u"Daily hip stretch"_s, 5min}});
    page.show();
    QApplication::processEvents();
    EXPECT_FALSE(page.findChild<QComboBox *>(u"routineChoice"_s)->isVisible());
}

} // namespace
} // namespace limber

namespace limber {
namespace {

TEST(StartPageLook, QuietTextStillHasReadableContrast)
{
    StartPage page;
    for (const QString &name : {u"todayHeading"_s, u"lastSession"_s}) {
        auto *label = page.findChild<QLabel *>(name);
        ASSERT_NE(label, nullptr);
        const QPalette palette = label->palette();
        const double ratio
            = contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window));
        EXPECT_GE(ratio, 4.5) << name.toStdString();
        EXPECT_NE(palette.color(QPalette::WindowText), page.palette().color(QPalette::WindowText))
            << "quieter than the title";
    }
}

} // namespace
} // namespace limber

// The self-report scales: one key or one click, optional, and said (for the
// history to store) the moment they are given.
#include "app/selfreport/choicebutton.h"
#include "app/selfreport/choicescale.h"
#include "app/selfreport/selfreportpanel.h"
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace std::chrono_literals;

namespace {

void press(QWidget *target, int key)
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(target, &down);
}

QAbstractButton *buttonOf(ChoiceScale &scale, const QString &text)
{
    for (auto *button : scale.findChildren<QAbstractButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

} // namespace

TEST(ChoiceScale, DigitKeysPickTheMatchingChoice)
{
    ChoiceScale pain(u"Pain"_s, painScaleLabels(), 0);
    std::optional<int> seen;
    QObject::connect(&pain, &ChoiceScale::valueChanged, [&](std::optional<int> v) { seen = v; });
    press(buttonOf(pain, u"0"_s), Qt::Key_7);
    EXPECT_EQ(pain.value(), 7);
    EXPECT_EQ(seen, 7);
    EXPECT_TRUE(buttonOf(pain, u"7"_s)->isChecked());
    EXPECT_FALSE(buttonOf(pain, u"0"_s)->isChecked());

    ChoiceScale ladder(u"Reach"_s, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}, 1);
    press(&ladder, Qt::Key_1);
    EXPECT_EQ(ladder.value(), 0) << "a ladder counts from 1 on the keyboard";
    press(&ladder, Qt::Key_9);
    EXPECT_EQ(ladder.value(), 0) << "a key past the end changes nothing";
}

TEST(ChoiceScale, ArrowsMoveAndDeleteOrASecondClickClears)
{
    ChoiceScale pain(u"Pain"_s, painScaleLabels(), 0);
    press(&pain, Qt::Key_Right);
    EXPECT_EQ(pain.value(), 0);
    press(&pain, Qt::Key_Right);
    EXPECT_EQ(pain.value(), 1);
    press(&pain, Qt::Key_Left);
    press(&pain, Qt::Key_Left);
    EXPECT_EQ(pain.value(), 0) << "stops at the first choice";
    press(&pain, Qt::Key_Delete);
    EXPECT_FALSE(pain.value().has_value());

    buttonOf(pain, u"10"_s)->click();
    EXPECT_EQ(pain.value(), 10);
    buttonOf(pain, u"10"_s)->click();
    EXPECT_FALSE(pain.value().has_value()) << "every self-report is optional";
}

TEST(ChoiceScale, EveryChoiceHasAnAccessibleName)
{
    ChoiceScale ladder(u"How far did you get?"_s, {u"A slight lean"_s, u"Elbows"_s}, 1);
    for (auto *button : ladder.findChildren<QAbstractButton *>())
        EXPECT_TRUE(button->accessibleName().startsWith(u"How far did you get?"_s));
}

namespace {

HoldRecord heldHold()
{
    HoldRecord hold;
    hold.exerciseId = u"seated-leg-cross"_s;
    hold.side = Side::Right;
    hold.holdNumber = 2;
    hold.target = 60s;
    hold.held = 60s;
    hold.startUtc = QDateTime(QDate(2026, 12, 3), QTime(8, 0), QTimeZone::utc());
    hold.completed = true;
    return hold;
}

} // namespace

TEST(SelfReportPanel, EachAnswerIsSaidTheMomentItIsGivenAndReachNamesItsHold)
{
    const auto library = ContentLibrary::load({bundledContentRoot()});
    QStringList levels;
    for (const LocalizedText &level : library.exercise(u"seated-leg-cross"_s)->reachLevels)
        levels << level.english();
    SelfReportPanel panel;
    QSignalSpy pain(&panel, &SelfReportPanel::painAfterGiven);
    QSignalSpy reach(&panel, &SelfReportPanel::reachGiven);
    QSignalSpy note(&panel, &SelfReportPanel::noteGiven);
    panel.prepare(heldHold(), levels);
    ASSERT_NE(panel.reachScale(), nullptr);
    EXPECT_EQ(panel.reachScale()->findChildren<QAbstractButton *>().size(), 4);

    press(panel.painScale(), Qt::Key_2);
    ASSERT_EQ(pain.size(), 1);
    EXPECT_EQ(pain.at(0).at(0).toInt(), 2);
    press(panel.reachScale(), Qt::Key_C);
    ASSERT_EQ(reach.size(), 1);
    const auto hold = reach.at(0).at(0).value<HoldRecord>();
    EXPECT_EQ(hold.side, Side::Right);
    EXPECT_EQ(hold.holdNumber, 2);
    EXPECT_EQ(hold.startUtc, heldHold().startUtc);
    EXPECT_EQ(reach.at(0).at(1).toInt(), 2) << "the third step is reach 2 of 0..3";
    panel.noteField()->setText(u"hips loosened"_s);
    Q_EMIT panel.noteField()->editingFinished();
    ASSERT_EQ(note.size(), 1);
    EXPECT_EQ(note.at(0).at(0).toString(), u"hips loosened"_s);

    // Cleared for the next session: nothing said until answered again.
    panel.prepare(heldHold(), levels);
    EXPECT_FALSE(panel.painScale()->value());
    EXPECT_TRUE(panel.noteField()->text().isEmpty());
    EXPECT_EQ(pain.size(), 1);
}

TEST(SelfReportPanel, AnExerciseWithoutALadderHidesTheQuestion)
{
    SelfReportPanel panel;
    panel.prepare(heldHold(), {});
    EXPECT_EQ(panel.reachScale(), nullptr);
}

TEST(SelfReportPanel, WithoutAHoldHeldToItsEndReachIsNotAsked)
{
    SelfReportPanel panel;
    panel.prepare(std::nullopt, {u"A slight lean"_s, u"Elbows on the floor"_s});
    EXPECT_EQ(panel.reachScale(), nullptr) << "a session of skipped holds reached nothing";
}

namespace {

const QStringList ladder {u"A slight lean"_s, u"Hands on your shins"_s,
    u"Forearms close to the floor"_s, u"Elbows on the floor (the goal)"_s};

/// The panel in a window of its own, beside a Done button, as the end screen has it.
struct PanelWindow
{
    PanelWindow()
    {
        auto *layout = new QVBoxLayout(&window);
        panel = new SelfReportPanel;
        layout->addWidget(panel);
        done = new QPushButton(u"Done"_s);
        layout->addWidget(done);
        panel->prepare(heldHold(), ladder);
        window.show();
        window.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
        done->setFocus();
    }

    /// Types \a key at whatever has the focus, shortcuts included.
    static void type(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }

    QWidget window;
    SelfReportPanel *panel = nullptr;
    QPushButton *done = nullptr;
};

} // namespace

TEST(SelfReportPanel, PainAndReachAreOneKeyWhereverTheFocusIs)
{
    PanelWindow w;
    ChoiceScale &pain = *w.panel->painScale();
    ChoiceScale &reach = *w.panel->reachScale();

    w.done->setFocus();
    PanelWindow::type(Qt::Key_4);
    PanelWindow::type(Qt::Key_C);
    EXPECT_EQ(pain.value(), 4) << "from the Done button";
    EXPECT_EQ(reach.value(), 2);

    reach.buttons().constFirst()->setFocus();
    PanelWindow::type(Qt::Key_7);
    EXPECT_EQ(pain.value(), 7) << "a digit on the reach question still answers pain";
    EXPECT_EQ(reach.value(), 2);

    pain.buttons().constFirst()->setFocus();
    PanelWindow::type(Qt::Key_A);
    PanelWindow::type(Qt::Key_T);
    EXPECT_EQ(reach.value(), 0) << "a letter on the pain question answers reach";
    EXPECT_EQ(pain.value(), 10) << "T is 10";

    w.panel->noteField()->setFocus();
    PanelWindow::type(Qt::Key_B);
    PanelWindow::type(Qt::Key_5);
    PanelWindow::type(Qt::Key_T);
    EXPECT_EQ(w.panel->noteField()->text(), u"b5t"_s) << "the note keeps what is typed";
    EXPECT_EQ(pain.value(), 10);
    EXPECT_EQ(reach.value(), 0);
}

TEST(SelfReportPanel, TabGoesPainThenReachThenNote)
{
    PanelWindow w;
    // Each question is one stop for Tab (arrows move within it).
    const auto questionOf = [&w](QWidget *focus) -> QString {
        if (focus == w.panel->noteField())
            return u"note"_s;
        for (ChoiceScale *scale : {w.panel->painScale(), w.panel->reachScale()})
            if (scale->isAncestorOf(focus))
                return scale->objectName();
        return focus ? focus->objectName() : u"nothing"_s;
    };
    w.panel->painScale()->buttons().constFirst()->setFocus();
    QStringList visited {questionOf(QApplication::focusWidget())};
    for (int step = 0; step < 2; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << questionOf(QApplication::focusWidget());
    }
    EXPECT_EQ(visited, QStringList({u"painAfter"_s, u"reach"_s, u"note"_s}));
}

TEST(ChoiceScale, ButtonsAreLargeAndShowTheKeyThatPicksThem)
{
    PanelWindow w;
    for (ChoiceScale *scale : {w.panel->painScale(), w.panel->reachScale()}) {
        for (QAbstractButton *button : scale->buttons()) {
            SCOPED_TRACE(button->text().toStdString());
            EXPECT_GE(button->width(), 44);
            EXPECT_GE(button->height(), 44);
        }
    }
    const auto hintOf
        = [](QAbstractButton *button) { return static_cast<ChoiceButton *>(button)->keyHint(); };
    const QList<QAbstractButton *> pain = w.panel->painScale()->buttons();
    EXPECT_EQ(hintOf(pain.at(10)), u"T"_s);
    EXPECT_EQ(hintOf(pain.at(3)), QString()) << "the 3 says its key itself";
    QStringList reachHints;
    for (QAbstractButton *button : w.panel->reachScale()->buttons())
        reachHints << hintOf(button);
    EXPECT_EQ(reachHints, QStringList({u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
}

TEST(ChoiceButton, ItsSizeFollowsItsLabelKeyAndFont)
{
    ChoiceButton button(u"3"_s);
    const QSize digit = button.sizeHint();
    EXPECT_EQ(button.sizeHint(), digit) << "asked again, the same answer";

    // Type large enough that the label, not the smallest side, sets the height.
    QFont larger = button.font();
    larger.setPointSizeF(larger.pointSizeF() * 3);
    button.setFont(larger);
    const QSize largeDigit = button.sizeHint();
    EXPECT_GT(largeDigit.height(), digit.height());

    button.setText(u"Somewhat further than before"_s);
    const QSize longLabel = button.sizeHint();
    EXPECT_GT(longLabel.width(), largeDigit.width());

    button.setKeyHint(u"B"_s);
    EXPECT_GT(button.sizeHint().height(), longLabel.height())
        << "the key is a line under the label";
}

TEST(ChoiceScale, TheChosenAnswerIsFilledNotJustTinted)
{
    PanelWindow w;
    QAbstractButton *five = w.panel->painScale()->buttons().at(5);
    const QColor accent = five->palette().color(QPalette::Active, QPalette::Highlight);
    const auto accentShare = [&accent](const QImage &image) {
        int matching = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                matching += image.pixelColor(x, y).rgb() == accent.rgb() ? 1 : 0;
        return double(matching) / (image.width() * image.height());
    };
    const QImage before = five->grab().toImage();
    PanelWindow::type(Qt::Key_5);
    ASSERT_TRUE(five->isChecked());
    const QImage after = five->grab().toImage();
    EXPECT_LT(accentShare(before), 0.05);
    EXPECT_GT(accentShare(after), 0.3) << "a solid fill in the accent colour";
    // More than colour: the chosen label is drawn differently (bold, a check mark).
    QPalette grey = five->palette();
    grey.setColor(QPalette::Highlight, grey.color(QPalette::Button));
    grey.setColor(QPalette::HighlightedText, grey.color(QPalette::ButtonText));
    five->setPalette(grey);
    const QImage chosenInGrey = five->grab().toImage();
    five->setChecked(false);
    EXPECT_NE(chosenInGrey, five->grab().toImage()) << "still distinct without the accent colour";
}

TEST(SelfReportPanel, ALadderOfLongLabelsWrapsToThePainScalesWidth)
{
    const QStringList longLadder {u"Sitting upright with the ankle resting on the other knee"_s,
        u"A slight lean forward from the hips"_s, u"Hands resting on the shin of the raised leg"_s,
        u"Chest close to the shin of the raised leg (the goal)"_s};
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *panel = new SelfReportPanel;
    layout->addWidget(panel);
    panel->prepare(heldHold(), longLadder);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    const ChoiceScale *pain = panel->painScale();
    const ChoiceScale *reach = panel->reachScale();
    const int painRight = pain->buttons().constLast()->geometry().right();
    QList<int> rowTops;
    for (QAbstractButton *button : reach->buttons()) {
        SCOPED_TRACE(button->text().toStdString());
        const QRect box(button->mapTo(&window, QPoint(0, 0)), button->size());
        EXPECT_LE(box.right(),
            pain->buttons().constLast()->mapTo(&window, QPoint(0, 0)).x()
                + pain->buttons().constLast()->width())
            << "no reach row is wider than the pain row";
        if (!rowTops.contains(box.top()))
            rowTops.append(box.top());
    }
    EXPECT_GE(rowTops.size(), 2) << "the ladder takes more than one row";
    EXPECT_LE(rowTops.size(), 4);
    EXPECT_LE(window.minimumSizeHint().width(), painRight + 100)
        << "the window need not be wider than the pain row and its margins";
    EXPECT_LE(reach->widestRow(), pain->widestRow());

    // Larger type: both grow, and the ladder still keeps within the pain row.
    QFont larger = panel->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    panel->setFont(larger);
    QApplication::processEvents();
    EXPECT_LE(reach->widestRow(), pain->widestRow());
}

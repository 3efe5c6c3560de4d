#include "app/settings/settings.h"
#include "app/settings/settingspage.h"
#include "core/util/languages.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

class SettingsPageTest : public ::testing::Test
{
protected:
    template<typename T> T *find(const QString &name)
    {
        auto *widget = page.findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    QTemporaryDir dir;
    Settings settings {dir.path()};
    SettingsPage page {settings};
};

TEST_F(SettingsPageTest, ShowsTheStoredValues)
{
    settings.setTonesEnabled(false);
    settings.setVolume(0.42);
    settings.setBreatheOut(8s);
    settings.setCountdownStyle(CountdownStyle::Voice);
    page.reload();
    EXPECT_FALSE(find<QCheckBox>(u"tonesCheck"_s)->isChecked());
    EXPECT_EQ(find<QSlider>(u"volumeSlider"_s)->value(), 42);
    EXPECT_EQ(find<QSpinBox>(u"breatheOutSpin"_s)->value(), 8);
    EXPECT_EQ(find<QComboBox>(u"countdownCombo"_s)->currentData().toInt(),
        static_cast<int>(CountdownStyle::Voice));
}

TEST_F(SettingsPageTest, EveryControlWritesThrough)
{
    find<QCheckBox>(u"tonesCheck"_s)->setChecked(false);
    find<QCheckBox>(u"voiceCheck"_s)->setChecked(false);
    find<QSlider>(u"volumeSlider"_s)->setValue(25);
    auto *countdown = find<QComboBox>(u"countdownCombo"_s);
    countdown->setCurrentIndex(countdown->findData(static_cast<int>(CountdownStyle::Voice)));
    find<QCheckBox>(u"breathingTonesCheck"_s)->setChecked(false);
    find<QSpinBox>(u"breatheInSpin"_s)->setValue(5);
    find<QSpinBox>(u"breatheOutSpin"_s)->setValue(7);
    find<QCheckBox>(u"breathPacerCheck"_s)->setChecked(false);

    ASSERT_TRUE(settings.sync().ok());
    const Settings reread(dir.path());
    EXPECT_FALSE(reread.tonesEnabled());
    EXPECT_FALSE(reread.voiceEnabled());
    EXPECT_DOUBLE_EQ(reread.volume(), 0.25);
    EXPECT_EQ(reread.countdownStyle(), CountdownStyle::Voice);
    EXPECT_FALSE(reread.breathingTonesEnabled());
    EXPECT_EQ(reread.breatheIn(), 5s);
    EXPECT_EQ(reread.breatheOut(), 7s);
    EXPECT_FALSE(reread.breathPacerVisible());
}

TEST_F(SettingsPageTest, SpinBoxesKeepBreathsBetweenTwoAndTenSeconds)
{
    auto *in = find<QSpinBox>(u"breatheInSpin"_s);
    EXPECT_EQ(in->minimum(), 2);
    EXPECT_EQ(in->maximum(), 10);
}

TEST_F(SettingsPageTest, LanguageChoiceListsEveryShippedLanguageByItsOwnName)
{
    auto *language = find<QComboBox>(u"languageCombo"_s);
    ASSERT_EQ(language->count(), shippedLanguages().size() + 1);
    EXPECT_TRUE(language->itemData(0).toString().isEmpty()); // as the system
    QStringList names;
    for (int i = 1; i < language->count(); ++i)
        names.append(language->itemText(i));
    EXPECT_EQ(names,
        QStringList({u"Deutsch"_s, u"English"_s, u"Español"_s, u"Français"_s, u"Italiano"_s,
            u"Nederlands"_s}));
}

TEST_F(SettingsPageTest, AnotherLanguageIsStoredAndSaidToComeAtTheNextStart)
{
    // The tests run in English (tests/support/fixedlocale.h).
    auto *language = find<QComboBox>(u"languageCombo"_s);
    auto *notice = find<QLabel>(u"languageNotice"_s);
    EXPECT_TRUE(notice->isHidden());
    language->setCurrentIndex(language->findData(u"de"_s));
    EXPECT_EQ(settings.language(), u"de"_s);
    EXPECT_FALSE(notice->isHidden());
    EXPECT_EQ(notice->text(), u"Limber will be in Deutsch the next time it starts."_s);

    language->setCurrentIndex(language->findData(u"en"_s));
    EXPECT_EQ(settings.language(), u"en"_s);
    EXPECT_TRUE(notice->isHidden()) << "English is what this run already shows";
}

TEST_F(SettingsPageTest, AStoredLanguageIsShownChosen)
{
    settings.setLanguage(u"it"_s);
    page.reload();
    auto *language = find<QComboBox>(u"languageCombo"_s);
    EXPECT_EQ(language->currentData().toString(), u"it"_s);
    EXPECT_EQ(language->currentText(), u"Italiano"_s);
}

TEST_F(SettingsPageTest, VoiceChoiceListsEngineVoicesAndStoresTheName)
{
    page.setVoiceNames({u"kal"_s, u"slt"_s});
    auto *voice = find<QComboBox>(u"voiceCombo"_s);
    ASSERT_EQ(voice->count(), 3);
    voice->setCurrentIndex(2);
    EXPECT_EQ(settings.voiceName(), u"slt"_s);
    voice->setCurrentIndex(0);
    EXPECT_TRUE(settings.voiceName().isEmpty());
}

TEST_F(SettingsPageTest, TestSoundSaysItIsPlayingThenWhatWasPlayed)
{
    settings.setTonesEnabled(true);
    settings.setVoiceEnabled(true);
    page.reload();
    auto *button = find<QPushButton>(u"testSoundButton"_s);
    auto *result = find<QLabel>(u"testSoundResult"_s);
    EXPECT_FALSE(button->isEnabled());
    int tests = 0;
    SettingsPage::TestSoundDone done;
    page.setTestSound([&](SettingsPage::TestSoundDone finished) {
        ++tests;
        done = std::move(finished);
    });
    ASSERT_TRUE(button->isEnabled());
    button->click();
    EXPECT_EQ(tests, 1);
    // While it plays: the page says what is playing and takes no second click.
    EXPECT_EQ(result->text(), u"Playing a tone and a sentence…"_s);
    EXPECT_FALSE(button->isEnabled());
    EXPECT_EQ(button->text(), u"Playing…"_s);
    button->click();
    EXPECT_EQ(tests, 1);

    ASSERT_TRUE(done);
    const QString played = u"Played the start tone and a sentence at 80 % volume on “Speakers”."_s;
    done(played);
    EXPECT_EQ(result->text(), played);
    EXPECT_TRUE(button->isEnabled());
    EXPECT_EQ(button->text(), u"Test sound"_s);
}

TEST_F(SettingsPageTest, TestSoundNamesOnlyWhatWillPlay)
{
    settings.setTonesEnabled(true);
    settings.setVoiceEnabled(true);
    page.setVoiceAvailable(false, u"No voice for English is installed (espeak-ng-data)."_s);
    page.setTestSound([](const SettingsPage::TestSoundDone &) {});
    find<QPushButton>(u"testSoundButton"_s)->click();
    EXPECT_EQ(find<QLabel>(u"testSoundResult"_s)->text(), u"Playing a tone…"_s);
}

TEST_F(SettingsPageTest, TestSoundThatCannotPlaySaysWhyAtOnce)
{
    const QString why = u"No audio output was found: cues are shown on screen only."_s;
    page.setTestSound([&why](const SettingsPage::TestSoundDone &finished) { finished(why); });
    auto *button = find<QPushButton>(u"testSoundButton"_s);
    button->click();
    EXPECT_EQ(find<QLabel>(u"testSoundResult"_s)->text(), why);
    EXPECT_TRUE(button->isEnabled());
    EXPECT_EQ(button->text(), u"Test sound"_s);
}

TEST_F(SettingsPageTest, TestSoundEndingAfterThePageIsGoneIsHarmless)
{
    SettingsPage::TestSoundDone done;
    {
        SettingsPage shortLived(settings);
        shortLived.setTestSound(
            [&done](SettingsPage::TestSoundDone finished) { done = std::move(finished); });
        shortLived.findChild<QPushButton *>(u"testSoundButton"_s)->click();
    }
    ASSERT_TRUE(done);
    done(u"Played the start tone."_s);
}

TEST_F(SettingsPageTest, UnavailableVoiceIsExplainedAndItsControlsDisabled)
{
    settings.setVoiceEnabled(true);
    page.reload();
    auto *voice = find<QCheckBox>(u"voiceCheck"_s);
    const QString why = u"No voice for English is installed (espeak-ng-data)."_s;
    page.setVoiceAvailable(false, why);
    EXPECT_FALSE(voice->isEnabled());
    EXPECT_FALSE(voice->isChecked()) << "a greyed tick would say the voice is on";
    EXPECT_EQ(voice->toolTip(), why);
    EXPECT_FALSE(find<QComboBox>(u"voiceCombo"_s)->isEnabled());
    auto *notice = find<QLabel>(u"voiceNotice"_s);
    EXPECT_FALSE(notice->isHidden());
    EXPECT_EQ(notice->text(), why);
    EXPECT_EQ(notice->toolTip(), why);
    EXPECT_TRUE(settings.voiceEnabled()) << "the stored choice stays for a computer with a voice";

    page.reload();
    EXPECT_FALSE(voice->isChecked());
    page.setVoiceAvailable(true);
    EXPECT_TRUE(voice->isEnabled());
    EXPECT_TRUE(voice->isChecked());
    EXPECT_TRUE(voice->toolTip().isEmpty());
    EXPECT_TRUE(notice->isHidden());
}

TEST_F(SettingsPageTest, UnavailableVoiceWithoutAReasonStillSaysSomething)
{
    page.setVoiceAvailable(false);
    auto *notice = find<QLabel>(u"voiceNotice"_s);
    EXPECT_FALSE(notice->isHidden());
    EXPECT_FALSE(notice->text().isEmpty());
}

TEST_F(SettingsPageTest, EveryControlHasAnAccessibleNameAndTakesTheKeyboard)
{
    const auto controls = page.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *control : controls) {
        if (!qobject_cast<QAbstractButton *>(control) && !qobject_cast<QComboBox *>(control)
            && !qobject_cast<QAbstractSlider *>(control)
            && !qobject_cast<QAbstractSpinBox *>(control))
            continue;
        // Scroll bars belong to the mouse; the keyboard scrolls by moving focus.
        if (qobject_cast<QScrollBar *>(control))
            continue;
        ++checked;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        ASSERT_NE(accessible, nullptr);
        EXPECT_FALSE(accessible->text(QAccessible::Name).isEmpty())
            << control->objectName().toStdString();
        EXPECT_TRUE(control->focusPolicy() & Qt::TabFocus) << control->objectName().toStdString();
    }
    EXPECT_GE(checked, 20);
}

TEST_F(SettingsPageTest, TheRemindersSectionIsOnThePageAndReloadsWithIt)
{
    auto *reminders = find<QCheckBox>(u"remindersCheck"_s);
    ASSERT_NE(reminders, nullptr);
    ReminderPlan plan;
    plan.enabled = true;
    settings.setReminderPlan(plan);
    page.reload();
    EXPECT_TRUE(reminders->isChecked());
}

TEST_F(SettingsPageTest, TheKeyboardReachesTheRemindersAfterTheSoundControls)
{
    // Tab order follows the page from top to bottom.
    QList<QWidget *> chain;
    QWidget *widget = find<QCheckBox>(u"tonesCheck"_s);
    for (int step = 0; step < 200 && widget && !chain.contains(widget); ++step) {
        chain.append(widget);
        widget = widget->nextInFocusChain();
    }
    const auto position
        = [&](const QString &name) { return chain.indexOf(page.findChild<QWidget *>(name)); };
    EXPECT_LT(position(u"testSoundButton"_s), position(u"remindersCheck"_s));
    EXPECT_LT(position(u"remindersCheck"_s), position(u"reminderModeCombo"_s));
    EXPECT_LT(position(u"reminderModeCombo"_s), position(u"reminderTimesList"_s));
    EXPECT_LT(position(u"reminderTimesList"_s), position(u"reminderNewTimeEdit"_s));
    EXPECT_LT(position(u"reminderNewTimeEdit"_s), position(u"addReminderTimeButton"_s));
    EXPECT_LT(position(u"addReminderTimeButton"_s), position(u"reminderIntervalSpin"_s));
    EXPECT_LT(position(u"reminderToEdit"_s), position(u"reminderDay1"_s));
    EXPECT_LT(position(u"reminderDay1"_s), position(u"reminderLimitSpin"_s));
    EXPECT_LT(position(u"reminderLimitSpin"_s), position(u"reminderRoutineCombo"_s));
    EXPECT_LT(position(u"reminderRoutineCombo"_s), position(u"startWithDesktopCheck"_s));
}

} // namespace
} // namespace limber

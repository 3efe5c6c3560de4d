#include "app/reminders/autostart.h"
#include "app/settings/reminderssection.h"
#include "app/settings/settings.h"
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimeEdit>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

class RemindersSectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(config.isValid());
        // The login entry goes into a folder of the test's own.
        m_savedConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        settings = std::make_unique<Settings>(dir.path());
        section = std::make_unique<RemindersSection>(*settings);
    }
    void TearDown() override
    {
        section.reset();
        if (m_savedConfig.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", m_savedConfig);
    }

    template<typename T> T *find(const QString &name)
    {
        auto *widget = section->findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    void switchOn() { find<QCheckBox>(u"remindersCheck"_s)->setChecked(true); }

    QTemporaryDir dir;
    QTemporaryDir config;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<RemindersSection> section;

private:
    QByteArray m_savedConfig;
};

TEST_F(RemindersSectionTest, OffByDefaultWithTheFieldsDisabled)
{
    EXPECT_FALSE(find<QCheckBox>(u"remindersCheck"_s)->isChecked());
    for (const QString &name : {u"reminderModeCombo"_s, u"reminderLimitSpin"_s,
             u"reminderRoutineCombo"_s, u"reminderTimesList"_s, u"reminderDay1"_s}) {
        auto *control = find<QWidget>(name);
        ASSERT_NE(control, nullptr);
        EXPECT_FALSE(control->isEnabled()) << name.toStdString();
    }
    switchOn();
    EXPECT_TRUE(find<QComboBox>(u"reminderModeCombo"_s)->isEnabled());
    EXPECT_TRUE(find<QCheckBox>(u"reminderDay1"_s)->isEnabled());
    EXPECT_TRUE(settings->reminderPlan().enabled);
}

TEST_F(RemindersSectionTest, MondayToFridayAreTickedByDefault)
{
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        EXPECT_EQ(find<QCheckBox>(u"reminderDay%1"_s.arg(day))->isChecked(), day <= Qt::Friday)
            << day;
}

TEST_F(RemindersSectionTest, TimesAreAddedSortedAndRemoved)
{
    switchOn();
    auto *list = find<QListWidget>(u"reminderTimesList"_s);
    const int before = list->count();
    find<QTimeEdit>(u"reminderNewTimeEdit"_s)->setTime(QTime(7, 45));
    find<QPushButton>(u"addReminderTimeButton"_s)->click();
    ASSERT_EQ(list->count(), before + 1);
    EXPECT_EQ(settings->reminderPlan().times.first(), QTime(7, 45));
    EXPECT_EQ(list->currentRow(), 0);
    // Adding it again changes nothing.
    find<QPushButton>(u"addReminderTimeButton"_s)->click();
    EXPECT_EQ(list->count(), before + 1);

    find<QPushButton>(u"removeReminderTimeButton"_s)->click();
    EXPECT_EQ(list->count(), before);
    EXPECT_FALSE(settings->reminderPlan().times.contains(QTime(7, 45)));
}

TEST_F(RemindersSectionTest, IntervalModeShowsItsOwnFieldsAndWritesThem)
{
    switchOn();
    EXPECT_TRUE(find<QSpinBox>(u"reminderIntervalSpin"_s)->isHidden());
    EXPECT_FALSE(find<QWidget>(u"reminderTimesRow"_s)->isHidden());
    auto *mode = find<QComboBox>(u"reminderModeCombo"_s);
    mode->setCurrentIndex(mode->findData(static_cast<int>(ReminderMode::Interval)));
    EXPECT_FALSE(find<QSpinBox>(u"reminderIntervalSpin"_s)->isHidden());
    EXPECT_TRUE(find<QWidget>(u"reminderTimesRow"_s)->isHidden());
    find<QSpinBox>(u"reminderIntervalSpin"_s)->setValue(45);
    find<QTimeEdit>(u"reminderFromEdit"_s)->setTime(QTime(8, 30));
    find<QTimeEdit>(u"reminderToEdit"_s)->setTime(QTime(16, 0));
    const ReminderPlan plan = settings->reminderPlan();
    EXPECT_EQ(plan.mode, ReminderMode::Interval);
    EXPECT_EQ(plan.intervalMinutes, 45);
    EXPECT_EQ(plan.activeFrom, QTime(8, 30));
    EXPECT_EQ(plan.activeTo, QTime(16, 0));
    EXPECT_TRUE(find<QLabel>(u"reminderHoursNotice"_s)->isHidden());
    find<QTimeEdit>(u"reminderToEdit"_s)->setTime(QTime(8, 0));
    EXPECT_FALSE(find<QLabel>(u"reminderHoursNotice"_s)->isHidden());
}

TEST_F(RemindersSectionTest, DaysAndLimitWriteThrough)
{
    switchOn();
    find<QCheckBox>(u"reminderDay3"_s)->setChecked(false);
    find<QCheckBox>(u"reminderDay6"_s)->setChecked(true);
    find<QSpinBox>(u"reminderLimitSpin"_s)->setValue(11);
    const ReminderPlan plan = settings->reminderPlan();
    EXPECT_FALSE(plan.coversDay(Qt::Wednesday));
    EXPECT_TRUE(plan.coversDay(Qt::Saturday));
    EXPECT_EQ(plan.dailyLimit, 11);
    EXPECT_EQ(find<QSpinBox>(u"reminderLimitSpin"_s)->maximum(), 24);
}

TEST_F(RemindersSectionTest, TheRoutinesComeFromTheLibrary)
{
    const ContentLibrary library = ContentLibrary::load({bundledContentRoot()});
    section->setContentLibrary(library);
    auto *routine = find<QComboBox>(u"reminderRoutineCombo"_s);
    EXPECT_EQ(routine->count(), library.routines().size());
    EXPECT_EQ(routine->currentData().toString(), u"desk-break"_s);
    switchOn();
    const int other = routine->currentIndex() == 0 ? 1 : 0;
    routine->setCurrentIndex(other);
    EXPECT_EQ(settings->reminderPlan().routineId, routine->itemData(other).toString());
}

TEST_F(RemindersSectionTest, StoredValuesAreShown)
{
    ReminderPlan plan;
    plan.enabled = true;
    plan.mode = ReminderMode::Interval;
    plan.intervalMinutes = 90;
    plan.dailyLimit = 2;
    settings->setReminderPlan(plan);
    section->reload();
    EXPECT_TRUE(find<QCheckBox>(u"remindersCheck"_s)->isChecked());
    EXPECT_EQ(find<QSpinBox>(u"reminderIntervalSpin"_s)->value(), 90);
    EXPECT_EQ(find<QSpinBox>(u"reminderLimitSpin"_s)->value(), 2);
    // Showing values writes nothing back.
    EXPECT_EQ(settings->reminderPlan(), plan.normalized());
}

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
TEST_F(RemindersSectionTest, StartWhenILogInWritesAndRemovesTheEntry)
{
    auto *box = find<QCheckBox>(u"startWithDesktopCheck"_s);
    EXPECT_FALSE(box->isChecked());
    box->setChecked(true);
    EXPECT_TRUE(QFile::exists(autostart::entryPath()));
    EXPECT_TRUE(settings->startWithDesktop());
    box->setChecked(false);
    EXPECT_FALSE(QFile::exists(autostart::entryPath()));
    EXPECT_FALSE(settings->startWithDesktop());
}

TEST_F(RemindersSectionTest, AnEntryThatCannotBeWrittenIsExplainedAndLeftUnticked)
{
    QFile blocker(config.filePath(u"autostart"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto *box = find<QCheckBox>(u"startWithDesktopCheck"_s);
    box->setChecked(true);
    EXPECT_FALSE(box->isChecked());
    EXPECT_FALSE(settings->startWithDesktop());
    auto *notice = find<QLabel>(u"autostartNotice"_s);
    EXPECT_FALSE(notice->isHidden());
    EXPECT_TRUE(notice->text().contains(u"autostart"_s)) << notice->text().toStdString();
}
#endif

TEST_F(RemindersSectionTest, LabelsLeadToTheirFields)
{
    int labelled = 0;
    for (QLabel *label : section->findChildren<QLabel *>()) {
        if (!label->text().contains(u'&'))
            continue;
        ++labelled;
        EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString();
    }
    EXPECT_GE(labelled, 6);
}

} // namespace
} // namespace limber

#include "app/i18n.h"
#include "app/reminders/remindercontroller.h"
#include "app/routines/routineduration.h"
#include "app/settings/settings.h"
#include "core/content/contentlibrary.h"
#include "core/util/clock.h"
#include "resources/content_resources.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <ostream>

using namespace limber;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

// Readable failures: gtest would print a QString as a list of bytes.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace {

/// Monday 2026-01-05 in Berlin (UTC+1 in winter), as UTC.
QDateTime monday(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 1, 5), QTime(hour, minute, second), QTimeZone(3600)).toUTC();
}

class ReminderControllerTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { installTranslators(QLocale(QLocale::English)); }

    void SetUp() override
    {
        ASSERT_TRUE(berlin.isValid()) << "QTimeZone cannot load Europe/Berlin: install tzdata";
        ASSERT_TRUE(library.errors().isEmpty());
        ASSERT_NE(library.routine(u"desk-break"_s), nullptr);
        restart();
    }

    /// A new controller over the settings as stored on disk, as after a restart.
    void restart()
    {
        controller.reset();
        if (settings) {
            ASSERT_TRUE(settings->sync().ok());
        }
        settings = std::make_unique<Settings>(dir.path());
        controller = std::make_unique<ReminderController>(*settings, clock, library);
        controller->setTimeZone(berlin);
        due = std::make_unique<QSignalSpy>(controller.get(), &ReminderController::reminderDue);
        cleared
            = std::make_unique<QSignalSpy>(controller.get(), &ReminderController::pendingCleared);
        started
            = std::make_unique<QSignalSpy>(controller.get(), &ReminderController::startRequested);
    }

    void switchOn(ReminderMode mode = ReminderMode::TimesOfDay)
    {
        ReminderPlan plan;
        plan.enabled = true;
        plan.mode = mode;
        plan.times = {QTime(10, 30), QTime(15, 0)};
        settings->setReminderPlan(plan);
    }

    /// Moves the clock to \a moment (UTC) as time passing while awake.
    void advanceTo(const QDateTime &moment)
    {
        clock.advance(std::chrono::milliseconds(clock.nowUtc().msecsTo(moment)));
    }

    QTimeZone berlin {"Europe/Berlin"};
    ContentLibrary library = ContentLibrary::load({bundledContentRoot()});
    ManualClock clock {monday(8, 0), 3600};
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<ReminderController> controller;
    std::unique_ptr<QSignalSpy> due;
    std::unique_ptr<QSignalSpy> cleared;
    std::unique_ptr<QSignalSpy> started;
};

TEST_F(ReminderControllerTest, OffByDefaultNothingWakesAndNothingComes)
{
    EXPECT_FALSE(settings->reminderPlan().enabled);
    EXPECT_EQ(controller->nextLook(), std::nullopt);
    advanceTo(monday(10, 30));
    controller->checkNow();
    EXPECT_EQ(due->count(), 0);
    EXPECT_EQ(controller->nextLook(), std::nullopt);
}

TEST_F(ReminderControllerTest, SleepsUntilTheNextReminderButNeverMoreThanAMinute)
{
    switchOn();
    EXPECT_EQ(controller->nextLook(), ReminderController::longestSleep);
    advanceTo(monday(10, 29, 30));
    controller->checkNow();
    EXPECT_EQ(controller->nextLook(), 30s);
    advanceTo(monday(10, 30).addMSecs(-400));
    controller->checkNow();
    EXPECT_EQ(controller->nextLook(), ReminderController::shortestSleep);
}

TEST_F(ReminderControllerTest, ShowsADueReminderOnceWithTheRoutineAndItsLength)
{
    switchOn();
    advanceTo(monday(10, 30));
    controller->checkNow();
    controller->checkNow();
    ASSERT_EQ(due->count(), 1);
    const auto notice = due->at(0).at(0).value<ReminderNotice>();
    EXPECT_EQ(notice.routineId, u"desk-break"_s);
    EXPECT_FALSE(notice.title.isEmpty());

    SessionOptions options;
    options.uiLanguages = QLocale().uiLanguages();
    const auto length = routineDuration(*library.routine(u"desk-break"_s), library, options);
    ASSERT_TRUE(length.has_value());
    const long minutes = std::lround(double(length->count()) / 60.0);
    ASSERT_GE(minutes, 2);
    EXPECT_EQ(notice.message, u"A good moment for “Desk break” — about %1 minutes."_s.arg(minutes));
    ASSERT_TRUE(controller->pending().has_value());
    EXPECT_EQ(*controller->pending(), notice);
}

TEST_F(ReminderControllerTest, StartAsksForTheRoutineAndClearsTheNotice)
{
    switchOn();
    advanceTo(monday(10, 30));
    controller->checkNow();
    controller->answer(ReminderAnswer::Start);
    ASSERT_EQ(started->count(), 1);
    EXPECT_EQ(started->at(0).at(0).toString(), u"desk-break"_s);
    EXPECT_EQ(cleared->count(), 1);
    EXPECT_FALSE(controller->pending().has_value());
}

TEST_F(ReminderControllerTest, SnoozeComesBackTenMinutesAfterTheAnswer)
{
    switchOn();
    advanceTo(monday(10, 30));
    controller->checkNow();
    advanceTo(monday(10, 32));
    controller->answer(ReminderAnswer::Snooze);
    EXPECT_EQ(cleared->count(), 1);
    advanceTo(monday(10, 41, 59));
    controller->checkNow();
    EXPECT_EQ(due->count(), 1);
    advanceTo(monday(10, 42));
    controller->checkNow();
    EXPECT_EQ(due->count(), 2);
    EXPECT_EQ(started->count(), 0);
}

TEST_F(ReminderControllerTest, SkipTodayWaitsForTomorrow)
{
    switchOn();
    advanceTo(monday(10, 30));
    controller->checkNow();
    controller->answer(ReminderAnswer::SkipToday);
    advanceTo(monday(15, 30));
    controller->checkNow();
    EXPECT_EQ(due->count(), 1);
    advanceTo(monday(10, 30).addDays(1));
    controller->checkNow();
    EXPECT_EQ(due->count(), 2);
}

TEST_F(ReminderControllerTest, DismissedChangesNothingButTakesTheNoticeDown)
{
    switchOn();
    advanceTo(monday(10, 30));
    controller->checkNow();
    controller->answer(ReminderAnswer::Dismissed);
    EXPECT_EQ(cleared->count(), 1);
    EXPECT_FALSE(controller->pending().has_value());
    advanceTo(monday(15, 0));
    controller->checkNow();
    EXPECT_EQ(due->count(), 2);
}

TEST_F(ReminderControllerTest, AnAnswerWithNothingPendingIsIgnored)
{
    switchOn();
    controller->answer(ReminderAnswer::Start);
    EXPECT_EQ(started->count(), 0);
    EXPECT_EQ(cleared->count(), 0);
}

TEST_F(ReminderControllerTest, ASessionTakesTheNoticeDownAndStopsTheTimer)
{
    switchOn();
    advanceTo(monday(10, 30));
    controller->checkNow();
    controller->setSessionRunning(true);
    EXPECT_EQ(cleared->count(), 1);
    EXPECT_EQ(controller->nextLook(), std::nullopt);
    advanceTo(monday(15, 5));
    controller->checkNow();
    EXPECT_EQ(due->count(), 1);
    controller->setSessionRunning(false);
    // 15:00 fell due during the session: the person was practising.
    controller->checkNow();
    EXPECT_EQ(due->count(), 1);
    EXPECT_EQ(controller->nextLook(), ReminderController::longestSleep);
}

TEST_F(ReminderControllerTest, ARestartDoesNotRepeatAReminderAlreadyShown)
{
    switchOn();
    advanceTo(monday(10, 30));
    controller->checkNow();
    ASSERT_EQ(due->count(), 1);
    advanceTo(monday(10, 31));
    restart();
    controller->checkNow();
    EXPECT_EQ(due->count(), 0);
    advanceTo(monday(15, 0));
    controller->checkNow();
    EXPECT_EQ(due->count(), 1);
}

TEST_F(ReminderControllerTest, AfterASuspendOneReminderComes)
{
    ReminderPlan plan;
    plan.enabled = true;
    plan.mode = ReminderMode::Interval;
    plan.intervalMinutes = 30;
    settings->setReminderPlan(plan);
    advanceTo(monday(9, 10));
    clock.suspend(4h);
    controller->checkNow();
    controller->checkNow();
    EXPECT_EQ(due->count(), 1);
}

TEST_F(ReminderControllerTest, SwitchingOffTakesTheNoticeDownAndStopsTheTimer)
{
    switchOn();
    advanceTo(monday(10, 30));
    controller->checkNow();
    ReminderPlan plan = settings->reminderPlan();
    plan.enabled = false;
    settings->setReminderPlan(plan);
    EXPECT_EQ(cleared->count(), 1);
    EXPECT_EQ(controller->nextLook(), std::nullopt);
}

TEST_F(ReminderControllerTest, SwitchingOnInTheAfternoonDoesNotBringUpTheMorning)
{
    advanceTo(monday(12, 0));
    switchOn();
    controller->checkNow();
    EXPECT_EQ(due->count(), 0);
    advanceTo(monday(15, 0));
    controller->checkNow();
    EXPECT_EQ(due->count(), 1);
}

TEST_F(ReminderControllerTest, ANoticeLeftOpenOvernightIsTakenDown)
{
    switchOn();
    advanceTo(monday(15, 0));
    controller->checkNow();
    advanceTo(monday(8, 0).addDays(1));
    controller->checkNow();
    EXPECT_EQ(cleared->count(), 1);
    EXPECT_FALSE(controller->pending().has_value());
}

TEST_F(ReminderControllerTest, AfterTravelRemindersComeAtTheNewLocalTimes)
{
    switchOn();
    advanceTo(monday(10, 30));
    controller->checkNow();
    controller->answer(ReminderAnswer::Dismissed);
    const QTimeZone newYork("America/New_York");
    ASSERT_TRUE(newYork.isValid()) << "QTimeZone cannot load America/New_York: install tzdata";
    controller->setTimeZone(newYork);
    advanceTo(monday(15, 0)); // 09:00 in New York
    controller->checkNow();
    EXPECT_EQ(due->count(), 1);
    advanceTo(monday(16, 30)); // 10:30 in New York
    controller->checkNow();
    EXPECT_EQ(due->count(), 2);
}

TEST_F(ReminderControllerTest, ARoutineThatIsGoneFallsBackToTheDefault)
{
    ReminderPlan plan;
    plan.enabled = true;
    plan.routineId = u"no-such-routine"_s;
    settings->setReminderPlan(plan);
    const ReminderNotice notice = controller->noticeFor(plan.routineId);
    EXPECT_EQ(notice.routineId, library.defaultRoutineId());
    EXPECT_FALSE(notice.message.isEmpty());
}

TEST_F(ReminderControllerTest, IdleItWakesAtMostOnceAMinute)
{
    ReminderPlan plan;
    plan.enabled = true;
    plan.mode = ReminderMode::Interval;
    plan.intervalMinutes = 15;
    plan.days = ReminderPlan::everyDay;
    settings->setReminderPlan(plan);
    // A week looked at every 37 seconds: every sleep is between one second and one minute.
    for (int look = 0; look < 7 * 24 * 60 * 60 / 37; ++look) {
        clock.advance(37s);
        controller->checkNow();
        if (controller->pending())
            controller->answer(ReminderAnswer::Dismissed);
        const auto sleep = controller->nextLook();
        ASSERT_TRUE(sleep.has_value());
        ASSERT_GE(*sleep, ReminderController::shortestSleep);
        ASSERT_LE(*sleep, ReminderController::longestSleep);
    }
    EXPECT_GT(due->count(), 0);
}

} // namespace

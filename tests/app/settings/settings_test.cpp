#include "app/settings/datadir.h"
#include "app/settings/settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

class SettingsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    void writeIni(const QByteArray &contents)
    {
        QFile file(dir.filePath(u"settings.ini"_s));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

    QTemporaryDir dir;
};

TEST_F(SettingsTest, FreshSettingsHaveTheDocumentedDefaults)
{
    const Settings settings(dir.path());
    EXPECT_TRUE(settings.tonesEnabled());
    EXPECT_TRUE(settings.voiceEnabled());
    EXPECT_TRUE(settings.voiceName().isEmpty());
    EXPECT_DOUBLE_EQ(settings.volume(), 0.8);
    EXPECT_TRUE(settings.breathingTonesEnabled());
    EXPECT_EQ(settings.breatheIn(), 4s);
    EXPECT_EQ(settings.breatheOut(), 6s);
    EXPECT_EQ(settings.countdownStyle(), CountdownStyle::Tones);
    EXPECT_TRUE(settings.breathPacerVisible());
    EXPECT_EQ(settings.acceptedSafetyNoticeVersion(), 0);
    EXPECT_TRUE(settings.windowGeometry().isEmpty());
    EXPECT_TRUE(settings.audioNoticeShown().isEmpty());
    EXPECT_EQ(settings.cuePreferences(), CuePreferences {});
}

TEST_F(SettingsTest, EveryValueSurvivesARestart)
{
    {
        Settings settings(dir.path());
        settings.setTonesEnabled(false);
        settings.setVoiceEnabled(false);
        settings.setVoiceName(u"slt"_s);
        settings.setVolume(0.35);
        settings.setBreathingTonesEnabled(false);
        settings.setBreatheIn(3s);
        settings.setBreatheOut(9s);
        settings.setCountdownStyle(CountdownStyle::Voice);
        settings.setBreathPacerVisible(false);
        settings.setAcceptedSafetyNoticeVersion(2);
        settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
        settings.setAudioNoticeShown(u"No sound output"_s);
        ASSERT_TRUE(settings.sync().ok());
    }
    const Settings settings(dir.path());
    EXPECT_FALSE(settings.tonesEnabled());
    EXPECT_FALSE(settings.voiceEnabled());
    EXPECT_EQ(settings.voiceName(), u"slt"_s);
    EXPECT_DOUBLE_EQ(settings.volume(), 0.35);
    EXPECT_FALSE(settings.breathingTonesEnabled());
    EXPECT_EQ(settings.breatheIn(), 3s);
    EXPECT_EQ(settings.breatheOut(), 9s);
    EXPECT_EQ(settings.countdownStyle(), CountdownStyle::Voice);
    EXPECT_FALSE(settings.breathPacerVisible());
    EXPECT_EQ(settings.acceptedSafetyNoticeVersion(), 2);
    EXPECT_EQ(settings.windowGeometry(), QByteArray("\x01\x02geometry", 10));
    EXPECT_EQ(settings.audioNoticeShown(), u"No sound output"_s);
    const CuePreferences expected {false, false, false, CountdownStyle::Voice};
    EXPECT_EQ(settings.cuePreferences(), expected);
}

TEST_F(SettingsTest, SettersClampIntoRange)
{
    Settings settings(dir.path());
    settings.setVolume(1.7);
    EXPECT_DOUBLE_EQ(settings.volume(), 1.0);
    settings.setVolume(-0.2);
    EXPECT_DOUBLE_EQ(settings.volume(), 0.0);
    settings.setVolume(std::numeric_limits<double>::quiet_NaN());
    EXPECT_DOUBLE_EQ(settings.volume(), 0.8);
    settings.setBreatheIn(1s);
    EXPECT_EQ(settings.breatheIn(), 2s);
    settings.setBreatheOut(11s);
    EXPECT_EQ(settings.breatheOut(), 10s);
    settings.setBreatheIn(10s);
    EXPECT_EQ(settings.breatheIn(), 10s);
    settings.setAcceptedSafetyNoticeVersion(-4);
    EXPECT_EQ(settings.acceptedSafetyNoticeVersion(), 0);
}

TEST_F(SettingsTest, HandEditedNonsenseFallsBackToDefaultsOrLimits)
{
    writeIni("[audio]\ntones=maybe\nvoice=0\nvolume=loud\ncountdown=drums\n"
             "[breathing]\ninSeconds=99\noutSeconds=soon\ntones=false\n"
             "[safety]\nacceptedNoticeVersion=x\n");
    const Settings settings(dir.path());
    EXPECT_TRUE(settings.tonesEnabled());
    EXPECT_FALSE(settings.voiceEnabled());
    EXPECT_DOUBLE_EQ(settings.volume(), 0.8);
    EXPECT_EQ(settings.countdownStyle(), CountdownStyle::Tones);
    EXPECT_EQ(settings.breatheIn(), 10s);
    EXPECT_EQ(settings.breatheOut(), 6s);
    EXPECT_FALSE(settings.breathingTonesEnabled());
    EXPECT_EQ(settings.acceptedSafetyNoticeVersion(), 0);
}

TEST_F(SettingsTest, DataDirKeepsTheSettingsInAnIniFileThere)
{
    Settings settings(dir.path());
    EXPECT_EQ(QFileInfo(settings.location()).absoluteFilePath(),
        QFileInfo(dir.filePath(u"settings.ini"_s)).absoluteFilePath());
    settings.setVolume(0.5);
    ASSERT_TRUE(settings.sync().ok());
    QFile file(dir.filePath(u"settings.ini"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("volume=0.5"));
}

TEST_F(SettingsTest, WithoutDataDirTheSettingsLiveElsewhere)
{
    const Settings settings;
    EXPECT_FALSE(settings.location().isEmpty());
    EXPECT_FALSE(settings.location().startsWith(dir.path()));
    EXPECT_EQ(Settings(QString()).location(), settings.location());
}

TEST_F(SettingsTest, ChangedIsSentOnlyForRealChanges)
{
    Settings settings(dir.path());
    int changes = 0;
    QObject::connect(&settings, &Settings::changed, [&changes] { ++changes; });
    settings.setVolume(0.5);
    settings.setVolume(0.5);
    settings.setTonesEnabled(false);
    settings.setTonesEnabled(false);
    EXPECT_EQ(changes, 2);
}

TEST_F(SettingsTest, UnwritableLocationIsReportedWithThePath)
{
    QFile blocker(dir.filePath(u"not-a-folder"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Settings settings(blocker.fileName());
    settings.setVolume(0.3);
    const Status status = settings.sync();
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(u"not-a-folder"_s))
        << status.error().message.toStdString();
}

TEST_F(SettingsTest, SaveAnnouncesAFailureWithThePath)
{
    // A folder where the file should be cannot be written, even by root.
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"settings.ini"_s));
    Settings settings(dir.path());
    QStringList failures;
    QObject::connect(&settings, &Settings::saveFailed,
        [&failures](const QString &message) { failures << message; });
    settings.setVolume(0.3);
    settings.save();
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.first().contains(QDir::toNativeSeparators(settings.location())))
        << failures.first().toStdString();
}

TEST_F(SettingsTest, SaveThatWorksSaysNothing)
{
    Settings settings(dir.path());
    int failures = 0;
    QObject::connect(&settings, &Settings::saveFailed, [&failures] { ++failures; });
    settings.setVolume(0.3);
    settings.save();
    EXPECT_EQ(failures, 0);
    EXPECT_TRUE(QFileInfo(settings.location()).isFile());
}

TEST_F(SettingsTest, RemindersAreOffAndNotStartedAtLoginByDefault)
{
    const Settings settings(dir.path());
    EXPECT_EQ(settings.reminderPlan(), ReminderPlan {});
    EXPECT_EQ(settings.reminderState(), ReminderState {});
    EXPECT_FALSE(settings.startWithDesktop());
    EXPECT_EQ(settings.dataDir(), dir.path());
}

TEST_F(SettingsTest, TheReminderPlanAndStateSurviveARestart)
{
    ReminderPlan plan;
    plan.enabled = true;
    plan.mode = ReminderMode::Interval;
    plan.times = {QTime(8, 15), QTime(13, 45)};
    plan.intervalMinutes = 45;
    plan.activeFrom = QTime(7, 30);
    plan.activeTo = QTime(18, 0);
    plan.days = 0b1000001; // Monday and Sunday
    plan.dailyLimit = 9;
    plan.routineId = u"gentle-floor"_s;

    ReminderState state;
    state.lastShownUtc = QDateTime(QDate(2026, 1, 5), QTime(9, 30, 12, 345), QTimeZone::utc());
    state.lastSessionEndUtc = QDateTime(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc());
    state.snoozedUntilUtc = QDateTime(QDate(2026, 1, 5), QTime(9, 40), QTimeZone::utc());
    state.planSinceUtc = QDateTime(QDate(2026, 1, 4), QTime(20, 0), QTimeZone::utc());
    state.skippedDay = QDate(2026, 1, 4);
    state.countedDay = QDate(2026, 1, 5);
    state.shownOnCountedDay = 2;
    {
        Settings settings(dir.path());
        settings.setReminderPlan(plan);
        settings.setReminderState(state);
        settings.setStartWithDesktop(true);
        ASSERT_TRUE(settings.sync().ok());
    }
    const Settings reread(dir.path());
    EXPECT_EQ(reread.reminderPlan(), plan);
    EXPECT_EQ(reread.reminderState(), state);
    EXPECT_TRUE(reread.startWithDesktop());
}

TEST_F(SettingsTest, AnEmptyListOfTimesStaysEmpty)
{
    Settings settings(dir.path());
    ReminderPlan plan;
    plan.times.clear();
    settings.setReminderPlan(plan);
    EXPECT_TRUE(settings.reminderPlan().times.isEmpty());
}

TEST_F(SettingsTest, HandEditedRemindersAreReadSensibly)
{
    writeIni("[reminders]\n"
             "enabled=true\n"
             "mode=interval\n"
             "times=15:00 nonsense 09:05 15:00\n"
             "intervalMinutes=3\n"
             "activeFrom=25:00\n"
             "days=sun SAT holiday\n"
             "dailyLimit=lots\n");
    const ReminderPlan plan = Settings(dir.path()).reminderPlan();
    EXPECT_TRUE(plan.enabled);
    EXPECT_EQ(plan.mode, ReminderMode::Interval);
    EXPECT_EQ(plan.times, (QList<QTime> {QTime(9, 5), QTime(15, 0)}));
    EXPECT_EQ(plan.intervalMinutes, ReminderPlan::shortestIntervalMinutes);
    EXPECT_EQ(plan.activeFrom, ReminderPlan {}.activeFrom);
    EXPECT_EQ(plan.days, 0b1100000);
    EXPECT_EQ(plan.dailyLimit, ReminderPlan::defaultDailyLimit);
}

TEST_F(SettingsTest, AReminderPlanIsAnnouncedOnceAndOnlyWhenItChanges)
{
    Settings settings(dir.path());
    int changes = 0;
    QObject::connect(&settings, &Settings::changed, [&changes] { ++changes; });
    ReminderPlan plan;
    plan.enabled = true;
    plan.dailyLimit = 3;
    settings.setReminderPlan(plan);
    EXPECT_EQ(changes, 1);
    settings.setReminderPlan(plan);
    EXPECT_EQ(changes, 1);
}

TEST_F(SettingsTest, KeepingTheSameReminderStateWritesNothing)
{
    // The schedule saves its state after every look, once a minute: an
    // unchanged state must not rewrite the file each time.
    ReminderState state;
    state.countedDay = QDate(2026, 1, 5);
    state.shownOnCountedDay = 3;
    state.lastShownUtc = QDateTime(QDate(2026, 1, 5), QTime(9, 30), QTimeZone::utc());
    ReminderPlan plan;
    plan.enabled = true;
    {
        Settings settings(dir.path());
        settings.setReminderState(state);
        settings.setReminderPlan(plan);
        ASSERT_TRUE(settings.sync().ok());
    }
    Settings reopened(dir.path());
    int changes = 0;
    QObject::connect(&reopened, &Settings::changed, [&changes] { ++changes; });
    reopened.setReminderState(state);
    reopened.setReminderPlan(plan);
    EXPECT_EQ(changes, 0);
}

TEST_F(SettingsTest, ThePainQuestionsRoomIsRememberedForTheLayoutItWasMeasuredIn)
{
    const QString layout = u"Sans Serif,9|fusion|96|1|Pain right now"_s;
    {
        Settings settings(dir.path());
        EXPECT_EQ(settings.painQuestionRoom(layout), std::nullopt) << "never measured";
        int changes = 0;
        QObject::connect(&settings, &Settings::changed, [&changes] { ++changes; });
        settings.setPainQuestionRoom(layout, QSize(867, 106));
        EXPECT_EQ(changes, 0) << "not a choice anything follows";
        ASSERT_TRUE(settings.sync().ok());
    }
    const Settings reopened(dir.path());
    EXPECT_EQ(reopened.painQuestionRoom(layout), QSize(867, 106));
    EXPECT_EQ(
        reopened.painQuestionRoom(u"Sans Serif,12|fusion|96|1|Pain right now"_s), std::nullopt)
        << "measured in another type: measured again";
}

TEST_F(SettingsTest, AHandEditedPainQuestionRoomThatIsNoSizeIsNotKept)
{
    writeIni("[layout]\npainQuestionRoom=tall\npainQuestionRoomFor=x\n");
    EXPECT_EQ(Settings(dir.path()).painQuestionRoom(u"x"_s), std::nullopt);
    writeIni("[layout]\npainQuestionRoom=@Size(0 0)\npainQuestionRoomFor=x\n");
    EXPECT_EQ(Settings(dir.path()).painQuestionRoom(u"x"_s), std::nullopt);
}

TEST(DataDir, IsCreatedWhenMissing)
{
    QTemporaryDir root;
    const QString wanted = root.filePath(u"a/b/limber"_s);
    const auto prepared = prepareDataDir(wanted);
    ASSERT_TRUE(prepared.ok()) << prepared.error().message.toStdString();
    EXPECT_TRUE(QFileInfo(*prepared).isDir());
    EXPECT_EQ(*prepared, QDir::cleanPath(QFileInfo(wanted).absoluteFilePath()));
}

TEST(DataDir, RelativePathBecomesAbsolute)
{
    QTemporaryDir root;
    const QString previous = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(root.path()));
    const auto prepared = prepareDataDir(u"relative"_s);
    QDir::setCurrent(previous);
    ASSERT_TRUE(prepared.ok());
    EXPECT_TRUE(QDir::isAbsolutePath(*prepared));
    EXPECT_TRUE(QFileInfo(root.filePath(u"relative"_s)).isDir());
}

TEST(DataDir, AFileInTheWayIsAClearError)
{
    QTemporaryDir root;
    QFile file(root.filePath(u"taken"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();

    const auto onFile = prepareDataDir(file.fileName());
    ASSERT_FALSE(onFile.ok());
    EXPECT_TRUE(onFile.error().message.contains(u"taken"_s));
    EXPECT_TRUE(onFile.error().message.contains(u"--data-dir"_s));

    const auto belowFile = prepareDataDir(root.filePath(u"taken/inside"_s));
    ASSERT_FALSE(belowFile.ok());
    EXPECT_TRUE(belowFile.error().message.contains(u"could not be created"_s));
}

TEST(DataDir, DefaultIsTheApplicationDataFolder)
{
    const auto prepared = prepareDataDir({});
    ASSERT_TRUE(prepared.ok()) << prepared.error().message.toStdString();
    EXPECT_EQ(*prepared,
        QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    EXPECT_TRUE(QFileInfo(*prepared).isDir());
}

} // namespace
} // namespace limber

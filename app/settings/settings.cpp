#include "app/settings/settings.h"

#include <QDir>
#include <QSettings>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

namespace key {
const auto tones = u"audio/tones"_s;
const auto voice = u"audio/voice"_s;
const auto voiceName = u"audio/voiceName"_s;
const auto language = u"interface/language"_s;
const auto volume = u"audio/volume"_s;
const auto countdown = u"audio/countdown"_s;
const auto breathingTones = u"breathing/tones"_s;
const auto breatheIn = u"breathing/inSeconds"_s;
const auto breatheOut = u"breathing/outSeconds"_s;
const auto breathPacer = u"breathing/pacerVisible"_s;
const auto todayRoutine = u"routines/today"_s;
const auto safetyNotice = u"safety/acceptedNoticeVersion"_s;
const auto geometry = u"window/geometry"_s;
const auto audioNotice = u"notices/audioUnavailable"_s;
const auto painQuestionRoom = u"layout/painQuestionRoom"_s;
const auto painQuestionRoomKey = u"layout/painQuestionRoomFor"_s;
const auto remindersOn = u"reminders/enabled"_s;
const auto reminderMode = u"reminders/mode"_s;
const auto reminderTimes = u"reminders/times"_s;
const auto reminderInterval = u"reminders/intervalMinutes"_s;
const auto reminderFrom = u"reminders/activeFrom"_s;
const auto reminderTo = u"reminders/activeTo"_s;
const auto reminderDays = u"reminders/days"_s;
const auto reminderLimit = u"reminders/dailyLimit"_s;
const auto reminderRoutine = u"reminders/routine"_s;
const auto startWithDesktop = u"reminders/startWithDesktop"_s;
const auto lastShown = u"reminderState/lastShown"_s;
const auto lastSessionEnd = u"reminderState/lastSessionEnd"_s;
const auto snoozedUntil = u"reminderState/snoozedUntil"_s;
const auto skippedDay = u"reminderState/skippedDay"_s;
const auto countedDay = u"reminderState/countedDay"_s;
const auto shownOnCountedDay = u"reminderState/shownOnCountedDay"_s;
const auto planSince = u"reminderState/planSince"_s;
} // namespace key

const auto modeTimes = u"times"_s;
const auto modeInterval = u"interval"_s;
const auto timeFormat = u"HH:mm"_s;
// Day names in the file, Monday first, so a person can read and edit it.
const QStringList dayNames {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};

const auto countdownVoice = u"voice"_s;
const auto countdownTones = u"tones"_s;

std::unique_ptr<QSettings> openStore(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(
        QDir(dataDir).filePath(u"settings.ini"_s), QSettings::IniFormat);
}

bool toBool(const QVariant &value, bool fallback)
{
    // INI files keep "true"/"false" as text; anything else is not a choice the person made.
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true"_s || text == u"1"_s)
        return true;
    if (text == u"false"_s || text == u"0"_s)
        return false;
    return fallback;
}

QString timeText(QTime time)
{
    return time.toString(timeFormat);
}

QTime timeFrom(const QVariant &value, QTime fallback)
{
    const QTime time = QTime::fromString(value.toString().trimmed(), timeFormat);
    return time.isValid() ? time : fallback;
}

QString momentText(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime momentFrom(const QVariant &value)
{
    const QDateTime moment = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
    return moment.isValid() ? moment.toUTC() : QDateTime();
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString().trimmed(), Qt::ISODate);
}

int intFrom(const QVariant &value, int fallback)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? number : fallback;
}

std::chrono::seconds clampBreath(std::chrono::seconds value)
{
    return std::clamp(value, Settings::shortestBreath, Settings::longestBreath);
}

} // namespace

Settings::Settings(QObject *parent)
    : Settings(QString(), parent)
{ }

Settings::Settings(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_store(openStore(dataDir))
{ }

Settings::~Settings() = default;

QString Settings::location() const
{
    return m_store->fileName();
}

Status Settings::sync()
{
    m_store->sync();
    switch (m_store->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return Error {tr("Your settings could not be saved to %1: the file cannot be written. "
                         "Check that the folder exists and that you may write to it.")
                          .arg(QDir::toNativeSeparators(location()))};
    case QSettings::FormatError:
        return Error {tr("Your settings file %1 is damaged. Move it aside and restart Limber "
                         "to start again with the defaults.")
                          .arg(QDir::toNativeSeparators(location()))};
    }
    return {};
}

void Settings::save()
{
    if (const Status saved = sync(); !saved)
        Q_EMIT saveFailed(saved.error().message);
}

QVariant Settings::read(const QString &key, const QVariant &fallback) const
{
    return m_store->value(key, fallback);
}

void Settings::write(const QString &key, const QVariant &value)
{
    if (store(key, value))
        Q_EMIT changed();
}

bool Settings::store(const QString &key, const QVariant &value)
{
    if (m_store->contains(key) && m_store->value(key) == value)
        return false;
    m_store->setValue(key, value);
    return true;
}

bool Settings::tonesEnabled() const
{
    return toBool(read(key::tones, true), true);
}

void Settings::setTonesEnabled(bool enabled)
{
    write(key::tones, enabled);
}

bool Settings::voiceEnabled() const
{
    return toBool(read(key::voice, true), true);
}

void Settings::setVoiceEnabled(bool enabled)
{
    write(key::voice, enabled);
}

QString Settings::language() const
{
    return read(key::language, QString()).toString();
}

void Settings::setLanguage(const QString &code)
{
    write(key::language, code);
}

QString Settings::voiceName() const
{
    return read(key::voiceName, QString()).toString();
}

void Settings::setVoiceName(const QString &name)
{
    write(key::voiceName, name);
}

double Settings::volume() const
{
    bool ok = false;
    const double value = read(key::volume, defaultVolume).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return defaultVolume;
    return std::clamp(value, 0.0, 1.0);
}

void Settings::setVolume(double volume)
{
    write(key::volume, std::isfinite(volume) ? std::clamp(volume, 0.0, 1.0) : defaultVolume);
}

bool Settings::breathingTonesEnabled() const
{
    return toBool(read(key::breathingTones, true), true);
}

void Settings::setBreathingTonesEnabled(bool enabled)
{
    write(key::breathingTones, enabled);
}

std::chrono::seconds Settings::breatheIn() const
{
    bool ok = false;
    const int value = read(key::breatheIn, static_cast<int>(defaultBreatheIn.count())).toInt(&ok);
    return ok ? clampBreath(std::chrono::seconds(value)) : defaultBreatheIn;
}

void Settings::setBreatheIn(std::chrono::seconds duration)
{
    write(key::breatheIn, static_cast<qint64>(clampBreath(duration).count()));
}

std::chrono::seconds Settings::breatheOut() const
{
    bool ok = false;
    const int value = read(key::breatheOut, static_cast<int>(defaultBreatheOut.count())).toInt(&ok);
    return ok ? clampBreath(std::chrono::seconds(value)) : defaultBreatheOut;
}

void Settings::setBreatheOut(std::chrono::seconds duration)
{
    write(key::breatheOut, static_cast<qint64>(clampBreath(duration).count()));
}

CountdownStyle Settings::countdownStyle() const
{
    const QString value = read(key::countdown, countdownTones).toString();
    return value == countdownVoice ? CountdownStyle::Voice : CountdownStyle::Tones;
}

void Settings::setCountdownStyle(CountdownStyle style)
{
    write(key::countdown, style == CountdownStyle::Tones ? countdownTones : countdownVoice);
}

bool Settings::breathPacerVisible() const
{
    return toBool(read(key::breathPacer, true), true);
}

void Settings::setBreathPacerVisible(bool visible)
{
    write(key::breathPacer, visible);
}

QString Settings::todayRoutineId() const
{
    return read(key::todayRoutine, QString()).toString().trimmed();
}

void Settings::setTodayRoutineId(const QString &id)
{
    write(key::todayRoutine, id.trimmed());
}

int Settings::acceptedSafetyNoticeVersion() const
{
    bool ok = false;
    const int value = read(key::safetyNotice, 0).toInt(&ok);
    return ok ? std::max(value, 0) : 0;
}

void Settings::setAcceptedSafetyNoticeVersion(int version)
{
    write(key::safetyNotice, std::max(version, 0));
}

QByteArray Settings::windowGeometry() const
{
    return read(key::geometry, QByteArray()).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    write(key::geometry, geometry);
}

std::optional<QSize> Settings::painQuestionRoom(const QString &layoutKey) const
{
    if (read(key::painQuestionRoomKey, QString()).toString() != layoutKey)
        return std::nullopt;
    const QSize room = read(key::painQuestionRoom, QSize()).toSize();
    if (room.isEmpty()) // also a value that is no size at all (-1 x -1)
        return std::nullopt;
    return room;
}

void Settings::setPainQuestionRoom(const QString &layoutKey, QSize room)
{
    // Not a choice the person made: nothing that follows the settings changes.
    store(key::painQuestionRoomKey, layoutKey);
    store(key::painQuestionRoom, room);
}

QString Settings::audioNoticeShown() const
{
    return read(key::audioNotice, QString()).toString();
}

void Settings::setAudioNoticeShown(const QString &reason)
{
    write(key::audioNotice, reason);
}

CuePreferences Settings::cuePreferences() const
{
    return {tonesEnabled(), voiceEnabled(), breathingTonesEnabled(), countdownStyle()};
}

ReminderPlan Settings::reminderPlan() const
{
    const ReminderPlan defaults;
    ReminderPlan plan;
    plan.enabled = toBool(read(key::remindersOn, false), false);
    plan.mode = read(key::reminderMode, modeTimes).toString() == modeInterval
        ? ReminderMode::Interval
        : ReminderMode::TimesOfDay;
    if (m_store->contains(key::reminderTimes)) {
        plan.times.clear();
        // An empty list is a choice (no times yet), not a missing value.
        const QString text = read(key::reminderTimes, QString()).toString();
        for (const QString &part : text.split(u' ', Qt::SkipEmptyParts))
            plan.times.append(timeFrom(part, QTime()));
    }
    plan.intervalMinutes = intFrom(read(key::reminderInterval, {}), defaults.intervalMinutes);
    plan.activeFrom = timeFrom(read(key::reminderFrom, {}), defaults.activeFrom);
    plan.activeTo = timeFrom(read(key::reminderTo, {}), defaults.activeTo);
    if (m_store->contains(key::reminderDays)) {
        plan.days = 0;
        const QString text = read(key::reminderDays, QString()).toString().toLower();
        for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
            const qsizetype index = dayNames.indexOf(part);
            if (index >= 0)
                plan.setDay(static_cast<int>(index) + 1, true);
        }
    }
    plan.dailyLimit = intFrom(read(key::reminderLimit, {}), defaults.dailyLimit);
    plan.routineId = read(key::reminderRoutine, defaults.routineId).toString();
    return plan.normalized();
}

void Settings::setReminderPlan(const ReminderPlan &plan)
{
    const ReminderPlan normalized = plan.normalized();
    QStringList times;
    for (const QTime &time : normalized.times)
        times.append(timeText(time));
    QStringList days;
    for (int day = 1; day <= 7; ++day) {
        if (normalized.coversDay(day))
            days.append(dayNames.at(day - 1));
    }
    bool changedAny = false;
    changedAny |= store(key::remindersOn, normalized.enabled);
    changedAny |= store(
        key::reminderMode, normalized.mode == ReminderMode::Interval ? modeInterval : modeTimes);
    changedAny |= store(key::reminderTimes, times.join(u' '));
    changedAny |= store(key::reminderInterval, normalized.intervalMinutes);
    changedAny |= store(key::reminderFrom, timeText(normalized.activeFrom));
    changedAny |= store(key::reminderTo, timeText(normalized.activeTo));
    changedAny |= store(key::reminderDays, days.join(u' '));
    changedAny |= store(key::reminderLimit, normalized.dailyLimit);
    changedAny |= store(key::reminderRoutine, normalized.routineId);
    if (changedAny)
        Q_EMIT changed();
}

ReminderState Settings::reminderState() const
{
    ReminderState state;
    state.lastShownUtc = momentFrom(read(key::lastShown, {}));
    state.lastSessionEndUtc = momentFrom(read(key::lastSessionEnd, {}));
    state.snoozedUntilUtc = momentFrom(read(key::snoozedUntil, {}));
    state.planSinceUtc = momentFrom(read(key::planSince, {}));
    state.skippedDay = dateFrom(read(key::skippedDay, {}));
    state.countedDay = dateFrom(read(key::countedDay, {}));
    state.shownOnCountedDay = std::max(intFrom(read(key::shownOnCountedDay, 0), 0), 0);
    return state;
}

void Settings::setReminderState(const ReminderState &state)
{
    bool changedAny = false;
    changedAny |= store(key::lastShown, momentText(state.lastShownUtc));
    changedAny |= store(key::lastSessionEnd, momentText(state.lastSessionEndUtc));
    changedAny |= store(key::snoozedUntil, momentText(state.snoozedUntilUtc));
    changedAny |= store(key::planSince, momentText(state.planSinceUtc));
    changedAny |= store(key::skippedDay, dateText(state.skippedDay));
    changedAny |= store(key::countedDay, dateText(state.countedDay));
    changedAny |= store(key::shownOnCountedDay, state.shownOnCountedDay);
    if (changedAny)
        Q_EMIT changed();
}

bool Settings::startWithDesktop() const
{
    return toBool(read(key::startWithDesktop, false), false);
}

void Settings::setStartWithDesktop(bool start)
{
    write(key::startWithDesktop, start);
}

} // namespace limber

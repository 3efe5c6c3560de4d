#include "settings.h"

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
} // namespace key

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

QVariant Settings::read(const QString &key, const QVariant &fallback) const
{
    return m_store->value(key, fallback);
}

void Settings::write(const QString &key, const QVariant &value)
{
    if (m_store->contains(key) && m_store->value(key) == value)
        return;
    m_store->setValue(key, value);
    Q_EMIT changed();
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

} // namespace limber

#pragma once

#include "app/audio/cuerouting.h"
#include "core/reminders/reminderplan.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QObject>
#include <QSize>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QSettings;

namespace limber {

/// The person's choices, stored with QSettings: an INI file in the data
/// folder when one is given (portable use), else the platform's usual place.
/// Getters return the default for a missing or unreadable value and clamp
/// numbers into range; setters clamp too. changed() follows every setter
/// that changes something.
class Settings : public QObject
{
    Q_OBJECT

public:
    static constexpr double defaultVolume = 0.8;
    static constexpr std::chrono::seconds defaultBreatheIn {4};
    static constexpr std::chrono::seconds defaultBreatheOut {6};
    static constexpr std::chrono::seconds shortestBreath {2};
    static constexpr std::chrono::seconds longestBreath {10};

    /// Settings in the platform's default location.
    explicit Settings(QObject *parent = nullptr);
    /// Settings in <dataDir>/settings.ini. An empty dataDir means the default location.
    explicit Settings(const QString &dataDir, QObject *parent = nullptr);
    ~Settings() override;

    /// Where the settings are kept (a file path, or a registry path on Windows).
    QString location() const;
    /// The data folder these settings were opened in; empty for the default location.
    QString dataDir() const { return m_dataDir; }
    /// Writes pending changes; an error says why they could not be kept.
    Status sync();
    /// sync() for code that cannot show a problem itself: a failure is
    /// announced by saveFailed(), which the app shows to the person.
    void save();

    /// The interface language ("de", "fr", …); empty follows the system.
    /// Read once at start: a change applies the next time Limber starts.
    QString language() const;
    void setLanguage(const QString &code);

    bool tonesEnabled() const;
    void setTonesEnabled(bool enabled);
    bool voiceEnabled() const;
    void setVoiceEnabled(bool enabled);
    /// Empty: the speech engine's default voice.
    QString voiceName() const;
    void setVoiceName(const QString &name);
    /// 0 to 1.
    double volume() const;
    void setVolume(double volume);
    bool breathingTonesEnabled() const;
    void setBreathingTonesEnabled(bool enabled);
    std::chrono::seconds breatheIn() const;
    void setBreatheIn(std::chrono::seconds duration);
    std::chrono::seconds breatheOut() const;
    void setBreatheOut(std::chrono::seconds duration);
    CountdownStyle countdownStyle() const;
    void setCountdownStyle(CountdownStyle style);
    bool breathPacerVisible() const;
    void setBreathPacerVisible(bool visible);

    /// The routine the start page offers and Start begins; empty: the
    /// bundled default. An id that no longer exists is read as empty by
    /// whoever looks it up, so a deleted routine never blocks a session.
    QString todayRoutineId() const;
    void setTodayRoutineId(const QString &id);

    /// Version of the safety notice the person accepted; 0 if none yet.
    int acceptedSafetyNoticeVersion() const;
    void setAcceptedSafetyNoticeVersion(int version);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    /// The room the start page's "pain right now" question took when last
    /// measured, if that was with the same \a layoutKey (type, style, screen
    /// and words: StartPage::painQuestionRoomKey()).
    std::optional<QSize> painQuestionRoom(const QString &layoutKey) const;
    void setPainQuestionRoom(const QString &layoutKey, QSize room);

    /// The last "sound is unavailable" message shown, so it is shown once, not every start.
    QString audioNoticeShown() const;
    void setAudioNoticeShown(const QString &reason);

    /// The audio choices as CuePlayer takes them.
    CuePreferences cuePreferences() const;

    /// When reminders come (off by default). Read in its normalized() form;
    /// setting it writes every part and emits changed() once.
    ReminderPlan reminderPlan() const;
    void setReminderPlan(const ReminderPlan &plan);
    /// What the reminder schedule remembers, so a restart repeats nothing.
    ReminderState reminderState() const;
    void setReminderState(const ReminderState &state);
    /// Whether the person asked for Limber to start when they log in.
    bool startWithDesktop() const;
    void setStartWithDesktop(bool start);

Q_SIGNALS:
    void changed();
    /// save() could not write the settings; \a message says where and why.
    void saveFailed(const QString &message);

private:
    QVariant read(const QString &key, const QVariant &fallback) const;
    void write(const QString &key, const QVariant &value);
    /// Writes without telling anyone; true when the stored value changed.
    bool store(const QString &key, const QVariant &value);

    QString m_dataDir;
    std::unique_ptr<QSettings> m_store;
};

} // namespace limber

#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace limber {

class ContentLibrary;
class RemindersSection;
class Settings;

/// The settings form. Every control writes through to Settings the moment
/// it changes; there is no Apply button to forget.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Settings &settings, QWidget *parent = nullptr);

    /// Told once the test sound is over: what was played, or why nothing could be.
    using TestSoundDone = std::function<void(const QString &)>;
    /// What "Test sound" does: starts playing and calls the function it is
    /// given when done (at once when nothing can play). While it plays the
    /// page says so. Without one the button is disabled.
    void setTestSound(std::function<void(TestSoundDone)> test);
    /// Voices the speech engine offers; the list starts with "System default".
    void setVoiceNames(const QStringList &names);
    /// Whether spoken cues can work here; reason is shown when they cannot.
    void setVoiceAvailable(bool available, const QString &reason = {});
    /// The routines a reminder may offer.
    void setContentLibrary(const ContentLibrary &library);
    /// Shows the stored values again (after something else changed them).
    void reload();

private:
    QWidget *buildLanguageGroup();
    void showLanguageNotice();
    QWidget *buildSoundGroup();
    QWidget *buildBreathingGroup();
    void connectControls();
    void updateEnabled();
    void playTestSound();
    void testSoundFinished(const QString &result);
    QString testSoundPlayingLine() const;
    void showVoiceChoice();

    Settings &m_settings;
    std::function<void(TestSoundDone)> m_test;
    bool m_testPlaying = false;
    bool m_testHadFocus = false;
    bool m_voiceAvailable = true;
    QString m_voiceProblem;
    bool m_loading = false;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNotice = nullptr;
    QCheckBox *m_tones = nullptr;
    QCheckBox *m_voice = nullptr;
    QComboBox *m_voiceName = nullptr;
    QSlider *m_volume = nullptr;
    QLabel *m_volumeValue = nullptr;
    QComboBox *m_countdown = nullptr;
    QCheckBox *m_breathingTones = nullptr;
    QSpinBox *m_breatheIn = nullptr;
    QSpinBox *m_breatheOut = nullptr;
    QCheckBox *m_pacer = nullptr;
    QPushButton *m_testSound = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_voiceNotice = nullptr;
    RemindersSection *m_reminders = nullptr;
};

} // namespace limber

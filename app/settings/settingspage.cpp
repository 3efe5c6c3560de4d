#include "app/settings/settingspage.h"

#include "app/i18n.h"
#include "app/settings/reminderssection.h"
#include "app/settings/settings.h"
#include "core/util/languages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

// A comfortable reading width, in lines of text so that it grows with the
// person's font size (560 px at a 16 px line).
constexpr int formWidthInLines = 35;

QCheckBox *checkBox(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(text);
    return box;
}

QSpinBox *breathSpinBox(const QString &accessibleName, const QString &objectName, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(static_cast<int>(Settings::shortestBreath.count()),
        static_cast<int>(Settings::longestBreath.count()));
    spin->setSuffix(SettingsPage::tr(" s", "seconds"));
    return spin;
}

} // namespace

SettingsPage::SettingsPage(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"settingsPage"_s);

    auto *column = new QWidget(this);
    column->setMaximumWidth(formWidthInLines * fontMetrics().height());
    auto *columnLayout = new QVBoxLayout(column);
    auto *title = new QLabel(tr("Settings"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    columnLayout->addWidget(title);
    columnLayout->addWidget(buildLanguageGroup());
    columnLayout->addWidget(buildSoundGroup());
    columnLayout->addWidget(buildBreathingGroup());

    m_testSound = new QPushButton(tr("Test sound"), column);
    m_testSound->setObjectName(u"testSoundButton"_s);
    m_testSound->setAccessibleName(tr("Test sound"));
    m_testSound->setToolTip(tr("Plays a tone and says a sample sentence at the chosen volume."));
    m_testSound->setEnabled(false);
    m_testResult = new QLabel(column);
    m_testResult->setObjectName(u"testSoundResult"_s);
    m_testResult->setWordWrap(true);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_testSound);
    buttonRow->addWidget(m_testResult, 1);
    columnLayout->addLayout(buttonRow);
    m_reminders = new RemindersSection(m_settings, column);
    columnLayout->addWidget(m_reminders);
    columnLayout->addStretch();

    // The form is taller than a small window: it scrolls rather than
    // making the window grow.
    auto *centred = new QWidget;
    auto *row = new QHBoxLayout(centred);
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingsScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Tab goes to the settings themselves and scrolls each into view; the
    // area as a stop of its own would take the focus and show nothing.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(centred);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    reload();
    connectControls();
    updateEnabled();
}

QWidget *SettingsPage::buildLanguageGroup()
{
    auto *group = new QGroupBox(tr("Language"), this);
    auto *form = new QFormLayout(group);
    m_language = new QComboBox(group);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    const QString systemLanguage = shippedLanguageFor(QLocale::system().uiLanguages());
    m_language->addItem(
        tr("As the system (%1)").arg(nativeLanguageName(systemLanguage)), QString());
    QList<std::pair<QString, QString>> languages; // native name, code
    for (const QString &code : shippedLanguages())
        languages.append({nativeLanguageName(code), code});
    std::sort(languages.begin(), languages.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, code] : std::as_const(languages))
        m_language->addItem(name, code);
    form->addRow(tr("&Language:"), m_language);
    m_languageNotice = new QLabel(group);
    m_languageNotice->setObjectName(u"languageNotice"_s);
    m_languageNotice->setWordWrap(true);
    m_languageNotice->setVisible(false);
    form->addRow(m_languageNotice);
    return group;
}

void SettingsPage::showLanguageNotice()
{
    // Pages, exercise texts and the voice are made in one language when
    // Limber starts; a new choice waits for the next start, and says so.
    const QString next = shippedLanguageFor(localeForLanguage(m_settings.language()).uiLanguages());
    const bool waiting = next != shippedLanguageFor(QLocale().uiLanguages());
    m_languageNotice->setText(waiting
            ? tr("Limber will be in %1 the next time it starts.").arg(nativeLanguageName(next))
            : QString());
    m_languageNotice->setVisible(waiting);
}

QWidget *SettingsPage::buildSoundGroup()
{
    auto *group = new QGroupBox(tr("Sound"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_tones = checkBox(tr("Play a tone at each change"), u"tonesCheck"_s, group);
    form->addRow(m_tones);
    m_voice = checkBox(tr("Speak the instructions aloud"), u"voiceCheck"_s, group);
    form->addRow(m_voice);
    // Right under the box it explains: a greyed box alone does not say why.
    m_voiceNotice = new QLabel(group);
    m_voiceNotice->setObjectName(u"voiceNotice"_s);
    m_voiceNotice->setWordWrap(true);
    m_voiceNotice->setVisible(false);
    form->addRow(m_voiceNotice);

    m_voiceName = new QComboBox(group);
    m_voiceName->setObjectName(u"voiceCombo"_s);
    m_voiceName->setAccessibleName(tr("Voice"));
    m_voiceName->addItem(tr("System default"), QString());
    form->addRow(tr("&Voice:"), m_voiceName);

    m_volume = new QSlider(Qt::Horizontal, group);
    m_volume->setObjectName(u"volumeSlider"_s);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setPageStep(10);
    m_volumeValue = new QLabel(group);
    m_volumeValue->setMinimumWidth(m_volumeValue->fontMetrics().horizontalAdvance(u"100 %"_s));
    auto *volumeRow = new QHBoxLayout;
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_volumeValue);
    form->addRow(tr("V&olume:"), volumeRow);
    // QFormLayout gives a layout row no buddy; the slider is the control the label names.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(volumeRow)))
        label->setBuddy(m_volume);

    m_countdown = new QComboBox(group);
    m_countdown->setObjectName(u"countdownCombo"_s);
    m_countdown->setAccessibleName(tr("Countdown before a hold ends"));
    m_countdown->addItem(tr("Spoken numbers"), static_cast<int>(CountdownStyle::Voice));
    m_countdown->addItem(tr("Tones"), static_cast<int>(CountdownStyle::Tones));
    form->addRow(tr("&Countdown:"), m_countdown);
    return group;
}

QWidget *SettingsPage::buildBreathingGroup()
{
    auto *group = new QGroupBox(tr("Breathing"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_breathingTones = checkBox(tr("Soft tones to breathe by"), u"breathingTonesCheck"_s, group);
    form->addRow(m_breathingTones);
    m_breatheIn = breathSpinBox(tr("Breathe in, seconds"), u"breatheInSpin"_s, group);
    form->addRow(tr("Breathe &in:"), m_breatheIn);
    m_breatheOut = breathSpinBox(tr("Breathe out, seconds"), u"breatheOutSpin"_s, group);
    form->addRow(tr("Breathe o&ut:"), m_breatheOut);
    m_pacer = checkBox(tr("Show the breathing guide during holds"), u"breathPacerCheck"_s, group);
    form->addRow(m_pacer);
    return group;
}

void SettingsPage::setContentLibrary(const ContentLibrary &library)
{
    m_reminders->setContentLibrary(library);
}

void SettingsPage::reload()
{
    m_reminders->reload();
    m_loading = true;
    m_language->setCurrentIndex(std::max(m_language->findData(m_settings.language()), 0));
    showLanguageNotice();
    m_tones->setChecked(m_settings.tonesEnabled());
    showVoiceChoice();
    const int voiceIndex = m_voiceName->findData(m_settings.voiceName());
    m_voiceName->setCurrentIndex(std::max(voiceIndex, 0));
    m_volume->setValue(static_cast<int>(std::lround(m_settings.volume() * 100.0)));
    m_volumeValue->setText(tr("%1 %").arg(m_volume->value()));
    m_countdown->setCurrentIndex(
        m_countdown->findData(static_cast<int>(m_settings.countdownStyle())));
    m_breathingTones->setChecked(m_settings.breathingTonesEnabled());
    m_breatheIn->setValue(static_cast<int>(m_settings.breatheIn().count()));
    m_breatheOut->setValue(static_cast<int>(m_settings.breatheOut().count()));
    m_pacer->setChecked(m_settings.breathPacerVisible());
    m_loading = false;
    updateEnabled();
}

void SettingsPage::connectControls()
{
    // Each control writes its one value; reload() sets m_loading so showing
    // stored values does not write them back.
    auto unlessLoading = [this](auto write) {
        return [this, write](auto value) {
            if (!m_loading)
                write(value);
            updateEnabled();
        };
    };
    connect(m_language, &QComboBox::currentIndexChanged, this, unlessLoading([this](int index) {
        m_settings.setLanguage(m_language->itemData(index).toString());
        showLanguageNotice();
    }));
    connect(m_tones, &QCheckBox::toggled, this,
        unlessLoading([this](bool on) { m_settings.setTonesEnabled(on); }));
    connect(m_voice, &QCheckBox::toggled, this,
        unlessLoading([this](bool on) { m_settings.setVoiceEnabled(on); }));
    connect(m_voiceName, &QComboBox::currentIndexChanged, this, unlessLoading([this](int index) {
        m_settings.setVoiceName(m_voiceName->itemData(index).toString());
    }));
    connect(m_volume, &QSlider::valueChanged, this, unlessLoading([this](int value) {
        m_volumeValue->setText(tr("%1 %").arg(value));
        m_settings.setVolume(value / 100.0);
    }));
    connect(m_countdown, &QComboBox::currentIndexChanged, this, unlessLoading([this](int index) {
        m_settings.setCountdownStyle(
            static_cast<CountdownStyle>(m_countdown->itemData(index).toInt()));
    }));
    connect(m_breathingTones, &QCheckBox::toggled, this,
        unlessLoading([this](bool on) { m_settings.setBreathingTonesEnabled(on); }));
    connect(m_breatheIn, &QSpinBox::valueChanged, this, unlessLoading([this](int seconds) {
        m_settings.setBreatheIn(std::chrono::seconds(seconds));
    }));
    connect(m_breatheOut, &QSpinBox::valueChanged, this, unlessLoading([this](int seconds) {
        m_settings.setBreatheOut(std::chrono::seconds(seconds));
    }));
    connect(m_pacer, &QCheckBox::toggled, this,
        unlessLoading([this](bool on) { m_settings.setBreathPacerVisible(on); }));
    connect(m_testSound, &QPushButton::clicked, this, &SettingsPage::playTestSound);
}

void SettingsPage::setTestSound(std::function<void(TestSoundDone)> test)
{
    m_test = std::move(test);
    updateEnabled();
}

void SettingsPage::setVoiceNames(const QStringList &names)
{
    m_loading = true;
    while (m_voiceName->count() > 1)
        m_voiceName->removeItem(1);
    for (const QString &name : names)
        m_voiceName->addItem(name, name);
    m_loading = false;
    reload();
}

void SettingsPage::setVoiceAvailable(bool available, const QString &reason)
{
    m_voiceAvailable = available;
    m_voiceProblem = available ? QString()
        : reason.isEmpty()     ? tr("Spoken instructions cannot be used on this computer.")
                               : reason;
    m_voiceNotice->setText(m_voiceProblem);
    m_voiceNotice->setToolTip(m_voiceProblem);
    m_voiceNotice->setVisible(!available);
    m_voice->setToolTip(m_voiceProblem);
    m_voice->setAccessibleDescription(m_voiceProblem);
    const bool wasLoading = std::exchange(m_loading, true);
    showVoiceChoice();
    m_loading = wasLoading;
    updateEnabled();
}

void SettingsPage::showVoiceChoice()
{
    // Where no voice can speak the box shows what will happen (no voice); the
    // stored choice stays, and comes back with a voice.
    m_voice->setChecked(m_voiceAvailable && m_settings.voiceEnabled());
}

void SettingsPage::updateEnabled()
{
    const bool voiceUsable = m_voiceAvailable && m_voice->isChecked();
    m_voice->setEnabled(m_voiceAvailable);
    m_voiceName->setEnabled(voiceUsable);
    m_testSound->setEnabled(m_test != nullptr && !m_testPlaying);
}

void SettingsPage::playTestSound()
{
    if (!m_test || m_testPlaying)
        return;
    m_testPlaying = true;
    // Disabling the button moves the keyboard focus away; it comes back after.
    m_testHadFocus = m_testSound->hasFocus();
    m_testSound->setText(tr("Playing…"));
    m_testResult->setText(testSoundPlayingLine());
    updateEnabled();
    QPointer<SettingsPage> page(this);
    m_test([page](const QString &result) {
        if (page)
            page->testSoundFinished(result);
    });
}

void SettingsPage::testSoundFinished(const QString &result)
{
    m_testPlaying = false;
    m_testSound->setText(tr("Test sound"));
    m_testResult->setText(result);
    updateEnabled();
    if (std::exchange(m_testHadFocus, false))
        m_testSound->setFocus();
}

QString SettingsPage::testSoundPlayingLine() const
{
    const bool tone = m_settings.tonesEnabled();
    const bool voice = m_voiceAvailable && m_settings.voiceEnabled();
    if (tone && voice)
        return tr("Playing a tone and a sentence…");
    if (tone)
        return tr("Playing a tone…");
    if (voice)
        return tr("Saying a sentence…");
    return tr("Testing the sound…");
}

} // namespace limber

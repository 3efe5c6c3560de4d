#include "app/settings/reminderssection.h"

#include "app/reminders/autostart.h"
#include "app/settings/settings.h"
#include "core/content/contentlibrary.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// Rows the list of times shows before it scrolls.
constexpr int visibleTimeRows = 4;

/// The locale's short time format, without seconds (some locales keep them).
QString minutesFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(u"[^a-zA-Z]*s+"_s));
    return format;
}

QTimeEdit *timeEdit(const QString &accessibleName, const QString &objectName, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(minutesFormat());
    return edit;
}

QString timeText(QTime time)
{
    return QLocale().toString(time, minutesFormat());
}

} // namespace

RemindersSection::RemindersSection(Settings &settings, QWidget *parent)
    : QGroupBox(tr("Reminders"), parent)
    , m_settings(settings)
{
    setObjectName(u"remindersSection"_s);
    auto *form = new QFormLayout(this);
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_enabled = new QCheckBox(tr("Re&mind me to take stretch breaks"), this);
    m_enabled->setObjectName(u"remindersCheck"_s);
    m_enabled->setAccessibleName(tr("Remind me to take stretch breaks"));
    form->addRow(m_enabled);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"reminderModeCombo"_s);
    m_mode->setAccessibleName(tr("When reminders come"));
    m_mode->addItem(tr("At set times of day"), static_cast<int>(ReminderMode::TimesOfDay));
    m_mode->addItem(tr("Every so many minutes"), static_cast<int>(ReminderMode::Interval));
    form->addRow(tr("&When:"), m_mode);

    // Both ways' rows are in the form; only the chosen way's show.
    addTimesRow(form);
    addIntervalRows(form);

    QWidget *days = buildDaysRow();
    form->addRow(tr("&Days:"), days);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(days)))
        label->setBuddy(days->focusProxy());

    m_limit = new QSpinBox(this);
    m_limit->setObjectName(u"reminderLimitSpin"_s);
    m_limit->setAccessibleName(tr("Most reminders a day"));
    m_limit->setRange(ReminderPlan::smallestDailyLimit, ReminderPlan::largestDailyLimit);
    m_limit->setSuffix(tr(" a day"));
    form->addRow(tr("At mo&st:"), m_limit);

    m_routine = new QComboBox(this);
    m_routine->setObjectName(u"reminderRoutineCombo"_s);
    m_routine->setAccessibleName(tr("Routine a reminder offers"));
    form->addRow(tr("W&hich routine:"), m_routine);

    m_startWithDesktop = new QCheckBox(tr("Start Limber when I lo&g in"), this);
    m_startWithDesktop->setObjectName(u"startWithDesktopCheck"_s);
    m_startWithDesktop->setAccessibleName(tr("Start Limber when I log in"));
    m_startWithDesktop->setToolTip(
        tr("Limber starts quietly in the background, so reminders come without opening it."));
    form->addRow(m_startWithDesktop);
    m_autostartNotice = new QLabel(this);
    m_autostartNotice->setObjectName(u"autostartNotice"_s);
    m_autostartNotice->setWordWrap(true);
    m_autostartNotice->setVisible(false);
    form->addRow(m_autostartNotice);
    if (!autostart::available()) {
        m_startWithDesktop->setEnabled(false);
        m_autostartNotice->setText(autostart::disable().error().message);
        m_autostartNotice->setVisible(true);
    }

    m_planControls = {m_mode, m_timesRow, m_interval, m_from, m_to, days, m_limit, m_routine};
    reload();
    connectControls();
}

void RemindersSection::addTimesRow(QFormLayout *form)
{
    m_timesRow = new QWidget(this);
    m_timesRow->setObjectName(u"reminderTimesRow"_s);

    m_times = new QListWidget(m_timesRow);
    m_times->setObjectName(u"reminderTimesList"_s);
    m_times->setAccessibleName(tr("Reminder times"));
    // A few rows, and no more: the form around it must not grow with the window.
    m_times->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_times->setFixedHeight(
        m_times->fontMetrics().height() * visibleTimeRows + 2 * m_times->frameWidth() + 4);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_times);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &RemindersSection::removeTime);

    m_newTime = timeEdit(tr("Time to add"), u"reminderNewTimeEdit"_s, m_timesRow);
    m_newTime->setTime(QTime(12, 0));
    m_addTime = new QPushButton(tr("&Add"), m_timesRow);
    m_addTime->setObjectName(u"addReminderTimeButton"_s);
    m_addTime->setAccessibleName(tr("Add this time"));
    m_removeTime = new QPushButton(tr("&Remove"), m_timesRow);
    m_removeTime->setObjectName(u"removeReminderTimeButton"_s);
    m_removeTime->setAccessibleName(tr("Remove the selected time"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_newTime);
    buttons->addWidget(m_addTime);
    buttons->addWidget(m_removeTime);
    auto *row = new QHBoxLayout(m_timesRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_times, 1, Qt::AlignTop);
    row->addLayout(buttons);
    form->addRow(tr("&Times:"), m_timesRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_timesRow)))
        label->setBuddy(m_times);
}

void RemindersSection::addIntervalRows(QFormLayout *form)
{
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"reminderIntervalSpin"_s);
    m_interval->setAccessibleName(tr("Minutes between reminders"));
    m_interval->setRange(
        ReminderPlan::shortestIntervalMinutes, ReminderPlan::longestIntervalMinutes);
    m_interval->setSingleStep(15);
    m_interval->setSuffix(tr(" min", "minutes"));
    form->addRow(tr("&Every:"), m_interval);
    m_from = timeEdit(tr("Reminders from"), u"reminderFromEdit"_s, this);
    form->addRow(tr("&From:"), m_from);
    m_to = timeEdit(tr("Reminders until"), u"reminderToEdit"_s, this);
    form->addRow(tr("U&ntil:"), m_to);
    m_hoursNotice
        = new QLabel(tr("Choose an end after the start: until then no reminders come."), this);
    m_hoursNotice->setObjectName(u"reminderHoursNotice"_s);
    m_hoursNotice->setWordWrap(true);
    form->addRow(m_hoursNotice);
}

QWidget *RemindersSection::buildDaysRow()
{
    auto *row = new QWidget(this);
    row->setObjectName(u"reminderDays"_s);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    // Shown in the order of the person's week; stored Monday first.
    const int firstDay = locale.firstDayOfWeek();
    for (int offset = 0; offset < 7; ++offset) {
        const int day = (firstDay - 1 + offset) % 7 + 1;
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), row);
        box->setObjectName(u"reminderDay%1"_s.arg(day));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        layout->addWidget(box);
        m_days[static_cast<size_t>(day - 1)] = box;
        if (offset == 0)
            row->setFocusProxy(box);
    }
    layout->addStretch();
    return row;
}

void RemindersSection::connectControls()
{
    connect(m_enabled, &QCheckBox::toggled, this, &RemindersSection::writePlan);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RemindersSection::writePlan);
    connect(m_interval, &QSpinBox::valueChanged, this, &RemindersSection::writePlan);
    connect(m_from, &QTimeEdit::timeChanged, this, &RemindersSection::writePlan);
    connect(m_to, &QTimeEdit::timeChanged, this, &RemindersSection::writePlan);
    for (QCheckBox *day : m_days)
        connect(day, &QCheckBox::toggled, this, &RemindersSection::writePlan);
    connect(m_limit, &QSpinBox::valueChanged, this, &RemindersSection::writePlan);
    connect(m_routine, &QComboBox::currentIndexChanged, this, &RemindersSection::writePlan);
    connect(m_addTime, &QPushButton::clicked, this, &RemindersSection::addTime);
    connect(m_removeTime, &QPushButton::clicked, this, &RemindersSection::removeTime);
    connect(m_times, &QListWidget::currentRowChanged, this, &RemindersSection::updateEnabled);
    connect(
        m_startWithDesktop, &QCheckBox::toggled, this, &RemindersSection::writeStartWithDesktop);
}

void RemindersSection::setContentLibrary(const ContentLibrary &library)
{
    m_library = &library;
    reload();
}

void RemindersSection::fillRoutines()
{
    m_routine->clear();
    if (m_library) {
        const QStringList languages = QLocale().uiLanguages();
        QList<Routine> routines = m_library->routines();
        QCollator collator;
        std::sort(routines.begin(), routines.end(), [&](const Routine &a, const Routine &b) {
            return collator.compare(a.title.text(languages), b.title.text(languages)) < 0;
        });
        for (const Routine &routine : routines)
            m_routine->addItem(routine.title.text(languages), routine.id);
    }
    // A routine the library does not hold (yet) stays chosen under its id.
    if (m_routine->findData(m_plan.routineId) < 0)
        m_routine->addItem(m_plan.routineId, m_plan.routineId);
    m_routine->setCurrentIndex(m_routine->findData(m_plan.routineId));
}

void RemindersSection::reload()
{
    m_loading = true;
    m_plan = m_settings.reminderPlan();
    m_enabled->setChecked(m_plan.enabled);
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(m_plan.mode)));
    showTimes();
    m_interval->setValue(m_plan.intervalMinutes);
    m_from->setTime(m_plan.activeFrom);
    m_to->setTime(m_plan.activeTo);
    for (int day = 1; day <= 7; ++day)
        m_days[static_cast<size_t>(day - 1)]->setChecked(m_plan.coversDay(day));
    m_limit->setValue(m_plan.dailyLimit);
    fillRoutines();
    m_startWithDesktop->setChecked(m_settings.startWithDesktop());
    m_loading = false;
    updateEnabled();
}

void RemindersSection::showTimes()
{
    const int row = m_times->currentRow();
    m_times->clear();
    for (const QTime &time : m_plan.times) {
        auto *item = new QListWidgetItem(timeText(time), m_times);
        item->setData(Qt::UserRole, time);
    }
    if (m_times->count() > 0)
        m_times->setCurrentRow(std::clamp(row, 0, m_times->count() - 1));
}

void RemindersSection::addTime()
{
    const QTime time(m_newTime->time().hour(), m_newTime->time().minute());
    if (!m_plan.times.contains(time))
        m_plan.times.append(time);
    m_plan = m_plan.normalized();
    showTimes();
    m_times->setCurrentRow(static_cast<int>(m_plan.times.indexOf(time)));
    writePlan();
}

void RemindersSection::removeTime()
{
    const int row = m_times->currentRow();
    if (row < 0 || row >= m_plan.times.size())
        return;
    m_plan.times.removeAt(row);
    showTimes();
    writePlan();
}

void RemindersSection::writePlan()
{
    if (!m_loading) {
        m_plan.enabled = m_enabled->isChecked();
        m_plan.mode = static_cast<ReminderMode>(m_mode->currentData().toInt());
        m_plan.intervalMinutes = m_interval->value();
        m_plan.activeFrom = m_from->time();
        m_plan.activeTo = m_to->time();
        for (int day = 1; day <= 7; ++day)
            m_plan.setDay(day, m_days[static_cast<size_t>(day - 1)]->isChecked());
        m_plan.dailyLimit = m_limit->value();
        if (m_routine->currentIndex() >= 0)
            m_plan.routineId = m_routine->currentData().toString();
        m_settings.setReminderPlan(m_plan);
    }
    updateEnabled();
}

void RemindersSection::showModeRows()
{
    const bool interval = m_mode->currentData().toInt() == static_cast<int>(ReminderMode::Interval);
    // A row whose label and field are both hidden takes no room in the form.
    const auto showRow = [this](QWidget *field, bool visible) {
        field->setVisible(visible);
        if (QWidget *label = m_form->labelForField(field))
            label->setVisible(visible);
    };
    showRow(m_timesRow, !interval);
    showRow(m_interval, interval);
    showRow(m_from, interval);
    showRow(m_to, interval);
    showRow(m_hoursNotice, interval && m_to->time() <= m_from->time());
}

void RemindersSection::writeStartWithDesktop(bool start)
{
    if (m_loading)
        return;
    const Status applied = autostart::apply(start, AutostartCommand::current(m_settings.dataDir()));
    m_autostartNotice->setText(applied ? QString() : applied.error().message);
    m_autostartNotice->setVisible(!applied);
    if (applied) {
        m_settings.setStartWithDesktop(start);
        return;
    }
    // The box shows what is true: the entry was not written (or not removed).
    m_loading = true;
    m_startWithDesktop->setChecked(autostart::isEnabled());
    m_loading = false;
    m_settings.setStartWithDesktop(m_startWithDesktop->isChecked());
}

void RemindersSection::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    for (QWidget *control : m_planControls)
        control->setEnabled(on);
    m_removeTime->setEnabled(on && m_times->currentRow() >= 0);
    showModeRows();
}

} // namespace limber

#pragma once

#include "core/reminders/reminderplan.h"

#include <QGroupBox>

#include <array>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace limber {

class ContentLibrary;
class Settings;

/// The "Reminders" part of the settings form: on or off (off until the person
/// chooses), at set times or every so many minutes between two times, on
/// which days, how many a day at most, which routine, and whether Limber
/// starts when they log in. Every change writes through to Settings; the
/// login choice also writes or removes the autostart entry at once.
class RemindersSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit RemindersSection(Settings &settings, QWidget *parent = nullptr);

    /// The routines offered; until it is given, only the chosen routine's id is shown.
    void setContentLibrary(const ContentLibrary &library);
    /// Shows the stored values again.
    void reload();

private:
    void addTimesRow(QFormLayout *form);
    void addIntervalRows(QFormLayout *form);
    QWidget *buildDaysRow();
    void connectControls();
    void fillRoutines();
    void showTimes();
    void addTime();
    void removeTime();
    void writePlan();
    void writeStartWithDesktop(bool start);
    void updateEnabled();
    /// Shows the rows of the chosen way (times or interval) and hides the other's.
    void showModeRows();

    Settings &m_settings;
    const ContentLibrary *m_library = nullptr;
    ReminderPlan m_plan;
    bool m_loading = false;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_mode = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_timesRow = nullptr;
    QListWidget *m_times = nullptr;
    QTimeEdit *m_newTime = nullptr;
    QPushButton *m_addTime = nullptr;
    QPushButton *m_removeTime = nullptr;
    QSpinBox *m_interval = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QLabel *m_hoursNotice = nullptr;
    std::array<QCheckBox *, 7> m_days {}; ///< Monday first, whatever order they are shown in
    QSpinBox *m_limit = nullptr;
    QComboBox *m_routine = nullptr;
    QCheckBox *m_startWithDesktop = nullptr;
    QLabel *m_autostartNotice = nullptr;
    QList<QWidget *> m_planControls;
};

} // namespace limber

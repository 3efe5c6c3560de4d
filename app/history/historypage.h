#pragma once

#include "app/history/historysnapshot.h"
#include "app/history/targetline.h"
#include "core/history/calendar.h"
#include "core/history/historyqueries.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace limber {

class ContentLibrary;
class FirstUseState;
class HistoryChartsPanel;
class HistoryStore;
class HistoryTableModel;
class SessionDeletion;
class SessionList;
class SessionTableModel;

/// The History page: hold minutes per week (left and right stacked),
/// longest hold, sessions, reach and pain over 8 or 12 weeks, the streaks,
/// a month calendar and the side balance, for all exercises or one; and
/// the same weekly numbers as a table. Weeks start on the first day of the
/// widget's locale. Everything is read through HistoryQueries; "today" is
/// the store's wall clock.
///
/// The page reads the history when it is shown after refresh() was called
/// (at once when it is visible), so saving holds during a session costs no
/// queries while the page is hidden.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    /// \a library (optional) gives exercise titles for the filter and the
    /// names of the reach steps; without it ids and "Level n" are shown.
    explicit HistoryPage(
        HistoryStore &store, const ContentLibrary *library = nullptr, QWidget *parent = nullptr);
    ~HistoryPage() override;

    /// The weeks shown now.
    WeekWindow window() const;
    /// The local date of the store's clock.
    QDate today() const;
    /// The exercise shown; empty for all exercises.
    QString exerciseFilter() const { return m_exerciseId; }
    int weekCount() const { return m_weekCount; }
    /// The first day of the month the calendar shows.
    QDate calendarMonth() const;
    /// What was read last.
    const HistorySnapshot &snapshot() const { return m_snapshot; }
    /// The reach steps' names for the exercise shown.
    QStringList levelNames() const;

    /// Where the hold target of an exercise comes from (the progress
    /// controller); without one the longest-hold chart has no target line.
    using TargetLineSource = std::function<TargetLine(const QString &exerciseId)>;
    void setTargetLineSource(TargetLineSource source);
    /// The target line shown now; empty when none.
    const TargetLine &targetLine() const { return m_targetLine; }

    HistoryTableModel *tableModel() const { return m_model; }
    /// The sessions of the weeks shown, newest first (the Sessions tab).
    SessionTableModel *sessionModel() const;
    /// Asks before deleting and shows failures; tests replace its dialogs.
    SessionDeletion &sessionDeletion() const;
    HistoryChartsPanel *chartsPanel() const { return m_charts; }
    /// True while the page shows the first-use state (no holds at all).
    bool isShowingFirstUse() const;

public Q_SLOTS:
    /// Reads the history again (now when visible, else when next shown).
    /// Call it after each saved hold.
    void refresh();
    void showPreviousWeek();
    void showNextWeek();
    void showThisWeek();
    /// 8 or 12 weeks (any count from 1 works).
    void setWeekCount(int count);
    /// An exercise id, or empty for all exercises.
    void setExerciseFilter(const QString &exerciseId);
    void showPreviousMonth();
    void showNextMonth();
    /// Deletes the session selected in the Sessions tab, after asking (the
    /// Delete key and the table's context menu do this).
    void deleteSelectedSession();

Q_SIGNALS:
    /// The first-use state's button: the person wants to start a session.
    void startSessionRequested();
    /// A session was deleted from the history here; whatever else shows the
    /// history (the start page's last-session line) should read it again.
    void historyChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildError();
    bool loadSessions(const HistoryRequest &request);
    void reload();
    void showMonth();
    void updateExerciseChoices();
    void updateNavigation();
    QDate lastWeekDay() const;

    HistoryStore &m_store;
    HistoryQueries m_queries;
    const ContentLibrary *m_library;
    /// A day in the newest week shown; invalid = the week of today.
    QDate m_lastWeekDay;
    int m_weekCount = 12;
    QString m_exerciseId;
    /// The month of the calendar; invalid = the month of today.
    QDate m_month;
    bool m_stale = true;
    /// The day of the last read.
    QDate m_loadedOn;
    HistorySnapshot m_snapshot;
    TargetLineSource m_targetSource;
    TargetLine m_targetLine;

    QStackedWidget *m_states = nullptr;
    QWidget *m_content = nullptr;
    FirstUseState *m_firstUse = nullptr;
    QWidget *m_error = nullptr;
    QLabel *m_errorText = nullptr;
    QComboBox *m_exerciseCombo = nullptr;
    QComboBox *m_weekCountCombo = nullptr;
    QPushButton *m_previousWeek = nullptr;
    QPushButton *m_thisWeek = nullptr;
    QPushButton *m_nextWeek = nullptr;
    QLabel *m_range = nullptr;
    QTabWidget *m_views = nullptr;
    HistoryChartsPanel *m_charts = nullptr;
    HistoryTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    SessionList *m_sessions = nullptr;
};

} // namespace limber

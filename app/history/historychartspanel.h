#pragma once

#include "app/history/calendarpainter.h"
#include "app/history/historysnapshot.h"
#include "app/history/targetline.h"

#include <QLocale>
#include <QStringList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace limber {

class BalanceView;
class CalendarView;
class WeekChartView;

/// The charts of the history page, laid out: minutes per week, longest
/// hold, sessions, reach and pain over the weeks shown; the streaks, the
/// month calendar and the side balance beside them. It shows what it is
/// given and asks for another month; the page does the reading.
class HistoryChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryChartsPanel(QWidget *parent = nullptr);

    /// \a target: the hold target of the exercise shown (empty for none),
    /// drawn on the longest-hold chart and said under it as of \a today.
    void showWeeks(const QList<WeekRow> &weeks, const QStringList &levelNames,
        const QLocale &locale, const TargetLine &target = {}, QDate today = {});
    /// The newest week shown, in numbers; \a isThisWeek when it holds today.
    void showLatestWeek(const WeekRow &week, bool isThisWeek, const QLocale &locale);
    /// "Last session: Today, 08:00"; hidden when \a when is empty.
    void showLastSession(const QString &when);
    void showStreaks(const Streaks &streaks, const QLocale &locale);
    void showBalance(const SideBalance &balance, const QLocale &locale);
    /// \a canGoForward: whether a later month may be chosen (not past today's).
    void showMonth(const MonthData &month, bool canGoForward);

    WeekChartView *holdMinutesChart() const { return m_holdMinutes; }
    WeekChartView *longestHoldChart() const { return m_longestHold; }
    WeekChartView *sessionsChart() const { return m_sessions; }
    WeekChartView *reachChart() const { return m_reach; }
    WeekChartView *painChart() const { return m_pain; }

Q_SIGNALS:
    /// -1 for the month before, +1 for the month after.
    void monthStepRequested(int step);

private:
    QWidget *buildLatestWeek();
    QWidget *buildStreaks();
    QWidget *buildCalendar();
    QWidget *buildBalance();

    WeekChartView *m_holdMinutes = nullptr;
    WeekChartView *m_longestHold = nullptr;
    WeekChartView *m_sessions = nullptr;
    WeekChartView *m_reach = nullptr;
    WeekChartView *m_pain = nullptr;
    QLabel *m_targetNote = nullptr;
    QLabel *m_weekHeading = nullptr;
    QLabel *m_weekMinutes = nullptr;
    QLabel *m_weekCaption = nullptr;
    QLabel *m_weekDetails = nullptr;
    QLabel *m_lastSession = nullptr;
    QLabel *m_currentStreak = nullptr;
    QLabel *m_bestStreak = nullptr;
    QLabel *m_monthLabel = nullptr;
    QToolButton *m_previousMonth = nullptr;
    QToolButton *m_nextMonth = nullptr;
    CalendarView *m_calendar = nullptr;
    BalanceView *m_balance = nullptr;
    QLabel *m_balanceSentence = nullptr;
};

} // namespace limber

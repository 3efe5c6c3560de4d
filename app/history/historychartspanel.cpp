#include "app/history/historychartspanel.h"

#include "app/history/calendarview.h"
#include "app/history/historycharts.h"
#include "app/history/historyformat.h"
#include "app/history/historytext.h"
#include "app/history/weekchartview.h"
#include "app/mutedtext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *bigNumber(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 2.6);
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A heading over its content, one block of the page.
QWidget *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QLabel *label = heading(title, box);
    label->setBuddy(content);
    layout->addWidget(label);
    content->setParent(box);
    layout->addWidget(content);
    return box;
}

WeekChartView *chartView(
    WeekChartView::Kind kind, const QString &name, const QString &title, int lines, QWidget *parent)
{
    auto *view = new WeekChartView(kind, parent);
    view->setObjectName(name);
    view->setAccessibleName(title);
    view->setHeightInLines(lines);
    return view;
}

QStringList describeEach(
    const QList<WeekRow> &weeks, const std::function<QString(const WeekRow &)> &describe)
{
    QStringList sentences;
    for (const WeekRow &week : weeks)
        sentences.append(describe(week));
    return sentences;
}

} // namespace

HistoryChartsPanel::HistoryChartsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_holdMinutes = chartView(WeekChartView::Kind::Bars, u"holdMinutesChart"_s,
        tr("Minutes held each week, left and right"), 15, this);
    m_longestHold = chartView(
        WeekChartView::Kind::Lines, u"longestHoldChart"_s, tr("Longest hold each week"), 9, this);
    m_sessions = chartView(
        WeekChartView::Kind::Bars, u"sessionsChart"_s, tr("Sessions each week"), 9, this);
    m_reach = chartView(
        WeekChartView::Kind::Lines, u"reachChart"_s, tr("Furthest reach each week"), 9, this);
    m_pain = chartView(WeekChartView::Kind::Lines, u"painChart"_s,
        tr("Pain before and after, weekly average from 0 to 10"), 9, this);

    auto *charts = new QGridLayout;
    charts->setHorizontalSpacing(24);
    charts->setVerticalSpacing(16);
    charts->addWidget(section(tr("Minutes held each week"), m_holdMinutes, this), 0, 0, 1, 2);
    QWidget *longest = section(tr("Longest hold"), m_longestHold, this);
    m_targetNote = new QLabel(longest);
    m_targetNote->setObjectName(u"targetNote"_s);
    m_targetNote->setWordWrap(true);
    m_targetNote->hide();
    longest->layout()->addWidget(m_targetNote);
    charts->addWidget(longest, 1, 0);
    charts->addWidget(section(tr("Sessions"), m_sessions, this), 1, 1);
    charts->addWidget(section(tr("Furthest reach"), m_reach, this), 2, 0);
    charts->addWidget(section(tr("Pain (0 to 10)"), m_pain, this), 2, 1);

    auto *side = new QVBoxLayout;
    side->setSpacing(16);
    side->addWidget(buildLatestWeek());
    side->addWidget(buildStreaks());
    side->addWidget(buildCalendar());
    side->addWidget(buildBalance());
    side->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(28);
    layout->addLayout(charts, 3);
    layout->addLayout(side, 1);
}

QWidget *HistoryChartsPanel::buildLatestWeek()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_weekHeading = heading(QString(), box);
    m_weekHeading->setObjectName(u"latestWeekHeading"_s);
    m_weekMinutes = bigNumber(u"latestWeekMinutes"_s, box);
    m_weekCaption = new QLabel(tr("minutes held"), box);
    m_weekCaption->setObjectName(u"latestWeekCaption"_s);
    setMutedText(m_weekCaption);
    auto *number = new QHBoxLayout;
    number->addWidget(m_weekMinutes);
    number->addWidget(m_weekCaption, 1, Qt::AlignBottom);
    m_weekDetails = new QLabel(box);
    m_weekDetails->setObjectName(u"latestWeekDetails"_s);
    m_weekDetails->setWordWrap(true);
    m_lastSession = new QLabel(box);
    m_lastSession->setObjectName(u"lastSessionLine"_s);
    m_lastSession->setWordWrap(true);
    setMutedText(m_lastSession);
    m_lastSession->hide();
    layout->addWidget(m_weekHeading);
    layout->addLayout(number);
    layout->addWidget(m_weekDetails);
    layout->addWidget(m_lastSession);
    return box;
}

QWidget *HistoryChartsPanel::buildStreaks()
{
    auto *box = new QWidget(this);
    auto *layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_currentStreak = bigNumber(u"currentStreakValue"_s, box);
    m_bestStreak = bigNumber(u"bestStreakValue"_s, box);
    auto *currentCaption = new QLabel(tr("Current streak\n(days in a row)"), box);
    auto *bestCaption = new QLabel(tr("Best streak\n(days in a row)"), box);
    setMutedText(currentCaption);
    setMutedText(bestCaption);
    layout->addWidget(m_currentStreak, 0, 0);
    layout->addWidget(m_bestStreak, 0, 1);
    layout->addWidget(currentCaption, 1, 0);
    layout->addWidget(bestCaption, 1, 1);
    return box;
}

QWidget *HistoryChartsPanel::buildCalendar()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *header = new QHBoxLayout;
    m_previousMonth = new QToolButton(box);
    m_previousMonth->setObjectName(u"previousMonthButton"_s);
    m_previousMonth->setArrowType(Qt::LeftArrow);
    m_previousMonth->setAccessibleName(tr("Previous month"));
    m_previousMonth->setToolTip(tr("Previous month"));
    m_nextMonth = new QToolButton(box);
    m_nextMonth->setObjectName(u"nextMonthButton"_s);
    m_nextMonth->setArrowType(Qt::RightArrow);
    m_nextMonth->setAccessibleName(tr("Next month"));
    m_nextMonth->setToolTip(tr("Next month"));
    m_monthLabel = heading(QString(), box);
    m_monthLabel->setObjectName(u"monthLabel"_s);
    m_monthLabel->setAlignment(Qt::AlignCenter);
    header->addWidget(m_previousMonth);
    header->addWidget(m_monthLabel, 1);
    header->addWidget(m_nextMonth);
    connect(
        m_previousMonth, &QToolButton::clicked, this, [this] { Q_EMIT monthStepRequested(-1); });
    connect(m_nextMonth, &QToolButton::clicked, this, [this] { Q_EMIT monthStepRequested(1); });

    m_calendar = new CalendarView(box);
    m_calendar->setObjectName(u"practiseCalendar"_s);
    m_calendar->setAccessibleName(tr("Practised days"));
    layout->addWidget(heading(tr("Days practised"), box));
    layout->addLayout(header);
    layout->addWidget(m_calendar);
    return box;
}

QWidget *HistoryChartsPanel::buildBalance()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_balance = new BalanceView(box);
    m_balance->setObjectName(u"balanceView"_s);
    m_balance->setAccessibleName(tr("Left and right over the last four weeks"));
    m_balanceSentence = new QLabel(box);
    m_balanceSentence->setObjectName(u"balanceSentence"_s);
    m_balanceSentence->setWordWrap(true);
    layout->addWidget(heading(tr("Left and right, last four weeks"), box));
    layout->addWidget(m_balance);
    layout->addWidget(m_balanceSentence);
    return box;
}

void HistoryChartsPanel::showWeeks(const QList<WeekRow> &weeks, const QStringList &levelNames,
    const QLocale &locale, const TargetLine &target, QDate today)
{
    const QString summary = tr("%1 weeks. Use the Left and Right arrow keys to read each week.")
                                .arg(locale.toString(weeks.size()));
    m_holdMinutes->setData(HistoryCharts::holdMinutes(weeks, locale),
        describeEach(
            weeks, [&locale](const WeekRow &w) { return HistoryText::holdMinutes(w, locale); }),
        summary);
    m_targetNote->setText(HistoryText::targetNote(target, today, locale));
    m_targetNote->setVisible(!m_targetNote->text().isEmpty());
    m_longestHold->setData(HistoryCharts::longestHold(weeks, locale, target),
        describeEach(
            weeks, [&locale](const WeekRow &w) { return HistoryText::longestHold(w, locale); }),
        summary);
    m_sessions->setData(HistoryCharts::sessions(weeks, locale),
        describeEach(
            weeks, [&locale](const WeekRow &w) { return HistoryText::sessions(w, locale); }),
        summary);
    m_reach->setData(HistoryCharts::reach(weeks, levelNames, locale),
        describeEach(
            weeks, [&](const WeekRow &w) { return HistoryText::reach(w, levelNames, locale); }),
        summary);
    m_pain->setData(HistoryCharts::pain(weeks, locale),
        describeEach(weeks, [&locale](const WeekRow &w) { return HistoryText::pain(w, locale); }),
        summary);
}

void HistoryChartsPanel::showLatestWeek(const WeekRow &week, bool isThisWeek, const QLocale &locale)
{
    m_weekHeading->setText(
        isThisWeek ? tr("This week") : tr("Week of %1").arg(shortDayLabel(week.weekStart, locale)));
    // Seconds under a minute, like the bars and the balance: a short first
    // hold reads "9 seconds held", not "0.2" or "0" minutes.
    const HeldAmount total = heldAmount(week.totalMs(), locale);
    m_weekMinutes->setText(total.number);
    m_weekCaption->setText(total.inSeconds ? tr("seconds held") : tr("minutes held"));
    m_weekMinutes->setAccessibleName(total.inSeconds ? tr("%1 seconds held").arg(total.number)
                                                     : tr("%1 minutes held").arg(total.number));
    m_weekDetails->setText(week.holdCount == 0
            ? tr("No holds yet.")
            : tr("Left %1, right %2. Sessions: %3. Longest hold: %4.")
                  .arg(formatHeldTime(week.leftMs, locale), formatHeldTime(week.rightMs, locale),
                      locale.toString(week.sessionCount),
                      formatDuration(week.longestHoldMs, locale)));
}

void HistoryChartsPanel::showLastSession(const QString &when)
{
    m_lastSession->setText(tr("Last session: %1").arg(when));
    m_lastSession->setVisible(!when.isEmpty());
}

void HistoryChartsPanel::showStreaks(const Streaks &streaks, const QLocale &locale)
{
    m_currentStreak->setText(locale.toString(streaks.current));
    m_currentStreak->setAccessibleName(
        tr("Current streak: %n day(s) in a row", nullptr, streaks.current));
    m_bestStreak->setText(locale.toString(streaks.best));
    m_bestStreak->setAccessibleName(tr("Best streak: %n day(s) in a row", nullptr, streaks.best));
}

void HistoryChartsPanel::showBalance(const SideBalance &balance, const QLocale &locale)
{
    BalanceChartData chartData;
    chartData.leftName = tr("Left");
    chartData.rightName = tr("Right");
    chartData.leftMs = balance.leftMs;
    chartData.rightMs = balance.rightMs;
    chartData.lagging = balance.lagging;
    chartData.locale = locale;
    m_balance->setBalance(chartData);
    const QString sentence = HistoryText::balanceSentence(balance);
    m_balance->setAccessibleDescription(sentence);
    m_balance->setToolTip(sentence);
    // A number and its per cent sign stay on one line when the sentence wraps.
    QString shown = sentence;
    shown.replace(u" %"_s, u"\u00a0%"_s);
    m_balanceSentence->setText(shown);
    QFont font = m_balanceSentence->font();
    font.setBold(balance.isUnbalanced());
    m_balanceSentence->setFont(font);
}

void HistoryChartsPanel::showMonth(const MonthData &month, bool canGoForward)
{
    m_monthLabel->setText(month.locale.toString(QDate(month.year, month.month, 1), u"MMMM yyyy"_s));
    m_nextMonth->setEnabled(canGoForward);
    m_calendar->setMonth(month);
}

} // namespace limber

#pragma once

#include "app/history/balancepainter.h"
#include "app/history/calendarpainter.h"

#include <QWidget>

namespace limber {

/// The month calendar of practised days on screen (CalendarPainter in the
/// widget's palette). Its accessible description lists the practised days.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarView(QWidget *parent = nullptr);

    void setMonth(MonthData month);
    const MonthData &month() const { return m_month; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    MonthData m_month;
};

/// Left against right on screen (BalancePainter in the widget's palette).
class BalanceView : public QWidget
{
    Q_OBJECT

public:
    explicit BalanceView(QWidget *parent = nullptr);

    void setBalance(BalanceChartData balance);
    const BalanceChartData &balance() const { return m_balance; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    BalanceChartData m_balance;
};

} // namespace limber

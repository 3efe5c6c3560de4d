#include "app/history/calendarview.h"

#include "app/history/chartaccessibility.h"
#include "app/history/chartstyle.h"

#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace limber {

CalendarView::CalendarView(QWidget *parent)
    : QWidget(parent)
{
    installChartAccessibility();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void CalendarView::setMonth(MonthData month)
{
    m_month = std::move(month);
    QStringList days;
    for (const QDate &day : std::as_const(m_month.practisedDays)) {
        if (day.year() == m_month.year && day.month() == m_month.month)
            days.append(m_month.locale.toString(day.day()));
    }
    const QString monthName
        = m_month.locale.toString(QDate(m_month.year, m_month.month, 1), u"MMMM yyyy"_s);
    setAccessibleDescription(days.isEmpty()
            ? tr("No practised days in %1.").arg(monthName)
            : tr("Practised days in %1: %2.").arg(monthName, days.join(u", "_s)));
    update();
}

QSize CalendarView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 15, line * 14};
}

QSize CalendarView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 10, line * 9};
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    CalendarPainter::paint(
        painter, QRectF(rect()), m_month, ChartStyle::fromPalette(palette(), font()));
}

BalanceView::BalanceView(QWidget *parent)
    : QWidget(parent)
{
    installChartAccessibility();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void BalanceView::setBalance(BalanceChartData balance)
{
    m_balance = std::move(balance);
    update();
}

QSize BalanceView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 15, line * 3 + 4};
}

QSize BalanceView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 10, line * 3 + 4};
}

void BalanceView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    BalancePainter::paint(
        painter, QRectF(rect()), m_balance, ChartStyle::fromPalette(palette(), font()));
}

} // namespace limber

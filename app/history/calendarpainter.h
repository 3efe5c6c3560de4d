#pragma once

#include "app/history/chartstyle.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace limber {

/// One month of practised days, as the calendar shows it.
struct MonthData
{
    int year = 2000;
    int month = 1;
    /// Days with at least one hold; days outside the month are ignored.
    QList<QDate> practisedDays;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    /// Ringed when it falls in the month; may be invalid.
    QDate today;
    QLocale locale;
};

/// Paints a month as a grid of days under the weekday initials, the week
/// starting on the user's first day. A practised day is a filled disc, today
/// is ringed: shapes, so the calendar reads in grey print too.
class CalendarPainter
{
public:
    static void paint(
        QPainter &painter, const QRectF &rect, const MonthData &data, const ChartStyle &style);
    /// Where \a day is drawn (an empty rect when it is not in the month).
    static QRectF dayRect(const QRectF &rect, const MonthData &data, const ChartStyle &style,
        const QPaintDevice *device, QDate day);
    /// How many week rows the month needs (4 to 6).
    static int weekRows(const MonthData &data);
};

} // namespace limber

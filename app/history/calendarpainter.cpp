#include "app/history/calendarpainter.h"

#include "app/history/chartdrawing.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace limber {

namespace {

struct Grid
{
    QRectF header;
    QRectF days;
    double cell = 0;
    int offset = 0; // empty cells before the 1st
};

int leadingBlanks(const MonthData &data)
{
    const QDate first(data.year, data.month, 1);
    return (first.dayOfWeek() - static_cast<int>(data.firstDayOfWeek) + 7) % 7;
}

Grid gridFor(const QRectF &rect, const MonthData &data, double unit)
{
    Grid grid;
    grid.offset = leadingBlanks(data);
    const int rows = CalendarPainter::weekRows(data);
    const double headerHeight = unit * 1.2;
    grid.cell = std::max(0.0, std::min(rect.width() / 7, (rect.height() - headerHeight) / rows));
    const double width = grid.cell * 7;
    const double left = rect.left() + (rect.width() - width) / 2;
    grid.header = QRectF(left, rect.top(), width, headerHeight);
    grid.days = QRectF(left, grid.header.bottom(), width, grid.cell * rows);
    return grid;
}

QRectF cellOf(const Grid &grid, int dayOfMonth)
{
    const int index = grid.offset + dayOfMonth - 1;
    const int row = index / 7;
    return QRectF(grid.days.left() + (index % 7) * grid.cell, grid.days.top() + row * grid.cell,
        grid.cell, grid.cell);
}

} // namespace

int CalendarPainter::weekRows(const MonthData &data)
{
    const QDate first(data.year, data.month, 1);
    return (leadingBlanks(data) + first.daysInMonth() + 6) / 7;
}

QRectF CalendarPainter::dayRect(const QRectF &rect, const MonthData &data, const ChartStyle &style,
    const QPaintDevice *device, QDate day)
{
    if (day.year() != data.year || day.month() != data.month)
        return {};
    const Grid grid = gridFor(rect, data, chart::unit(QFontMetricsF(style.font, device)));
    return cellOf(grid, day.day());
}

void CalendarPainter::paint(
    QPainter &painter, const QRectF &rect, const MonthData &data, const ChartStyle &style)
{
    const QDate first(data.year, data.month, 1);
    if (!first.isValid())
        return;
    painter.save();
    painter.setFont(style.font);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(style.font, painter.device());
    const double u = chart::unit(metrics);
    const Grid grid = gridFor(rect, data, u);
    if (grid.cell <= 0) {
        painter.restore();
        return;
    }

    painter.setPen(style.mutedText);
    for (int column = 0; column < 7; ++column) {
        const int weekday = (static_cast<int>(data.firstDayOfWeek) - 1 + column) % 7 + 1;
        const QRectF box(grid.header.left() + column * grid.cell, grid.header.top(), grid.cell,
            grid.header.height());
        chart::drawElidedText(painter, box, Qt::AlignCenter,
            data.locale.standaloneDayName(weekday, QLocale::NarrowFormat), metrics);
    }

    const double ringWidth = std::max(1.0, u * 0.1);
    const double radius = grid.cell * 0.42;
    for (int day = 1; day <= first.daysInMonth(); ++day) {
        const QDate date(data.year, data.month, day);
        const QRectF box = cellOf(grid, day);
        const QPointF centre = box.center();
        const bool practised = data.practisedDays.contains(date);
        const bool today = date == data.today;
        if (practised) {
            // Today's ring stands apart from the disc, so it shows on paper too.
            const double disc = today ? radius - ringWidth * 2.5 : radius - ringWidth;
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.practisedFill);
            painter.drawEllipse(centre, disc, disc);
        }
        if (today) {
            painter.setPen(QPen(style.text, ringWidth));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, radius - ringWidth / 2, radius - ringWidth / 2);
        }
        painter.setPen(practised ? style.practisedText : style.text);
        chart::drawElidedText(painter, box, Qt::AlignCenter, data.locale.toString(day), metrics);
    }
    painter.restore();
}

} // namespace limber

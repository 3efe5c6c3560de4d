#include "app/history/chartaccessibility.h"

#include "app/history/calendarview.h"
#include "app/history/weekchartview.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace limber {

namespace {

QAccessibleInterface *chartInterface(const QString &, QObject *object)
{
    if (qobject_cast<WeekChartView *>(object) || qobject_cast<CalendarView *>(object)
        || qobject_cast<BalanceView *>(object))
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Chart);
    return nullptr;
}

} // namespace

void installChartAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(chartInterface);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace limber

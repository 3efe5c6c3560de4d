#pragma once

#include "app/history/chartstyle.h"
#include "core/model/side.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>
#include <QString>

class QPainter;

namespace limber {

/// Left against right, as the balance chart shows it.
struct BalanceChartData
{
    QString leftName;
    QString rightName;
    qint64 leftMs = 0;
    qint64 rightMs = 0;
    /// The side that lags (marked with a warning sign); None when balanced.
    Side lagging = Side::None;
    QLocale locale;
};

/// Paints two bars, left over right, in the left and right looks of the
/// week chart, each with its minutes; a lagging side gets a warning sign.
class BalancePainter
{
    Q_DECLARE_TR_FUNCTIONS(BalancePainter)

public:
    static void paint(QPainter &painter, const QRectF &rect, const BalanceChartData &data,
        const ChartStyle &style);
    /// The time as written beside a bar, e.g. "42.5 min" or "45 s".
    static QString minutesText(qint64 ms, const QLocale &locale);
};

} // namespace limber

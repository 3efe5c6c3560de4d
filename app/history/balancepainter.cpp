#include "app/history/balancepainter.h"

#include "app/history/chartdrawing.h"
#include "app/history/historyformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace limber {

namespace {

// A warning triangle with an exclamation mark cut out, filling `box`.
void drawWarningSign(QPainter &painter, const QRectF &box, const QColor &colour)
{
    QPainterPath sign;
    sign.moveTo(box.center().x(), box.top());
    sign.lineTo(box.right(), box.bottom());
    sign.lineTo(box.left(), box.bottom());
    sign.closeSubpath();
    const double w = box.width() * 0.1;
    const double x = box.center().x();
    sign.addRect(QRectF(x - w / 2, box.top() + box.height() * 0.35, w, box.height() * 0.33));
    sign.addRect(QRectF(x - w / 2, box.top() + box.height() * 0.76, w, box.height() * 0.1));
    sign.setFillRule(Qt::OddEvenFill);
    painter.fillPath(sign, colour);
}

} // namespace

QString BalancePainter::minutesText(qint64 ms, const QLocale &locale)
{
    return formatHeldTime(ms, locale);
}

void BalancePainter::paint(
    QPainter &painter, const QRectF &rect, const BalanceChartData &data, const ChartStyle &style)
{
    painter.save();
    painter.setFont(style.font);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(style.font, painter.device());
    const double u = chart::unit(metrics);
    const double rowHeight = std::min(rect.height() / 2, u * 1.5);
    if (rowHeight < u) {
        painter.restore();
        return;
    }
    const QString leftValue = minutesText(data.leftMs, data.locale);
    const QString rightValue = minutesText(data.rightMs, data.locale);
    const double nameWidth = std::min(rect.width() * 0.3,
        std::max(
            metrics.horizontalAdvance(data.leftName), metrics.horizontalAdvance(data.rightName)));
    const double valueWidth = std::min(rect.width() * 0.3,
        std::max(metrics.horizontalAdvance(leftValue), metrics.horizontalAdvance(rightValue)));
    const double signSize = u;
    const double trackLeft = rect.left() + nameWidth + u * 0.5;
    const double trackRight = rect.right() - valueWidth - signSize - u * 0.8;
    const double trackWidth = std::max(0.0, trackRight - trackLeft);
    const double larger = static_cast<double>(std::max({data.leftMs, data.rightMs, qint64 {1}}));

    struct Row
    {
        const QString &name;
        const QString &value;
        qint64 ms;
        const SeriesLook &look;
        bool lags;
    };
    const Row rows[] = {
        {data.leftName, leftValue, data.leftMs, style.left, data.lagging == Side::Left},
        {data.rightName, rightValue, data.rightMs, style.right, data.lagging == Side::Right},
    };
    double top = rect.top() + (rect.height() - rowHeight * 2) / 2;
    for (const Row &row : rows) {
        const QRectF line(rect.left(), top, rect.width(), rowHeight);
        painter.setPen(style.text);
        chart::drawElidedText(painter, QRectF(line.left(), line.top(), nameWidth, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, row.name, metrics);
        const double barHeight = rowHeight * 0.62;
        const QRectF track(trackLeft, line.center().y() - barHeight / 2, trackWidth, barHeight);
        painter.fillRect(track, style.grid);
        const double length = trackWidth * static_cast<double>(row.ms) / larger;
        chart::fillArea(
            painter, QRectF(track.left(), track.top(), length, track.height()), row.look, u);
        const double valueLeft = trackRight + u * 0.4;
        painter.setPen(style.text);
        chart::drawElidedText(painter, QRectF(valueLeft, line.top(), valueWidth, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, row.value, metrics);
        if (row.lags) {
            const QRectF sign(valueLeft + valueWidth + u * 0.3, line.center().y() - signSize / 2,
                signSize, signSize * 0.9);
            drawWarningSign(painter, sign, style.warning);
        }
        top += rowHeight;
    }
    painter.restore();
}

} // namespace limber

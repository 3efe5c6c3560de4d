#pragma once

#include "app/history/balancepainter.h"
#include "app/history/weekchartdata.h"
#include "app/print/sheetblock.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

/// A row of key figures: each a small label, a large value and a line of
/// detail under it, side by side in equal columns.
class KeyFiguresBlock : public SheetBlock
{
public:
    struct Figure
    {
        QString label;
        QString value;
        QString detail;
    };

    explicit KeyFiguresBlock(QList<Figure> figures);
    double height(const SheetStyle &style, double width) const override;
    void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const override;

private:
    double columnWidth(const SheetStyle &style, double width) const;

    QList<Figure> m_figures;
};

/// A week chart of the History page, painted in the paper style at a
/// fixed height (in points), with rows of numbers under it, one in each
/// week's column (e.g. the sessions of each week).
class WeekChartBlock : public SheetBlock
{
public:
    enum class Kind { Bars, Lines };

    /// A row under the chart: its label on the left, a value per week.
    struct Row
    {
        QString label;
        QStringList values;
    };

    WeekChartBlock(WeekChartData data, Kind kind, double heightPoints, QList<Row> rows = {});
    double height(const SheetStyle &style, double width) const override;
    void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const override;

    const WeekChartData &data() const { return m_data; }

private:
    WeekChartData m_data;
    Kind m_kind;
    double m_height;
    QList<Row> m_rows;
};

/// Left against right: the balance bars of the History page with their
/// sentence beside them, in bold when one side lags.
class BalanceBlock : public SheetBlock
{
public:
    BalanceBlock(BalanceChartData data, QString sentence);
    double height(const SheetStyle &style, double width) const override;
    void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const override;

private:
    double barsWidth(double width) const { return width * 0.45; }

    BalanceChartData m_data;
    QString m_sentence;
};

/// The font the charts of a printed report write with, and its line height.
QFont reportChartFont(const SheetStyle &style);
double reportChartLineHeight(const SheetStyle &style);

} // namespace limber

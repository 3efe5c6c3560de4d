#pragma once

#include "app/print/sheetblock.h"
#include "app/print/sheetcontent.h"

#include <QCoreApplication>

namespace limber {

/// One hold of one routine item in the week grid: a box per side, or one box.
struct LogGridColumn
{
    int item = 0; ///< index of the routine item; neighbours with the same item share a heading
    QString itemTitle;
    int hold = 1; ///< 1-based
    QStringList sideLetters; ///< empty: one box without a letter
};

/// A week to tick by hand: a row per day, boxes per hold (L and R for
/// sided exercises), and a pain box and room for notes per day. When the
/// holds do not fit across the page they continue in further bands below,
/// each a LogGridBlock; the pain box and notes belong to the first band.
class LogGridBlock : public SheetBlock
{
    Q_DECLARE_TR_FUNCTIONS(LogGridBlock)

public:
    /// \a rowHeight in points.
    LogGridBlock(QList<LogGridColumn> columns, QStringList dayNames, bool withPainAndNotes,
        double rowHeight = 52);
    double height(const SheetStyle &style, double width) const override;
    void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const override;

    /// The grid for \a content's routine, split into bands that fit \a width;
    /// rows are roomy for one band and tighter when there are several.
    static SheetBlocks bands(const SheetContent &content, const SheetStyle &style, double width);

    const QList<LogGridColumn> &columns() const { return m_columns; }

private:
    struct Geometry;
    static Geometry geometry(
        const SheetStyle &style, const QList<LogGridColumn> &columns, const QStringList &dayNames);
    int headerLines() const;
    void paintHeader(QPainter &painter, const SheetStyle &style, const QRectF &area,
        const Geometry &geometry) const;
    void paintRows(QPainter &painter, const SheetStyle &style, const QRectF &area,
        const Geometry &geometry) const;

    QList<LogGridColumn> m_columns;
    QStringList m_dayNames;
    bool m_withPainAndNotes;
    double m_rowHeight;
};

/// The heading of the week grid's page: its title and a line to write the week's date on.
class WeekHeadingBlock : public SheetBlock
{
    Q_DECLARE_TR_FUNCTIONS(WeekHeadingBlock)

public:
    explicit WeekHeadingBlock(QString title);
    double height(const SheetStyle &style, double width) const override;
    void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const override;

private:
    QString m_title;
};

} // namespace limber

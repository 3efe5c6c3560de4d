#pragma once

#include "app/print/sheetblock.h"

#include <QString>
#include <QStringList>

namespace limber {

/// A wrapped paragraph in one font.
class ParagraphBlock : public SheetBlock
{
public:
    ParagraphBlock(SheetStyle::Font font, QString text, bool quiet = false);
    double height(const SheetStyle &style, double width) const override;
    void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const override;

private:
    SheetStyle::Font m_font;
    QString m_text;
    bool m_quiet;
};

/// The top of a sheet: a title with the date on the right, a line of
/// details under it, and a rule.
class TitleBlock : public SheetBlock
{
public:
    TitleBlock(QString title, QString aside, QString details);
    double height(const SheetStyle &style, double width) const override;
    void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const override;

private:
    double asideWidth(const SheetStyle &style, double width) const;

    QString m_title;
    QString m_aside;
    QString m_details;
};

/// A short warning set off by a frame, so it stands out without colour.
class NoticeBlock : public SheetBlock
{
public:
    explicit NoticeBlock(QString text);
    double height(const SheetStyle &style, double width) const override;
    void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const override;

private:
    QString m_text;
};

/// A label in the left column and paragraphs, numbered or bulleted items
/// beside it.
class LabelledBlock : public SheetBlock
{
public:
    enum class Marker { None, Numbers, Bullets };

    LabelledBlock(QString label, QStringList items, Marker marker = Marker::None);

    /// Sets the first item in bold, for the one fact a reader looks for.
    bool strongFirstItem = false;
    double height(const SheetStyle &style, double width) const override;
    void paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const override;

    /// Width of the label column, in points; figure captions line up with it.
    static constexpr double labelColumn = 82;

private:
    double markerWidth(const SheetStyle &style) const;
    QString markerText(qsizetype index) const;
    SheetStyle::Font itemFont(qsizetype index) const;

    QString m_label;
    QStringList m_items;
    Marker m_marker;
};

} // namespace limber

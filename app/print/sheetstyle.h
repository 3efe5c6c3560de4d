#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace limber {

/// The typography of printed sheets, measured in the units of one paint
/// device: one family in three sizes, dark ink that holds up in grey.
class SheetStyle
{
public:
    enum class Font { Title, Heading, Body, Strong };

    explicit SheetStyle(const QPaintDevice &device);

    /// \a points (1/72 inch) in device units.
    double pt(double points) const { return points * m_unitsPerPoint; }

    QFont font(Font role) const;
    double lineHeight(Font role) const;
    double ascent(Font role) const;
    double textWidth(Font role, const QString &text) const;
    /// Height of \a text wrapped at \a width.
    double textHeight(Font role, const QString &text, double width) const;
    /// Draws \a text wrapped inside \a area; \a flags adds alignment.
    void drawText(QPainter &painter, Font role, const QRectF &area, const QString &text,
        const QColor &colour, int flags = 0) const;
    /// \a text shortened with an ellipsis to fit \a width.
    QString elided(Font role, const QString &text, double width) const;

    QColor ink() const { return QColor(0x1a, 0x1a, 0x1a); }
    /// Secondary text: still dark enough to read in grey on any printer.
    QColor quiet() const { return QColor(0x4a, 0x4a, 0x4a); }
    QColor rule() const { return QColor(0x8c, 0x8c, 0x8c); }

private:
    const QPaintDevice &m_device;
    double m_unitsPerPoint = 1;
    QFont m_title;
    QFont m_heading;
    QFont m_body;
    QFont m_strong;
};

} // namespace limber

#include "app/print/sheetstyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>

namespace limber {

namespace {

constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

QFont sized(const QFont &base, double points, QFont::Weight weight)
{
    QFont font = base;
    font.setPointSizeF(points);
    font.setWeight(weight);
    return font;
}

} // namespace

SheetStyle::SheetStyle(const QPaintDevice &device)
    : m_device(device)
    , m_unitsPerPoint(device.logicalDpiY() / 72.0)
{
    // The sheet uses the program's own family, so print and screen match.
    QFont base = QGuiApplication::font();
    base.setStyleHint(QFont::SansSerif);
    base.setKerning(true);
    m_title = sized(base, 20, QFont::Bold);
    m_heading = sized(base, 13, QFont::Bold);
    m_body = sized(base, 9.5, QFont::Normal);
    m_strong = sized(base, 9.5, QFont::Bold);
}

QFont SheetStyle::font(Font role) const
{
    switch (role) {
    case Font::Title:
        return m_title;
    case Font::Heading:
        return m_heading;
    case Font::Strong:
        return m_strong;
    case Font::Body:
        break;
    }
    return m_body;
}

double SheetStyle::lineHeight(Font role) const
{
    return QFontMetricsF(font(role), &m_device).height();
}

double SheetStyle::ascent(Font role) const
{
    return QFontMetricsF(font(role), &m_device).ascent();
}

double SheetStyle::textWidth(Font role, const QString &text) const
{
    return QFontMetricsF(font(role), &m_device).horizontalAdvance(text);
}

double SheetStyle::textHeight(Font role, const QString &text, double width) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font(role), &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e7), kWrap, text).height();
}

void SheetStyle::drawText(QPainter &painter, Font role, const QRectF &area, const QString &text,
    const QColor &colour, int flags) const
{
    painter.save();
    painter.setFont(font(role));
    painter.setPen(colour);
    painter.drawText(area, Qt::TextWordWrap | (flags ? flags : Qt::AlignLeft | Qt::AlignTop), text);
    painter.restore();
}

QString SheetStyle::elided(Font role, const QString &text, double width) const
{
    return QFontMetricsF(font(role), &m_device).elidedText(text, Qt::ElideRight, width);
}

} // namespace limber

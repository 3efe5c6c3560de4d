#include "app/print/textblocks.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

using Font = SheetStyle::Font;

constexpr double kItemGap = 3; // points between the items of a list
constexpr double kNoticePadding = 6;
constexpr double kTitleRuleGap = 8;

} // namespace

ParagraphBlock::ParagraphBlock(SheetStyle::Font font, QString text, bool quiet)
    : m_font(font)
    , m_text(std::move(text))
    , m_quiet(quiet)
{ }

double ParagraphBlock::height(const SheetStyle &style, double width) const
{
    return style.textHeight(m_font, m_text, width);
}

void ParagraphBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    style.drawText(painter, m_font, area, m_text, m_quiet ? style.quiet() : style.ink());
}

TitleBlock::TitleBlock(QString title, QString aside, QString details)
    : m_title(std::move(title))
    , m_aside(std::move(aside))
    , m_details(std::move(details))
{ }

double TitleBlock::asideWidth(const SheetStyle &style, double width) const
{
    return std::min(style.textWidth(Font::Body, m_aside) + 1, width / 3);
}

double TitleBlock::height(const SheetStyle &style, double width) const
{
    const double titleWidth = width - asideWidth(style, width) - style.pt(12);
    double h = style.textHeight(Font::Title, m_title, titleWidth);
    if (!m_details.isEmpty())
        h += style.pt(2) + style.textHeight(Font::Body, m_details, width);
    return h + style.pt(kTitleRuleGap) + style.pt(0.75);
}

void TitleBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    const double aside = asideWidth(style, area.width());
    const QRectF titleArea(area.left(), area.top(), area.width() - aside - style.pt(12),
        style.textHeight(Font::Title, m_title, area.width() - aside - style.pt(12)));
    style.drawText(painter, Font::Title, titleArea, m_title, style.ink());

    // The date sits on the title's first baseline, at the right margin.
    const double firstBaseline = area.top() + style.ascent(Font::Title);
    painter.save();
    painter.setFont(style.font(Font::Body));
    painter.setPen(style.quiet());
    const double asideLeft = area.right() - aside;
    painter.drawText(QPointF(asideLeft, firstBaseline), style.elided(Font::Body, m_aside, aside));
    painter.restore();

    double y = titleArea.bottom();
    if (!m_details.isEmpty()) {
        y += style.pt(2);
        const double h = style.textHeight(Font::Body, m_details, area.width());
        style.drawText(
            painter, Font::Body, QRectF(area.left(), y, area.width(), h), m_details, style.quiet());
        y += h;
    }
    y += style.pt(kTitleRuleGap);
    painter.save();
    painter.setPen(QPen(style.ink(), style.pt(0.75)));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    painter.restore();
}

NoticeBlock::NoticeBlock(QString text)
    : m_text(std::move(text))
{ }

double NoticeBlock::height(const SheetStyle &style, double width) const
{
    const double padding = style.pt(kNoticePadding);
    return style.textHeight(Font::Strong, m_text, width - 2 * padding) + 2 * padding;
}

void NoticeBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    const double padding = style.pt(kNoticePadding);
    const double line = style.pt(0.75);
    painter.save();
    painter.setPen(QPen(style.ink(), line));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area.adjusted(line / 2, line / 2, -line / 2, -line / 2));
    painter.restore();
    style.drawText(painter, Font::Strong, area.adjusted(padding, padding, -padding, -padding),
        m_text, style.ink());
}

LabelledBlock::LabelledBlock(QString label, QStringList items, Marker marker)
    : m_label(std::move(label))
    , m_items(std::move(items))
    , m_marker(marker)
{ }

double LabelledBlock::markerWidth(const SheetStyle &style) const
{
    return m_marker == Marker::None ? 0 : style.pt(14);
}

QString LabelledBlock::markerText(qsizetype index) const
{
    switch (m_marker) {
    case Marker::Numbers:
        return QString::number(index + 1);
    case Marker::Bullets:
        return u"\u2022"_s;
    case Marker::None:
        break;
    }
    return {};
}

SheetStyle::Font LabelledBlock::itemFont(qsizetype index) const
{
    return strongFirstItem && index == 0 ? Font::Strong : Font::Body;
}

double LabelledBlock::height(const SheetStyle &style, double width) const
{
    const double textWidth = width - style.pt(labelColumn) - markerWidth(style);
    double h = 0;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (i > 0)
            h += style.pt(kItemGap);
        h += style.textHeight(itemFont(i), m_items.at(i), textWidth);
    }
    const double labelHeight = style.textHeight(Font::Strong, m_label, style.pt(labelColumn - 8));
    return std::max(h, labelHeight);
}

void LabelledBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    const double labelWidth = style.pt(labelColumn);
    style.drawText(painter, Font::Strong,
        QRectF(area.left(), area.top(), labelWidth - style.pt(8), area.height()), m_label,
        style.ink());

    const double markerLeft = area.left() + labelWidth;
    const double textLeft = markerLeft + markerWidth(style);
    const double textWidth = area.right() - textLeft;
    double y = area.top();
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (i > 0)
            y += style.pt(kItemGap);
        const double h = style.textHeight(itemFont(i), m_items.at(i), textWidth);
        if (m_marker != Marker::None) {
            const Font markerFont = m_marker == Marker::Numbers ? Font::Strong : Font::Body;
            style.drawText(painter, markerFont, QRectF(markerLeft, y, markerWidth(style), h),
                markerText(i), style.ink());
        }
        style.drawText(
            painter, itemFont(i), QRectF(textLeft, y, textWidth, h), m_items.at(i), style.ink());
        y += h;
    }
}

} // namespace limber

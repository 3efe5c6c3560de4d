#include "app/print/loggridblock.h"

#include <QPainter>

#include <algorithm>
#include <vector>

namespace limber {

namespace {

using Font = SheetStyle::Font;

// All in points.
constexpr double kBox = 15;
constexpr double kBoxGap = 6;
constexpr double kSidedColumn = 56;
constexpr double kUnsidedColumn = 32;
constexpr double kGroupGap = 12;
constexpr double kMaxTitleWidth = 120; // a narrow group widens up to this for its heading
constexpr double kPainColumn = 58;
constexpr double kPainBoxWidth = 40;
constexpr double kPainBoxHeight = 24;
constexpr double kMinNotesWidth = 80;
constexpr double kRoomyRow = 52;
constexpr double kTightRow = 30;
constexpr double kHeaderGap = 4;

double columnWidth(const SheetStyle &style, const LogGridColumn &column)
{
    return style.pt(column.sideLetters.isEmpty() ? kUnsidedColumn : kSidedColumn);
}

void paintBox(QPainter &painter, const SheetStyle &style, const QRectF &box)
{
    painter.save();
    painter.setPen(QPen(style.ink(), style.pt(0.8)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    painter.restore();
}

} // namespace

/// Where everything of one band goes, from the block's left edge.
struct LogGridBlock::Geometry
{
    struct Group
    {
        qsizetype first = 0;
        qsizetype end = 0; ///< one past the group's last column
        double left = 0;
        double width = 0;
    };

    double dayWidth = 0;
    std::vector<double> columnLeft; ///< one per column
    std::vector<Group> groups; ///< neighbouring columns of the same item
    double holdsRight = 0; ///< where the last group ends
};

LogGridBlock::LogGridBlock(
    QList<LogGridColumn> columns, QStringList dayNames, bool withPainAndNotes, double rowHeight)
    : m_columns(std::move(columns))
    , m_dayNames(std::move(dayNames))
    , m_withPainAndNotes(withPainAndNotes)
    , m_rowHeight(rowHeight)
{ }

LogGridBlock::Geometry LogGridBlock::geometry(
    const SheetStyle &style, const QList<LogGridColumn> &columns, const QStringList &dayNames)
{
    Geometry g;
    for (const QString &day : dayNames)
        g.dayWidth = std::max(g.dayWidth, style.textWidth(Font::Body, day));
    g.dayWidth += style.pt(12);

    double x = g.dayWidth;
    g.columnLeft.resize(std::size_t(columns.size()));
    for (qsizetype first = 0; first < columns.size();) {
        qsizetype end = first;
        double boxes = 0;
        while (end < columns.size() && columns.at(end).item == columns.at(first).item)
            boxes += columnWidth(style, columns.at(end++));
        const double title
            = std::min(style.textWidth(Font::Strong, columns.at(first).itemTitle) + style.pt(6),
                style.pt(kMaxTitleWidth));
        if (first > 0)
            x += style.pt(kGroupGap);
        const double width = std::max(boxes, title);
        double left = x + (width - boxes) / 2;
        for (qsizetype c = first; c < end; ++c) {
            g.columnLeft[std::size_t(c)] = left;
            left += columnWidth(style, columns.at(c));
        }
        g.groups.push_back({first, end, x, width});
        x += width;
        first = end;
    }
    g.holdsRight = x;
    return g;
}

SheetBlocks LogGridBlock::bands(const SheetContent &content, const SheetStyle &style, double width)
{
    QList<LogGridColumn> all;
    for (qsizetype item = 0; item < content.logItems.size(); ++item) {
        const SheetLogItem &log = content.logItems.at(item);
        for (int hold = 1; hold <= log.holds; ++hold)
            all.append({int(item), log.title, hold, log.sideLetters});
    }

    QList<QList<LogGridColumn>> split(1);
    for (const LogGridColumn &column : all) {
        QList<LogGridColumn> wider = split.last();
        wider.append(column);
        const double reserved
            = split.size() == 1 ? style.pt(2 * kGroupGap + kPainColumn + kMinNotesWidth) : 0;
        if (!split.last().isEmpty()
            && geometry(style, wider, content.dayNames).holdsRight + reserved > width)
            split.append(QList<LogGridColumn>());
        split.last().append(column);
    }

    SheetBlocks blocks;
    const double rowHeight = split.size() == 1 ? kRoomyRow : kTightRow;
    for (const QList<LogGridColumn> &band : split) {
        auto block
            = std::make_unique<LogGridBlock>(band, content.dayNames, blocks.empty(), rowHeight);
        block->spaceBefore = blocks.empty() ? 14 : 18;
        blocks.push_back(std::move(block));
    }
    return blocks;
}

int LogGridBlock::headerLines() const
{
    const bool sided = std::any_of(m_columns.cbegin(), m_columns.cend(),
        [](const LogGridColumn &c) { return !c.sideLetters.isEmpty(); });
    return sided ? 3 : 2;
}

double LogGridBlock::height(const SheetStyle &style, double) const
{
    return headerLines() * style.lineHeight(Font::Body) + style.pt(kHeaderGap)
        + double(m_dayNames.size()) * style.pt(m_rowHeight);
}

void LogGridBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    const Geometry g = geometry(style, m_columns, m_dayNames);
    const double header = headerLines() * style.lineHeight(Font::Body) + style.pt(kHeaderGap);
    paintHeader(painter, style, QRectF(area.topLeft(), QSizeF(area.width(), header)), g);
    paintRows(painter, style, area.adjusted(0, header, 0, 0), g);
}

void LogGridBlock::paintHeader(
    QPainter &painter, const SheetStyle &style, const QRectF &area, const Geometry &g) const
{
    const double line = style.lineHeight(Font::Body);
    const auto centred = [&](Font font, double left, double width, int row, const QString &text) {
        const QRectF cell(area.left() + left, area.top() + row * line, width, line);
        style.drawText(painter, font, cell, style.elided(font, text, width), style.ink(),
            Qt::AlignHCenter | Qt::AlignTop);
    };

    for (const Geometry::Group &group : g.groups)
        centred(Font::Strong, group.left, group.width, 0, m_columns.at(group.first).itemTitle);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const LogGridColumn &column = m_columns.at(c);
        const double x = g.columnLeft[std::size_t(c)];
        const double w = columnWidth(style, column);
        if (column.sideLetters.isEmpty()) {
            centred(Font::Body, x, w, 1, QString::number(column.hold));
            continue;
        }
        centred(Font::Body, x, w, 1, tr("Hold %1").arg(column.hold));
        const double left = x + (w - style.pt(2 * kBox + kBoxGap)) / 2;
        centred(Font::Body, left, style.pt(kBox), 2, column.sideLetters.value(0));
        centred(Font::Body, left + style.pt(kBox + kBoxGap), style.pt(kBox), 2,
            column.sideLetters.value(1));
    }
    if (m_withPainAndNotes) {
        const double pain = g.holdsRight + style.pt(kGroupGap);
        centred(Font::Strong, pain, style.pt(kPainColumn), 0, tr("Pain"));
        centred(Font::Body, pain, style.pt(kPainColumn), 1, tr("0–10", "pain scale"));
        const double notes = area.left() + pain + style.pt(kPainColumn + kGroupGap);
        style.drawText(painter, Font::Strong, QRectF(notes, area.top(), area.right() - notes, line),
            tr("Notes"), style.ink());
    }

    painter.save();
    painter.setPen(QPen(style.ink(), style.pt(0.75)));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    painter.restore();
}

void LogGridBlock::paintRows(
    QPainter &painter, const SheetStyle &style, const QRectF &area, const Geometry &g) const
{
    const double rowHeight = style.pt(m_rowHeight);
    const double box = style.pt(kBox);
    for (qsizetype row = 0; row < m_dayNames.size(); ++row) {
        const double top = area.top() + double(row) * rowHeight;
        const double middle = top + rowHeight / 2;
        style.drawText(painter, Font::Body, QRectF(area.left(), top, g.dayWidth, rowHeight),
            m_dayNames.at(row), style.ink(), Qt::AlignLeft | Qt::AlignVCenter);

        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const LogGridColumn &column = m_columns.at(c);
            const double x = area.left() + g.columnLeft[std::size_t(c)];
            const double w = columnWidth(style, column);
            if (column.sideLetters.isEmpty()) {
                paintBox(painter, style, QRectF(x + (w - box) / 2, middle - box / 2, box, box));
                continue;
            }
            const double left = x + (w - style.pt(2 * kBox + kBoxGap)) / 2;
            paintBox(painter, style, QRectF(left, middle - box / 2, box, box));
            paintBox(painter, style,
                QRectF(left + style.pt(kBox + kBoxGap), middle - box / 2, box, box));
        }
        if (m_withPainAndNotes) {
            const double pain = area.left() + g.holdsRight + style.pt(kGroupGap);
            const QSizeF size(style.pt(kPainBoxWidth), style.pt(kPainBoxHeight));
            paintBox(painter, style,
                QRectF(QPointF(pain + (style.pt(kPainColumn) - size.width()) / 2,
                           middle - size.height() / 2),
                    size));
        }

        painter.save();
        painter.setPen(QPen(style.rule(), style.pt(0.5)));
        painter.drawLine(
            QPointF(area.left(), top + rowHeight), QPointF(area.right(), top + rowHeight));
        painter.restore();
    }
}

WeekHeadingBlock::WeekHeadingBlock(QString title)
    : m_title(std::move(title))
{ }

double WeekHeadingBlock::height(const SheetStyle &style, double) const
{
    return style.lineHeight(Font::Title);
}

void WeekHeadingBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    const double baseline = area.top() + style.ascent(Font::Title);
    const QString weekOf = tr("Week of");
    const double writingLine = style.pt(120);
    const double labelLeft
        = area.right() - writingLine - style.pt(6) - style.textWidth(Font::Body, weekOf);
    const double titleWidth = labelLeft - area.left() - style.pt(12);
    style.drawText(painter, Font::Title, QRectF(area.left(), area.top(), titleWidth, area.height()),
        style.elided(Font::Title, m_title, titleWidth), style.ink());

    painter.save();
    painter.setFont(style.font(Font::Body));
    painter.setPen(style.ink());
    painter.drawText(QPointF(labelLeft, baseline), weekOf);
    painter.setPen(QPen(style.ink(), style.pt(0.75)));
    painter.drawLine(QPointF(area.right() - writingLine, baseline + style.pt(2)),
        QPointF(area.right(), baseline + style.pt(2)));
    painter.restore();
}

} // namespace limber

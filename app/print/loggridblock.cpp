#include "print/loggridblock.h"

#include <QPainter>

#include <algorithm>

namespace limber {

namespace {

using Font = SheetStyle::Font;

// All in points.
constexpr double kBox = 13;
constexpr double kBoxGap = 5;
constexpr double kSidedColumn = 50;
constexpr double kUnsidedColumn = 30;
constexpr double kGroupGap = 12;
constexpr double kPainColumn = 58;
constexpr double kPainBoxWidth = 36;
constexpr double kPainBoxHeight = 20;
constexpr double kMinNotesWidth = 80;
constexpr double kRowHeight = 30;
constexpr double kHeaderGap = 4;

bool startsGroup(const QList<LogGridColumn> &columns, qsizetype i)
{
    return i == 0 || columns.at(i).item != columns.at(i - 1).item;
}

} // namespace

LogGridBlock::LogGridBlock(
    QList<LogGridColumn> columns, QStringList dayNames, bool withPainAndNotes)
    : m_columns(std::move(columns))
    , m_dayNames(std::move(dayNames))
    , m_withPainAndNotes(withPainAndNotes)
{ }

double LogGridBlock::columnWidth(const SheetStyle &style, const LogGridColumn &column)
{
    return style.pt(column.sideLetters.isEmpty() ? kUnsidedColumn : kSidedColumn);
}

double LogGridBlock::dayColumnWidth(const SheetStyle &style, const QStringList &dayNames)
{
    double widest = 0;
    for (const QString &day : dayNames)
        widest = std::max(widest, style.textWidth(Font::Body, day));
    return widest + style.pt(12);
}

SheetBlocks LogGridBlock::bands(const SheetContent &content, const SheetStyle &style, double width)
{
    QList<LogGridColumn> all;
    for (qsizetype item = 0; item < content.logItems.size(); ++item) {
        const SheetLogItem &log = content.logItems.at(item);
        for (int hold = 1; hold <= log.holds; ++hold)
            all.append({int(item), log.title, hold, log.sideLetters});
    }

    SheetBlocks blocks;
    const double days = dayColumnWidth(style, content.dayNames);
    QList<LogGridColumn> band;
    double used = 0;
    const auto available = [&] {
        const bool first = blocks.empty();
        return width - days - (first ? style.pt(kPainColumn + kMinNotesWidth) : 0);
    };
    const auto finishBand = [&] {
        auto block = std::make_unique<LogGridBlock>(band, content.dayNames, blocks.empty());
        block->spaceBefore = blocks.empty() ? 14 : 18;
        blocks.push_back(std::move(block));
        band.clear();
        used = 0;
    };
    for (const LogGridColumn &column : all) {
        const double own = columnWidth(style, column);
        const bool newGroup = !band.isEmpty() && band.last().item != column.item;
        if (!band.isEmpty() && used + own + (newGroup ? style.pt(kGroupGap) : 0) > available())
            finishBand();
        used
            += own + (!band.isEmpty() && band.last().item != column.item ? style.pt(kGroupGap) : 0);
        band.append(column);
    }
    if (!band.isEmpty() || blocks.empty())
        finishBand();
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
        + double(m_dayNames.size()) * style.pt(kRowHeight);
}

void LogGridBlock::paint(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    const double header = headerLines() * style.lineHeight(Font::Body) + style.pt(kHeaderGap);
    paintHeader(painter, style, QRectF(area.topLeft(), QSizeF(area.width(), header)));
    paintRows(painter, style, area.adjusted(0, header, 0, 0));
}

void LogGridBlock::paintHeader(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    const double line = style.lineHeight(Font::Body);
    const auto centred = [&](Font font, double left, double width, int row, const QString &text) {
        const QRectF cell(left, area.top() + row * line, width, line);
        style.drawText(painter, font, cell, style.elided(font, text, width), style.ink(),
            Qt::AlignHCenter | Qt::AlignTop);
    };

    double x = area.left() + dayColumnWidth(style, m_dayNames);
    for (qsizetype i = 0; i < m_columns.size();) {
        // One heading over all neighbouring columns of the same item.
        qsizetype end = i;
        double groupWidth = 0;
        while (end < m_columns.size() && (end == i || !startsGroup(m_columns, end))) {
            groupWidth += columnWidth(style, m_columns.at(end));
            ++end;
        }
        if (i > 0)
            x += style.pt(kGroupGap);
        centred(Font::Strong, x, groupWidth, 0, m_columns.at(i).itemTitle);
        for (qsizetype c = i; c < end; ++c) {
            const LogGridColumn &column = m_columns.at(c);
            const double w = columnWidth(style, column);
            if (column.sideLetters.isEmpty()) {
                centred(Font::Body, x, w, 1, QString::number(column.hold));
            } else {
                centred(Font::Body, x, w, 1, tr("Hold %1").arg(column.hold));
                const double boxes = style.pt(2 * kBox + kBoxGap);
                const double left = x + (w - boxes) / 2;
                centred(Font::Body, left, style.pt(kBox), 2, column.sideLetters.value(0));
                centred(Font::Body, left + style.pt(kBox + kBoxGap), style.pt(kBox), 2,
                    column.sideLetters.value(1));
            }
            x += w;
        }
        i = end;
    }
    if (m_withPainAndNotes) {
        x += style.pt(kGroupGap);
        centred(Font::Strong, x, style.pt(kPainColumn), 0, tr("Pain"));
        centred(Font::Body, x, style.pt(kPainColumn), 1, tr("0\u201310", "pain scale"));
        x += style.pt(kPainColumn) + style.pt(kGroupGap);
        style.drawText(painter, Font::Strong, QRectF(x, area.top(), area.right() - x, line),
            tr("Notes"), style.ink());
    }

    painter.save();
    painter.setPen(QPen(style.ink(), style.pt(0.75)));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    painter.restore();
}

void LogGridBlock::paintRows(QPainter &painter, const SheetStyle &style, const QRectF &area) const
{
    const double rowHeight = style.pt(kRowHeight);
    const double box = style.pt(kBox);
    for (qsizetype row = 0; row < m_dayNames.size(); ++row) {
        const double top = area.top() + double(row) * rowHeight;
        const double middle = top + rowHeight / 2;
        style.drawText(painter, Font::Body, QRectF(area.left(), top, area.width(), rowHeight),
            m_dayNames.at(row), style.ink(), Qt::AlignLeft | Qt::AlignVCenter);

        double x = area.left() + dayColumnWidth(style, m_dayNames);
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const LogGridColumn &column = m_columns.at(i);
            if (i > 0 && startsGroup(m_columns, i))
                x += style.pt(kGroupGap);
            const double w = columnWidth(style, column);
            if (column.sideLetters.isEmpty()) {
                paintBox(painter, style, QRectF(x + (w - box) / 2, middle - box / 2, box, box));
            } else {
                const double left = x + (w - style.pt(2 * kBox + kBoxGap)) / 2;
                paintBox(painter, style, QRectF(left, middle - box / 2, box, box));
                paintBox(painter, style,
                    QRectF(left + style.pt(kBox + kBoxGap), middle - box / 2, box, box));
            }
            x += w;
        }
        if (m_withPainAndNotes) {
            x += style.pt(kGroupGap);
            const QSizeF pain(style.pt(kPainBoxWidth), style.pt(kPainBoxHeight));
            paintBox(painter, style,
                QRectF(QPointF(x + (style.pt(kPainColumn) - pain.width()) / 2,
                           middle - pain.height() / 2),
                    pain));
        }

        painter.save();
        painter.setPen(QPen(style.rule(), style.pt(0.5)));
        painter.drawLine(
            QPointF(area.left(), top + rowHeight), QPointF(area.right(), top + rowHeight));
        painter.restore();
    }
}

void LogGridBlock::paintBox(QPainter &painter, const SheetStyle &style, const QRectF &box) const
{
    const double line = style.pt(0.8);
    painter.save();
    painter.setPen(QPen(style.ink(), line));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    painter.restore();
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
    const double labelWidth = style.textWidth(Font::Body, weekOf);
    const double labelLeft = area.right() - writingLine - style.pt(6) - labelWidth;
    style.drawText(painter, Font::Title,
        QRectF(area.left(), area.top(), labelLeft - area.left() - style.pt(12), area.height()),
        style.elided(Font::Title, m_title, labelLeft - area.left() - style.pt(12)), style.ink());

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

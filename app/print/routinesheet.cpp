#include "app/print/routinesheet.h"

#include "app/print/figurerowblock.h"
#include "app/print/loggridblock.h"
#include "app/print/pageframe.h"
#include "app/print/textblocks.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

using Font = SheetStyle::Font;

constexpr int kMaxFigureColumns = 4;

/// Up to three figures stand in one row; more go in one row of small
/// figures, or in two rows of larger ones.
int figureColumns(const SheetExercise &exercise, bool twoRows)
{
    const int n = int(exercise.figures.size());
    if (n <= 3 || !twoRows)
        return std::min(n, kMaxFigureColumns);
    return std::min((n + 1) / 2, kMaxFigureColumns);
}

template<typename Block, typename... Args>
Block &add(SheetBlocks &blocks, double spaceBefore, Args &&...args)
{
    auto block = std::make_unique<Block>(std::forward<Args>(args)...);
    block->spaceBefore = spaceBefore;
    Block &added = *block;
    blocks.push_back(std::move(block));
    return added;
}

QStringList nonEmpty(const QStringList &texts)
{
    QStringList kept;
    for (const QString &text : texts) {
        if (!text.isEmpty())
            kept.append(text);
    }
    return kept;
}

} // namespace

RoutineSheet::RoutineSheet(SheetContent content)
    : m_content(std::move(content))
{ }

RoutineSheet::Layout RoutineSheet::layOut(const SheetStyle &style, const QRectF &area) const
{
    // Pictures as large as the paper allows: two rows of larger figures
    // when that takes no more pages than one row of small ones.
    Layout compact = layOut(style, area, {false, 150});
    for (const double height : {150.0, 130.0, 110.0}) {
        Layout large = layOut(style, area, {true, height});
        if (large.pages.size() <= compact.pages.size())
            return large;
    }
    return compact;
}

RoutineSheet::Layout RoutineSheet::layOut(
    const SheetStyle &style, const QRectF &area, FigureSize figures) const
{
    Layout layout {makeBlocks(style, area.width(), figures), {}};
    layout.pages = layOutPages(layout.blocks, style, area);
    return layout;
}

int RoutineSheet::pageCount(const QPagedPaintDevice &device) const
{
    const SheetStyle style(device);
    return int(layOut(style, PageFrame::contentArea(device, style)).pages.size());
}

void RoutineSheet::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    const SheetStyle style(device);
    const QRectF area = PageFrame::contentArea(device, style);
    const Layout layout = layOut(style, area);
    PageFrame::paintPages(painter, device, style, area, layout.pages, [this](int page, int pages) {
        return tr("%1 \u00b7 page %2 of %3").arg(m_content.title).arg(page + 1).arg(pages);
    });
}

SheetBlocks RoutineSheet::makeBlocks(
    const SheetStyle &style, double width, FigureSize figures) const
{
    SheetBlocks blocks;
    const QString details
        = nonEmpty({m_content.description, m_content.duration}).join(u" \u00b7 "_s);
    add<TitleBlock>(blocks, 0, m_content.title, m_content.date, details);
    add<NoticeBlock>(blocks, 10, m_content.notice);
    for (const SheetExercise &exercise : m_content.exercises)
        addExercise(blocks, exercise, figures);
    if (m_content.logGrid)
        addWeekLog(blocks, style, width);
    return blocks;
}

void RoutineSheet::addExercise(
    SheetBlocks &blocks, const SheetExercise &exercise, FigureSize figures) const
{
    // An exercise stays on one page when it fits one, so every part of it
    // is read under its title.
    const std::size_t first = blocks.size();
    add<ParagraphBlock>(blocks, 20, Font::Heading, exercise.title);
    if (!exercise.summary.isEmpty())
        add<ParagraphBlock>(blocks, 3, Font::Body, exercise.summary, true);
    if (!exercise.figures.isEmpty()) {
        add<FigureRowBlock>(blocks, 12, exercise.figures, figureColumns(exercise, figures.twoRows),
            figures.maxHeight);
    }
    using Marker = LabelledBlock::Marker;
    add<LabelledBlock>(blocks, 14, tr("Steps"), exercise.steps, Marker::Numbers);
    add<LabelledBlock>(blocks, 9, tr("Holds"), nonEmpty({exercise.holdPlan, exercise.variation}))
        .strongFirstItem
        = !exercise.holdPlan.isEmpty();
    if (!exercise.breathing.isEmpty())
        add<LabelledBlock>(blocks, 9, tr("Breathing"), QStringList {exercise.breathing});
    if (!exercise.cautions.isEmpty())
        add<LabelledBlock>(blocks, 9, tr("Take care"), exercise.cautions, Marker::Bullets);
    if (!exercise.goal.isEmpty())
        add<LabelledBlock>(blocks, 9, tr("Goal"), QStringList {exercise.goal});
    for (std::size_t i = first; i + 1 < blocks.size(); ++i)
        blocks[i]->keepWithNext = true;
}

void RoutineSheet::addWeekLog(SheetBlocks &blocks, const SheetStyle &style, double width) const
{
    add<WeekHeadingBlock>(blocks, 0, tr("%1: week log").arg(m_content.title)).startsPage = true;
    QStringList legend;
    for (const SheetLogItem &item : m_content.logItems) {
        for (const QString &entry : item.sideLegend) {
            if (!legend.contains(entry))
                legend.append(entry);
        }
    }
    add<ParagraphBlock>(blocks, 10, Font::Body,
        tr("Tick a box after each hold. In the pain box, write how much pain you had that day, "
           "from 0 (none) to 10 (the worst you can imagine)."),
        true)
        .keepWithNext
        = true;
    if (!legend.isEmpty())
        add<ParagraphBlock>(blocks, 3, Font::Body, legend.join(u" \u00b7 "_s)).keepWithNext = true;
    for (auto &band : LogGridBlock::bands(m_content, style, width))
        blocks.push_back(std::move(band));
}

} // namespace limber

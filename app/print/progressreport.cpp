#include "app/print/progressreport.h"

#include "app/history/historycharts.h"
#include "app/history/historyformat.h"
#include "app/print/pageframe.h"
#include "app/print/reportblocks.h"
#include "app/print/reporttext.h"
#include "app/print/textblocks.h"
#include "app/progression/progresstext.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

using Font = SheetStyle::Font;

constexpr qsizetype kMaxWeeksWithNumbers = 26;

template<typename Block, typename... Args>
Block &add(SheetBlocks &blocks, double spaceBefore, Args &&...args)
{
    auto block = std::make_unique<Block>(std::forward<Args>(args)...);
    block->spaceBefore = spaceBefore;
    Block &added = *block;
    blocks.push_back(std::move(block));
    return added;
}

/// A section's heading, kept on the page of what follows it, with a quiet
/// line under it that says how to read the section. A section that fits on
/// a page is kept on one (layOutPages()), so no page holds a lone line of it.
void addHeading(SheetBlocks &blocks, double gap, const QString &text, const QString &caption = {})
{
    auto &heading = add<ParagraphBlock>(blocks, gap, Font::Heading, text);
    heading.keepWithNext = true;
    heading.startsSection = true;
    if (!caption.isEmpty())
        add<ParagraphBlock>(blocks, 3, Font::Body, caption, true).keepWithNext = true;
}

} // namespace

ProgressReport::ProgressReport(ReportContent content)
    : m_content(std::move(content))
{ }

ProgressReport::Layout ProgressReport::layOut(const SheetStyle &style, const QRectF &area) const
{
    // A report that spills a little onto another page is set tighter when
    // that saves the page, rather than printing a page that holds a line.
    Layout regular {makeBlocks(Spacing {}), {}};
    regular.pages = layOutPages(regular.blocks, style, area);
    if (regular.pages.size() < 2)
        return regular;
    Layout compact {makeBlocks(Spacing::compact()), {}};
    compact.pages = layOutPages(compact.blocks, style, area);
    return compact.pages.size() < regular.pages.size() ? std::move(compact) : std::move(regular);
}

ProgressReport::Layout ProgressReport::layOut(const QPagedPaintDevice &device) const
{
    const SheetStyle style(device);
    return layOut(style, PageFrame::contentArea(device, style));
}

int ProgressReport::pageCount(const QPagedPaintDevice &device) const
{
    return int(layOut(device).pages.size());
}

void ProgressReport::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    const SheetStyle style(device);
    const QRectF area = PageFrame::contentArea(device, style);
    const Layout layout = layOut(style, area);
    PageFrame::paintPages(painter, device, style, area, layout.pages, [this](int page, int pages) {
        return tr("%1 \u00b7 %2 \u00b7 page %3 of %4")
            .arg(title(), dayRangeLabel(m_content.firstDay, m_content.lastDay, m_content.locale))
            .arg(page + 1)
            .arg(pages);
    });
}

SheetBlocks ProgressReport::makeBlocks(const Spacing &spacing) const
{
    const ReportContent &c = m_content;
    SheetBlocks blocks;
    add<TitleBlock>(blocks, 0, title(), ReportText::madeOn(c), ReportText::coverage(c));
    if (const QString exercises = ReportText::exercises(c); !exercises.isEmpty())
        add<ParagraphBlock>(blocks, 6, Font::Body, exercises, true);

    const QString pain = ReportText::painChange(c, true);
    add<KeyFiguresBlock>(blocks, 14,
        QList<KeyFiguresBlock::Figure> {
            {tr("Sessions"), c.locale.toString(c.sessions.total),
                ReportText::sessionOutcomes(c.sessions)},
            {tr("Minutes held"), ReportText::minutesHeld(c), ReportText::minutesBySide(c)},
            {tr("Days in a row now"), c.locale.toString(c.streaks.current),
                ReportText::bestStreak(c.streaks)},
            {tr("Pain before a session"), pain.isEmpty() ? u"\u2013"_s : pain,
                pain.isEmpty() ? tr("not recorded") : tr("0–10, first week → last week")},
        });

    addHeading(blocks, spacing.sectionGap, tr("Minutes held each week"),
        tr("Left and right stacked, the week's total above each bar. Each week is named by "
           "its first day."));
    QList<WeekChartBlock::Row> rows;
    // Narrow weeks leave no room for numbers under them; the bars remain.
    if (c.weeks.size() <= kMaxWeeksWithNumbers) {
        QStringList sessions;
        for (const WeekRow &week : c.weeks)
            sessions.append(c.locale.toString(week.sessionCount));
        rows.append({tr("Sessions"), sessions});
    }
    add<WeekChartBlock>(blocks, 6, HistoryCharts::holdMinutes(c.weeks, c.locale),
        WeekChartBlock::Kind::Bars, spacing.holdChart, rows);

    addHeading(blocks, spacing.sectionGap, tr("Left and right, last four weeks"));
    add<BalanceBlock>(blocks, 6,
        BalanceChartData {tr("Left"), tr("Right"), c.balance.leftMs, c.balance.rightMs,
            c.balance.lagging, c.locale},
        ReportText::balance(c));

    addHeading(blocks, spacing.sectionGap, tr("Pain before and after a session"),
        tr("The week's average of the scores given before and after each session: 0 is no "
           "pain, 10 the worst imaginable."));
    add<WeekChartBlock>(blocks, 6, HistoryCharts::pain(c.weeks, c.locale),
        WeekChartBlock::Kind::Lines, spacing.painChart)
        .keepWithNext
        = true;
    add<ParagraphBlock>(blocks, 8, Font::Body, ReportText::painSummary(c));

    addReach(blocks, spacing);
    addTargets(blocks, spacing);
    addNotes(blocks, spacing);
    return blocks;
}

void ProgressReport::addReach(SheetBlocks &blocks, const Spacing &spacing) const
{
    const ReportContent &c = m_content;
    addHeading(blocks, spacing.sectionGap, tr("How far into the stretch"),
        tr("The furthest position reached each week, on the exercise's own steps."));
    if (c.reach.isEmpty()) {
        add<ParagraphBlock>(blocks, 4, Font::Body, tr("No reach recorded in these weeks."), true);
        return;
    }
    for (const ReachProgress &reach : c.reach) {
        add<ParagraphBlock>(blocks, 8, Font::Strong, reach.exerciseTitle).keepWithNext = true;
        QList<WeekRow> weeks = c.weeks;
        for (qsizetype i = 0; i < weeks.size(); ++i)
            weeks[i].bestReach = reach.bestReach.value(i);
        WeekChartData data = HistoryCharts::reach(weeks, reach.levelNames, c.locale);
        data.showLegend = false;
        add<WeekChartBlock>(
            blocks, 4, std::move(data), WeekChartBlock::Kind::Lines, spacing.reachChart)
            .keepWithNext
            = true;
        add<ParagraphBlock>(blocks, 8, Font::Body, ReportText::reachSummary(reach, c));
    }
}

void ProgressReport::addTargets(SheetBlocks &blocks, const Spacing &spacing) const
{
    const ReportContent &c = m_content;
    if (c.targets.isEmpty())
        return; // every exercise still at its routine's plan: nothing to say
    addHeading(blocks, spacing.sectionGap, tr("Hold targets"),
        tr("How long and how often each exercise is held. Limber proposes a change when the "
           "sessions call for one; the person decides."));
    for (const TargetHistory &target : c.targets) {
        QStringList lines {tr("Now: %1").arg(ProgressText::target(
            HoldTarget {target.current.holdSeconds, target.current.holdsPerSide}, target.sided))};
        for (const TargetEvent &change : target.changes)
            lines.append(ProgressText::change(
                change, c.locale.toString(change.localDate(), QLocale::ShortFormat), target.sided));
        if (target.changes.isEmpty())
            lines.append(tr("Not changed in these weeks."));
        add<LabelledBlock>(blocks, 5, target.exerciseTitle, lines);
    }
}

void ProgressReport::addNotes(SheetBlocks &blocks, const Spacing &spacing) const
{
    const ReportContent &c = m_content;
    addHeading(blocks, spacing.sectionGap, tr("Notes after sessions"));
    if (c.notes.isEmpty()) {
        add<ParagraphBlock>(blocks, 4, Font::Body, tr("No notes in these weeks."), true);
        return;
    }
    for (const SessionNote &note : c.notes)
        add<LabelledBlock>(blocks, 5, ReportText::noteDate(note, c), QStringList {note.text});
}

} // namespace limber

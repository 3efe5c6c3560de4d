#include "print/progressreport.h"

#include "history/historycharts.h"
#include "history/historyformat.h"
#include "print/reportblocks.h"
#include "print/reporttext.h"
#include "print/textblocks.h"
#include "progression/progresstext.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

using Font = SheetStyle::Font;

constexpr double kMinMargin = 34; // points, as on the routine sheet
constexpr double kFooter = 22;
constexpr double kSectionGap = 18;
constexpr double kHoldChartHeight = 170;
constexpr double kPainChartHeight = 130;
constexpr double kReachChartHeight = 120;
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
/// line under it that says how to read the section.
void addHeading(SheetBlocks &blocks, const QString &text, const QString &caption = {})
{
    add<ParagraphBlock>(blocks, kSectionGap, Font::Heading, text).keepWithNext = true;
    if (!caption.isEmpty())
        add<ParagraphBlock>(blocks, 3, Font::Body, caption, true).keepWithNext = true;
}

} // namespace

ProgressReport::ProgressReport(ReportContent content)
    : m_content(std::move(content))
{ }

QRectF ProgressReport::contentArea(const QPagedPaintDevice &device, const SheetStyle &style)
{
    const QMarginsF margins = device.pageLayout().margins(QPageLayout::Point);
    const auto extra = [&](double margin) { return style.pt(std::max(0.0, kMinMargin - margin)); };
    return QRectF(0, 0, device.width(), device.height())
        .adjusted(extra(margins.left()), extra(margins.top()), -extra(margins.right()),
            -extra(margins.bottom()) - style.pt(kFooter));
}

int ProgressReport::pageCount(const QPagedPaintDevice &device) const
{
    const SheetStyle style(device);
    const SheetBlocks blocks = makeBlocks();
    return int(layOutPages(blocks, style, contentArea(device, style)).size());
}

void ProgressReport::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    const SheetStyle style(device);
    const QRectF area = contentArea(device, style);
    const SheetBlocks blocks = makeBlocks();
    const QList<SheetPage> pages = layOutPages(blocks, style, area);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0)
            device.newPage();
        for (const PlacedBlock &placed : pages.at(page))
            placed.block->paint(painter, style, placed.area);
        paintFooter(painter, style, area, int(page), int(pages.size()));
    }
}

SheetBlocks ProgressReport::makeBlocks() const
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
                pain.isEmpty() ? tr("not recorded") : tr("0\u201310, first week \u2192 last week")},
        });

    addHeading(blocks, tr("Minutes held each week"),
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
        WeekChartBlock::Kind::Bars, kHoldChartHeight, rows);

    addHeading(blocks, tr("Left and right, last four weeks"));
    add<BalanceBlock>(blocks, 6,
        BalanceChartData {tr("Left"), tr("Right"), c.balance.leftMs, c.balance.rightMs,
            c.balance.lagging, c.locale},
        ReportText::balance(c));

    addHeading(blocks, tr("Pain before and after a session"),
        tr("The week's average of the scores given before and after each session: 0 is no "
           "pain, 10 the worst imaginable."));
    add<WeekChartBlock>(blocks, 6, HistoryCharts::pain(c.weeks, c.locale),
        WeekChartBlock::Kind::Lines, kPainChartHeight)
        .keepWithNext
        = true;
    add<ParagraphBlock>(blocks, 8, Font::Body, ReportText::painSummary(c));

    addReach(blocks);
    addTargets(blocks);
    addNotes(blocks);
    return blocks;
}

void ProgressReport::addReach(SheetBlocks &blocks) const
{
    const ReportContent &c = m_content;
    addHeading(blocks, tr("How far into the stretch"),
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
            blocks, 4, std::move(data), WeekChartBlock::Kind::Lines, kReachChartHeight)
            .keepWithNext
            = true;
        add<ParagraphBlock>(blocks, 8, Font::Body, ReportText::reachSummary(reach, c));
    }
}

void ProgressReport::addTargets(SheetBlocks &blocks) const
{
    const ReportContent &c = m_content;
    if (c.targets.isEmpty())
        return; // every exercise still at its routine's plan: nothing to say
    addHeading(blocks, tr("Hold targets"),
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

void ProgressReport::addNotes(SheetBlocks &blocks) const
{
    const ReportContent &c = m_content;
    addHeading(blocks, tr("Notes after sessions"));
    if (c.notes.isEmpty()) {
        add<ParagraphBlock>(blocks, 4, Font::Body, tr("No notes in these weeks."), true);
        return;
    }
    for (const SessionNote &note : c.notes)
        add<LabelledBlock>(blocks, 5, ReportText::noteDate(note, c), QStringList {note.text});
}

void ProgressReport::paintFooter(
    QPainter &painter, const SheetStyle &style, const QRectF &area, int page, int pages) const
{
    if (pages < 2)
        return;
    const QRectF footer(area.left(), area.bottom(), area.width(), style.pt(kFooter));
    style.drawText(painter, Font::Body, footer,
        tr("%1 \u00b7 %2 \u00b7 page %3 of %4")
            .arg(title(), dayRangeLabel(m_content.firstDay, m_content.lastDay, m_content.locale))
            .arg(page + 1)
            .arg(pages),
        style.quiet(), Qt::AlignRight | Qt::AlignBottom);
}

} // namespace limber

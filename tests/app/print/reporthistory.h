#pragma once

// Eight weeks of one person doing the Seated Leg Cross, written through
// SessionLog into a real history file, with every number the progress
// report shows worked out by hand below.
//
// Local time is UTC+1; today is Wednesday 2026-03-18; weeks start on Monday
// (en_GB), so the eight weeks run from Mon 26 Jan to Sun 22 Mar and the
// report covers 26 Jan – 18 Mar 2026. Week w (0..7) starts 26 Jan + 7w.
//   Sessions at 08:00 on Mon, Wed, Fri, Sat of weeks 0, 1, 2, 4, 5 (4 each);
//   week 3 only Mon 16 Feb; week 6 Mon, Wed, Fri, Sat, Sun (5); week 7 Mon,
//   Tue, Wed (3): 29 sessions in the report's weeks, plus one on Mon 12 Jan
//   (before them) with a note that must not show.
//   Each session holds left, right, left, right; left 40 + 10w seconds,
//   right the same until week 3, 70 % of left from week 4 on, so over the
//   last four weeks (19 Feb – 18 Mar: weeks 4 to 7) the right side has
//   exactly 30 % less hold time than the left.
//   Reach (on each hold) w / 2: 0 in weeks 0–1 ("A slight lean"), 1 in 2–3
//   ("Hands on your shins"), 2 in 4–5, 3 in 6–7 ("Elbows on the floor").
//   Pain before 7 - w / 2 (7, 7, 6, 6, 5, 5, 4, 4), after two less.
//   Fri 13 Feb (week 2): stopped for pain after the first left and right
//   holds, pain before 6, no pain after. Sat 7 Mar (week 5): stopped by the
//   person after the first pair, with pain after 3 like the rest. Mon 9 Mar
//   (week 6): two holds then a crash, left in progress (the report's copy
//   marks it interrupted), pain before 4, no pain after.
//   So: 29 sessions, 26 completed, 2 stopped (1 for pain), 1 interrupted.
//   Practised days in a row: Fri 13 Mar to Wed 18 Mar, 6 (current and best).
//   Notes: Fri 13 Feb "Sharp pain in the right hip when leaning; stopped.",
//   Mon 23 Feb "Knees lower today.", Wed 11 Mar "Forearms almost on the
//   floor!", Tue 17 Mar blank (spaces only), Wed 18 Mar a long note that the
//   report shortens (longNote).
#include "app/i18n.h"
#include "core/history/historystore.h"
#include "core/history/sessionlog.h"
#include "core/util/clock.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace limber::testing {

inline const QDate reportToday(2026, 3, 18);
inline const QDate reportFirstWeek(2026, 1, 26);
constexpr int reportOffset = 3600;

inline QString longNote()
{
    return QStringLiteral(
        "Long day at the desk, so I did the stretch in two parts. The left side went further "
        "than last week and I could rest my forearms for a moment; the right still pulls at the "
        "outside of the hip when I lean past my shins, so I stayed higher there and breathed "
        "slowly. No pain afterwards, only the usual stiffness when I stood up. Tomorrow I want "
        "to try the seated variation during the afternoon break as well.");
}

struct ReportSessionPlan
{
    QDate date;
    int week = 0;
    int pairs = 2; ///< left and right hold pairs recorded
    enum class End { Completed, StoppedForPain, StoppedByPerson, Crashed } end = End::Completed;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    QString note;
};

inline QList<ReportSessionPlan> reportSessionPlans()
{
    using End = ReportSessionPlan::End;
    QList<ReportSessionPlan> plans;
    plans.append({QDate(2026, 1, 12), -2, 2, End::Completed, 8, 6,
        QStringLiteral("Before the weeks of the report.")});
    for (int week = 0; week < 8; ++week) {
        QList<int> days {0, 2, 4, 5};
        if (week == 3)
            days = {0};
        else if (week == 6)
            days = {0, 2, 4, 5, 6};
        else if (week == 7)
            days = {0, 1, 2};
        for (const int day : days) {
            ReportSessionPlan plan;
            plan.date = reportFirstWeek.addDays(week * 7 + day);
            plan.week = week;
            plan.painBefore = 7 - week / 2;
            plan.painAfter = 5 - week / 2;
            plans.append(plan);
        }
    }
    const auto find = [&plans](QDate date) -> ReportSessionPlan & {
        for (ReportSessionPlan &plan : plans) {
            if (plan.date == date)
                return plan;
        }
        return plans.first();
    };
    ReportSessionPlan &painStop = find(QDate(2026, 2, 13));
    painStop.pairs = 1;
    painStop.end = End::StoppedForPain;
    painStop.painAfter.reset();
    painStop.note = QStringLiteral("Sharp pain in the right hip when leaning; stopped.");
    ReportSessionPlan &personStop = find(QDate(2026, 3, 7));
    personStop.pairs = 1;
    personStop.end = End::StoppedByPerson;
    ReportSessionPlan &crash = find(QDate(2026, 3, 9));
    crash.pairs = 1;
    crash.end = End::Crashed;
    crash.painAfter.reset();
    find(QDate(2026, 2, 23)).note = QStringLiteral("Knees lower today.");
    find(QDate(2026, 3, 11)).note = QStringLiteral("Forearms almost on the floor!");
    find(QDate(2026, 3, 17)).note = QStringLiteral("   ");
    find(QDate(2026, 3, 18)).note = longNote();
    return plans;
}

/// Seconds held on each side in week \a week of the plan.
inline int leftSeconds(int week)
{
    return 40 + 10 * std::max(0, week);
}
inline int rightSeconds(int week)
{
    return week >= 4 ? leftSeconds(week) * 7 / 10 : leftSeconds(week);
}

/// Writes one planned session through SessionLog, moving \a clock to it.
inline Status writeReportSession(HistoryStore &store, ManualClock &clock,
    const ReportSessionPlan &plan, const QString &exerciseId = QStringLiteral("seated-leg-cross"))
{
    using End = ReportSessionPlan::End;
    const QDateTime start(plan.date, QTime(8, 0), QTimeZone(reportOffset));
    clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(start)));
    clock.setUtcOffsetSeconds(reportOffset);
    SessionLog log(store);
    if (Status s = log.begin(QStringLiteral("daily-hip-stretch")); !s)
        return s;
    if (plan.painBefore) {
        if (Status s = log.setPainBefore(*plan.painBefore); !s)
            return s;
    }
    QDateTime holdStart = start;
    for (int hold = 0; hold < plan.pairs * 2; ++hold) {
        HoldRecord entry;
        entry.exerciseId = exerciseId;
        entry.side = hold % 2 == 0 ? Side::Left : Side::Right;
        entry.holdNumber = hold / 2 + 1;
        entry.target = std::chrono::milliseconds(90000);
        entry.held = std::chrono::seconds(
            entry.side == Side::Left ? leftSeconds(plan.week) : rightSeconds(plan.week));
        entry.startUtc = holdStart.toUTC();
        entry.utcOffsetSeconds = reportOffset;
        entry.completed = true;
        entry.reach = std::max(0, plan.week) / 2;
        if (Status s = log.recordHold(entry); !s)
            return s;
        holdStart = holdStart.addSecs(150);
    }
    if (plan.end == End::Crashed)
        return {};
    clock.jumpWallClock(std::chrono::milliseconds(clock.nowUtc().msecsTo(holdStart)));
    if (plan.painAfter) {
        if (Status s = log.setPainAfter(*plan.painAfter); !s)
            return s;
    }
    if (!plan.note.isEmpty()) {
        if (Status s = log.setNote(plan.note); !s)
            return s;
    }
    switch (plan.end) {
    case End::StoppedForPain:
        return log.finish(SessionEnd::Stopped, QStringLiteral("pain"));
    case End::StoppedByPerson:
        return log.finish(SessionEnd::Stopped, QStringLiteral("user"));
    case End::Completed:
    case End::Crashed:
        break;
    }
    return log.finish(SessionEnd::Completed);
}

/// Creates the history of the plan in \a dataDir and closes it.
inline Status seedReportHistory(const QString &dataDir)
{
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()), reportOffset);
    StoreOptions options;
    options.dataDir = dataDir;
    options.dailyBackup = false;
    auto store = HistoryStore::open(options, clock);
    if (!store)
        return store.error();
    for (const ReportSessionPlan &plan : reportSessionPlans()) {
        if (Status written = writeReportSession(**store, clock, plan); !written)
            return written;
    }
    return (*store)->close();
}

} // namespace limber::testing

#include <QCoreApplication>
#include <QTranslator>

namespace limber::testing {

/// The program's English plural forms of the report ("6 days"), from
/// translations/limber_en.ts.
inline bool installReportPlurals()
{
    static const bool loaded = [] {
        installTranslators(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }();
    return loaded;
}

} // namespace limber::testing

#include "app/print/reportcontent.h"

#include <algorithm>

namespace limber::testing {

/// \a weeks made-up weeks ending with reportToday's, in \a content (its
/// days included): sessions, holds and time held vary from week to week;
/// reach grows every third week and pain eases, each when asked for.
inline void addMadeUpWeeks(ReportContent &content, int weeks, bool withReach, bool withPain)
{
    content.madeOn = reportToday;
    content.firstDay = QDate(2026, 3, 16).addDays(-7 * (weeks - 1));
    content.lastDay = reportToday;
    for (int week = 0; week < weeks; ++week) {
        WeekRow row;
        row.weekStart = content.firstDay.addDays(7 * week);
        row.sessionCount = 3 + week % 5;
        row.holdCount = row.sessionCount * 4;
        row.leftMs = 60000 * (5 + week % 7);
        row.rightMs = row.leftMs * 3 / 4;
        row.longestHoldMs = 90000;
        if (withReach)
            row.bestReach = std::min(3, week / 3);
        if (withPain) {
            row.painBefore = 7.0 - week * 4.0 / weeks;
            row.painAfter = *row.painBefore - 2;
        }
        content.weeks.append(row);
    }
}

} // namespace limber::testing

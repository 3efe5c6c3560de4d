#pragma once

#include "app/history/historysnapshot.h"
#include "app/history/targetline.h"
#include "core/history/historyqueries.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace limber {

/// The sentences of the history page: the side balance, and what each
/// chart says about a week (its tooltip and accessible description).
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryText)

public:
    /// "Your right side had 27 % less hold time than your left over the last four weeks."
    static QString balanceSentence(const SideBalance &balance);
    /// The week's days, "5 Jan – 11 Jan 2026".
    static QString weekName(const WeekRow &week, const QLocale &locale);

    static QString holdMinutes(const WeekRow &week, const QLocale &locale);
    static QString longestHold(const WeekRow &week, const QLocale &locale);
    static QString sessions(const WeekRow &week, const QLocale &locale);
    static QString reach(const WeekRow &week, const QStringList &levelNames, const QLocale &locale);
    static QString pain(const WeekRow &week, const QLocale &locale);

    /// Under the longest-hold chart: "Target: 1:15 a hold since 3 Dec (1:00
    /// before)."; empty without a target.
    static QString targetNote(const TargetLine &target, QDate today, const QLocale &locale);

    /// "Level 1" .. "Level 4", for exercises whose ladder has no names.
    static QStringList genericLevelNames(int count);
    /// A reach step by name, "Level n" when the ladder has no name for it.
    static QString levelName(int level, const QStringList &levelNames);
};

} // namespace limber

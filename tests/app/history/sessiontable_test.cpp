// The Sessions tab over the seeded history: "Today" and "Yesterday" on the
// person's calendar, deleting a session (asked first, backed up, gone with
// its holds, the page read again, recoverable from the backup), and what the
// page says after a single short hold.
#include "app/history/historychartspanel.h"
#include "app/history/historypage.h"
#include "app/history/sessiondeletion.h"
#include "app/history/sessiontablemodel.h"
#include "app/history/weekchartview.h"
#include "core/history/backups.h"
#include "core/history/historyqueries.h"
#include "tests/app/history/seededhistory.h"
#include "tests/support/lockedhistory.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber::testing {
namespace {

class SessionTableTest : public SeededHistory
{
protected:
    std::unique_ptr<HistoryPage> openPage()
    {
        auto page = std::make_unique<HistoryPage>(*store);
        page->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        page->setWeekCount(8);
        page->resize(1100, 800);
        page->show();
        return page;
    }

    // The Sessions tab in front, in an active window, so its keys reach it.
    QTableView *sessionTable(HistoryPage &page)
    {
        auto *table = page.findChild<QTableView *>(u"sessionTable"_s);
        EXPECT_NE(table, nullptr);
        page.findChild<QTabWidget *>(u"historyViews"_s)->setCurrentWidget(table);
        page.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&page));
        return table;
    }

    // The row of the session that began on `day`.
    static int rowOn(const SessionTableModel &model, QDate day)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.sessions().at(row).localDay == day)
                return row;
        }
        return -1;
    }

    int totalSessions()
    {
        const HistoryQueries queries(*store);
        auto weeks = queries.weeklySummary(WeekWindow(seededToday, 8, Qt::Monday));
        EXPECT_TRUE(weeks.ok());
        int count = 0;
        for (const WeekSummary &week : *weeks)
            count += week.sessionCount;
        return count;
    }
};

TEST_F(SessionTableTest, SaysTodayAndYesterdayOnThePersonsCalendar)
{
    seed();
    auto page = openPage();
    const SessionTableModel &model = *page->sessionModel();
    // Every planned session of the eight weeks, newest first.
    QList<PlannedSession> planned;
    for (const PlannedSession &session : seededSessions()) {
        if (session.date >= QDate(2026, 1, 26))
            planned.prepend(session);
    }
    ASSERT_EQ(model.rowCount(), planned.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const PlannedSession &want = planned.at(row);
        const QString when = model.data(model.index(row, SessionTableModel::DayColumn)).toString();
        SCOPED_TRACE(when.toStdString());
        const qint64 daysAgo = want.date.daysTo(seededToday);
        if (daysAgo == 0) {
            EXPECT_TRUE(when.startsWith(u"Today, "_s));
        } else if (daysAgo == 1) {
            EXPECT_TRUE(when.startsWith(u"Yesterday, "_s));
        } else {
            EXPECT_TRUE(when.contains(QString::number(want.date.day()))
                && !when.contains(u"Today"_s) && !when.contains(u"Yesterday"_s));
        }
        EXPECT_TRUE(when.endsWith(want.time.toString(u"HH:mm"_s)));
        EXPECT_EQ(model.sessions().at(row).holdCount, want.holds.size());
    }
    // The summary beside the charts names the newest session the same way.
    const PlannedSession &newest = planned.constFirst();
    ASSERT_EQ(newest.date, seededToday);
    EXPECT_EQ(page->findChild<QLabel *>(u"lastSessionLine"_s)->text(),
        u"Last session: Today, %1"_s.arg(newest.time.toString(u"HH:mm"_s)));
}

TEST_F(SessionTableTest, DeleteAsksSaysWhatGoesBacksUpAndDeletes)
{
    seed();
    auto page = openPage();
    QTableView *table = sessionTable(*page);
    const SessionTableModel &model = *page->sessionModel();
    const QDate yesterday = seededToday.addDays(-1);
    const int row = rowOn(model, yesterday);
    ASSERT_GE(row, 0);
    const qint64 id = model.sessions().at(row).id;
    const int before = totalSessions();

    QString asked;
    QStringList told;
    page->sessionDeletion().setAsk([&asked](const QString &question) {
        asked = question;
        return true;
    });
    page->sessionDeletion().setTell([&told](const QString &problem) { told.append(problem); });
    QSignalSpy changed(page.get(), &HistoryPage::historyChanged);

    table->setFocus();
    table->selectRow(row);
    auto *remove = table->findChild<QAction *>(u"deleteSessionAction"_s);
    ASSERT_NE(remove, nullptr);
    EXPECT_TRUE(table->actions().contains(remove)) << "in the table's context menu";
    EXPECT_TRUE(remove->isEnabled());
    QTest::keyClick(table, Qt::Key_Delete);

    EXPECT_TRUE(told.isEmpty()) << told.join(u' ').toStdString();
    EXPECT_TRUE(asked.contains(u"Yesterday"_s)) << asked.toStdString();
    EXPECT_TRUE(asked.contains(legCross)) << "the exercise (its id without a library)";
    // "2 holds" with the English plurals installed, "2 hold(s)" without.
    EXPECT_TRUE(asked.contains(u"2 hold"_s)) << asked.toStdString();
    EXPECT_TRUE(asked.contains(u"backup"_s));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(totalSessions(), before - 1);
    EXPECT_EQ(rowOn(model, yesterday), -1) << "the page read the history again";

    const QList<BackupInfo> backups = BackupManager(*store).list();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.constFirst().reason, BackupReason::BeforeDelete);
    // The backup brings the session back.
    ASSERT_TRUE(BackupManager(*store).restore(backups.constFirst()));
    EXPECT_EQ(totalSessions(), before);
    page->refresh();
    ASSERT_GE(rowOn(model, yesterday), 0);
    EXPECT_EQ(model.sessions().at(rowOn(model, yesterday)).id, id);
}

TEST_F(SessionTableTest, DeletingWaitsForALockWithoutStoppingTheWindow)
{
    seed();
    auto page = openPage();
    QTableView *table = sessionTable(*page);
    const int row = rowOn(*page->sessionModel(), seededToday.addDays(-1));
    ASSERT_GE(row, 0);
    const int before = totalSessions();
    QStringList told;
    page->sessionDeletion().setAsk([](const QString &) { return true; });
    page->sessionDeletion().setTell([&told](const QString &problem) { told.append(problem); });

    // Another program holds the history's write lock; this thread's event
    // loop lets it go after a moment. Deleted on this thread, the backup and
    // the delete would wait out the busy timeout (5 s) with the loop stopped.
    limber::testing::WriteLockHeldElsewhere lock(store->databasePath());
    ASSERT_TRUE(lock.isHeld());

    table->setFocus();
    table->selectRow(row);
    QTest::keyClick(table, Qt::Key_Delete);

    EXPECT_TRUE(told.isEmpty()) << told.join(u' ').toStdString();
    EXPECT_TRUE(lock.releasedByTheEventLoop())
        << "the window's timer stopped while the deletion waited";
    EXPECT_EQ(totalSessions(), before - 1);
}

TEST_F(SessionTableTest, SayingNoDeletesNothing)
{
    seed();
    auto page = openPage();
    QTableView *table = sessionTable(*page);
    const int before = totalSessions();
    int asked = 0;
    page->sessionDeletion().setAsk([&asked](const QString &) {
        ++asked;
        return false;
    });
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(totalSessions(), before);
    EXPECT_TRUE(BackupManager(*store).list().isEmpty());
}

TEST_F(SessionTableTest, OneShortHoldSaysNothingAboutBalanceYet)
{
    write({seededToday, {8, 0}, {{legCross, Side::Left, 9, {}}}, {}, {}});
    moveClockTo(QDateTime(seededToday, QTime(19, 0), QTimeZone(localOffset)));
    auto page = openPage();
    auto *sentence = page->findChild<QLabel *>(u"balanceSentence"_s);
    ASSERT_NE(sentence, nullptr);
    EXPECT_FALSE(sentence->text().contains(u'%')) << sentence->text().toStdString();
    EXPECT_FALSE(sentence->font().bold());
    // The headline, its details and the bars agree: 9 seconds.
    EXPECT_EQ(page->findChild<QLabel *>(u"latestWeekMinutes"_s)->text(), u"9"_s);
    EXPECT_EQ(page->findChild<QLabel *>(u"latestWeekCaption"_s)->text(), u"seconds held"_s);
    EXPECT_TRUE(page->findChild<QLabel *>(u"latestWeekDetails"_s)
                    ->text()
                    .startsWith(u"Left 9 s, right 0 min."_s));
    const WeekChartData &bars = page->chartsPanel()->holdMinutesChart()->data();
    EXPECT_EQ(bars.format, ValueFormat::Minutes);
    EXPECT_DOUBLE_EQ(bars.series.at(0).values.constLast().value_or(0) * 60.0, 9.0);
}

} // namespace
} // namespace limber::testing

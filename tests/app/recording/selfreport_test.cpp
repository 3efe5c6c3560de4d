// The self-report scales: one key or one click, optional, and stored in the
// real history the moment they are given.
#include "content/contentlibrary.h"
#include "content_resources.h"
#include "history/historystore.h"
#include "recording/choicescale.h"
#include "recording/selfreportpanel.h"
#include "recording/sessionrecorder.h"
#include "session/clock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace std::chrono_literals;

namespace {

void press(QWidget *target, int key)
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(target, &down);
}

QAbstractButton *buttonOf(ChoiceScale &scale, const QString &text)
{
    for (auto *button : scale.findChildren<QAbstractButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

QString query(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QString result;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        result
            = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

} // namespace

TEST(ChoiceScale, DigitKeysPickTheMatchingChoice)
{
    ChoiceScale pain(u"Pain"_s, painScaleLabels(), 0);
    std::optional<int> seen;
    QObject::connect(&pain, &ChoiceScale::valueChanged, [&](std::optional<int> v) { seen = v; });
    press(buttonOf(pain, u"0"_s), Qt::Key_7);
    EXPECT_EQ(pain.value(), 7);
    EXPECT_EQ(seen, 7);
    EXPECT_TRUE(buttonOf(pain, u"7"_s)->isChecked());
    EXPECT_FALSE(buttonOf(pain, u"0"_s)->isChecked());

    ChoiceScale ladder(u"Reach"_s, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}, 1);
    press(&ladder, Qt::Key_1);
    EXPECT_EQ(ladder.value(), 0) << "a ladder counts from 1 on the keyboard";
    press(&ladder, Qt::Key_9);
    EXPECT_EQ(ladder.value(), 0) << "a key past the end changes nothing";
}

TEST(ChoiceScale, ArrowsMoveAndDeleteOrASecondClickClears)
{
    ChoiceScale pain(u"Pain"_s, painScaleLabels(), 0);
    press(&pain, Qt::Key_Right);
    EXPECT_EQ(pain.value(), 0);
    press(&pain, Qt::Key_Right);
    EXPECT_EQ(pain.value(), 1);
    press(&pain, Qt::Key_Left);
    press(&pain, Qt::Key_Left);
    EXPECT_EQ(pain.value(), 0) << "stops at the first choice";
    press(&pain, Qt::Key_Delete);
    EXPECT_FALSE(pain.value().has_value());

    buttonOf(pain, u"10"_s)->click();
    EXPECT_EQ(pain.value(), 10);
    buttonOf(pain, u"10"_s)->click();
    EXPECT_FALSE(pain.value().has_value()) << "every self-report is optional";
}

TEST(ChoiceScale, EveryChoiceHasAnAccessibleName)
{
    ChoiceScale ladder(u"How far did you get?"_s, {u"A slight lean"_s, u"Elbows"_s}, 1);
    for (auto *button : ladder.findChildren<QAbstractButton *>())
        EXPECT_TRUE(button->accessibleName().startsWith(u"How far did you get?"_s));
}

TEST(SelfReportPanel, AnswersAreStoredInTheSessionJustFinished)
{
    QTemporaryDir dir;
    ManualClock clock;
    StoreOptions options;
    options.dataDir = dir.path();
    auto store = HistoryStore::open(options, clock);
    ASSERT_TRUE(store.ok());
    SessionRecorder recorder(store.value().get());
    recorder.begin(u"daily-hip-stretch"_s);
    HoldRecord hold;
    hold.exerciseId = u"seated-leg-cross"_s;
    hold.side = Side::Left;
    hold.holdNumber = 1;
    hold.target = 60s;
    hold.held = 60s;
    hold.startUtc = clock.nowUtc();
    hold.completed = true;
    recorder.recordHold(hold);
    SessionSummary summary;
    summary.completed = true;
    recorder.finish(summary);

    const auto library = ContentLibrary::load({bundledContentRoot()});
    QStringList levels;
    for (const LocalizedText &level : library.exercise(u"seated-leg-cross"_s)->reachLevels)
        levels << level.english();
    SelfReportPanel panel(recorder);
    panel.prepare(u"seated-leg-cross"_s, levels);
    ASSERT_NE(panel.reachScale(), nullptr);
    EXPECT_EQ(panel.reachScale()->findChildren<QAbstractButton *>().size(), 4);

    press(panel.painScale(), Qt::Key_2);
    press(panel.reachScale(), Qt::Key_3);
    panel.noteField()->setText(u"hips loosened"_s);
    Q_EMIT panel.noteField()->editingFinished();

    const QString db = dir.filePath(u"history.db"_s);
    EXPECT_EQ(query(db, "SELECT pain_after || '|' || note FROM sessions"), u"2|hips loosened"_s);
    EXPECT_EQ(query(db, "SELECT reach FROM holds"), u"2"_s) << "the third step is reach 2 of 0..3";
}

TEST(SelfReportPanel, AnExerciseWithoutALadderHidesTheQuestion)
{
    SessionRecorder recorder(nullptr);
    SelfReportPanel panel(recorder);
    panel.prepare(u"neck-roll"_s, {});
    EXPECT_EQ(panel.reachScale(), nullptr);
}

// TargetEvents: hold target decisions and declined suggestions, written and
// read back, refused when they do not fit or the history is read-only.
#include "core/history/targetevents.h"
#include "tests/core/history/historytestsupport.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;
using ::testing::HasSubstr;

namespace {

class TargetEventsTest : public StoreFixture
{
protected:
    TargetEvent event(const QString &routineId, TargetEventKind kind, int seconds, qint64 utcMs,
        const QString &exerciseId = u"seated-leg-cross"_s)
    {
        TargetEvent result;
        result.routineId = routineId;
        result.exerciseId = exerciseId;
        result.kind = kind;
        result.holdSeconds = seconds;
        result.holdsPerSide = 2;
        result.utcMs = utcMs;
        result.utcOffsetSeconds = 3600;
        return result;
    }
};

TEST_F(TargetEventsTest, DecisionsAreReadBackOldestFirstByRoutineAndByExercise)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    TargetEvents events(*store);
    const TargetEvent grown = event(u"mine"_s, TargetEventKind::AcceptedGrow, 75, 2000);
    const TargetEvent declined = event(u"mine"_s, TargetEventKind::Declined, 90, 3000);
    const TargetEvent other = event(u"other"_s, TargetEventKind::Manual, 45, 1000);
    const TargetEvent tilt = event(u"mine"_s, TargetEventKind::Reset, 10, 500, u"pelvic-tilt"_s);
    for (const TargetEvent &each : {grown, declined, other, tilt})
        ASSERT_TRUE(events.record(each));

    EXPECT_EQ(events.forRoutine(u"mine"_s).value(), (QList<TargetEvent> {tilt, grown, declined}));
    EXPECT_EQ(events.forExercise(u"seated-leg-cross"_s).value(),
        (QList<TargetEvent> {other, grown, declined}));
    EXPECT_EQ(events.all().value().size(), 4);

    const auto all = events.all().value();
    EXPECT_EQ(newestTargetSetting(all, u"mine"_s, u"seated-leg-cross"_s), grown);
    EXPECT_EQ(newestDecision(all, u"mine"_s, u"seated-leg-cross"_s), declined);
    EXPECT_FALSE(newestDecision(all, u"mine"_s, u"bridge"_s));
}

TEST_F(TargetEventsTest, TheSameDecisionWrittenTwiceIsStoredOnce)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    TargetEvents events(*store);
    const TargetEvent manual = event(u"mine"_s, TargetEventKind::Manual, 75, 2000);
    ASSERT_TRUE(events.record(manual));
    ASSERT_TRUE(events.record(manual));
    TargetEvent changedMind = manual;
    changedMind.holdSeconds = 90;
    ASSERT_TRUE(events.record(changedMind));
    const auto stored = events.forRoutine(u"mine"_s).value();
    EXPECT_EQ(stored, (QList<TargetEvent> {manual, changedMind}))
        << "a second target in the same millisecond is a new decision, kept in order";
}

TEST_F(TargetEventsTest, TheLocalDateUsesTheOffsetOfThatMoment)
{
    TargetEvent late = event(u"mine"_s, TargetEventKind::Manual, 60, 0);
    late.utcMs = QDateTime(QDate(2026, 3, 1), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    late.utcOffsetSeconds = 3600;
    EXPECT_EQ(late.localDate(), QDate(2026, 3, 2));
    late.utcOffsetSeconds = -3600;
    EXPECT_EQ(late.localDate(), QDate(2026, 3, 1));
}

TEST_F(TargetEventsTest, ATargetOutsideTheRoutineLimitsIsRefused)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    TargetEvents events(*store);
    for (const auto &[seconds, holds] :
        {std::pair {9, 2}, std::pair {601, 2}, std::pair {60, 0}, std::pair {60, 11}}) {
        TargetEvent wrong = event(u"mine"_s, TargetEventKind::Manual, seconds, 1000);
        wrong.holdsPerSide = holds;
        const Status refused = events.record(wrong);
        ASSERT_FALSE(refused) << seconds << " s x " << holds;
        EXPECT_THAT(
            refused.error().message.toStdString(), HasSubstr("outside what a routine allows"));
    }
    EXPECT_TRUE(events.all().value().isEmpty());
}

TEST_F(TargetEventsTest, TheTableItselfRefusesWhatTheCodeWouldNeverWrite)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->close());
    RawDatabase raw(databasePath());
    const QString insert = u"INSERT INTO target_events (routine_id, exercise_id, kind, "
                           u"hold_seconds, holds_per_side, utc_ms, offset_s) VALUES (%1)"_s;
    EXPECT_EQ(raw.exec(insert.arg(u"'r', 'e', 'manual', 60, 2, 1000, 0"_s)), SQLITE_OK);
    EXPECT_NE(raw.exec(insert.arg(u"'r', 'e', 'grown', 60, 2, 1000, 0"_s)), SQLITE_OK);
    EXPECT_NE(raw.exec(insert.arg(u"'r', 'e', 'manual', 5, 2, 1000, 0"_s)), SQLITE_OK);
    EXPECT_NE(raw.exec(insert.arg(u"'r', 'e', 'manual', 60, 2, 1000, 99999"_s)), SQLITE_OK);
    EXPECT_NE(raw.exec(insert.arg(u"'', 'e', 'manual', 60, 2, 1000, 0"_s)), SQLITE_OK);
    EXPECT_NE(raw.exec(insert.arg(u"'r', 'e', 'manual', '60', 2, 1000, 0"_s)), SQLITE_OK)
        << "STRICT: text is not a number";
}

TEST_F(TargetEventsTest, DeclinedSuggestionsAreKeptOncePerRoutine)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    TargetEvents events(*store);
    ASSERT_TRUE(events.recordDeclinedSuggestion({u"mine"_s, u"bridge"_s, 2000, 3600}));
    ASSERT_TRUE(events.recordDeclinedSuggestion({u"mine"_s, u"bridge"_s, 5000, 3600}));
    ASSERT_TRUE(events.recordDeclinedSuggestion({u"other"_s, u"bridge"_s, 1000, 0}));
    EXPECT_EQ(events.declinedSuggestions(u"mine"_s).value(),
        (QList<DeclinedSuggestion> {{u"mine"_s, u"bridge"_s, 2000, 3600}}));
    EXPECT_EQ(events.declinedSuggestions().value().size(), 2);
}

TEST_F(TargetEventsTest, AReadOnlyHistoryReadsButRefusesDecisionsWithItsReason)
{
    {
        auto store = openStore();
        ASSERT_TRUE(store);
        ASSERT_TRUE(TargetEvents(*store).record(event(u"mine"_s, TargetEventKind::Manual, 75, 9)));
    }
    {
        RawDatabase raw(databasePath());
        ASSERT_EQ(raw.exec(u"PRAGMA user_version = 7"_s), SQLITE_OK);
    }
    auto store = openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->isReadOnly());
    TargetEvents events(*store);
    EXPECT_EQ(events.all().value().size(), 1);
    for (const Status &refused : {events.record(event(u"mine"_s, TargetEventKind::Manual, 90, 10)),
             events.recordDeclinedSuggestion({u"mine"_s, u"bridge"_s, 10, 0})}) {
        ASSERT_FALSE(refused);
        EXPECT_THAT(refused.error().message.toStdString(),
            HasSubstr(store->readOnlyMessage().toStdString()));
    }
}

TEST_F(TargetEventsTest, AnOlderHistoryShownReadOnlyHasNoTargetsAndNoError)
{
    ASSERT_TRUE(QDir().mkpath(dataDir()));
    {
        RawDatabase raw(databasePath());
        ASSERT_EQ(
            raw.exec(QString::fromUtf8(readAll(QStringLiteral(LIMBER_TEST_DATA_DIR "/v2.sql")))),
            SQLITE_OK);
    }
    ReadOnlyFolder locked(dataDir());
    ASSERT_TRUE(locked.ok()) << "could not make the folder read-only with "
                             << locked.how().toStdString();
    auto store = openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->isReadOnly());
    auto all = TargetEvents(*store).all();
    ASSERT_TRUE(all) << all.error().message.toStdString();
    EXPECT_TRUE(all->isEmpty());
    EXPECT_TRUE(TargetEvents(*store).declinedSuggestions().value().isEmpty());
}

} // namespace

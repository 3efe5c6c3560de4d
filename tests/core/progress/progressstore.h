// A real history file, a small exercise library and sessions written through
// the real SessionLog, for the tests of the progress advisor.
#pragma once

#include "core/content/contentlibrary.h"
#include "core/history/calendar.h"
#include "core/history/sessionlog.h"
#include "core/progress/holdtarget.h"
#include "tests/core/history/historytestsupport.h"

#include <QList>

#include <chrono>
#include <memory>
#include <optional>

namespace limber::testing {

/// One exercise as done in a written session.
struct ExerciseRun
{
    QString exerciseId;
    HoldTarget target;
    bool sided = true;
    int cutShort = 0; ///< how many of the last holds were cut short
    int skipped = 0; ///< how many of the last holds were skipped (never recorded)
    std::optional<int> reach;
};

/// What a session's end looks like.
struct SessionEnding
{
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    bool stoppedForPain = false;
};

class ProgressFixture : public StoreFixture
{
protected:
    void SetUp() override
    {
        store = openStore();
        ASSERT_TRUE(store);
        library = std::make_unique<ContentLibrary>(ContentLibrary::load({contentRoot()}));
        ASSERT_TRUE(library->errors().isEmpty())
            << joinContentErrors(library->errors()).toStdString();
    }

    /// Exercises 1 to 5 of a programme: a short unsided "tilt" with its own
    /// ladder, an alternating "cross", then "bridge", "twist" and "plank".
    QString contentRoot()
    {
        const QString root = m_dir.path() + QStringLiteral("/content");
        QDir().mkpath(root + QStringLiteral("/exercises"));
        QDir().mkpath(root + QStringLiteral("/poses"));
        writeFile(root + QStringLiteral("/poses/p.json"),
            R"({"format": 1, "poses": {"sit": {}, "lean": {"pelvisPitch": 30}}})");
        const QList<std::pair<QByteArray, QByteArray>> exercises {
            {"tilt",
                R"("programmeOrder": 1, "progression": {"stepSeconds": 5, "maxHoldSeconds": 20, "maxHoldsPerSide": 4},)"},
            {"cross",
                R"("programmeOrder": 2, "sideMode": "alternating", "sideLabels": {"left": "left", "right": "right"},)"},
            {"bridge", R"("programmeOrder": 3,)"},
            {"twist", R"("programmeOrder": 4,)"},
            {"plank", R"("programmeOrder": 5,)"},
        };
        for (const auto &[id, extra] : exercises) {
            writeFile(root + QStringLiteral("/exercises/%1.json").arg(QString::fromUtf8(id)),
                R"({"format": 1, "id": ")" + id + R"(", "title": ")" + id + R"(", )" + extra
                    + R"( "summary": "S", "steps": [{"text": "Sit.", "pose": "sit"}],
                   "holdPose": "lean"})");
        }
        return root;
    }

    static RoutineItem item(const QString &exerciseId, int seconds, int holds)
    {
        RoutineItem result;
        result.exerciseId = exerciseId;
        result.holdSeconds = seconds;
        result.holdsPerSide = holds;
        return result;
    }

    /// "mine": tilt 10 s x 2, then cross 60 s x 2 per side.
    static Routine routine(const QString &id = QStringLiteral("mine"))
    {
        Routine result;
        result.id = id;
        result.items = {item(QStringLiteral("tilt"), 10, 2), item(QStringLiteral("cross"), 60, 2)};
        return result;
    }

    static ExerciseRun run(const QString &exerciseId, HoldTarget target, bool sided)
    {
        ExerciseRun result;
        result.exerciseId = exerciseId;
        result.target = target;
        result.sided = sided;
        return result;
    }
    static ExerciseRun tilt(HoldTarget target = {10, 2})
    {
        return run(QStringLiteral("tilt"), target, false);
    }
    static ExerciseRun cross(HoldTarget target = {60, 2})
    {
        return run(QStringLiteral("cross"), target, true);
    }
    static SessionEnding pain(int before, int after)
    {
        SessionEnding ending;
        ending.painBefore = before;
        ending.painAfter = after;
        return ending;
    }
    static SessionEnding stoppedForPain()
    {
        SessionEnding ending;
        ending.stoppedForPain = true;
        return ending;
    }

    /// Writes one session of `routineId` now, hold after hold.
    void writeSession(const QList<ExerciseRun> &runs, const SessionEnding &ending = {},
        const QString &routineId = QStringLiteral("mine"))
    {
        SessionLog log(*store);
        ASSERT_TRUE(log.begin(routineId));
        if (ending.painBefore) {
            ASSERT_TRUE(log.setPainBefore(*ending.painBefore));
        }
        for (const ExerciseRun &run : runs) {
            const QList<Side> sides
                = run.sided ? QList<Side> {Side::Left, Side::Right} : QList<Side> {Side::None};
            const int total = run.target.holdsPerSide * static_cast<int>(sides.size());
            int written = 0;
            for (int index = 0; index < run.target.holdsPerSide; ++index) {
                for (Side side : sides) {
                    if (written >= total - run.skipped)
                        break;
                    HoldRecord hold;
                    hold.exerciseId = run.exerciseId;
                    hold.side = side;
                    hold.holdNumber = index + 1;
                    hold.target = std::chrono::milliseconds(run.target.holdSeconds * 1000);
                    hold.completed = written < total - run.skipped - run.cutShort;
                    hold.held = hold.completed ? hold.target : hold.target / 2;
                    hold.startUtc = clock.nowUtc();
                    hold.utcOffsetSeconds = clock.utcOffsetSeconds();
                    hold.reach = run.reach;
                    ASSERT_TRUE(log.recordHold(hold));
                    clock.advance(std::chrono::seconds(run.target.holdSeconds + 10));
                    ++written;
                }
            }
        }
        if (ending.painAfter) {
            ASSERT_TRUE(log.setPainAfter(*ending.painAfter));
        }
        ASSERT_TRUE(ending.stoppedForPain ? log.finish(SessionEnd::Stopped, QStringLiteral("pain"))
                                          : log.finish(SessionEnd::Completed));
    }

    void nextDay() { clock.advance(std::chrono::hours(24)); }
    QDate today() const { return localDate(clock.nowUtc(), clock.utcOffsetSeconds()); }

    std::unique_ptr<HistoryStore> store;
    std::unique_ptr<ContentLibrary> library;
};

} // namespace limber::testing

#pragma once

#include "app/i18n.h"
#include "app/session/sessiondriver.h"
#include "app/session/sessionpage.h"
#include "core/content/contentlibrary.h"
#include "core/session/timeline.h"
#include "core/util/clock.h"
#include "resources/content_resources.h"
#include "tests/app/support/recordingcuesink.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace limber::test {

using namespace std::chrono_literals;

/// A session page running the bundled default routine on a ManualClock,
/// with a recording cue sink. Time moves only through runFor(), which
/// polls exactly when the driver's precise timer would fire.
class SessionPageFixture : public ::testing::Test
{
protected:
    // English plural forms ("2 holds") come from the translations.
    static void SetUpTestSuite() { installTranslators(QLocale(QLocale::English)); }

    void SetUp() override
    {
        library = ContentLibrary::load({bundledContentRoot()});
        ASSERT_TRUE(library.errors().isEmpty());
        options.uiLanguages = {QStringLiteral("en")};
        page = std::make_unique<SessionPage>(clock, clock);
        page->setCueSink(&sink);
        page->setPoseLookup([this](const QString &id) { return library.pose(id); });
        page->resize(1024, 680);
        page->show();
        page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    }

    /// The bundled default routine. Most tests look at the set-up steps and
    /// holds, so its items get no get-ready time unless \a getReadySeconds says.
    Timeline defaultTimeline(int getReadySeconds = 0) const
    {
        Routine routine = *library.routine(library.defaultRoutineId());
        for (RoutineItem &item : routine.items)
            item.getReadySeconds = getReadySeconds;
        return timelineOf(routine);
    }

    Timeline timelineOf(const Routine &routine) const
    {
        auto built = Timeline::build(
            routine, [this](const QString &id) { return library.exercise(id); }, options);
        EXPECT_TRUE(built.ok()) << (built.ok() ? "" : built.error().message.toStdString());
        return std::move(built).value();
    }

    void begin() { begin(defaultTimeline()); }

    void begin(Timeline timeline)
    {
        page->begin(std::move(timeline));
        QCoreApplication::sendPostedEvents();
    }

    SessionDriver &driver() const { return *page->driver(); }
    const SessionRunner &runner() const { return page->driver()->runner(); }
    const Timeline &timeline() const { return runner().timeline(); }

    /// Lets \a duration pass, polling whenever the driver's deadline timer
    /// would have fired and then letting the page update its screen, as the
    /// event loop would; finally redraws as a display tick would.
    void runFor(std::chrono::milliseconds duration)
    {
        std::chrono::milliseconds left = duration;
        while (left > 0ms) {
            // The timer is armed with this wait; on this clock it is what remains of it.
            const std::optional<std::chrono::milliseconds> wait
                = driver().armedWait() ? runner().timeUntilNextEvent() : std::nullopt;
            const std::chrono::milliseconds step = wait ? std::min(*wait, left) : left;
            clock.advance(step);
            left -= step;
            if (wait && step == *wait) {
                driver().poll();
                QCoreApplication::sendPostedEvents();
            }
        }
        page->refreshDisplay();
    }

    /// Runs until phase \a index begins.
    void runToPhase(int index)
    {
        const auto start = timeline().phase(index).start;
        runFor(start - runner().activeElapsed());
        ASSERT_EQ(runner().currentPhase().index, index);
    }

    /// Types a key at whatever has the focus, as a person would.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : page.get(), key, modifiers);
        QCoreApplication::sendPostedEvents();
        page->refreshDisplay();
    }

    /// Stops the session as a person does: Esc, then Stop on the question.
    void stopSession()
    {
        press(Qt::Key_Escape);
        ASSERT_TRUE(page->isAskingToStop());
        auto *confirm = page->findChild<QAbstractButton *>(QStringLiteral("confirmStopButton"));
        ASSERT_NE(confirm, nullptr);
        confirm->click();
        QCoreApplication::sendPostedEvents();
    }

    int firstPhaseOf(Phase::Kind kind, Side side = Side::None, int holdNumber = 0) const
    {
        for (const Phase &phase : timeline().phases()) {
            if (phase.kind == kind && (side == Side::None || phase.side == side)
                && (holdNumber == 0 || phase.holdNumber == holdNumber))
                return phase.index;
        }
        return -1;
    }

    ManualClock clock;
    ContentLibrary library;
    SessionOptions options;
    RecordingCueSink sink;
    std::unique_ptr<SessionPage> page;
};

} // namespace limber::test

QT_BEGIN_NAMESPACE
// Readable failures: gtest would print a QString as a list of bytes.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

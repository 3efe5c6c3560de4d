// session_timing: how late the session page's precise timer lets phase
// changes and cues happen, in the real event loop with the whole page
// painting (display ticks, breath pacer, figure movement) in between.
//
//   QT_QPA_PLATFORM=offscreen session_timing [--holds N] [--seconds S] [--setup]
//
// Runs a routine of N holds per side of S seconds (default 4 x 10 s, with
// 5 s switches; with --setup the set-up steps first, and then the figure
// sits up in every switch and leans into every hold) and prints how late each came after
// its exact time, the median and the maximum: holds ending (the timer
// firing), phases changing and cues going out (what the speakers get), and
// the screen updated for the new phase (ready to be painted). "Late" is measured on the session's
// own clock (the runner's active time when the signal arrives, minus the time it was due) and, to
// see below a millisecond, on std::chrono::steady_clock from the start.
#include "app/session/sessiondriver.h"
#include "app/session/sessionpage.h"
#include "core/content/contentlibrary.h"
#include "core/session/timeline.h"
#include "core/util/clock.h"
#include "resources/content_resources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

struct Lateness
{
    std::vector<double> clockMs; ///< on the session's clock, whole milliseconds
    std::vector<double> steadyMs; ///< on steady_clock, fractions of a millisecond

    static double median(std::vector<double> values)
    {
        if (values.empty())
            return 0;
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    }
    static double maximum(const std::vector<double> &values)
    {
        return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    }
    void print(QTextStream &out, const char *what) const
    {
        out << what << ": " << clockMs.size() << " events; late on the session clock: median "
            << median(clockMs) << " ms, max " << maximum(clockMs) << " ms; on steady_clock: median "
            << QString::number(median(steadyMs), 'f', 2) << " ms, max "
            << QString::number(maximum(steadyMs), 'f', 2) << " ms\n";
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption holds(u"holds"_s, u"Holds per side."_s, u"N"_s, u"4"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Seconds per hold."_s, u"S"_s, u"10"_s);
    const QCommandLineOption setup(
        u"setup"_s, u"Begin with the set-up steps; the figure then moves into each hold."_s);
    parser.addOptions({holds, seconds, setup});
    parser.addHelpOption();
    parser.process(app);

    const ContentLibrary library = ContentLibrary::load({bundledContentRoot()});
    Routine routine;
    routine.id = u"timing"_s;
    RoutineItem item;
    item.exerciseId = u"seated-leg-cross"_s;
    item.holdsPerSide = parser.value(holds).toInt();
    item.holdSeconds = parser.value(seconds).toInt();
    item.switchSeconds = item.holdSeconds;
    item.includeSetup = parser.isSet(setup);
    routine.items = {item};
    auto timeline = Timeline::build(
        routine, [&](const QString &id) { return library.exercise(id); }, SessionOptions {});
    if (!timeline) {
        std::fprintf(stderr, "%s\n", qPrintable(timeline.error().message));
        return 1;
    }

    SystemMonotonicClock clock;
    SystemWallClock wallClock;
    SessionPage page(clock, wallClock);
    page.setPoseLookup([&](const QString &id) { return library.pose(id); });
    page.resize(1280, 760);
    page.show();

    Lateness phases;
    Lateness cues;
    std::chrono::steady_clock::time_point started;
    std::chrono::milliseconds startedOnClock {0};
    const auto record = [&](Lateness &into, std::chrono::milliseconds due) {
        const SessionRunner &runner = page.driver()->runner();
        into.clockMs.push_back(static_cast<double>((runner.activeElapsed() - due).count()));
        // The session's clock started at a whole millisecond; steady_clock
        // counts from the same instant, give or take that millisecond's fraction.
        const auto since = std::chrono::steady_clock::now() - started;
        const double dueMs = static_cast<double>((startedOnClock + due).count());
        into.steadyMs.push_back(std::chrono::duration<double, std::milli>(since).count() - dueMs);
    };

    QObject::connect(&page, &SessionPage::sessionFinished, &app, [&] { app.quit(); });
    startedOnClock = std::chrono::milliseconds(0);
    started = std::chrono::steady_clock::now();
    page.begin(std::move(timeline).value());
    const SessionRunner &runner = page.driver()->runner();
    Lateness holdEnds;
    QObject::connect(&runner, &SessionRunner::holdFinished, &app, [&](const HoldRecord &hold) {
        if (hold.completed)
            record(holdEnds, runner.currentPhase().end());
    });
    Lateness screens;
    QObject::connect(&runner, &SessionRunner::phaseChanged, &app, [&](const Phase &phase) {
        record(phases, phase.start);
        // Queued after the page's own update of the screen, so this is when
        // the new phase's words and figure are in place (to be painted).
        const auto start = phase.start;
        QMetaObject::invokeMethod(
            &app, [&, start] { record(screens, start); }, Qt::QueuedConnection);
    });
    QObject::connect(&runner, &SessionRunner::cue, &app, [&](const Cue &cue) {
        if (cue.at > std::chrono::milliseconds(0))
            record(cues, cue.at);
    });
    app.exec();

    QTextStream out(stdout);
    out << "Routine: " << item.holdsPerSide << " holds per side of " << item.holdSeconds
        << " s, switches of " << item.switchSeconds << " s"
        << (item.includeSetup ? ", set-up steps and figure movements" : "") << "\n";
    holdEnds.print(out, "Hold ends");
    phases.print(out, "Phase changes");
    screens.print(out, "Screen updated for a phase");
    cues.print(out, "Cues");
    return 0;
}

// How long rendering a routine's words takes, and how much memory they hold.
// Every sentence the default routine can say (full and short forms) is
// rendered by eSpeak NG into a fresh SpeechCache, as a session start does.
//
//   build/ci/bench/speech_render [--runs N]
//
// Prints the number of sentences, their total spoken length, the time to
// render them all (median and worst of N runs, each with a fresh cache) and
// the bytes the rendered clips take at the output's sample rate.
#include "app/audio/cueplayer.h"
#include "app/audio/speechcache.h"
#include "app/audio/system/espeakspeech.h"
#include "core/content/contentlibrary.h"
#include "core/session/timeline.h"
#include "resources/content_resources.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace limber;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    const QStringList arguments = app.arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--runs"));
        at >= 0 && at + 1 < arguments.size())
        runs = std::max(1, arguments.at(at + 1).toInt());

    const ContentLibrary library = ContentLibrary::load({bundledContentRoot()});
    const Routine *routine = library.routine(library.defaultRoutineId());
    if (!routine) {
        std::fprintf(stderr, "speech_render: there is no default routine\n");
        return 1;
    }
    SessionOptions options;
    options.uiLanguages = {QStringLiteral("en")};
    const Result<Timeline> timeline = Timeline::build(
        *routine, [&library](const QString &id) { return library.exercise(id); }, options);
    if (!timeline) {
        std::fprintf(stderr, "speech_render: the default routine does not load\n");
        return 1;
    }
    QStringList words;
    for (const Cue &cue : timeline->cues()) {
        words << cue.text;
        if (!cue.shortText.isEmpty())
            words << cue.shortText;
    }
    words.removeDuplicates();

    std::vector<double> times;
    std::size_t bytes = 0;
    int rate = 0;
    long long spokenMs = 0;
    for (int run = 0; run < runs; ++run) {
        QString problem;
        SpeechCache cache(EspeakSpeech::create(&problem));
        if (!cache.hasEngine()) {
            std::fprintf(stderr, "speech_render: %s\n", qPrintable(problem));
            return 1;
        }
        cache.setVoice({QStringLiteral("en-us"), 150});
        QEventLoop loop;
        QObject::connect(&cache, &SpeechCache::prepared, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        cache.prepare(words);
        loop.exec();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        bytes = cache.byteSize();
        if (const auto clip = cache.clip(words.constFirst()))
            rate = clip->sampleRate();
        spokenMs = 0;
        for (const QString &text : words)
            spokenMs += cache.length(text).value_or(std::chrono::milliseconds(0)).count();
    }
    std::sort(times.begin(), times.end());
    std::printf("sentences: %lld (%.1f s of speech)\n", static_cast<long long>(words.size()),
        double(spokenMs) / 1000.0);
    std::printf("render all: median %.1f ms, worst %.1f ms over %d runs\n", times[times.size() / 2],
        times.back(), runs);
    std::printf("memory of all of them: %.2f MB at %d Hz (16-bit mono; the stream plays at "
                "%d Hz)\n",
        double(spokenMs) * rate * 2 / 1000 / 1e6, rate, CuePlayer::sampleRate);
    std::printf("memory of the clips kept: %.2f MB (the budget: %.2f MB; the rest are "
                "rendered again before they are said)\n",
        double(bytes) / 1e6, double(SpeechCache::defaultClipBudget) / 1e6);
    return 0;
}

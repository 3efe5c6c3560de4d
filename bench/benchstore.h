#pragma once

// Shared by the history benchmarks: where their data sets live, and a store
// that is opened from there or, the first time, built by SQL statements.
#include "core/history/historystore.h"
#include "core/util/clock.h"

#include <QDir>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace limber::bench {

/// $LIMBER_BENCH_DIR, or <temp>/limber-bench. Put it on the disk to measure.
inline QString benchDir()
{
    const QString fromEnvironment = qEnvironmentVariable("LIMBER_BENCH_DIR");
    return fromEnvironment.isEmpty() ? QDir::temp().filePath(QStringLiteral("limber-bench"))
                                     : fromEnvironment;
}

/// Opens `fileName` in benchDir(); when it does not hold exactly `holdCount`
/// holds, empties it and runs `fillStatements` (a data set written in SQL, so
/// it builds in seconds). Aborts with the message when anything fails.
inline std::unique_ptr<HistoryStore> openBenchStore(const QString &fileName, const WallClock &clock,
    qint64 holdCount, const QStringList &fillStatements)
{
    StoreOptions options;
    options.dataDir = benchDir();
    options.fileName = fileName;
    options.dailyBackup = false;
    auto opened = HistoryStore::open(options, clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        std::abort();
    }
    std::unique_ptr<HistoryStore> store = std::move(opened.value());
    auto holds = store->connection().queryInt(QStringLiteral("SELECT count(*) FROM holds"));
    if (holds && *holds == holdCount)
        return store;
    std::fprintf(stderr, "Building %lld holds in %s ...\n", static_cast<long long>(holdCount),
        qPrintable(benchDir()));
    QStringList statements {QStringLiteral("DELETE FROM sessions")};
    statements += fillStatements;
    for (const QString &statement : statements) {
        if (Status done = store->connection().execute(statement); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            std::abort();
        }
    }
    return store;
}

} // namespace limber::bench

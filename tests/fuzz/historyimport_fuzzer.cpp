// A history export (--import, File > Import, the kept files of unsaved
// sessions) through HistoryImport::importJson() into a new history in
// memory. An import that succeeds is run again and must add nothing, as
// historyimport.h promises.
//
// A history in memory has no file, so importJson() makes no backup and the
// target writes nothing but its one input file.
#include "core/history/historyimport.h"
#include "core/history/historystore.h"
#include "core/util/clock.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

const ManualClock wallClock;
QString inputPath;

void checkRefusal(const QString &message)
{
    // Every refusal of the file names it; anything else (a constraint of
    // the tables) means the reader let through what the history cannot hold.
    fuzz::check(message.contains(QDir::toNativeSeparators(inputPath)),
        u"an import error that does not name the file: "_s + message);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    test::pinLocaleAndZone();
    // Kept for the whole run; the fuzzer ends with exit(), which leaves it.
    static QTemporaryDir *const scratch = new QTemporaryDir;
    fuzz::check(scratch->isValid(), u"no temporary folder"_s);
    inputPath = scratch->filePath(u"export.json"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    {
        QFile file(inputPath);
        fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(fuzz::bytesOf(data, size)) == static_cast<qint64>(size),
            u"could not write "_s + inputPath);
    }
    auto store = HistoryStore::openInMemory(wallClock);
    if (!store)
        fuzz::fail(u"no history in memory: "_s + store.error().message);

    HistoryImport import(**store);
    const auto first = import.importJson(inputPath);
    if (!first) {
        checkRefusal(first.error().message);
        return 0;
    }
    fuzz::check(first->backupPath.isEmpty(), u"a backup of a history in memory"_s);

    const auto second = import.importJson(inputPath);
    if (!second)
        fuzz::fail(u"the second import of the same file failed: "_s + second.error().message);
    fuzz::check(second->sessionsAdded == 0 && second->holdsAdded == 0 && second->routinesAdded == 0
            && second->targetDecisionsAdded == 0,
        u"the second import of the same file added %1 sessions, %2 holds, %3 routines, %4 "
        u"target decisions"_s.arg(second->sessionsAdded)
            .arg(second->holdsAdded)
            .arg(second->routinesAdded)
            .arg(second->targetDecisionsAdded));
    fuzz::check(
        second->sessionsAlreadyPresent == first->sessionsAdded + first->sessionsAlreadyPresent,
        u"the second import did not find every session of the first"_s);
    return 0;
}

// The hold target decisions of an export ("targetEvents" and
// "declinedSuggestions", core/history/targetexchange.h): any JSON object
// through readTargetDecisions(), and what it accepts through
// addTargetDecisions() into a new history in memory, twice; the second time
// adds nothing. The same reader runs inside every import; this target reaches
// its corners without the rest of an export around them.
#include "core/history/historystore.h"
#include "core/history/targetexchange.h"
#include "core/util/clock.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

const ManualClock wallClock;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    test::pinLocaleAndZone();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    if (!document.isObject())
        return 0;
    TargetDecisions decisions;
    if (const auto problem = readTargetDecisions(document.object(), &decisions)) {
        fuzz::check(!problem->isEmpty(), u"a problem without words"_s);
        return 0;
    }

    auto store = HistoryStore::openInMemory(wallClock);
    if (!store)
        fuzz::fail(u"no history in memory: "_s + store.error().message);
    const auto first = addTargetDecisions(**store, decisions);
    if (!first)
        fuzz::fail(u"decisions that were read could not be stored: "_s + first.error().message);
    const auto second = addTargetDecisions(**store, decisions);
    if (!second)
        fuzz::fail(u"storing the decisions again failed: "_s + second.error().message);
    fuzz::check(
        second->added == 0, u"storing the same decisions again added %1"_s.arg(second->added));
    return 0;
}

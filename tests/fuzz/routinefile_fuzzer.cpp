// A routine exchange file (what a physiotherapist hands over, and what the
// history stores for the person's own routines): parseRoutineJson() and
// routineFromJson() against the bundled exercises. A routine that is read
// must come back exactly from routineToJson(), as routinefile.h promises.
#include "core/content/contentlibrary.h"
#include "core/content/routinefile.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

const QString fileName = u"fuzz-routine.json"_s;

void checkRoundTrip(const Routine &routine)
{
    const QByteArray written = routineToJson(routine);
    const auto again = parseRoutineJson(written, fileName);
    if (!again)
        fuzz::fail(u"routineToJson() wrote what parseRoutineJson() refuses: "_s
            + again.error().message + u"\n"_s + QString::fromUtf8(written));
    fuzz::check(again->id == routine.id && again->title == routine.title
            && again->description == routine.description && again->items == routine.items,
        u"the routine read back differs from the one written:\n"_s + QString::fromUtf8(written));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    test::pinLocaleAndZone();
    fuzz::check(fuzz::bundledContent().errors().isEmpty(), u"the bundled content did not load"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const auto routine = parseRoutineJson(bytes, fileName);
    if (!routine) {
        fuzz::check(routine.error().message.startsWith(fileName),
            u"an error that does not start with the file: "_s + routine.error().message);
        return 0;
    }
    checkRoundTrip(*routine);

    const auto checked = routineFromJson(bytes, fileName, fuzz::bundledContent());
    if (checked)
        checkRoundTrip(*checked);
    return 0;
}

// One content file's bytes through the strict JSON reader and the parser of
// each kind of content file (pose, exercise, routine), whose references are
// then checked against the bundled content, as ContentLoader does. Every
// error must name the file and a line inside it, and say something.
#include "core/content/contentlibrary.h"
#include "core/content/contentloader.h"
#include "core/content/contentparsers.h"
#include "core/content/jsonreader.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace limber;

namespace {

const QString fileName = u"fuzz.json"_s;

const QMap<QString, Pose> &bundledPoses()
{
    static const QMap<QString, Pose> poses = [] {
        QMap<QString, Pose> result;
        for (const QString &id : fuzz::bundledContent().poseIds())
            result.insert(id, *fuzz::bundledContent().pose(id));
        return result;
    }();
    return poses;
}

// Lines as the reader counts them: "\n", "\r\n" and a lone "\r" each end one.
qsizetype lineCount(const QByteArray &bytes)
{
    qsizetype lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n'
            || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')))
            ++lines;
    }
    return lines;
}

void checkErrors(const QList<ContentError> &errors, qsizetype lines)
{
    for (const ContentError &error : errors) {
        const QString shown = error.toString();
        fuzz::check(error.file == fileName, u"error without its file: "_s + shown);
        fuzz::check(!error.message.isEmpty(), u"error without a message: "_s + shown);
        fuzz::check(error.line >= 0 && error.line <= lines && error.column >= 0,
            u"error outside the file's %1 lines: "_s.arg(lines) + shown);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    test::pinLocaleAndZone();
    fuzz::check(
        fuzz::bundledContent().errors().isEmpty() && !fuzz::bundledContent().routines().isEmpty(),
        u"the bundled content did not load"_s);
    bundledPoses();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const qsizetype lines = lineCount(bytes);
    JsonReadResult json = JsonReader::parse(bytes);
    if (!json.ok()) {
        json.error->file = fileName;
        checkErrors({*json.error}, lines);
        return 0;
    }

    const PoseFile poses = parsePoseFile(json.value, fileName);
    checkErrors(poses.errors, lines);

    ExerciseFile exercise = parseExerciseFile(json.value, fileName);
    ContentLoader::checkPoseReferences(exercise, bundledPoses());
    checkErrors(exercise.errors, lines);

    RoutineFile routine = parseRoutineFile(json.value, fileName);
    ContentLoader::checkExerciseReferences(routine, fuzz::bundledContent());
    checkErrors(routine.errors, lines);
    return 0;
}

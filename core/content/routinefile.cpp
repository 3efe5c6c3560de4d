#include "core/content/routinefile.h"

#include "core/content/contentformat.h"
#include "core/content/contentlibrary.h"
#include "core/content/contentloader.h"
#include "core/content/contentparsers.h"
#include "core/content/jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// A JSON string literal with the escapes Qt writes (quotes, backslashes and
/// control characters); other characters stay UTF-8.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // without the surrounding [ ]
}

/// Writes one object per call of begin()/end(), a key per line, indented.
class JsonWriter
{
public:
    void beginObject(const QByteArray &key = {}) { open(key, '{'); }
    void endObject() { close('}'); }
    void beginArray(const QByteArray &key) { open(key, '['); }
    void endArray() { close(']'); }
    void beginArrayElement() { open({}, '{'); }

    void value(const QByteArray &key, const QByteArray &json)
    {
        startEntry(key);
        m_out += json;
    }
    void value(const QByteArray &key, const QString &text) { value(key, quoted(text)); }
    void value(const QByteArray &key, int number) { value(key, QByteArray::number(number)); }
    void value(const QByteArray &key, bool flag)
    {
        value(key, flag ? QByteArray("true") : QByteArray("false"));
    }
    void text(const QByteArray &key, const LocalizedText &text)
    {
        const QMap<QString, QString> &translations = text.translations();
        if (translations.size() == 1 && translations.contains(u"en"_s)) {
            value(key, text.english());
            return;
        }
        beginObject(key);
        // English first: it is the text every reader needs.
        if (translations.contains(u"en"_s))
            value("en", text.english());
        for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
            if (it.key() != u"en"_s)
                value(it.key().toUtf8(), it.value());
        }
        endObject();
    }

    QByteArray result() const { return m_out + '\n'; }

private:
    void startEntry(const QByteArray &key)
    {
        if (!m_firstInLevel)
            m_out += ',';
        if (m_depth > 0)
            m_out += '\n' + QByteArray(2 * m_depth, ' ');
        if (!key.isEmpty())
            m_out += quoted(QString::fromUtf8(key)) + ": ";
        m_firstInLevel = false;
    }
    void open(const QByteArray &key, char bracket)
    {
        startEntry(key);
        m_out += bracket;
        ++m_depth;
        m_firstInLevel = true;
    }
    void close(char bracket)
    {
        --m_depth;
        if (!m_firstInLevel)
            m_out += '\n' + QByteArray(2 * m_depth, ' ');
        m_out += bracket;
        m_firstInLevel = false;
    }

    QByteArray m_out;
    int m_depth = 0;
    bool m_firstInLevel = true;
};

RoutineFile parseBytes(const QByteArray &bytes, const QString &fileName)
{
    JsonReadResult json = JsonReader::parse(bytes);
    if (!json.ok()) {
        RoutineFile failed;
        json.error->file = fileName;
        failed.errors.append(*json.error);
        return failed;
    }
    return parseRoutineFile(json.value, fileName);
}

} // namespace

QByteArray routineToJson(const Routine &routine)
{
    JsonWriter json;
    json.beginObject();
    json.value("format", contentformat::version);
    json.value("id", routine.id);
    json.text("title", routine.title);
    if (!routine.description.isEmpty())
        json.text("description", routine.description);
    json.beginArray("items");
    for (const RoutineItem &item : routine.items) {
        json.beginArrayElement();
        // In the order a session meets them.
        json.value("exercise", item.exerciseId);
        json.value("includeSetup", item.includeSetup);
        json.value("getReadySeconds", item.getReadySeconds);
        json.value("sided", item.sided);
        if (item.firstSide != Side::None)
            json.value("firstSide", sideKey(item.firstSide));
        json.value("holdsPerSide", item.holdsPerSide);
        json.value("holdSeconds", item.holdSeconds);
        json.value("switchSeconds", item.switchSeconds);
        json.value("restSeconds", item.restSeconds);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.result();
}

Result<Routine> parseRoutineJson(const QByteArray &bytes, const QString &fileName)
{
    RoutineFile file = parseBytes(bytes, fileName);
    if (!file.errors.isEmpty())
        return Error {joinContentErrors(file.errors)};
    return file.routine;
}

Result<Routine> routineFromJson(
    const QByteArray &bytes, const QString &fileName, const ContentLibrary &library)
{
    RoutineFile file = parseBytes(bytes, fileName);
    ContentLoader::checkExerciseReferences(file, library);
    if (!file.errors.isEmpty())
        return Error {joinContentErrors(file.errors)};
    return file.routine;
}

Status saveRoutineFile(const QString &path, const Routine &routine)
{
    QSaveFile file(path);
    const QByteArray bytes = routineToJson(routine);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error {QCoreApplication::translate("limber::RoutineFile",
            "Limber could not write the routine to %1 (%2). Choose a folder you may write to, "
            "and check that the disk has free space.")
                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

void fitRoutineSides(Routine &routine, const ContentLibrary &library)
{
    for (RoutineItem &item : routine.items) {
        const Exercise *exercise = library.exercise(item.exerciseId);
        if (!exercise)
            continue;
        if (exercise->sideMode == SideMode::None)
            item.firstSide = Side::None;
        else if (item.firstSide == Side::None)
            item.firstSide = Side::Left;
    }
}

} // namespace limber

// CSV quoting, formula neutralisation, the JSON export -> import round trip,
// idempotent imports and progress reports.
#include "core/history/csvwriter.h"
#include "core/history/exportdestination.h"
#include "core/history/historyexport.h"
#include "core/history/historyimport.h"
#include "core/history/sessionlog.h"
#include "core/history/userroutines.h"
#include "tests/core/history/historytestsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace limber;
using namespace limber::testing;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

// A small RFC 4180 reader, written from the RFC, to check what the writer produced.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

TEST(Csv, QuotesOnlyWhatNeedsQuoting)
{
    EXPECT_EQ(CsvWriter::quoted(u"plain text"_s), u"plain text"_s);
    EXPECT_EQ(CsvWriter::quoted(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(CsvWriter::quoted(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    EXPECT_EQ(CsvWriter::quoted(u"two\nlines"_s), u"\"two\nlines\""_s);
    EXPECT_EQ(CsvWriter::quoted(u"cr\r"_s), u"\"cr\r\""_s);
    EXPECT_EQ(CsvWriter::quoted(QString()), QString());

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    ASSERT_TRUE(csv.writeRow({u"Größe"_s, u"a,\"b\"\r\nc"_s, QString()}));
    EXPECT_EQ(buffer.data(),
        QByteArray("Gr\xc3\xb6\xc3\x9f"
                   "e,\"a,\"\"b\"\"\r\nc\",\r\n"));
}

// What a spreadsheet takes as the start of a formula, one of each.
const QStringList formulaStarts = {u"="_s, u"+"_s, u"-"_s, u"@"_s, u"\t"_s, u"\r"_s};

TEST(Csv, TextThatStartsAFormulaGetsAnApostropheInsideQuotes)
{
    for (const QString &start : formulaStarts) {
        const QString text = start + u"SUM(A1:A2)"_s;
        EXPECT_TRUE(CsvWriter::startsLikeFormula(text)) << text.toStdString();
        EXPECT_EQ(CsvWriter::encoded(CsvField::text(text)), u"\"'"_s + text + u'"')
            << text.toStdString();
    }
    EXPECT_EQ(CsvWriter::encoded(CsvField::text(QString(QChar(0)) + u"x"_s)),
        u"\"'"_s + QChar(0) + u"x\""_s);
    // Quotes inside are still doubled, commas and line breaks still inside the quotes.
    EXPECT_EQ(CsvWriter::encoded(CsvField::text(u"=HYPERLINK(\"http://x.example\",\"see\")"_s)),
        u"\"'=HYPERLINK(\"\"http://x.example\"\",\"\"see\"\")\""_s);
    EXPECT_EQ(CsvWriter::encoded(CsvField::text(u"-1\r\nline"_s)), u"\"'-1\r\nline\""_s);
}

TEST(Csv, OtherTextIsLeftAsItIs)
{
    for (const QString &text :
        {u"a=b"_s, u" =1+1"_s, u"'=1+1"_s, u"hips -2"_s, u"2026-11-24"_s, u"\n=1"_s, QString()}) {
        EXPECT_FALSE(CsvWriter::startsLikeFormula(text)) << text.toStdString();
        EXPECT_EQ(CsvWriter::encoded(CsvField::text(text)), CsvWriter::quoted(text));
    }
    EXPECT_EQ(CsvWriter::encoded(CsvField::text(u"a,b"_s)), u"\"a,b\""_s);
}

TEST(Csv, NumbersStayNumbersEvenWhenNegative)
{
    for (const QString &number : {u"-18000"_s, u"0"_s, u"37800"_s, u"2.5"_s, u"-0.25"_s}) {
        EXPECT_TRUE(CsvWriter::isPlainNumber(number)) << number.toStdString();
        EXPECT_EQ(CsvWriter::encoded(CsvField::number(number)), number);
    }
    EXPECT_EQ(CsvWriter::encoded(CsvField::number(QString())), QString()) << "no value";
    // Only plain numbers pass as they are; anything else is text.
    for (const QString &notNumber :
        {u"-"_s, u"1-1"_s, u"-1+1"_s, u"1."_s, u".5"_s, u"1e5"_s, u"+1"_s, u"\u0663"_s}) {
        EXPECT_FALSE(CsvWriter::isPlainNumber(notNumber)) << notNumber.toStdString();
    }
    EXPECT_EQ(CsvWriter::encoded(CsvField::number(u"-1+1"_s)), u"\"'-1+1\""_s);
    EXPECT_EQ(CsvWriter::encoded(CsvField::number(u"1e5"_s)), u"1e5"_s);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    ASSERT_TRUE(csv.writeRow(
        {CsvField::text(u"-5"_s), CsvField::number(u"-5"_s), CsvField::text(u"=1,2"_s)}));
    EXPECT_EQ(buffer.data(), QByteArray("\"'-5\",-5,\"'=1,2\"\r\n"));
}

class Export : public StoreFixture
{
protected:
    void fill(HistoryStore &store)
    {
        const QTimeZone newYork("America/New_York");
        SessionLog log(store);
        clock.setUtcOffsetSeconds(-5 * 3600);
        ASSERT_TRUE(log.begin(u"hips-and-back"_s));
        ASSERT_TRUE(log.setPainBefore(7));
        for (int i = 0; i < 3; ++i) {
            HoldRecord hold;
            hold.exerciseId = u"seated-leg-cross"_s;
            hold.side = i == 1 ? Side::Right : Side::Left;
            hold.holdNumber = i + 1;
            hold.target = std::chrono::milliseconds(90000);
            hold.held = std::chrono::milliseconds(i == 2 ? 31234 : 90000);
            hold.startUtc = clock.nowUtc().addSecs(qint64 {i} * 100);
            hold.utcOffsetSeconds = -5 * 3600;
            hold.completed = i != 2;
            hold.reach = i == 0 ? std::optional<int>(2) : std::nullopt;
            ASSERT_TRUE(log.recordHold(hold));
        }
        ASSERT_TRUE(log.setNote(u"Hüfte, \"tight\",\nthen better"_s));
        clock.advance(std::chrono::minutes(6));
        ASSERT_TRUE(log.finish(SessionEnd::Stopped, u"timer, phone"_s));

        clock.advance(std::chrono::hours(20));
        clock.setUtcOffsetSeconds(10 * 3600 + 1800);
        ASSERT_TRUE(log.begin(u"short"_s));
        ASSERT_TRUE(log.finish(SessionEnd::Completed));

        Routine routine;
        routine.id = u"week-3"_s;
        routine.title = LocalizedText(u"=Week 3, \"Hüfte\""_s);
        routine.title.set(u"de"_s, u"Woche 3"_s);
        RoutineItem item;
        item.exerciseId = u"seated-leg-cross"_s;
        item.firstSide = Side::Right;
        item.sided = false;
        item.getReadySeconds = 30;
        routine.items = {item};
        UserRoutines routines(store);
        ASSERT_TRUE(routines.save(routine));
        clock.advance(std::chrono::minutes(1));
        routine.id = u"short"_s;
        routine.title = LocalizedText(u"Short"_s);
        ASSERT_TRUE(routines.save(routine));
    }
    QByteArray exported(HistoryStore &store, HistoryExport::Format format)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Status written = HistoryExport(store).write(format, buffer);
        EXPECT_TRUE(written) << (written ? "" : written.error().message.toStdString());
        return buffer.data();
    }
    std::unique_ptr<HistoryStore> openOther(const QString &name)
    {
        StoreOptions other = options();
        other.dataDir = m_dir.filePath(name);
        auto store = HistoryStore::open(other, clock);
        EXPECT_TRUE(store.ok());
        return store.ok() ? std::move(store.value()) : nullptr;
    }
};

TEST_F(Export, HoldsCsvHasAHeaderIsoTimesAndOneRecordPerHold)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    fill(*store);
    const QByteArray bytes = exported(*store, HistoryExport::Format::HoldsCsv);
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records[0],
        (QStringList {u"session_uid"_s, u"exercise_id"_s, u"side"_s, u"hold_index"_s,
            u"target_ms"_s, u"held_ms"_s, u"started_utc"_s, u"started_local"_s, u"utc_offset_s"_s,
            u"completed"_s, u"reach"_s}));
    const QStringList &first = records[1];
    EXPECT_EQ(first[2], u"left"_s);
    EXPECT_EQ(first[6], u"2026-11-24T09:00:00.000Z"_s);
    EXPECT_EQ(first[7], u"2026-11-24T04:00:00.000-05:00"_s);
    EXPECT_EQ(first[8], u"-18000"_s);
    EXPECT_EQ(first[9], u"1"_s);
    EXPECT_EQ(first[10], u"2"_s);
    EXPECT_EQ(records[3][5], u"31234"_s);
    EXPECT_EQ(records[3][9], u"0"_s);
    EXPECT_EQ(records[3][10], QString()) << "no reach recorded";
}

TEST_F(Export, SessionsCsvQuotesNotesAndReasons)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    fill(*store);
    const QString text = QString::fromUtf8(exported(*store, HistoryExport::Format::SessionsCsv));
    EXPECT_THAT(text.toStdString(), HasSubstr("\"timer, phone\""));
    EXPECT_THAT(text.toStdString(), HasSubstr("\"Hüfte, \"\"tight\"\",\nthen better\""));
    const QList<QStringList> records = parseCsv(text);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1][12], u"Hüfte, \"tight\",\nthen better"_s);
    EXPECT_EQ(records[1][2], u"stopped"_s);
    EXPECT_EQ(records[1][13], u"3"_s) << "hold count";
    EXPECT_EQ(records[2][5], u"2026-11-25T15:36:00.000+10:30"_s);
}

TEST_F(Export, JsonRoundTripReproducesTheHistoryAndImportingTwiceAddsNothing)
{
    auto source = openStore();
    ASSERT_TRUE(source);
    fill(*source);
    const QString file = m_dir.filePath(u"export.json"_s);
    QList<std::pair<int, int>> reports;
    ASSERT_TRUE(
        HistoryExport(*source).save(HistoryExport::Format::Json, file, [&](int done, int total) {
            reports.append({done, total});
        }));
    ASSERT_FALSE(reports.isEmpty());
    EXPECT_EQ(reports.last(), std::make_pair(2, 2));

    auto target = openOther(u"other"_s);
    ASSERT_TRUE(target);
    auto first = HistoryImport(*target).importJson(file);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->sessionsAdded, 2);
    EXPECT_EQ(first->holdsAdded, 3);
    EXPECT_EQ(first->routinesAdded, 2);
    EXPECT_TRUE(QFileInfo::exists(first->backupPath));

    for (auto format : {HistoryExport::Format::Json, HistoryExport::Format::HoldsCsv,
             HistoryExport::Format::SessionsCsv}) {
        EXPECT_EQ(exported(*target, format).toStdString(), exported(*source, format).toStdString());
    }

    auto again = HistoryImport(*target).importJson(file);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->sessionsAdded, 0);
    EXPECT_EQ(again->sessionsAlreadyPresent, 2);
    EXPECT_EQ(again->holdsAdded, 0);
    EXPECT_EQ(again->holdsAlreadyPresent, 3);
    EXPECT_EQ(again->routinesAdded, 0);
    EXPECT_EQ(again->routinesAlreadyPresent, 2);
    EXPECT_EQ(target->connection().queryInt(u"SELECT count(*) FROM routines"_s).value(), 2);
    EXPECT_EQ(target->connection().queryInt(u"SELECT count(*) FROM holds"_s).value(), 3);
    EXPECT_EQ(target->connection().queryInt(u"SELECT sum(hold_count) FROM hold_days"_s).value(), 3);
}

TEST_F(Export, CsvTextThatStartsAFormulaIsNeutralisedAndJsonKeepsItExactly)
{
    auto source = openStore();
    ASSERT_TRUE(source);
    // One session per leading character: its routine id, note, stop reason
    // and exercise id all begin with it. The offset makes negative numbers.
    SessionLog log(*source);
    clock.setUtcOffsetSeconds(-5 * 3600);
    for (const QString &start : formulaStarts) {
        ASSERT_TRUE(log.begin(start + u"routine"_s));
        HoldRecord hold;
        hold.exerciseId = start + u"exercise"_s;
        hold.side = Side::Left;
        hold.target = std::chrono::milliseconds(60000);
        hold.held = std::chrono::milliseconds(60000);
        hold.startUtc = clock.nowUtc();
        hold.utcOffsetSeconds = -5 * 3600;
        hold.completed = true;
        ASSERT_TRUE(log.recordHold(hold));
        ASSERT_TRUE(log.setPainBefore(0));
        ASSERT_TRUE(log.setNote(start + u"HYPERLINK(\"http://x.example\",\"see, here\")"_s));
        clock.advance(std::chrono::minutes(2));
        ASSERT_TRUE(log.finish(SessionEnd::Stopped, start + u"1+1"_s));
        clock.advance(std::chrono::hours(1));
    }

    const QList<QStringList> sessions
        = parseCsv(QString::fromUtf8(exported(*source, HistoryExport::Format::SessionsCsv)));
    ASSERT_EQ(sessions.size(), formulaStarts.size() + 1);
    const QList<QStringList> holds
        = parseCsv(QString::fromUtf8(exported(*source, HistoryExport::Format::HoldsCsv)));
    ASSERT_EQ(holds.size(), formulaStarts.size() + 1);
    for (qsizetype i = 0; i < formulaStarts.size(); ++i) {
        const QString &start = formulaStarts[i];
        const QStringList &session = sessions[i + 1];
        SCOPED_TRACE(session.join(u'|').toStdString());
        EXPECT_EQ(session[1], u"'"_s + start + u"routine"_s);
        EXPECT_EQ(session[3], u"'"_s + start + u"1+1"_s);
        EXPECT_EQ(session[12], u"'"_s + start + u"HYPERLINK(\"http://x.example\",\"see, here\")"_s);
        // Numbers stay numbers: a negative offset, a pain of 0, counts.
        EXPECT_EQ(session[6], u"-18000"_s);
        EXPECT_EQ(session[9], u"-18000"_s);
        EXPECT_EQ(session[10], u"0"_s);
        EXPECT_EQ(session[13], u"1"_s);
        EXPECT_EQ(session[14], u"60000"_s);
        // Times and fixed words begin with a digit or a letter: as they are.
        EXPECT_FALSE(session[4].startsWith(u'\''));
        EXPECT_EQ(session[2], u"stopped"_s);
        const QStringList &hold = holds[i + 1];
        EXPECT_EQ(hold[1], u"'"_s + start + u"exercise"_s);
        EXPECT_EQ(hold[8], u"-18000"_s);
        EXPECT_EQ(hold[3], u"0"_s);
    }

    // The JSON export is exact, and importing it gives back the same bytes.
    const QString file = m_dir.filePath(u"export.json"_s);
    ASSERT_TRUE(HistoryExport(*source).save(HistoryExport::Format::Json, file));
    EXPECT_THAT(readAll(file).toStdString(), HasSubstr("\"note\":\"=HYPERLINK("));
    EXPECT_THAT(readAll(file).toStdString(), HasSubstr("\"note\":\"\\tHYPERLINK("));
    auto target = openOther(u"other"_s);
    ASSERT_TRUE(target);
    auto imported = HistoryImport(*target).importJson(file);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->sessionsAdded, formulaStarts.size());
    RawDatabase before(databasePath());
    RawDatabase after(m_dir.filePath(u"other/history.db"_s));
    const QString everyText = u"SELECT group_concat(hex(routine_id || '|' || note || '|' || "
                              u"stop_reason || '|' || (SELECT group_concat(exercise_id) FROM "
                              u"holds WHERE session_id = sessions.id)), ',') FROM (SELECT * FROM "
                              u"sessions ORDER BY started_utc_ms) AS sessions"_s;
    EXPECT_FALSE(before.text(everyText).isEmpty());
    EXPECT_EQ(after.text(everyText), before.text(everyText));
    for (auto format : {HistoryExport::Format::Json, HistoryExport::Format::HoldsCsv,
             HistoryExport::Format::SessionsCsv}) {
        EXPECT_EQ(exported(*target, format).toStdString(), exported(*source, format).toStdString());
    }
}

TEST_F(Export, ABadFileChangesNothingAndSaysWhere)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    fill(*store);
    const QString file = m_dir.filePath(u"export.json"_s);
    ASSERT_TRUE(HistoryExport(*store).save(HistoryExport::Format::Json, file));
    QByteArray bytes = readAll(file);
    bytes.replace("\"side\":\"right\"", "\"side\":\"middle\"");
    ASSERT_TRUE(writeFile(file, bytes));

    auto target = openOther(u"other"_s);
    auto imported = HistoryImport(*target).importJson(file);
    ASSERT_FALSE(imported.ok());
    EXPECT_THAT(imported.error().message.toStdString(), HasSubstr("Session 1, hold 2"));
    EXPECT_THAT(imported.error().message.toStdString(), HasSubstr("\"side\""));
    EXPECT_THAT(imported.error().message.toStdString(), HasSubstr("Nothing was changed"));
    EXPECT_EQ(target->connection().queryInt(u"SELECT count(*) FROM sessions"_s).value(), 0);

    ASSERT_TRUE(writeFile(file, "{\"format\": \"limber-history\", \"sessions\": [}"));
    auto broken = HistoryImport(*target).importJson(file);
    ASSERT_FALSE(broken.ok());
    EXPECT_THAT(broken.error().message.toStdString(), HasSubstr("not valid JSON"));
}

TEST_F(Export, ProgressIsReportedForLongRunsAndEndsAtTheTotal)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    // One transaction: 450 sessions through SessionLog would be 900 fsyncs.
    RawDatabase raw(databasePath());
    ASSERT_EQ(raw.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                       u"WHERE i < 450) INSERT INTO sessions (uid, routine_id, started_utc_ms, "
                       u"started_offset_s) SELECT 's' || i, 'r', 1767600000000 + i * 60000, 0 "
                       u"FROM n"_s),
        SQLITE_OK)
        << raw.error().toStdString();
    QList<int> done;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(HistoryExport(*store).write(
        HistoryExport::Format::SessionsCsv, buffer, [&](int d, int total) {
            EXPECT_EQ(total, 450);
            done.append(d);
        }));
    EXPECT_EQ(done.first(), 0);
    EXPECT_EQ(done.last(), 450);
    EXPECT_TRUE(std::is_sorted(done.begin(), done.end()));
    EXPECT_LE(done.size(), 230);
    EXPECT_GE(done.size(), 100);
}

} // namespace

#ifdef Q_OS_UNIX
namespace {

mode_t modeOf(const QString &path)
{
    struct stat status
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode : 0;
}

/// A device that refuses every write with ENOSPC. As root, a private node
/// like /dev/full: code that wrongly replaced it must not replace the system's.
QString fullDevice(const QString &folder)
{
    if (::geteuid() == 0) {
        const QString node = folder + u"/full"_s;
        if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
            return node;
        return {};
    }
    return QFile::exists(u"/dev/full"_s) ? u"/dev/full"_s : QString();
}

} // namespace

TEST_F(Export, DestinationKindFollowsWhatThePathNames)
{
    const QString fifo = m_dir.filePath(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString regular = m_dir.filePath(u"earlier.csv"_s);
    ASSERT_TRUE(writeFile(regular, "earlier"));
    using Kind = ExportDestination::Kind;
    EXPECT_EQ(ExportDestination::kindOf(m_dir.filePath(u"new.csv"_s)), Kind::File);
    EXPECT_EQ(ExportDestination::kindOf(regular), Kind::File);
    EXPECT_EQ(ExportDestination::kindOf(m_dir.path()), Kind::Folder);
    EXPECT_EQ(ExportDestination::kindOf(fifo), Kind::Stream);
    if (QFile::exists(u"/dev/null"_s)) {
        EXPECT_EQ(ExportDestination::kindOf(u"/dev/null"_s), Kind::Stream);
    }
}

TEST_F(Export, SaveIntoAFifoWritesThroughItAndLeavesTheFifo)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    fill(*store);
    const QString fifo = m_dir.filePath(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // A reader that never blocks: the export (a few hundred bytes) fits in
    // the pipe's buffer, and a reader that is never written to reads EOF.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    const Status saved = HistoryExport(*store).save(HistoryExport::Format::HoldsCsv, fifo);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    QByteArray received;
    char chunk[4096];
    for (ssize_t n; (n = ::read(reader, chunk, sizeof chunk)) > 0;)
        received.append(chunk, n);
    ::close(reader);

    EXPECT_TRUE(S_ISFIFO(modeOf(fifo))) << "the FIFO was replaced";
    const auto records = parseCsv(QString::fromUtf8(received));
    ASSERT_EQ(records.size(), 4) << "a header and three holds: " << received.toStdString();
    EXPECT_EQ(records[0].value(0), u"session_uid"_s);
    EXPECT_EQ(QDir(m_dir.path()).entryList({u"pipe*"_s}, QDir::Files | QDir::Hidden | QDir::System),
        QStringList {u"pipe"_s})
        << "no temporary file left beside the FIFO";
}

TEST_F(Export, SaveOntoAFullDeviceSaysSoInPlainWords)
{
    const QString device = fullDevice(m_dir.path());
    if (device.isEmpty())
        GTEST_SKIP() << "no device that is always full here";
    auto store = openStore();
    ASSERT_TRUE(store);
    fill(*store);
    for (auto format : {HistoryExport::Format::HoldsCsv, HistoryExport::Format::Json}) {
        const Status saved = HistoryExport(*store).save(format, device);
        ASSERT_FALSE(saved);
        EXPECT_THAT(saved.error().message.toStdString(), HasSubstr("no space left on the device"));
        EXPECT_THAT(saved.error().message.toStdString(), Not(HasSubstr("Unknown error")));
        EXPECT_TRUE(S_ISCHR(modeOf(device))) << "the device was replaced";
    }
}

TEST_F(Export, SaveOntoAFullDiskLeavesNoFileAndSaysSo)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    fill(*store);
    FullDisk disk(m_dir.filePath(u"full"_s));
    ASSERT_TRUE(disk.ok()) << disk.why().toStdString();
    ASSERT_EQ(disk.fill(), 0) << "the disk is not full";
    const QString path = m_dir.filePath(u"full/history.json"_s);
    const Status saved = HistoryExport(*store).save(HistoryExport::Format::Json, path);
    ASSERT_FALSE(saved) << "an export that could not be written was reported as saved";
    EXPECT_THAT(saved.error().message.toStdString(), HasSubstr("no space left"));
    EXPECT_FALSE(QFileInfo::exists(path)) << "an empty or partial file was put in place";
}

TEST_F(Export, SaveOntoAFolderIsRefusedByName)
{
    auto store = openStore();
    ASSERT_TRUE(store);
    const QString folder = m_dir.filePath(u"exports"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const Status saved = HistoryExport(*store).save(HistoryExport::Format::Json, folder);
    ASSERT_FALSE(saved);
    EXPECT_THAT(saved.error().message.toStdString(), HasSubstr(folder.toStdString()));
    EXPECT_THAT(saved.error().message.toStdString(), HasSubstr("folder"));
    EXPECT_TRUE(QDir(folder).isEmpty());
}
#endif

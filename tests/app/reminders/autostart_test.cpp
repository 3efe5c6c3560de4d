#include "app/reminders/autostart.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

using namespace limber;
using namespace Qt::Literals::StringLiterals;

// Readable failures: gtest would print a QString as a list of bytes.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace {

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)

/// The [Desktop Entry] group of a desktop file, string escapes undone.
QMap<QString, QString> readDesktopEntry(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QMap<QString, QString> entry;
    bool inGroup = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            inGroup = line == u"[Desktop Entry]"_s;
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        EXPECT_GT(equals, 0) << "not a key=value line: " << line.toStdString();
        if (!inGroup || equals <= 0)
            continue;
        QString value;
        const QString raw = line.mid(equals + 1);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] == u'\\' && i + 1 < raw.size()) {
                const QChar next = raw[++i];
                value += next == u's' ? u' ' : next == u'n' ? u'\n' : next == u't' ? u'\t' : next;
            } else {
                value += raw[i];
            }
        }
        entry.insert(line.left(equals).trimmed(), value);
    }
    return entry;
}

/// Splits an Exec value into arguments by the specification's quoting rules.
QStringList splitExec(const QString &exec)
{
    QStringList arguments;
    QString current;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < exec.size(); ++i) {
        const QChar c = exec[i];
        if (c == u'%' && i + 1 < exec.size() && exec[i + 1] == u'%') {
            current += u'%';
            ++i;
            any = true;
        } else if (quoted) {
            if (c == u'\\' && i + 1 < exec.size())
                current += exec[++i];
            else if (c == u'"')
                quoted = false;
            else
                current += c;
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u' ') {
            if (any)
                arguments << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any)
        arguments << current;
    return arguments;
}

class AutostartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(config.isValid());
        m_saved = qgetenv("XDG_CONFIG_HOME");
        m_hadValue = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    }
    void TearDown() override
    {
        if (m_hadValue)
            qputenv("XDG_CONFIG_HOME", m_saved);
        else
            qunsetenv("XDG_CONFIG_HOME");
    }

    QTemporaryDir config;

private:
    QByteArray m_saved;
    bool m_hadValue = false;
};

TEST_F(AutostartTest, TheEntryGoesUnderXdgConfigHome)
{
    EXPECT_TRUE(autostart::available());
    EXPECT_EQ(autostart::entryPath(), QDir(config.path()).filePath(u"autostart/limber.desktop"_s));
}

TEST_F(AutostartTest, WritesADesktopEntryThatStartsThisProgramMinimized)
{
    const AutostartCommand command {u"/opt/Limber App/bin/limber"_s, u"/home/ann/My $Data\\100%"_s};
    ASSERT_TRUE(autostart::enable(command).ok());
    EXPECT_TRUE(autostart::isEnabled());

    const QMap<QString, QString> entry = readDesktopEntry(autostart::entryPath());
    EXPECT_EQ(entry.value(u"Type"_s), u"Application"_s);
    EXPECT_EQ(entry.value(u"Name"_s), u"Limber"_s);
    EXPECT_EQ(entry.value(u"X-GNOME-Autostart-enabled"_s), u"true"_s);
    EXPECT_EQ(splitExec(entry.value(u"Exec"_s)),
        (QStringList {command.program, u"--minimized"_s, u"--data-dir"_s, command.dataDir}));
}

TEST_F(AutostartTest, WithoutADataFolderOnlyMinimized)
{
    ASSERT_TRUE(autostart::enable({u"/usr/bin/limber"_s, {}}).ok());
    const QMap<QString, QString> entry = readDesktopEntry(autostart::entryPath());
    EXPECT_EQ(entry.value(u"Exec"_s), u"/usr/bin/limber --minimized"_s);
}

TEST_F(AutostartTest, TheRunningProgramIsNamedByItsAbsolutePath)
{
    const AutostartCommand command = AutostartCommand::current(u"relative/data"_s);
    EXPECT_TRUE(QDir::isAbsolutePath(command.program)) << command.program.toStdString();
    EXPECT_TRUE(QDir::isAbsolutePath(command.dataDir)) << command.dataDir.toStdString();
    EXPECT_TRUE(AutostartCommand::current({}).dataDir.isEmpty());
}

TEST_F(AutostartTest, UntickingRemovesTheEntry)
{
    ASSERT_TRUE(autostart::apply(true, {u"/usr/bin/limber"_s, {}}).ok());
    ASSERT_TRUE(QFile::exists(autostart::entryPath()));
    ASSERT_TRUE(autostart::apply(false, {u"/usr/bin/limber"_s, {}}).ok());
    EXPECT_FALSE(QFile::exists(autostart::entryPath()));
    EXPECT_FALSE(autostart::isEnabled());
    // Nothing left to remove is not a failure.
    EXPECT_TRUE(autostart::disable().ok());
}

TEST_F(AutostartTest, AFailureNamesThePathAndTheReason)
{
    // A file where the autostart folder should be: the folder cannot be made.
    QFile blocker(QDir(config.path()).filePath(u"autostart"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Status written = autostart::enable({u"/usr/bin/limber"_s, {}});
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QDir::toNativeSeparators(blocker.fileName())))
        << written.error().message.toStdString();
}

TEST_F(AutostartTest, ARelativeXdgConfigHomeIsIgnored)
{
    qputenv("XDG_CONFIG_HOME", "relative/config");
    EXPECT_EQ(autostart::entryPath(), QDir::home().filePath(u".config/autostart/limber.desktop"_s));
}

#else

TEST(Autostart, SaysItIsNotAvailableHere)
{
    EXPECT_FALSE(autostart::available());
    const Status written = autostart::enable({u"limber"_s, {}});
    ASSERT_FALSE(written.ok());
    EXPECT_FALSE(written.error().message.isEmpty());
    EXPECT_FALSE(autostart::disable().ok());
}

#endif

} // namespace

// core/ must never reach QtGui or QtWidgets. Two independent checks: what
// CMake links into limber_core, and which shared objects a binary that uses
// limber_core actually loads.
#include "core/model/side.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>

#ifdef __linux__
#include <link.h>
#endif

using namespace Qt::Literals::StringLiterals;

TEST(CoreArchitecture, LinksOnlyQtCoreAndSqlite)
{
    QStringList links
        = QString::fromUtf8(LIMBER_CORE_LINK_LIBRARIES).split(u'|', Qt::SkipEmptyParts);
    links.sort();
    EXPECT_EQ(links, (QStringList {u"Qt6::Core"_s, u"SQLite::SQLite3"_s}));
}

#ifdef __linux__
namespace {
int collectLibrary(dl_phdr_info *info, size_t, void *data)
{
    static_cast<QStringList *>(data)->append(QString::fromLocal8Bit(info->dlpi_name));
    return 0;
}
} // namespace

TEST(CoreArchitecture, CoreBinaryLoadsNoGuiLibrary)
{
    // Touch the library so it cannot be dropped by the linker.
    EXPECT_EQ(limber::sideKey(limber::Side::Left), u"left"_s);

    QStringList loaded;
    dl_iterate_phdr(collectLibrary, &loaded);
    ASSERT_FALSE(loaded.filter(u"libQt6Core"_s).isEmpty()) << "sanity: QtCore should be loaded";
    EXPECT_TRUE(loaded.filter(u"libQt6Gui"_s).isEmpty()) << loaded.join(u'\n').toStdString();
    EXPECT_TRUE(loaded.filter(u"libQt6Widgets"_s).isEmpty()) << loaded.join(u'\n').toStdString();
}
#endif

TEST(CoreArchitecture, NoCoreSourceIncludesGuiHeaders)
{
    const QRegularExpression guiInclude(
        uR"(#\s*include\s*[<"](QtGui|QtWidgets|QtPrintSupport|QtMultimedia|QWidget|QPainter|QColor|QImage|QPixmap|QApplication|QGuiApplication|QFont|QIcon)\b)"_s);
    QDirIterator it(QStringLiteral(LIMBER_SOURCE_DIR "/core"), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
        QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QString source = QString::fromUtf8(file.readAll());
        EXPECT_FALSE(guiInclude.match(source).hasMatch())
            << path.toStdString() << " includes a GUI header";
        ++checked;
    }
    EXPECT_GT(checked, 5);
}

namespace {

// Every quoted include of a project header, with the file it appears in.
struct QuotedInclude
{
    QString file;
    QString target;
};

QList<QuotedInclude> quotedIncludesUnder(const QString &folder)
{
    static const QRegularExpression quoted(
        uR"re(^\s*#\s*include\s*"([^"]+)")re"_s, QRegularExpression::MultilineOption);
    QList<QuotedInclude> found;
    QDirIterator it(QStringLiteral(LIMBER_SOURCE_DIR "/") + folder, {u"*.h"_s, u"*.cpp"_s},
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString source = QString::fromUtf8(file.readAll());
        for (auto match = quoted.globalMatch(source); match.hasNext();)
            found.append({path, match.next().captured(1)});
    }
    return found;
}

bool isGenerated(const QString &target)
{
    return target.endsWith(u".moc"_s) || target.startsWith(u"moc_"_s);
}

} // namespace

// core/history and app/history (and session/, figure/) both exist, so an include
// must say which layer it means: "core/history/sessionlog.h", never "history/...".
TEST(CoreArchitecture, EveryProjectIncludeNamesItsLayer)
{
    const QStringList layers {u"core/"_s, u"app/"_s, u"resources/"_s, u"tests/"_s, u"bench/"_s};
    int checked = 0;
    for (const QString &folder : {u"core"_s, u"app"_s, u"tests"_s, u"bench"_s}) {
        for (const QuotedInclude &include : quotedIncludesUnder(folder)) {
            if (isGenerated(include.target))
                continue;
            const bool named = std::any_of(layers.cbegin(), layers.cend(),
                [&](const QString &layer) { return include.target.startsWith(layer); });
            EXPECT_TRUE(named) << include.file.toStdString() << " includes \""
                               << include.target.toStdString() << "\" without its layer";
            ++checked;
        }
    }
    EXPECT_GT(checked, 500);
}

TEST(CoreArchitecture, CoreIncludesOnlyCore)
{
    int checked = 0;
    for (const QuotedInclude &include : quotedIncludesUnder(u"core"_s)) {
        EXPECT_TRUE(include.target.startsWith(u"core/"_s))
            << include.file.toStdString() << " includes \"" << include.target.toStdString() << '"';
        ++checked;
    }
    EXPECT_GT(checked, 50);
}

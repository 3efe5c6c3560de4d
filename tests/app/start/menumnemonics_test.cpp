// Within one menu, each underlined letter picks one item: Alt+F, then the
// letter, must never land on the wrong one. Every menu of the assembled
// window is walked, with the items every controller adds to it.
#include "app/appcontroller.h"
#include "app/mainwindow.h"

#include <QAction>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

/// The letter after the single '&' of `text`, lower case; null when there is
/// none ("&&" is a literal ampersand).
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// One line per letter that two or more items of `menu` share.
QStringList duplicateMnemonics(const QMenu &menu)
{
    QMap<QChar, QStringList> itemsByLetter;
    for (const QAction *action : menu.actions()) {
        if (action->isSeparator())
            continue;
        if (const QChar letter = mnemonicOf(action->text()); !letter.isNull())
            itemsByLetter[letter].append(action->text());
    }
    QStringList duplicates;
    for (auto it = itemsByLetter.cbegin(); it != itemsByLetter.cend(); ++it) {
        if (it.value().size() > 1) {
            duplicates.append(
                u"%1: '%2' in %3"_s.arg(menu.title(), QString(it.key()), it.value().join(u", "_s)));
        }
    }
    return duplicates;
}

TEST(MenuMnemonics, ReadsTheLetterAfterTheAmpersand)
{
    EXPECT_EQ(mnemonicOf(u"&Quit"_s), u'q');
    EXPECT_EQ(mnemonicOf(u"Export P&DF…"_s), u'd');
    EXPECT_EQ(mnemonicOf(u"Sit && stand &up"_s), u'u');
    EXPECT_TRUE(mnemonicOf(u"Show Limber"_s).isNull());
    EXPECT_TRUE(mnemonicOf(u"Fish && chips"_s).isNull());
}

TEST(MenuMnemonics, ACheckOfAMenuFindsALetterUsedTwice)
{
    QMenu menu(u"&File"_s);
    menu.addAction(u"&Print…"_s);
    menu.addAction(u"Export &PDF…"_s);
    menu.addAction(u"Show Limber"_s);
    menu.addAction(u"Quit Limber"_s);
    menu.addSeparator();
    menu.addAction(u"&Quit"_s);
    const QStringList duplicates = duplicateMnemonics(menu);
    ASSERT_EQ(duplicates.size(), 1);
    EXPECT_TRUE(duplicates.constFirst().contains(u"'p'"_s))
        << duplicates.constFirst().toStdString();
}

TEST(MenuMnemonics, NoMenuOfTheWindowUsesALetterTwice)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    CommandLineOptions options;
    options.dataDir = dir.path();
    AppController controller(options, dir.path());

    const QList<QMenu *> menus = controller.window().findChildren<QMenu *>();
    const QList<QAction *> barItems = controller.window().menuBar()->actions();
    ASSERT_GE(barItems.size(), 3) << "File, View and Help at least";
    int itemsWithLetter = 0;
    for (const QMenu *menu : menus) {
        for (const QString &duplicate : duplicateMnemonics(*menu))
            ADD_FAILURE() << duplicate.toStdString();
        for (const QAction *action : menu->actions())
            itemsWithLetter += mnemonicOf(action->text()).isNull() ? 0 : 1;
    }
    // The menu bar is a menu too: File, View and Help each need their own letter.
    QMenu bar(u"menu bar"_s);
    for (QAction *item : barItems)
        bar.addAction(item->text());
    for (const QString &duplicate : duplicateMnemonics(bar))
        ADD_FAILURE() << duplicate.toStdString();
    // The walk saw the File menu's items that controllers add, not an empty window.
    EXPECT_GE(itemsWithLetter, 10);
}

} // namespace
} // namespace limber

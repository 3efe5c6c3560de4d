// A screen reader finds every control by name: the accessible tree of each
// page, walked as assistive technology walks it, has no interactive element
// without a name.
#include "app/appcontroller.h"
#include "app/mainwindow.h"
#include "app/session/sessionlauncher.h"
#include "core/content/contentlibrary.h"
#include "tests/support/appstart.h"

#include <QAccessible>
#include <QApplication>
#include <QDeadlineTimer>
#include <QMetaEnum>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolBar>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber {
namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::EditableText:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::PageTab:
    case QAccessible::Dial:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

/// An editable field may take its name from the label that names it (a
/// QFormLayout row or a buddy), as a screen reader does.
bool hasLabel(QAccessibleInterface *accessible)
{
    return !accessible->relations(QAccessible::Label).isEmpty();
}

/// "PushButton QPushButton (stopButton) in SessionControls" for each visible
/// interactive element under root that has no name; \a seen counts them all.
QStringList unnamedControls(QAccessibleInterface *root, int *seen = nullptr)
{
    QStringList unnamed;
    QList<QAccessibleInterface *> pending {root};
    while (!pending.isEmpty()) {
        QAccessibleInterface *accessible = pending.takeLast();
        if (!accessible || accessible->state().invisible)
            continue;
        if (seen && isInteractive(accessible->role()))
            ++*seen;
        if (isInteractive(accessible->role()) && accessible->text(QAccessible::Name).isEmpty()
            && !hasLabel(accessible)) {
            const QObject *object = accessible->object();
            const QObject *owner = object ? object->parent() : nullptr;
            unnamed.append(u"%1 %2 in %3"_s.arg(
                QString::fromLatin1(
                    QMetaEnum::fromType<QAccessible::Role>().valueToKey(accessible->role())),
                object ? u"%1 (%2)"_s.arg(
                    QString::fromLatin1(object->metaObject()->className()), object->objectName())
                       : u"(item)"_s,
                owner ? QString::fromLatin1(owner->metaObject()->className()) : QString()));
        }
        for (int i = 0; i < accessible->childCount(); ++i)
            pending.append(accessible->child(i));
    }
    return unnamed;
}

class AccessibleNamesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        controller = test::startPastTheSafetyNotice(dir.path());
        ASSERT_TRUE(controller);
        window().show();
    }

    MainWindow &window() const { return controller->window(); }

    QStringList unnamedInWindow(int *seen = nullptr) const
    {
        QApplication::processEvents();
        return unnamedControls(QAccessible::queryAccessibleInterface(&window()), seen);
    }

    QTemporaryDir dir;
    std::unique_ptr<AppController> controller;
};

TEST_F(AccessibleNamesTest, EveryControlOfEveryPageHasAName)
{
    const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
    for (int i = 0; i < pages.keyCount(); ++i) {
        const auto page = MainWindow::Page(pages.value(i));
        if (page == MainWindow::Page::Session)
            continue; // below, with a session running
        window().showPage(page);
        int seen = 0;
        const QStringList unnamed = unnamedInWindow(&seen);
        EXPECT_TRUE(unnamed.isEmpty()) << pages.key(i) << ":\n"
                                       << unnamed.join(u'\n').toStdString();
        EXPECT_GE(seen, 3) << pages.key(i) << ": the walk reached the page's controls";
    }
}

TEST_F(AccessibleNamesTest, EveryControlOfARunningSessionHasAName)
{
    ASSERT_TRUE(controller->sessions().open(QString()));
    // The session page comes once the player has the session's sounds ready.
    const QDeadlineTimer deadline(20000);
    while (window().currentPage() != MainWindow::Page::Session && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    ASSERT_EQ(window().currentPage(), MainWindow::Page::Session);
    int seen = 0;
    const QStringList unnamed = unnamedInWindow(&seen);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
    EXPECT_GE(seen, 3) << "the walk reached the session's controls";
}

TEST_F(AccessibleNamesTest, TheWalkFindsAnUnnamedButton)
{
    // The check above must be able to fail: a button with only an icon has no name.
    auto *bare = new QWidget;
    auto *button = new QPushButton(bare);
    bare->show();
    QApplication::processEvents();
    const QStringList unnamed = unnamedControls(QAccessible::queryAccessibleInterface(bare));
    EXPECT_EQ(unnamed.size(), 1) << unnamed.join(u'\n').toStdString();
    delete bare;
    Q_UNUSED(button);
}

} // namespace
} // namespace limber

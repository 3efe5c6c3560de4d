#include "app/help/shortcutlist.h"

#include <QCoreApplication>

namespace limber {

namespace {

/// One translation context for this file's messages, under a name lupdate
/// sees too (a free tr() function would file them under "limber").
struct ShortcutListText
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutList)
};

QKeySequence key(QKeyCombination combination)
{
    return QKeySequence(combination);
}

QList<QKeySequence> digits()
{
    QList<QKeySequence> keys;
    for (int digit = 0; digit <= 9; ++digit)
        keys.append(QKeySequence(Qt::Key_0 + digit));
    return keys;
}

ShortcutEntry standard(QKeySequence::StandardKey which, const char *description)
{
    return {QKeySequence::keyBindings(which), ShortcutListText::tr(description), {}};
}

QList<ShortcutGroup> allShortcuts()
{
    const QString pressTheButton = ShortcutListText::tr("Space or Enter");
    // The desktop's own full-screen key, and F11 everywhere (SessionLauncher adds it).
    ShortcutEntry fullScreen = standard(
        QKeySequence::FullScreen, QT_TRANSLATE_NOOP("ShortcutList", "Full screen, or back"));
    if (!fullScreen.keys.contains(key(Qt::Key_F11)))
        fullScreen.keys.append(key(Qt::Key_F11));

    return {
        {ShortcutListText::tr("Everywhere"),
            {
                {{key(Qt::CTRL | Qt::Key_1)}, ShortcutListText::tr("Today's routine and Start"),
                    {}},
                {{key(Qt::CTRL | Qt::Key_2)}, ShortcutListText::tr("History"), {}},
                {{key(Qt::CTRL | Qt::Key_3)}, ShortcutListText::tr("Routines"), {}},
                {{key(Qt::CTRL | Qt::Key_4)}, ShortcutListText::tr("Print"), {}},
                {{key(Qt::CTRL | Qt::Key_5)}, ShortcutListText::tr("Settings"), {}},
                standard(QKeySequence::Print,
                    QT_TRANSLATE_NOOP("ShortcutList", "Print the routine sheet")),
                fullScreen,
                {{key(Qt::Key_F1)},
                    ShortcutListText::tr("The guide (not in a session or the routine editor)"), {}},
                {{key(Qt::CTRL | Qt::Key_Slash), key(Qt::CTRL | Qt::Key_Question)},
                    ShortcutListText::tr("This list of keys"), {}},
                standard(QKeySequence::Quit, QT_TRANSLATE_NOOP("ShortcutList", "Quit Limber")),
            }},
        {ShortcutListText::tr("Today"),
            {
                {{}, ShortcutListText::tr("Start today's routine (Start has the keyboard focus)"),
                    pressTheButton},
                {{}, ShortcutListText::tr("Read about the exercise in focus"),
                    ShortcutListText::tr("Enter")},
            }},
        {ShortcutListText::tr("During a session"),
            {
                {{key(Qt::Key_Space)}, ShortcutListText::tr("Pause, or go on"), {}},
                {{key(Qt::Key_Right), key(Qt::Key_N)},
                    ShortcutListText::tr("Skip to the next step"), {}},
                {{key(Qt::Key_Left)}, ShortcutListText::tr("Back to the start of this step"), {}},
                {{key(Qt::Key_Plus), key(Qt::Key_Equal)},
                    ShortcutListText::tr("Add 15 seconds to this hold"), {}},
                {{key(Qt::Key_Question), key(Qt::Key_F1)},
                    ShortcutListText::tr("Read about this exercise (the session waits)"), {}},
                {{key(Qt::Key_H)}, ShortcutListText::tr("It hurts: stop the session"), {}},
                {{key(Qt::Key_Escape)},
                    ShortcutListText::tr(
                        "Leave full screen; otherwise ask whether to stop (Esc again: keep going)"),
                    {}},
            }},
        {ShortcutListText::tr("Pain questions"),
            {
                {digits(), ShortcutListText::tr("Choose that level of pain"),
                    ShortcutListText::tr("0 … 9")},
                {{key(Qt::Key_T)}, ShortcutListText::tr("Choose pain 10"), {}},
                {{}, ShortcutListText::tr("Choose how far you got (after a session)"),
                    ShortcutListText::tr("A, B, C, …")},
                {{}, ShortcutListText::tr("Move between levels, or clear the answer"),
                    ShortcutListText::tr("Left, Right, Delete")},
            }},
        {ShortcutListText::tr("Routines"),
            {
                standard(QKeySequence::New, QT_TRANSLATE_NOOP("ShortcutList", "New routine")),
                {{key(Qt::Key_F2)}, ShortcutListText::tr("Rename the routine"), {}},
                {QKeySequence::keyBindings(QKeySequence::Delete),
                    ShortcutListText::tr("Delete the selected routine or exercise"), {}},
                {{key(Qt::ALT | Qt::Key_Up), key(Qt::ALT | Qt::Key_Down)},
                    ShortcutListText::tr("Move the selected exercise up or down"), {}},
                standard(
                    QKeySequence::Undo, QT_TRANSLATE_NOOP("ShortcutList", "Undo the last change")),
                {{key(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), key(Qt::CTRL | Qt::Key_Y)},
                    ShortcutListText::tr("Redo"), {}},
                {QKeySequence::keyBindings(QKeySequence::HelpContents),
                    ShortcutListText::tr("Read about the selected exercise (in the editor)"), {}},
            }},
        {ShortcutListText::tr("Exercise page"),
            {
                {{key(Qt::Key_Escape), key(Qt::ALT | Qt::Key_Left)}, ShortcutListText::tr("Back"),
                    {}},
                {{}, ShortcutListText::tr("Top or end of the page"),
                    ShortcutListText::tr("Home, End")},
            }},
        {ShortcutListText::tr("History chart"),
            {
                {{}, ShortcutListText::tr("The week before or after"),
                    ShortcutListText::tr("Left, Right")},
                {{}, ShortcutListText::tr("The first or the last week"),
                    ShortcutListText::tr("Home, End")},
            }},
        {ShortcutListText::tr("Settings"),
            {
                {{}, ShortcutListText::tr("Remove the selected reminder time"),
                    ShortcutListText::tr("Delete")},
            }},
    };
}

} // namespace

QList<ShortcutGroup> applicationShortcuts()
{
    // A standard key the platform has no binding for (Quit on some desktops)
    // is no key at all: the action has none either.
    QList<ShortcutGroup> groups = allShortcuts();
    for (ShortcutGroup &group : groups) {
        group.entries.removeIf([](const ShortcutEntry &entry) {
            return entry.keys.isEmpty() && entry.keysText.isEmpty();
        });
    }
    return groups;
}

QString keysText(const ShortcutEntry &entry)
{
    if (!entry.keysText.isEmpty())
        return entry.keysText;
    QStringList names;
    for (const QKeySequence &sequence : entry.keys) {
        const QString name = sequence.toString(QKeySequence::NativeText);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names.join(QCoreApplication::translate("ShortcutList", " or "));
}

} // namespace limber

#include "app/help/shortcutlist.h"

#include <QCoreApplication>

namespace limber {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ShortcutList", text);
}

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
    return {QKeySequence::keyBindings(which), tr(description), {}};
}

QList<ShortcutGroup> allShortcuts()
{
    const QString pressTheButton = tr("Space or Enter");
    // The desktop's own full-screen key, and F11 everywhere (SessionLauncher adds it).
    ShortcutEntry fullScreen = standard(QKeySequence::FullScreen, "Full screen, or back");
    if (!fullScreen.keys.contains(key(Qt::Key_F11)))
        fullScreen.keys.append(key(Qt::Key_F11));

    return {
        {tr("Everywhere"),
            {
                {{key(Qt::CTRL | Qt::Key_1)}, tr("Today's routine and Start"), {}},
                {{key(Qt::CTRL | Qt::Key_2)}, tr("History"), {}},
                {{key(Qt::CTRL | Qt::Key_3)}, tr("Routines"), {}},
                {{key(Qt::CTRL | Qt::Key_4)}, tr("Print"), {}},
                {{key(Qt::CTRL | Qt::Key_5)}, tr("Settings"), {}},
                standard(QKeySequence::Print, "Print the routine sheet"),
                fullScreen,
                {{key(Qt::Key_F1)}, tr("The guide (not in a session or the routine editor)"), {}},
                {{key(Qt::CTRL | Qt::Key_Slash), key(Qt::CTRL | Qt::Key_Question)},
                    tr("This list of keys"), {}},
                standard(QKeySequence::Quit, "Quit Limber"),
            }},
        {tr("Today"),
            {
                {{}, tr("Start today's routine (Start has the keyboard focus)"), pressTheButton},
                {{}, tr("Read about the exercise in focus"), tr("Enter")},
            }},
        {tr("During a session"),
            {
                {{key(Qt::Key_Space)}, tr("Pause, or go on"), {}},
                {{key(Qt::Key_Right), key(Qt::Key_N)}, tr("Skip to the next step"), {}},
                {{key(Qt::Key_Left)}, tr("Back to the start of this step"), {}},
                {{key(Qt::Key_Plus), key(Qt::Key_Equal)}, tr("Add 15 seconds to this hold"), {}},
                {{key(Qt::Key_Question), key(Qt::Key_F1)},
                    tr("Read about this exercise (the session waits)"), {}},
                {{key(Qt::Key_H)}, tr("It hurts: stop the session"), {}},
                {{key(Qt::Key_Escape)},
                    tr("Leave full screen; otherwise ask whether to stop (Esc again: keep going)"),
                    {}},
            }},
        {tr("Pain questions"),
            {
                {digits(), tr("Choose that level of pain"), tr("0 … 9")},
                {{key(Qt::Key_T)}, tr("Choose pain 10"), {}},
                {{}, tr("Choose how far you got (after a session)"), tr("A, B, C, …")},
                {{}, tr("Move between levels, or clear the answer"), tr("Left, Right, Delete")},
            }},
        {tr("Routines"),
            {
                standard(QKeySequence::New, "New routine"),
                {{key(Qt::Key_F2)}, tr("Rename the routine"), {}},
                {QKeySequence::keyBindings(QKeySequence::Delete),
                    tr("Delete the selected routine or exercise"), {}},
                {{key(Qt::ALT | Qt::Key_Up), key(Qt::ALT | Qt::Key_Down)},
                    tr("Move the selected exercise up or down"), {}},
                standard(QKeySequence::Undo, "Undo the last change"),
                {{key(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), key(Qt::CTRL | Qt::Key_Y)}, tr("Redo"),
                    {}},
                {QKeySequence::keyBindings(QKeySequence::HelpContents),
                    tr("Read about the selected exercise (in the editor)"), {}},
            }},
        {tr("Exercise page"),
            {
                {{key(Qt::Key_Escape), key(Qt::ALT | Qt::Key_Left)}, tr("Back"), {}},
                {{}, tr("Top or end of the page"), tr("Home, End")},
            }},
        {tr("History chart"),
            {
                {{}, tr("The week before or after"), tr("Left, Right")},
                {{}, tr("The first or the last week"), tr("Home, End")},
            }},
        {tr("Settings"),
            {
                {{}, tr("Remove the selected reminder time"), tr("Delete")},
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

#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace limber {

/// One thing a key does.
struct ShortcutEntry
{
    QList<QKeySequence> keys; ///< every key that does it
    QString description;
    QString keysText; ///< how to show the keys when a list of them would be long ("0 … 9")
};

/// The keys of one place in the program (everywhere, the session, ...).
struct ShortcutGroup
{
    QString title;
    QList<ShortcutEntry> entries;
};

/// Every keyboard shortcut Limber has, by where it works. Kept beside the
/// code that sets them; a test checks that every shortcut the window has is here.
QList<ShortcutGroup> applicationShortcuts();

/// The keys of \a entry as a person reads them ("Ctrl+Q", "Right or N").
QString keysText(const ShortcutEntry &entry);

} // namespace limber

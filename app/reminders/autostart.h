#pragma once

#include "core/util/error.h"

#include <QString>
#include <QStringList>

namespace limber {

/// How the desktop session starts Limber when the person logs in: this
/// program, quietly (--minimized), with the data folder it was given.
struct AutostartCommand
{
    QString program; ///< absolute path of the program
    QString dataDir; ///< the --data-dir given; empty for the default location

    /// The running program with \a dataDir.
    static AutostartCommand current(const QString &dataDir);
    QStringList arguments() const;
};

/// "Start Limber when I log in". On Linux and other free desktops this is an
/// XDG autostart entry, $XDG_CONFIG_HOME/autostart/limber.desktop (by default
/// ~/.config/autostart), written when the person asks and removed when they
/// no longer do. Elsewhere it is not offered; docs/reminders.md names the
/// platform equivalents. Failures come back with the path and the reason.
namespace autostart {

/// Whether this platform has a way to start Limber at login that we write.
bool available();
/// Where the entry lives; empty where not available.
QString entryPath();
/// The text of the desktop entry for \a command.
QString desktopEntry(const AutostartCommand &command);
/// Whether the entry exists.
bool isEnabled();
/// Writes the entry (replacing an older one).
Status enable(const AutostartCommand &command);
/// Removes the entry; nothing to remove is not a failure.
Status disable();
/// enable() or disable().
Status apply(bool enabled, const AutostartCommand &command);

} // namespace autostart

} // namespace limber

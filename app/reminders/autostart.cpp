#include "app/reminders/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
constexpr bool xdgDesktop = true;
#else
constexpr bool xdgDesktop = false;
#endif

Error notAvailable()
{
    return Error {QCoreApplication::translate("Autostart",
        "Starting Limber when you log in is not available on this system "
        "yet. Your system's own settings for programs started at login "
        "can do it.")};
}

/// One Exec argument, quoted as the Desktop Entry Specification asks when it
/// holds a space or a character a shell would read.
QString quoteArgument(const QString &argument)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    QString text = argument;
    const bool needsQuotes = argument.isEmpty()
        || std::any_of(
            argument.begin(), argument.end(), [](QChar c) { return reserved.contains(c); });
    if (needsQuotes) {
        QString quoted;
        for (const QChar c : argument) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        text = u'"' + quoted + u'"';
    }
    // A lone % starts a field code such as %f.
    return text.replace(u'%', u"%%"_s);
}

/// A value of type string: backslashes and line breaks escaped.
QString escapeValue(const QString &value)
{
    QString escaped;
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += u"\\\\"_s;
        else if (c == u'\n')
            escaped += u"\\n"_s;
        else if (c == u'\t')
            escaped += u"\\t"_s;
        else if (c == u'\r')
            escaped += u"\\r"_s;
        else
            escaped += c;
    }
    return escaped;
}

QString xdgConfigHome()
{
    // The specification says to ignore a relative path here.
    QString configured = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!configured.isEmpty() && QDir::isAbsolutePath(configured))
        return configured;
    return QDir::home().filePath(u".config"_s);
}

} // namespace

AutostartCommand AutostartCommand::current(const QString &dataDir)
{
    return {QCoreApplication::applicationFilePath(),
        dataDir.isEmpty() ? QString() : QDir(dataDir).absolutePath()};
}

QStringList AutostartCommand::arguments() const
{
    QStringList arguments {u"--minimized"_s};
    if (!dataDir.isEmpty())
        arguments << u"--data-dir"_s << dataDir;
    return arguments;
}

namespace autostart {

bool available()
{
    return xdgDesktop;
}

QString entryPath()
{
    if (!available())
        return {};
    return QDir(xdgConfigHome()).filePath(u"autostart/limber.desktop"_s);
}

QString desktopEntry(const AutostartCommand &command)
{
    QStringList exec {quoteArgument(command.program)};
    for (const QString &argument : command.arguments())
        exec << quoteArgument(argument);
    // Names stay in English like the installed desktop file: the session reads
    // this file before Limber's own translations are loaded.
    return u"[Desktop Entry]\n"
           u"Type=Application\n"
           u"Name=Limber\n"
           u"Comment=Stretching reminders for hip and low-back pain\n"
           u"Icon=io.github.limber.Limber\n"
           u"Exec="_s
        + escapeValue(exec.join(u' '))
        + u"\n"
          u"Terminal=false\n"
          u"X-GNOME-Autostart-enabled=true\n"_s;
}

bool isEnabled()
{
    return available() && QFileInfo::exists(entryPath());
}

Status enable(const AutostartCommand &command)
{
    if (!available())
        return notAvailable();
    const QString path = entryPath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Error {QCoreApplication::translate("Autostart",
            "Limber could not create the folder %1 for the entry that "
            "starts it when you log in. Check that you may write there.")
                          .arg(QDir::toNativeSeparators(folder))};
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(desktopEntry(command).toUtf8());
        if (file.commit())
            return {};
    }
    return Error {QCoreApplication::translate("Autostart",
        "Limber could not write %1, the entry that starts it when you log "
        "in: %2.")
                      .arg(QDir::toNativeSeparators(path), file.errorString())};
}

Status disable()
{
    if (!available())
        return notAvailable();
    const QString path = entryPath();
    QFile file(path);
    if (!file.exists() || file.remove())
        return {};
    return Error {QCoreApplication::translate("Autostart",
        "Limber could not remove %1, so it will still start when you log "
        "in: %2. Delete the file to stop it.")
                      .arg(QDir::toNativeSeparators(path), file.errorString())};
}

Status apply(bool enabled, const AutostartCommand &command)
{
    return enabled ? enable(command) : disable();
}

} // namespace autostart

} // namespace limber

#include "core/history/unsavedsessions.h"

#include "core/history/historyexport.h"
#include "core/history/historyimport.h"
#include "core/history/historystore.h"
#include "core/history/sessionlog.h"
#include "core/history/storagemessages.h"
#include "core/util/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// "unsaved-<UTC time to the millisecond>.json": names sort oldest first.
QString keptFileName(const WallClock &clock)
{
    return u"unsaved-%1.json"_s.arg(clock.nowUtc().toUTC().toString(u"yyyyMMdd'T'HHmmss.zzz'Z'"_s));
}

} // namespace

UnsavedSessions::UnsavedSessions(QStringList folders)
    : m_folders(std::move(folders))
{ }

Status UnsavedSessions::save(const SessionLog &log, const QString &path, const WallClock &clock)
{
    // The sessions are written, whole, into a history in memory and exported
    // from there, so the file is exactly what --export-json would write.
    auto scratch = HistoryStore::openInMemory(clock);
    if (!scratch)
        return scratch.error();
    if (Status written = log.writeUnsavedInto(scratch.value()->connection()); !written)
        return written;
    return HistoryExport(*scratch.value()).save(HistoryExport::Format::Json, path);
}

Result<QString> UnsavedSessions::keep(const SessionLog &log, const WallClock &clock) const
{
    QStringList problems;
    for (const QString &folder : m_folders) {
        if (!QDir().mkpath(folder)) {
            problems << StorageMessages::cannotCreateFolder(folder);
            continue;
        }
        const QString path = QDir(folder).filePath(keptFileName(clock));
        if (Status saved = save(log, path, clock); !saved) {
            problems << saved.error().message;
            continue;
        }
        return path;
    }
    return Error {
        tr("Limber could not keep the unsaved holds anywhere. %1").arg(problems.join(u' '))};
}

QStringList UnsavedSessions::waiting() const
{
    QStringList files;
    for (const QString &folder : m_folders) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"unsaved-*.json"_s}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
    }
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).fileName() < QFileInfo(b).fileName();
    });
    return files;
}

UnsavedSessions::Written UnsavedSessions::writeInto(HistoryStore &store) const
{
    Written result;
    for (const QString &path : waiting()) {
        auto imported = HistoryImport(store).importJson(path);
        if (!imported) {
            result.problems << imported.error().message;
            continue;
        }
        ++result.files;
        result.sessions += imported->sessionsAdded + imported->sessionsAlreadyPresent;
        result.holds += imported->holdsAdded;
        if (!QFile::remove(path))
            result.problems << tr("The holds kept in %1 are now in your history, but the file "
                                  "could not be removed; you may delete it.")
                                   .arg(StorageMessages::native(path));
    }
    return result;
}

} // namespace limber

#include "app/print/historyreadcopy.h"

#include "core/history/historystore.h"
#include "core/history/inspection.h"
#include "core/history/sessionqueries.h"
#include "core/history/snapshotcopy.h"

#include <QDir>
#include <QFileInfo>

#include <chrono>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr std::chrono::milliseconds busyTimeout {5000};

using Failure = HistoryReadCopy::Failure;
using Problem = HistoryReadCopy::Problem;

Failure noHistory(const QString &dataDir)
{
    return {Problem::NoHistory,
        HistoryReadCopy::tr("No history yet in %1: there is nothing to report. A report can be "
                            "made once a session has been recorded there.")
            .arg(QDir::toNativeSeparators(dataDir))};
}

Failure unreadable(const QString &text)
{
    return {Problem::Unreadable, text};
}

// The history file as it is now, or why it cannot be read.
std::optional<Failure> inspect(const QString &path, const QString &dataDir)
{
    const Inspection inspection = inspectDatabase(path, false);
    const QString shown = QDir::toNativeSeparators(path);
    switch (inspection.state) {
    case Inspection::State::Missing:
    case Inspection::State::Empty:
        return noHistory(dataDir);
    case Inspection::State::Usable:
        return std::nullopt;
    case Inspection::State::Newer:
        return unreadable(HistoryReadCopy::tr("%1 was written by a newer version of Limber "
                                              "(history format %2). Update Limber to make a "
                                              "report from it.")
                              .arg(shown)
                              .arg(inspection.version));
    case Inspection::State::NotADatabase:
    case Inspection::State::Foreign:
    case Inspection::State::Damaged:
        return unreadable(
            HistoryReadCopy::tr("No report was made: the history file %1 is damaged or is not "
                                "Limber's: %2 It is left unchanged where it is. Open Limber to "
                                "keep it aside and restore a backup.")
                .arg(shown, inspection.problem));
    case Inspection::State::Unreadable:
        return unreadable(inspection.problem);
    }
    return std::nullopt;
}

} // namespace

HistoryReadCopy::~HistoryReadCopy()
{
    // The copy is only read; a close that fails can only be logged.
    if (m_store)
        logFailure(m_store->close(), "Closing the report's copy of the history");
}

std::variant<std::unique_ptr<HistoryReadCopy>, Failure> HistoryReadCopy::open(
    const QString &dataDir, const QString &fileName)
{
    const QString source = QDir(dataDir).filePath(fileName);
    if (!QFileInfo(dataDir).isDir())
        return noHistory(dataDir);
    if (auto problem = inspect(source, dataDir))
        return *problem;

    std::unique_ptr<HistoryReadCopy> copy(new HistoryReadCopy);
    if (!copy->m_folder.isValid()) {
        return unreadable(tr("No report was made: no temporary folder could be created (%1).")
                              .arg(copy->m_folder.errorString()));
    }
    const QString target = QDir(copy->m_folder.path()).filePath(fileName);
    if (Status copied = copyHistorySnapshot(source, target, busyTimeout); !copied) {
        return unreadable(tr("No report was made: the history in %1 could not be read. %2")
                              .arg(QDir::toNativeSeparators(source), copied.error().message));
    }

    StoreOptions options;
    options.dataDir = copy->m_folder.path();
    options.fileName = fileName;
    options.dailyBackup = false;
    auto store = HistoryStore::open(options, copy->m_clock);
    if (!store) {
        return unreadable(tr("No report was made: the history in %1 could not be read. %2")
                              .arg(QDir::toNativeSeparators(source), store.error().message));
    }
    copy->m_store = std::move(store.value());

    auto sessions = SessionQueries(*copy->m_store).sessionCount();
    if (!sessions)
        return unreadable(sessions.error().message);
    if (*sessions == 0)
        return noHistory(dataDir);
    return copy;
}

} // namespace limber

#pragma once

#include "core/util/error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFileDevice;
class QIODevice;

namespace limber {

/// Where an export is written, chosen by what the path names.
///
/// A regular file (or a new one) is written to a temporary file beside it
/// that replaces it only when complete, so it appears whole or not at all.
/// A FIFO or a character device (a pipe, a terminal, /dev/null) cannot be
/// replaced that way: the person named it to receive the bytes, so they are
/// written into it directly, as are the open-descriptor names under /dev and
/// /proc (/dev/stdout, /dev/fd/3). A folder, a socket or a block device is
/// refused before anything is written.
class ExportDestination
{
    Q_DECLARE_TR_FUNCTIONS(ExportDestination)

public:
    enum class Kind {
        File, ///< a regular file, or nothing yet: written atomically
        Stream, ///< a FIFO, a character device or an open descriptor: written directly
        Folder, ///< refused
        Unsupported, ///< a socket, a block device or the like: refused
    };

    /// What \a path names now (symbolic links followed).
    static Kind kindOf(const QString &path);

    /// Refuses a folder or another kind of file that cannot take an export,
    /// with a sentence that names the path; success for a file or a stream.
    static Status accepts(const QString &path);

    explicit ExportDestination(QString path);
    ~ExportDestination();
    ExportDestination(const ExportDestination &) = delete;
    ExportDestination &operator=(const ExportDestination &) = delete;

    Kind kind() const { return m_kind; }

    /// Opens the destination; refuses a folder or another kind of file with
    /// a sentence that names the path. A FIFO waits here for its reader.
    Status open();
    /// The open device to write to.
    QIODevice &device();
    /// Makes the written bytes final: the temporary file replaces the
    /// regular file, or the stream is flushed.
    Status finish();
    /// Gives up after a failure: a regular file is left as it was.
    void abandon();

    /// A write failure on \a device (which wrote to \a shownName) in plain
    /// words: a full disk is said so, never "Unknown error".
    static Error writeFailure(const QString &shownName, const QIODevice &device);

private:
    QString m_path;
    Kind m_kind;
    std::unique_ptr<QFileDevice> m_file;
};

} // namespace limber

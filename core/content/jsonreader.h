#pragma once

#include "core/content/contenterror.h"
#include "core/content/jsonvalue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace limber {

/// Bounds that keep a damaged or hostile file from costing unbounded time or memory.
namespace jsonlimits {
inline constexpr qint64 maxFileBytes = 1024 * 1024;
inline constexpr int maxDepth = 32; ///< objects and arrays nested inside each other
} // namespace jsonlimits

/// The outcome of reading one JSON text: its value, or the first error found.
struct JsonReadResult
{
    JsonValue value;
    std::optional<ContentError> error;

    bool ok() const { return !error.has_value(); }
};

/// A strict JSON reader (RFC 8259) that remembers the line and column of
/// every value and key, which QJsonDocument does not.
///
/// It accepts exactly one value and rejects, with a message that says where
/// and why: invalid UTF-8, nesting deeper than jsonlimits::maxDepth, duplicate
/// keys, numbers a double cannot hold, lone surrogate escapes and anything
/// after the value. A UTF-8 byte order mark at the start is skipped. Columns
/// count characters, the first being 1; a tab counts as one.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    /// Parses UTF-8 text. The error, if any, has no file name; the caller adds it.
    static JsonReadResult parse(const QByteArray &utf8);

    /// Reads and parses a file. Files larger than jsonlimits::maxFileBytes
    /// are refused before they are read.
    static JsonReadResult readFile(const QString &path);
};

} // namespace limber

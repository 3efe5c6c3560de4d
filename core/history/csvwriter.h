#pragma once

#include <QIODevice>
#include <QStringList>

namespace limber {

/// Writes RFC 4180 CSV in UTF-8: fields that hold a comma, a double quote, CR
/// or LF are quoted, quotes inside are doubled, records end with CRLF.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device);

    /// Writes one record; false when the device refused the bytes.
    bool writeRow(const QStringList &fields);

    static QString quoted(const QString &field);

private:
    QIODevice &m_device;
};

} // namespace limber

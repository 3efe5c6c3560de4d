#include "history/csvwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace limber {

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{ }

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\r')
        || field.contains(u'\n');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += quoted(fields[i]);
    }
    line += u"\r\n"_s;
    const QByteArray bytes = line.toUtf8();
    return m_device.write(bytes) == bytes.size();
}

} // namespace limber

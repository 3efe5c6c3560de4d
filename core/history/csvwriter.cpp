#include "core/history/csvwriter.h"

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

bool CsvWriter::startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    // The characters OWASP names for CSV injection (ASVS 1.2.10 adds NUL).
    // A tab or CR first can hide a formula behind what looks like blank space.
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\0':
        return true;
    default:
        return false;
    }
}

bool CsvWriter::isPlainNumber(const QString &text)
{
    const auto digitsFrom = [&text](qsizetype i) {
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9')
            ++i;
        return i;
    };
    const qsizetype start = text.startsWith(u'-') ? 1 : 0;
    qsizetype end = digitsFrom(start);
    if (end == start)
        return false;
    if (end < text.size() && text[end] == u'.') {
        const qsizetype fraction = end + 1;
        end = digitsFrom(fraction);
        if (end == fraction)
            return false;
    }
    return end == text.size();
}

QString CsvWriter::encoded(const CsvField &field)
{
    if (field.kind == CsvField::Kind::Number
        && (field.value.isEmpty() || isPlainNumber(field.value)))
        return field.value;
    if (!startsLikeFormula(field.value))
        return quoted(field.value);
    // Quoted even without a comma, so every reader sees the apostrophe as
    // part of the field, and a spreadsheet shows the text after it.
    QString escaped = u'\'' + field.value;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

bool CsvWriter::writeRow(const QList<CsvField> &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += encoded(fields[i]);
    }
    line += u"\r\n"_s;
    const QByteArray bytes = line.toUtf8();
    return m_device.write(bytes) == bytes.size();
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QList<CsvField> text;
    text.reserve(fields.size());
    for (const QString &field : fields)
        text.append(CsvField::text(field));
    return writeRow(text);
}

} // namespace limber

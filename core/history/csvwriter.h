#pragma once

#include <QIODevice>
#include <QList>
#include <QStringList>

#include <utility>

namespace limber {

/// One field of a CSV record, marked as text or as a number, because the
/// two are written differently: a spreadsheet reads text that begins with
/// `=`, `+`, `-` or `@` as a formula, while a number such as -18000 must stay
/// a number it can add up.
struct CsvField
{
    enum class Kind { Text, Number };

    /// Text from the history or from the person: notes, ids, reasons, times.
    static CsvField text(QString value) { return {std::move(value), Kind::Text}; }
    /// A plain decimal number, or empty for no value. Anything else given
    /// here is written as text, so a mistake cannot let a formula through.
    static CsvField number(QString value) { return {std::move(value), Kind::Number}; }

    QString value;
    Kind kind = Kind::Text;
};

/// Writes RFC 4180 CSV in UTF-8: fields that hold a comma, a double quote, CR
/// or LF are quoted, quotes inside are doubled, records end with CRLF.
///
/// Text that a spreadsheet would run as a formula is neutralised the way the
/// OWASP CSV injection guidance says: an apostrophe goes in front and the
/// field is quoted, so Calc and Excel show the text instead of a result.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device);

    /// Writes one record; false when the device refused the bytes.
    bool writeRow(const QList<CsvField> &fields);
    /// Writes one record of text fields (a header row).
    bool writeRow(const QStringList &fields);

    /// The field as it goes into the file: quoted when needed, neutralised
    /// when it is text that a spreadsheet would read as a formula.
    static QString encoded(const CsvField &field);
    static QString quoted(const QString &field);
    /// True when a spreadsheet would take \a text as a formula: it begins
    /// with `=`, `+`, `-`, `@`, a tab, a carriage return or a NUL.
    static bool startsLikeFormula(const QString &text);
    /// True for what CsvField::number() writes as it is: an optional minus
    /// and digits, with an optional fraction (e.g. -18000, 2.5).
    static bool isPlainNumber(const QString &text);

private:
    QIODevice &m_device;
};

} // namespace limber

#pragma once

#include "core/content/jsonreader.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace limber::detail {

/// Recursive descent over the bytes of one JSON text. The depth limit bounds
/// the recursion, so hostile nesting cannot exhaust the stack. Structure and
/// errors are in jsonparser.cpp, strings, numbers and literals in jsonscalars.cpp.
class JsonParser
{
public:
    explicit JsonParser(const QByteArray &text)
        : m_data(text.constData())
        , m_size(text.size())
    { }

    JsonReadResult run();

private:
    struct PathSegment
    {
        QString key;
        qsizetype index = -1; ///< >= 0 for a list element
    };

    bool atEnd() const { return m_pos >= m_size; }
    unsigned char peek() const { return static_cast<unsigned char>(m_data[m_pos]); }
    void advance();
    void skipWhitespace();

    bool parseValue(JsonValue &out, int depth);
    bool parseObject(JsonValue &out, int depth);
    bool parseArray(JsonValue &out, int depth);
    bool parseString(QString &out);
    bool parseEscape(QByteArray &out);
    bool parseHex4(uint *value);
    bool parseNumber(JsonValue &out);
    bool parseLiteral(JsonValue &out);

    bool fail(int line, int column, const QString &message);
    bool failHere(const QString &message) { return fail(m_line, m_column, message); }
    bool failUnexpected(const QString &expected);
    bool failUnclosed(bool isObject, int line, int column);
    QString describeCurrent() const;
    QString currentField() const;

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    std::vector<PathSegment> m_path;
    std::optional<ContentError> m_error;
};

inline bool isAsciiDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/// "U+00E9"-style hexadecimal, padded to `width` digits.
QString hexDigits(uint value, int width);

} // namespace limber::detail

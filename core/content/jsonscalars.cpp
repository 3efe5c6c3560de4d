#include "core/content/jsonparser.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace limber::detail {

namespace {

constexpr int maxShownNumberLength = 40;

int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool JsonParser::parseString(QString &out)
{
    const int startLine = m_line;
    const int startColumn = m_column;
    advance(); // the opening quote
    QByteArray bytes; // only for text with escapes: plain text is converted in place
    for (;;) {
        // Characters that need no care are taken a run at a time: content
        // files are mostly text, and the content is read before every start.
        const qsizetype runStart = m_pos;
        while (!atEnd()) {
            const unsigned char c = peek();
            if (c == '"' || c == '\\' || c < 0x20)
                break;
            if ((c & 0xC0) != 0x80) // continuation bytes do not start a character
                ++m_column;
            ++m_pos;
        }
        const QByteArrayView run(m_data + runStart, m_pos - runStart);
        if (atEnd())
            return fail(startLine, startColumn,
                JsonReader::tr("the text that starts here is never closed; add the "
                               "missing '\"'"));
        const unsigned char c = peek();
        if (c == '"') {
            advance();
            // Already checked to be valid UTF-8.
            if (bytes.isEmpty()) {
                out = run.isEmpty() ? QString() : QString::fromUtf8(run);
            } else {
                bytes.append(run);
                out = QString::fromUtf8(bytes);
            }
            return true;
        }
        bytes.append(run);
        if (c == '\\') {
            if (!parseEscape(bytes))
                return false;
            continue;
        }
        if (c == '\n' || c == '\r')
            return fail(startLine, startColumn,
                JsonReader::tr("the text that starts here is not closed on its line; "
                               "add the missing '\"', or write a line break as \\n"));
        return failHere(JsonReader::tr("text contains the control character U+%1; remove "
                                       "it, or write a tab as \\t")
                            .arg(hexDigits(c, 4)));
    }
}

bool JsonParser::parseHex4(uint *value)
{
    *value = 0;
    for (int i = 0; i < 4; ++i) {
        if (atEnd() || hexValue(peek()) < 0)
            return false;
        *value = *value * 16 + static_cast<uint>(hexValue(peek()));
        advance();
    }
    return true;
}

bool JsonParser::parseEscape(QByteArray &out)
{
    const int line = m_line;
    const int column = m_column;
    advance(); // the backslash
    if (atEnd())
        return fail(line, column, JsonReader::tr("the file ends inside an escape sequence"));
    const unsigned char c = peek();
    const char *simple = nullptr;
    switch (c) {
    case '"':
        simple = "\"";
        break;
    case '\\':
        simple = "\\";
        break;
    case '/':
        simple = "/";
        break;
    case 'b':
        simple = "\b";
        break;
    case 'f':
        simple = "\f";
        break;
    case 'n':
        simple = "\n";
        break;
    case 'r':
        simple = "\r";
        break;
    case 't':
        simple = "\t";
        break;
    case 'u':
        break;
    default:
        return fail(line, column,
            JsonReader::tr("unknown escape \\%1; use \\\", \\\\, \\/, \\b, \\f, \\n, "
                           "\\r, \\t or \\u followed by four hex digits")
                .arg(describeCurrent()));
    }
    advance();
    if (simple) {
        out.append(simple);
        return true;
    }

    const QString badHex = JsonReader::tr("\\u must be followed by four hex digits, as in \\u00E9");
    uint unit = 0;
    if (!parseHex4(&unit))
        return fail(line, column, badHex);
    char32_t codePoint = unit;
    if (unit >= 0xDC00 && unit <= 0xDFFF)
        return fail(line, column,
            JsonReader::tr("\\u%1 is the second half of a surrogate pair without a "
                           "first half; write the character itself instead")
                .arg(hexDigits(unit, 4)));
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        uint low = 0;
        const bool hasLow
            = !atEnd() && peek() == '\\' && m_pos + 1 < m_size && m_data[m_pos + 1] == 'u';
        if (hasLow) {
            advance();
            advance();
        }
        if (!hasLow || !parseHex4(&low) || low < 0xDC00 || low > 0xDFFF)
            return fail(line, column,
                JsonReader::tr("\\u%1 is the first half of a surrogate pair and must "
                               "be followed by the second half (\\uDC00 to \\uDFFF); "
                               "write the character itself instead")
                    .arg(hexDigits(unit, 4)));
        codePoint = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }
    out.append(QString::fromUcs4(&codePoint, 1).toUtf8());
    return true;
}

bool JsonParser::parseNumber(JsonValue &out)
{
    const qsizetype start = m_pos;
    const int line = m_line;
    const int column = m_column;
    if (peek() == '-')
        advance();
    if (atEnd() || !isAsciiDigit(peek()))
        return failUnexpected(JsonReader::tr("a digit after '-'"));
    if (peek() == '0') {
        advance();
        if (!atEnd() && isAsciiDigit(peek()))
            return fail(line, column,
                JsonReader::tr("a number cannot start with 0 followed by more digits; "
                               "write 7, not 07"));
    }
    while (!atEnd() && isAsciiDigit(peek()))
        advance();
    if (!atEnd() && peek() == '.') {
        advance();
        if (atEnd() || !isAsciiDigit(peek()))
            return failUnexpected(JsonReader::tr("a digit after the decimal point"));
        while (!atEnd() && isAsciiDigit(peek()))
            advance();
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
        advance();
        if (!atEnd() && (peek() == '+' || peek() == '-'))
            advance();
        if (atEnd() || !isAsciiDigit(peek()))
            return failUnexpected(JsonReader::tr("a digit in the exponent"));
        while (!atEnd() && isAsciiDigit(peek()))
            advance();
    }
    const QByteArray literal = QByteArray::fromRawData(m_data + start, m_pos - start);
    bool ok = false;
    const double value = literal.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        QString shown = QString::fromLatin1(literal.left(maxShownNumberLength));
        if (literal.size() > maxShownNumberLength)
            shown += u"..."_s;
        return fail(line, column,
            JsonReader::tr("the number %1 is too large or too small to use").arg(shown));
    }
    out.type = JsonValue::Type::Number;
    out.number = value;
    return true;
}

bool JsonParser::parseLiteral(JsonValue &out)
{
    static constexpr struct
    {
        const char *word;
        JsonValue::Type type;
        bool value;
    } literals[] = {
        {"true", JsonValue::Type::Bool, true},
        {"false", JsonValue::Type::Bool, false},
        {"null", JsonValue::Type::Null, false},
    };
    for (const auto &literal : literals) {
        const auto length = static_cast<qsizetype>(qstrlen(literal.word));
        if (m_size - m_pos >= length
            && qstrncmp(m_data + m_pos, literal.word, static_cast<size_t>(length)) == 0) {
            const qsizetype end = m_pos + length;
            const bool wordGoesOn = end < m_size
                && ((m_data[end] >= 'a' && m_data[end] <= 'z')
                    || (m_data[end] >= 'A' && m_data[end] <= 'Z')
                    || isAsciiDigit(static_cast<unsigned char>(m_data[end])));
            if (wordGoesOn)
                break;
            for (qsizetype i = 0; i < length; ++i)
                advance();
            out.type = literal.type;
            out.boolean = literal.value;
            return true;
        }
    }
    return failHere(JsonReader::tr("expected true, false or null; text must be in double quotes"));
}

} // namespace limber::detail

#include "content/jsonreader.h"

#include "content/utf8.h"

#include <QFile>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr int maxShownNumberLength = 40;

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

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

QString hex(uint value, int width)
{
    return QString::number(value, 16).toUpper().rightJustified(width, u'0');
}

/// Recursive descent over the bytes of one JSON text. The depth limit bounds
/// the recursion, so hostile nesting cannot exhaust the stack.
class Parser
{
public:
    explicit Parser(const QByteArray &text)
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

void Parser::advance()
{
    const unsigned char c = peek();
    ++m_pos;
    if (c == '\n' || (c == '\r' && (atEnd() || peek() != '\n'))) {
        ++m_line;
        m_column = 1;
    } else if (c != '\r' && (c & 0xC0) != 0x80) {
        // Continuation bytes of a UTF-8 sequence do not start a character.
        ++m_column;
    }
}

void Parser::skipWhitespace()
{
    while (!atEnd()) {
        const unsigned char c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        advance();
    }
}

bool Parser::fail(int line, int column, const QString &message)
{
    m_error = ContentError {QString(), line, column, currentField(), message};
    return false;
}

QString Parser::currentField() const
{
    QString field;
    for (const PathSegment &segment : m_path)
        field
            = segment.index >= 0 ? itemField(field, segment.index) : childField(field, segment.key);
    return field;
}

QString Parser::describeCurrent() const
{
    if (atEnd())
        return JsonReader::tr("the end of the file");
    const unsigned char c = peek();
    if (c > 0x20 && c < 0x7F)
        return u"'"_s + QChar(static_cast<char16_t>(c)) + u"'"_s;
    const char32_t codePoint = decodeUtf8At(m_data, m_size, m_pos);
    return u"U+"_s + hex(static_cast<uint>(codePoint), 4);
}

bool Parser::failUnexpected(const QString &expected)
{
    QString message = JsonReader::tr("expected %1 but found %2").arg(expected, describeCurrent());
    if (!atEnd()) {
        switch (peek()) {
        case '\'':
            message += JsonReader::tr("; JSON puts keys and text in double quotes (\")");
            break;
        case '/':
        case '#':
            message += JsonReader::tr("; JSON files cannot contain comments");
            break;
        case 'N':
        case 'I':
            message += JsonReader::tr("; numbers must be finite and written with digits");
            break;
        case '+':
        case '.':
            message += JsonReader::tr("; write numbers like 5, -2 or 0.5");
            break;
        default:
            break;
        }
    }
    return failHere(message);
}

bool Parser::failUnclosed(bool isObject, int line, int column)
{
    const QString message = isObject
        ? JsonReader::tr("the file ends before the object opened at line %1, column %2 is "
                         "closed; the file may be cut short or miss a '}'")
        : JsonReader::tr("the file ends before the list opened at line %1, column %2 is "
                         "closed; the file may be cut short or miss a ']'");
    return failHere(message.arg(line).arg(column));
}

JsonReadResult Parser::run()
{
    if (m_size >= 3 && m_data[0] == '\xEF' && m_data[1] == '\xBB' && m_data[2] == '\xBF')
        m_pos = 3; // a byte order mark, as some editors on Windows write

    if (const qsizetype bad = firstInvalidUtf8(m_data, m_size, m_pos); bad >= 0) {
        while (m_pos < bad)
            advance();
        failHere(JsonReader::tr("the file is not valid UTF-8 text (byte 0x%1 here does not "
                                "belong to any character); save it as UTF-8, or check that "
                                "it is a content file at all")
                     .arg(hex(static_cast<unsigned char>(m_data[bad]), 2)));
        return {JsonValue(), m_error};
    }

    skipWhitespace();
    if (atEnd()) {
        failHere(m_size == 0 ? JsonReader::tr("the file is empty; a content file holds one JSON "
                                              "object that starts with {\"format\": 1")
                             : JsonReader::tr("the file holds only blank space; a content file "
                                              "holds one JSON object that starts with "
                                              "{\"format\": 1"));
        return {JsonValue(), m_error};
    }

    JsonValue root;
    if (parseValue(root, 0)) {
        skipWhitespace();
        if (!atEnd()) {
            failUnexpected(JsonReader::tr("the end of the file after the value that starts at "
                                          "line %1, column %2")
                               .arg(root.line)
                               .arg(root.column));
        }
    }
    if (m_error)
        return {JsonValue(), m_error};
    return {std::move(root), std::nullopt};
}

bool Parser::parseValue(JsonValue &out, int depth)
{
    skipWhitespace();
    out.line = m_line;
    out.column = m_column;
    if (atEnd())
        return failHere(JsonReader::tr("the file ends where a value was expected; it may be "
                                       "cut short"));
    switch (peek()) {
    case '{':
        return parseObject(out, depth + 1);
    case '[':
        return parseArray(out, depth + 1);
    case '"':
        out.type = JsonValue::Type::String;
        return parseString(out.string);
    case 't':
    case 'f':
    case 'n':
        return parseLiteral(out);
    default:
        if (peek() == '-' || isDigit(peek()))
            return parseNumber(out);
        return failUnexpected(JsonReader::tr("a value (text in double quotes, a number, true, "
                                             "false, null, a list or an object)"));
    }
}

bool Parser::parseObject(JsonValue &out, int depth)
{
    if (depth > jsonlimits::maxDepth)
        return failHere(JsonReader::tr("objects and lists are nested more than %1 levels deep "
                                       "here; content files never need that many")
                            .arg(jsonlimits::maxDepth));
    const int openLine = m_line;
    const int openColumn = m_column;
    out.type = JsonValue::Type::Object;
    advance();
    skipWhitespace();
    if (!atEnd() && peek() == '}') {
        advance();
        return true;
    }
    // Looking up keys in a hash keeps an object with a huge number of keys linear.
    QHash<QString, qsizetype> seen;
    for (;;) {
        skipWhitespace();
        if (atEnd())
            return failUnclosed(true, openLine, openColumn);
        if (peek() != '"') {
            if (peek() == '}' && !out.members.empty())
                return failHere(JsonReader::tr("a comma before '}' is followed by no key; "
                                               "remove the last comma"));
            return failUnexpected(JsonReader::tr("a key in double quotes"));
        }
        JsonMember member;
        member.line = m_line;
        member.column = m_column;
        if (!parseString(member.key))
            return false;
        m_path.push_back({member.key});
        if (const auto first = seen.constFind(member.key); first != seen.cend()) {
            const JsonMember &original = out.members[static_cast<size_t>(*first)];
            return fail(member.line, member.column,
                JsonReader::tr("the key \"%1\" appears twice in one object (first at "
                               "line %2, column %3); keep only one")
                    .arg(member.key)
                    .arg(original.line)
                    .arg(original.column));
        }
        skipWhitespace();
        if (atEnd())
            return failUnclosed(true, openLine, openColumn);
        if (peek() != ':')
            return failUnexpected(JsonReader::tr("':' after the key \"%1\"").arg(member.key));
        advance();
        if (!parseValue(member.value, depth))
            return false;
        m_path.pop_back();
        seen.insert(member.key, static_cast<qsizetype>(out.members.size()));
        const QString key = member.key;
        out.members.push_back(std::move(member));
        skipWhitespace();
        if (atEnd())
            return failUnclosed(true, openLine, openColumn);
        if (peek() == '}') {
            advance();
            return true;
        }
        if (peek() != ',')
            return failUnexpected(JsonReader::tr("',' or '}' after the value of \"%1\"").arg(key));
        advance();
    }
}

bool Parser::parseArray(JsonValue &out, int depth)
{
    if (depth > jsonlimits::maxDepth)
        return failHere(JsonReader::tr("objects and lists are nested more than %1 levels deep "
                                       "here; content files never need that many")
                            .arg(jsonlimits::maxDepth));
    const int openLine = m_line;
    const int openColumn = m_column;
    out.type = JsonValue::Type::Array;
    advance();
    skipWhitespace();
    if (!atEnd() && peek() == ']') {
        advance();
        return true;
    }
    for (;;) {
        skipWhitespace();
        if (atEnd())
            return failUnclosed(false, openLine, openColumn);
        if (peek() == ']')
            return failHere(JsonReader::tr("a comma before ']' is followed by no value; remove "
                                           "the last comma"));
        m_path.push_back({QString(), static_cast<qsizetype>(out.items.size())});
        JsonValue item;
        if (!parseValue(item, depth))
            return false;
        m_path.pop_back();
        out.items.push_back(std::move(item));
        skipWhitespace();
        if (atEnd())
            return failUnclosed(false, openLine, openColumn);
        if (peek() == ']') {
            advance();
            return true;
        }
        if (peek() != ',')
            return failUnexpected(JsonReader::tr("',' or ']' after a list element"));
        advance();
    }
}

bool Parser::parseString(QString &out)
{
    const int startLine = m_line;
    const int startColumn = m_column;
    advance(); // the opening quote
    QByteArray bytes;
    for (;;) {
        if (atEnd())
            return fail(startLine, startColumn,
                JsonReader::tr("the text that starts here is never closed; add the "
                               "missing '\"'"));
        const unsigned char c = peek();
        if (c == '"') {
            advance();
            break;
        }
        if (c == '\\') {
            if (!parseEscape(bytes))
                return false;
            continue;
        }
        if (c == '\n' || c == '\r')
            return fail(startLine, startColumn,
                JsonReader::tr("the text that starts here is not closed on its line; "
                               "add the missing '\"', or write a line break as \\n"));
        if (c < 0x20)
            return failHere(JsonReader::tr("text contains the control character U+%1; remove "
                                           "it, or write a tab as \\t")
                                .arg(hex(c, 4)));
        bytes.append(static_cast<char>(c));
        advance();
    }
    out = QString::fromUtf8(bytes); // already checked to be valid UTF-8
    return true;
}

bool Parser::parseHex4(uint *value)
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

bool Parser::parseEscape(QByteArray &out)
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
                .arg(hex(unit, 4)));
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
                    .arg(hex(unit, 4)));
        codePoint = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }
    out.append(QString::fromUcs4(&codePoint, 1).toUtf8());
    return true;
}

bool Parser::parseNumber(JsonValue &out)
{
    const qsizetype start = m_pos;
    const int line = m_line;
    const int column = m_column;
    if (peek() == '-')
        advance();
    if (atEnd() || !isDigit(peek()))
        return failUnexpected(JsonReader::tr("a digit after '-'"));
    if (peek() == '0') {
        advance();
        if (!atEnd() && isDigit(peek()))
            return fail(line, column,
                JsonReader::tr("a number cannot start with 0 followed by more digits; "
                               "write 7, not 07"));
    }
    while (!atEnd() && isDigit(peek()))
        advance();
    if (!atEnd() && peek() == '.') {
        advance();
        if (atEnd() || !isDigit(peek()))
            return failUnexpected(JsonReader::tr("a digit after the decimal point"));
        while (!atEnd() && isDigit(peek()))
            advance();
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
        advance();
        if (!atEnd() && (peek() == '+' || peek() == '-'))
            advance();
        if (atEnd() || !isDigit(peek()))
            return failUnexpected(JsonReader::tr("a digit in the exponent"));
        while (!atEnd() && isDigit(peek()))
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

bool Parser::parseLiteral(JsonValue &out)
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
                    || isDigit(static_cast<unsigned char>(m_data[end])));
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

} // namespace

JsonReadResult JsonReader::parse(const QByteArray &utf8)
{
    return Parser(utf8).run();
}

JsonReadResult JsonReader::readFile(const QString &path)
{
    const auto failed = [&path](const QString &message) {
        return JsonReadResult {JsonValue(), ContentError {path, 0, 0, QString(), message}};
    };
    const QString tooLarge = tr("the file is larger than the %1 KiB a content file may have; "
                                "split it into smaller files")
                                 .arg(jsonlimits::maxFileBytes / 1024);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("cannot open the file (%1); check that it exists and that you may "
                         "read it")
                          .arg(file.errorString()));
    // Refuse by size before reading, so a huge file never reaches memory.
    if (file.size() > jsonlimits::maxFileBytes)
        return failed(tooLarge);
    // Read one byte more than allowed: files whose size is not known up front still stop here.
    const QByteArray bytes = file.read(jsonlimits::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failed(tr("cannot read the file (%1)").arg(file.errorString()));
    if (bytes.size() > jsonlimits::maxFileBytes)
        return failed(tooLarge);

    JsonReadResult result = parse(bytes);
    if (result.error)
        result.error->file = path;
    return result;
}

} // namespace limber

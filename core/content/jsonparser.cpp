#include "core/content/jsonparser.h"

#include "core/content/utf8.h"

using namespace Qt::Literals::StringLiterals;

namespace limber::detail {

QString hexDigits(uint value, int width)
{
    return QString::number(value, 16).toUpper().rightJustified(width, u'0');
}

void JsonParser::advance()
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

void JsonParser::skipWhitespace()
{
    while (!atEnd()) {
        const unsigned char c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        advance();
    }
}

bool JsonParser::fail(int line, int column, const QString &message)
{
    m_error = ContentError {QString(), line, column, currentField(), message};
    return false;
}

QString JsonParser::currentField() const
{
    QString field;
    for (const PathSegment &segment : m_path)
        field
            = segment.index >= 0 ? itemField(field, segment.index) : childField(field, segment.key);
    return field;
}

QString JsonParser::describeCurrent() const
{
    if (atEnd())
        return JsonReader::tr("the end of the file");
    const unsigned char c = peek();
    if (c > 0x20 && c < 0x7F)
        return u"'"_s + QChar(static_cast<char16_t>(c)) + u"'"_s;
    const char32_t codePoint = decodeUtf8At(m_data, m_size, m_pos);
    return u"U+"_s + hexDigits(static_cast<uint>(codePoint), 4);
}

bool JsonParser::failUnexpected(const QString &expected)
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

bool JsonParser::failUnclosed(bool isObject, int line, int column)
{
    const QString message = isObject
        ? JsonReader::tr("the file ends before the object opened at line %1, column %2 is "
                         "closed; the file may be cut short or miss a '}'")
        : JsonReader::tr("the file ends before the list opened at line %1, column %2 is "
                         "closed; the file may be cut short or miss a ']'");
    return failHere(message.arg(line).arg(column));
}

JsonReadResult JsonParser::run()
{
    if (m_size >= 3 && m_data[0] == '\xEF' && m_data[1] == '\xBB' && m_data[2] == '\xBF')
        m_pos = 3; // a byte order mark, as some editors on Windows write

    if (const qsizetype bad = firstInvalidUtf8(m_data, m_size, m_pos); bad >= 0) {
        while (m_pos < bad)
            advance();
        failHere(JsonReader::tr("the file is not valid UTF-8 text (byte 0x%1 here does not "
                                "belong to any character); save it as UTF-8, or check that "
                                "it is a content file at all")
                     .arg(hexDigits(static_cast<unsigned char>(m_data[bad]), 2)));
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

bool JsonParser::parseValue(JsonValue &out, int depth)
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
        if (peek() == '-' || isAsciiDigit(peek()))
            return parseNumber(out);
        return failUnexpected(JsonReader::tr("a value (text in double quotes, a number, true, "
                                             "false, null, a list or an object)"));
    }
}

bool JsonParser::parseObject(JsonValue &out, int depth)
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
    // Keys seen so far: looked up in the members themselves while there are
    // few (most objects have a handful), in a hash once there are many, so
    // that an object with a huge number of keys is still read in linear time.
    constexpr size_t keysScannedInPlace = 16;
    QHash<QString, qsizetype> seen;
    const auto earlier = [&out, &seen](const QString &key) -> const JsonMember * {
        if (out.members.size() <= keysScannedInPlace) {
            for (const JsonMember &member : out.members)
                if (member.key == key)
                    return &member;
            return nullptr;
        }
        const auto found = seen.constFind(key);
        return found == seen.cend() ? nullptr : &out.members[static_cast<size_t>(*found)];
    };
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
        if (const JsonMember *original = earlier(member.key)) {
            return fail(member.line, member.column,
                JsonReader::tr("the key \"%1\" appears twice in one object (first at "
                               "line %2, column %3); keep only one")
                    .arg(member.key)
                    .arg(original->line)
                    .arg(original->column));
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
        const QString key = member.key;
        out.members.push_back(std::move(member));
        if (out.members.size() == keysScannedInPlace + 1) {
            for (size_t i = 0; i < out.members.size(); ++i)
                seen.insert(out.members[i].key, static_cast<qsizetype>(i));
        } else if (out.members.size() > keysScannedInPlace + 1) {
            seen.insert(key, static_cast<qsizetype>(out.members.size() - 1));
        }
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

bool JsonParser::parseArray(JsonValue &out, int depth)
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

} // namespace limber::detail

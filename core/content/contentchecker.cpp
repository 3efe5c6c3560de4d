#include "core/content/contentchecker.h"

#include "core/content/contentformat.h"
#include "core/content/names.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

constexpr qsizetype maxQuotedLength = 40;

QString quoted(const QString &text)
{
    QString shown = text.left(maxQuotedLength);
    if (text.size() > maxQuotedLength)
        shown += u"..."_s;
    return u'"' + shown + u'"';
}

/// BCP 47 in the shape people use: "en", "de", "pt-BR", "zh-Hant": two or
/// three lowercase letters, then any number of "-" and two to eight letters
/// or digits. Checked by hand: every text of every content file is.
bool isLanguageCode(const QString &text)
{
    if (text.size() > 35)
        return false;
    const auto isLower = [](QChar c) { return c >= u'a' && c <= u'z'; };
    const auto isAlnum = [&isLower](QChar c) {
        return isLower(c) || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    };
    qsizetype i = 0;
    while (i < text.size() && isLower(text.at(i)))
        ++i;
    if (i < 2 || i > 3)
        return false;
    while (i < text.size()) {
        if (text.at(i) != u'-')
            return false;
        const qsizetype start = ++i;
        while (i < text.size() && isAlnum(text.at(i)))
            ++i;
        if (i - start < 2 || i - start > 8)
            return false;
    }
    return true;
}

/// True for text that is empty or only white space.
bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

ContentChecker::ContentChecker(QString file)
    : m_file(std::move(file))
{ }

void ContentChecker::addError(int line, int column, const QString &field, const QString &message)
{
    if (m_errors.size() == maxErrorsPerFile) {
        m_errors.append({m_file, line, column, field,
            tr("more problems follow that are not listed; fix the ones above first")});
    }
    if (m_errors.size() > maxErrorsPerFile)
        return;
    m_errors.append({m_file, line, column, field, message});
}

void ContentChecker::addError(const JsonValue &at, const QString &field, const QString &message)
{
    addError(at.line, at.column, field, message);
}

QString ContentChecker::describe(const JsonValue &value)
{
    switch (value.type) {
    case JsonValue::Type::Null:
        return u"null"_s;
    case JsonValue::Type::Bool:
        return value.boolean ? u"true"_s : u"false"_s;
    case JsonValue::Type::Number:
        return tr("the number %1").arg(value.number);
    case JsonValue::Type::String:
        return tr("the text %1").arg(quoted(value.string));
    case JsonValue::Type::Array:
        return tr("a list");
    case JsonValue::Type::Object:
        return tr("an object");
    }
    return {};
}

bool ContentChecker::expectType(
    const JsonValue &value, const QString &field, JsonValue::Type type, const QString &expected)
{
    if (value.type == type)
        return true;
    addError(value, field, tr("expected %1, found %2").arg(expected, describe(value)));
    return false;
}

std::optional<QString> ContentChecker::string(const JsonValue &value, const QString &field)
{
    if (!expectType(value, field, JsonValue::Type::String, tr("text in double quotes")))
        return std::nullopt;
    if (isBlank(value.string)) {
        addError(value, field, tr("the text is empty; write something or remove the key"));
        return std::nullopt;
    }
    return value.string;
}

std::optional<QString> ContentChecker::id(const JsonValue &value, const QString &field)
{
    if (!expectType(value, field, JsonValue::Type::String, tr("an id in double quotes")))
        return std::nullopt;
    if (!isValidId(value.string)) {
        addError(value, field,
            tr("%1 is not a valid id; use up to %2 lowercase letters, digits and single "
               "hyphens, like \"seated-leg-cross\"")
                .arg(quoted(value.string))
                .arg(maxIdLength));
        return std::nullopt;
    }
    return value.string;
}

std::optional<LocalizedText> ContentChecker::text(const JsonValue &value, const QString &field)
{
    if (value.isString()) {
        if (const auto english = string(value, field))
            return LocalizedText(*english);
        return std::nullopt;
    }
    if (!value.isObject()) {
        addError(value, field,
            tr("expected text in double quotes, or an object of translations such as "
               "{\"en\": \"...\", \"de\": \"...\"}; found %1")
                .arg(describe(value)));
        return std::nullopt;
    }
    LocalizedText result;
    bool ok = true;
    for (const JsonMember &member : value.members) {
        if (!isLanguageCode(member.key)) {
            addError(member.line, member.column, childField(field, member.key),
                tr("%1 is not a language code; use codes like \"en\", \"de\" or \"pt-BR\"")
                    .arg(quoted(member.key)));
            ok = false;
            continue;
        }
        // The usual case, taken without building the field's name, which
        // only a message about a bad translation needs.
        if (member.value.isString() && !isBlank(member.value.string)) {
            result.set(member.key, member.value.string);
            continue;
        }
        if (const auto translation = string(member.value, childField(field, member.key)))
            result.set(member.key, *translation);
        else
            ok = false;
    }
    if (!value.member(u"en"_s)) {
        addError(value, field,
            tr("there is no English text; add \"en\": \"...\" (English is shown when no "
               "translation fits)"));
        return std::nullopt;
    }
    return ok ? std::optional<LocalizedText>(result) : std::nullopt;
}

std::optional<QList<LocalizedText>> ContentChecker::texts(
    const JsonValue &value, const QString &field, qsizetype minItems, qsizetype maxItems)
{
    if (!list(value, field, minItems, tr("add at least one text"), maxItems,
            tr("this list holds at most %1 texts").arg(maxItems)))
        return std::nullopt;
    QList<LocalizedText> result;
    bool ok = true;
    for (size_t i = 0; i < value.items.size(); ++i) {
        const auto item = text(value.items[i], itemField(field, static_cast<qsizetype>(i)));
        if (item)
            result.append(*item);
        ok = ok && item.has_value();
    }
    return ok ? std::optional<QList<LocalizedText>>(result) : std::nullopt;
}

std::optional<int> ContentChecker::integer(
    const JsonValue &value, const QString &field, int min, int max, const QString &rangeHint)
{
    if (!expectType(value, field, JsonValue::Type::Number, tr("a whole number")))
        return std::nullopt;
    if (value.number != std::floor(value.number)) {
        addError(value, field, tr("expected a whole number, found %1").arg(value.number));
        return std::nullopt;
    }
    if (value.number < min || value.number > max) {
        addError(value, field, tr("%1 is out of range; %2").arg(value.number).arg(rangeHint));
        return std::nullopt;
    }
    return static_cast<int>(value.number);
}

std::optional<double> ContentChecker::number(
    const JsonValue &value, const QString &field, double min, double max, const QString &rangeHint)
{
    if (!expectType(value, field, JsonValue::Type::Number, tr("a number")))
        return std::nullopt;
    if (value.number < min || value.number > max) {
        addError(value, field, tr("%1 is out of range; %2").arg(value.number).arg(rangeHint));
        return std::nullopt;
    }
    return value.number;
}

std::optional<bool> ContentChecker::boolean(const JsonValue &value, const QString &field)
{
    if (!expectType(value, field, JsonValue::Type::Bool, tr("true or false")))
        return std::nullopt;
    return value.boolean;
}

std::optional<QString> ContentChecker::choice(
    const JsonValue &value, const QString &field, const QStringList &choices)
{
    if (!expectType(value, field, JsonValue::Type::String, tr("one of %1").arg(listNames(choices))))
        return std::nullopt;
    if (!choices.contains(value.string)) {
        addError(value, field,
            tr("%1 is not allowed here; use one of %2")
                .arg(quoted(value.string), listNames(choices)));
        return std::nullopt;
    }
    return value.string;
}

bool ContentChecker::list(const JsonValue &value, const QString &field, qsizetype minItems,
    const QString &emptyHint, qsizetype maxItems, const QString &tooManyHint)
{
    if (!expectType(value, field, JsonValue::Type::Array, tr("a list in square brackets [...]")))
        return false;
    if (static_cast<qsizetype>(value.items.size()) < minItems) {
        addError(value, field, tr("the list is empty; %1").arg(emptyHint));
        return false;
    }
    if (static_cast<qsizetype>(value.items.size()) > maxItems) {
        addError(value, field,
            tr("the list has %1 entries").arg(value.items.size()) + u"; "_s + tooManyHint);
        return false;
    }
    return true;
}

bool ContentChecker::object(
    const JsonValue &value, const QString &field, const QStringList &allowedKeys)
{
    if (!expectType(value, field, JsonValue::Type::Object, tr("an object in braces {...}")))
        return false;
    bool ok = true;
    for (const JsonMember &member : value.members) {
        if (allowedKeys.contains(member.key))
            continue;
        QString message = tr("unknown key %1").arg(quoted(member.key));
        if (const QString guess = closestName(member.key, allowedKeys); !guess.isEmpty())
            message += tr(" (did you mean \"%1\"?)").arg(guess);
        // Key lists are short: show them whole.
        message
            += tr("; the keys allowed here are %1").arg(listNames(allowedKeys, allowedKeys.size()));
        addError(member.line, member.column, childField(field, member.key), message);
        ok = false;
    }
    return ok;
}

bool ContentChecker::checkFormat(const JsonValue &root)
{
    if (!expectType(root, QString(), JsonValue::Type::Object,
            tr("one object in braces {...} holding the whole file")))
        return false;
    const JsonMember *format = root.member(u"format"_s);
    if (!format) {
        addError(root, u"format"_s,
            tr("missing; add \"format\": %1 as the first key so that Limber knows how to "
               "read the file")
                .arg(contentformat::version));
        return false;
    }
    if (!format->value.isNumber()) {
        addError(format->value, u"format"_s,
            tr("expected the number %1, found %2")
                .arg(contentformat::version)
                .arg(describe(format->value)));
        return false;
    }
    if (format->value.number != contentformat::version) {
        addError(format->value, u"format"_s,
            tr("this file is written in content format %1, but this version of Limber "
               "reads format %2 only; update Limber or rewrite the file in format %2")
                .arg(format->value.number)
                .arg(contentformat::version));
        return false;
    }
    return true;
}

ObjectFields::ObjectFields(
    ContentChecker &checker, const JsonValue &object, QString field, const QStringList &allowedKeys)
    : m_checker(checker)
    , m_object(object)
    , m_field(std::move(field))
{
    // An object with unknown keys is still read, so that its other problems show at once.
    m_valid = object.isObject();
    checker.object(object, m_field, allowedKeys);
}

const JsonValue *ObjectFields::value(const QString &key, Need need)
{
    if (!m_valid)
        return nullptr;
    if (const JsonMember *member = m_object.member(key))
        return &member->value;
    if (need == Need::Required)
        m_checker.addError(m_object, field(key),
            tr("missing; add \"%1\" to the object that starts here (it is required)").arg(key));
    return nullptr;
}

std::optional<QString> ObjectFields::string(const QString &key, Need need)
{
    const JsonValue *found = value(key, need);
    return found ? m_checker.string(*found, field(key)) : std::nullopt;
}

std::optional<QString> ObjectFields::id(const QString &key, Need need)
{
    const JsonValue *found = value(key, need);
    return found ? m_checker.id(*found, field(key)) : std::nullopt;
}

std::optional<LocalizedText> ObjectFields::text(const QString &key, Need need)
{
    const JsonValue *found = value(key, need);
    return found ? m_checker.text(*found, field(key)) : std::nullopt;
}

std::optional<QList<LocalizedText>> ObjectFields::texts(
    const QString &key, Need need, qsizetype minItems, qsizetype maxItems)
{
    const JsonValue *found = value(key, need);
    return found ? m_checker.texts(*found, field(key), minItems, maxItems) : std::nullopt;
}

std::optional<int> ObjectFields::integer(
    const QString &key, Need need, int min, int max, const QString &rangeHint)
{
    const JsonValue *found = value(key, need);
    return found ? m_checker.integer(*found, field(key), min, max, rangeHint) : std::nullopt;
}

std::optional<double> ObjectFields::number(
    const QString &key, Need need, double min, double max, const QString &rangeHint)
{
    const JsonValue *found = value(key, need);
    return found ? m_checker.number(*found, field(key), min, max, rangeHint) : std::nullopt;
}

std::optional<bool> ObjectFields::boolean(const QString &key, Need need)
{
    const JsonValue *found = value(key, need);
    return found ? m_checker.boolean(*found, field(key)) : std::nullopt;
}

std::optional<QString> ObjectFields::choice(
    const QString &key, Need need, const QStringList &choices)
{
    const JsonValue *found = value(key, need);
    return found ? m_checker.choice(*found, field(key), choices) : std::nullopt;
}

} // namespace limber

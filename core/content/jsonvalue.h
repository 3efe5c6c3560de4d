#pragma once

#include <QString>

#include <vector>

namespace limber {

struct JsonMember;

/// A JSON value as read from a content file, with the position of its first
/// character so that every later check can point at the exact place.
struct JsonValue
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    int line = 0; ///< 1-based
    int column = 0; ///< 1-based, in characters
    bool boolean = false;
    double number = 0;
    QString string;
    std::vector<JsonValue> items; ///< elements of an array
    std::vector<JsonMember> members; ///< members of an object, in file order

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    bool isBool() const { return type == Type::Bool; }

    /// The member with this key, or nullptr (keys are unique: the reader rejects duplicates).
    const JsonMember *member(const QString &key) const;
};

/// One "key": value pair of an object, with the position of the key.
struct JsonMember
{
    QString key;
    int line = 0;
    int column = 0;
    JsonValue value;
};

inline const JsonMember *JsonValue::member(const QString &key) const
{
    for (const JsonMember &candidate : members) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

} // namespace limber

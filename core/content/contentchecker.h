#pragma once

#include "core/content/contenterror.h"
#include "core/content/jsonvalue.h"
#include "core/model/localizedtext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

/// Reads typed values out of one parsed content file and records, for each
/// value that does not fit, an error with its file, position and field path.
/// Each read returns std::nullopt when the value is unusable, so a parser can
/// go on and report every problem of a file in one pass.
class ContentChecker
{
    Q_DECLARE_TR_FUNCTIONS(ContentChecker)

public:
    /// At most this many errors are kept per file; a file that broken needs
    /// its first problems fixed before the rest make sense.
    static constexpr qsizetype maxErrorsPerFile = 20;

    explicit ContentChecker(QString file);

    const QString &file() const { return m_file; }
    const QList<ContentError> &errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    void addError(int line, int column, const QString &field, const QString &message);
    void addError(const JsonValue &at, const QString &field, const QString &message);

    /// Text that is not empty.
    std::optional<QString> string(const JsonValue &value, const QString &field);
    /// An identifier: lowercase letters, digits and single hyphens, at most 64 characters.
    std::optional<QString> id(const JsonValue &value, const QString &field);
    /// Text as a plain string (taken as English) or as {"en": ..., "de": ...}.
    std::optional<LocalizedText> text(const JsonValue &value, const QString &field);
    /// A list of texts, each as text() reads it; `minItems` to `maxItems` entries.
    std::optional<QList<LocalizedText>> texts(
        const JsonValue &value, const QString &field, qsizetype minItems, qsizetype maxItems);
    /// A whole number within [min, max]; `rangeHint` tells the person the allowed range.
    std::optional<int> integer(
        const JsonValue &value, const QString &field, int min, int max, const QString &rangeHint);
    /// A number within [min, max].
    std::optional<double> number(const JsonValue &value, const QString &field, double min,
        double max, const QString &rangeHint);
    std::optional<bool> boolean(const JsonValue &value, const QString &field);
    /// One of a fixed set of words, e.g. "left" or "right".
    std::optional<QString> choice(
        const JsonValue &value, const QString &field, const QStringList &choices);
    /// True if the value is a list of `minItems` to `maxItems` elements. Every
    /// list has a most, so a file within the size limit cannot ask for more
    /// than the program is built to show; `tooManyHint` says what the most is.
    bool list(const JsonValue &value, const QString &field, qsizetype minItems,
        const QString &emptyHint, qsizetype maxItems, const QString &tooManyHint);
    /// True if the value is an object whose keys all appear in `allowedKeys`;
    /// each unknown key gets its own error.
    bool object(const JsonValue &value, const QString &field, const QStringList &allowedKeys);

    /// The "format" key every file starts with; false (with an error) unless it is supported.
    bool checkFormat(const JsonValue &root);

    /// "text (\"60\")", "a number (60)", "a list", ...: what a person wrote, for messages.
    static QString describe(const JsonValue &value);

private:
    bool expectType(const JsonValue &value, const QString &field, JsonValue::Type type,
        const QString &expected);

    QString m_file;
    QList<ContentError> m_errors;
};

/// The members of one JSON object, read by key. Unknown keys are reported
/// when the reader is made; a missing required key when it is asked for.
class ObjectFields
{
    Q_DECLARE_TR_FUNCTIONS(ObjectFields)

public:
    enum class Need { Required, Optional };

    ObjectFields(ContentChecker &checker, const JsonValue &object, QString field,
        const QStringList &allowedKeys);

    /// False if the value was not an object; every read then returns nothing.
    bool isValid() const { return m_valid; }
    const JsonValue &object() const { return m_object; }
    const QString &field() const { return m_field; }
    /// The field path of a key of this object.
    QString field(const QString &key) const { return childField(m_field, key); }
    bool has(const QString &key) const { return m_valid && m_object.member(key); }

    /// The value of a key, or nullptr; a missing required key is an error.
    const JsonValue *value(const QString &key, Need need);

    std::optional<QString> string(const QString &key, Need need);
    std::optional<QString> id(const QString &key, Need need);
    std::optional<LocalizedText> text(const QString &key, Need need);
    std::optional<QList<LocalizedText>> texts(
        const QString &key, Need need, qsizetype minItems, qsizetype maxItems);
    std::optional<int> integer(
        const QString &key, Need need, int min, int max, const QString &rangeHint);
    std::optional<double> number(
        const QString &key, Need need, double min, double max, const QString &rangeHint);
    std::optional<bool> boolean(const QString &key, Need need);
    std::optional<QString> choice(const QString &key, Need need, const QStringList &choices);

private:
    ContentChecker &m_checker;
    const JsonValue &m_object;
    QString m_field;
    bool m_valid = false;
};

} // namespace limber

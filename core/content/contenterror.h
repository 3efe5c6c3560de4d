#pragma once

#include <QList>
#include <QString>

namespace limber {

/// One problem found in a content file, precise enough for a person to open
/// the file and fix it: where it is (file, line, column), which field it is
/// about (e.g. "steps[2].pose", list indexes count from 0) and what to do.
struct ContentError
{
    QString file; ///< path of the file as it was opened
    int line = 0; ///< 1-based; 0 when the problem is with the whole file
    int column = 0; ///< 1-based, counted in characters; 0 when unknown
    QString field; ///< path of the field inside the file; empty for the whole file
    QString message; ///< a sentence that says what is wrong and how to fix it

    /// "file:line:column: field: message", leaving out the parts that are unknown.
    QString toString() const;

    friend bool operator==(const ContentError &, const ContentError &) = default;
};

/// The path of a key inside an object: "parent.key", or "key" at the top.
QString childField(const QString &parent, const QString &key);

/// The path of an element of a list: "parent[index]", counting from 0.
QString itemField(const QString &parent, qsizetype index);

/// All errors as one text, one per line, for places that show a single message.
QString joinContentErrors(const QList<ContentError> &errors);

} // namespace limber

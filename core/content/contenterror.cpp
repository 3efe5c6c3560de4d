#include "core/content/contenterror.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace limber {

QString ContentError::toString() const
{
    QString location = file;
    if (line > 0) {
        location += u':' + QString::number(line);
        if (column > 0)
            location += u':' + QString::number(column);
    }
    QString result = location.isEmpty() ? QString() : location + u": "_s;
    if (!field.isEmpty())
        result += field + u": "_s;
    return result + message;
}

QString childField(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString itemField(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

QString joinContentErrors(const QList<ContentError> &errors)
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const ContentError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

} // namespace limber

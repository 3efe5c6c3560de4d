#include "core/content/jsonreader.h"

#include "core/content/jsonparser.h"

#include <QFile>

namespace limber {

JsonReadResult JsonReader::parse(const QByteArray &utf8)
{
    return detail::JsonParser(utf8).run();
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

#include "print/pdfexport.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace limber {

QString chooseAndWritePdf(QWidget *parent, const QString &suggestedPath,
    const SaveFileChooser &chooseFile, const ProblemReporter &report,
    const std::function<Status(const QString &path)> &write)
{
    QString path = chooseFile(parent, suggestedPath);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    if (const Status written = write(path); !written) {
        report(parent, written.error().message);
        return {};
    }
    return path;
}

} // namespace limber

#pragma once

// Runs poppler's command line tools on a PDF, as a reader's software would
// see it: its text, its pages, the raster images inside, a page as pixels.
#include <QImage>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace limber::testing {

struct ToolOutput
{
    bool ran = false;
    int exitCode = -1;
    QString out;
    QString err;
};

inline ToolOutput runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolOutput result;
    if (!process.waitForStarted(10'000))
        return result;
    process.waitForFinished(60'000);
    result.ran = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// Text as a search would read it: ligatures such as "\uFB02" (the font's
/// "fl") as their letters, every run of white space one space.
inline QString searchable(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

/// The text as pdftotext reads it, from pages \a first to \a last (0: to the end).
inline QString pdfText(const QString &pdf, int first = 1, int last = 0)
{
    QStringList arguments {QStringLiteral("-f"), QString::number(first)};
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << pdf << QStringLiteral("-");
    return searchable(runTool(QStringLiteral("pdftotext"), arguments).out);
}

/// The value of one pdfinfo field, e.g. "Pages" or "Page size".
inline QString pdfInfo(const QString &pdf, const QString &field)
{
    const QString out = runTool(QStringLiteral("pdfinfo"), {pdf}).out;
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

inline int pdfPages(const QString &pdf)
{
    bool ok = false;
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt(&ok);
    return ok ? pages : -1;
}

/// Raster images in the file, from `pdfimages -list` (two header lines); -1 if it failed.
inline int pdfImageCount(const QString &pdf)
{
    const ToolOutput list = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (!list.ran || list.exitCode != 0)
        return -1;
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

/// Page \a page (1-based) in grey at \a dpi, through pdftoppm.
inline QImage renderPage(const QString &pdf, int page, int dpi, const QString &outputStem)
{
    const QString number = QString::number(page);
    runTool(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-gray"), QStringLiteral("-singlefile"),
            QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), number,
            QStringLiteral("-l"), number, pdf, outputStem});
    return QImage(outputStem + QStringLiteral(".png"));
}

} // namespace limber::testing

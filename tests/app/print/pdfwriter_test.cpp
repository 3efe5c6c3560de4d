// PdfDocumentWriter: one writer for the sheet and the report, whose
// failures name the real cause and what to do; and PdfSavedDialog, which
// says where the file went and opens it or its folder.
#include "app/print/pdfdocumentwriter.h"
#include "app/print/pdfsaveddialog.h"
#include "app/print/savetarget.h"
#include "tests/app/print/poppler.h"
#include "tests/core/history/historytestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A document of \a pages pages, each with its number written on it.
PdfDocument numberedPages(int pages)
{
    return {u"Numbered pages"_s, [pages](QPainter &painter, QPagedPaintDevice &device) {
                for (int page = 1; page <= pages; ++page) {
                    if (page > 1)
                        device.newPage();
                    painter.drawText(QPointF(100, 100), u"Page number %1"_s.arg(page));
                }
            }};
}

class PdfWriterTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    /// Writes numberedPages(1) to \a path: the error message, empty on success.
    static QString writeProblem(const QString &path)
    {
        const Status written
            = PdfDocumentWriter::write(numberedPages(1), path, QPageSize(QPageSize::A4));
        return written ? QString() : written.error().message;
    }

    QTemporaryDir dir;
};

TEST_F(PdfWriterTest, WritesEveryPageWithTheTitleAndPaper)
{
    const QString pdf = dir.filePath(u"pages.pdf"_s);
    const Status written
        = PdfDocumentWriter::write(numberedPages(3), pdf, QPageSize(QPageSize::Letter));
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(pdfPages(pdf), 3);
    EXPECT_EQ(pdfInfo(pdf, u"Title"_s), u"Numbered pages"_s);
    EXPECT_TRUE(pdfInfo(pdf, u"Page size"_s).contains(u"letter"_s))
        << pdfInfo(pdf, u"Page size"_s).toStdString();
    for (int page = 1; page <= 3; ++page)
        EXPECT_EQ(pdfText(pdf, page, page), u"Page number %1"_s.arg(page));
}

TEST_F(PdfWriterTest, AMissingFolderIsNamedWithAdvice)
{
    const QString folder = dir.filePath(u"gone"_s);
    const QString pdf = QDir(folder).filePath(u"sheet.pdf"_s);
    EXPECT_EQ(SaveTarget::problemWith(pdf), SaveTarget::Problem::FolderMissing);
    const QString problem = writeProblem(pdf);
    EXPECT_TRUE(problem.contains(QDir::toNativeSeparators(pdf))) << problem.toStdString();
    EXPECT_TRUE(
        problem.contains(u"the folder %1 does not exist"_s.arg(QDir::toNativeSeparators(folder))))
        << problem.toStdString();
    EXPECT_TRUE(problem.contains(u"Choose another folder"_s)) << problem.toStdString();
    EXPECT_FALSE(problem.contains(u"No such file"_s)) << problem.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder)) << "no folder is made behind the person's back";
}

TEST_F(PdfWriterTest, AReadOnlyFolderIsNamedWithAdviceAndItsFileKept)
{
    const QString folder = dir.filePath(u"locked"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString pdf = QDir(folder).filePath(u"report.pdf"_s);
    const QByteArray earlier("an earlier file");
    ASSERT_TRUE(writeFile(pdf, earlier));
    ReadOnlyFolder locked(folder);
    ASSERT_TRUE(locked.ok()) << "could not make the folder read-only with "
                             << locked.how().toStdString();

    EXPECT_EQ(SaveTarget::problemWith(pdf), SaveTarget::Problem::FolderReadOnly);
    const QString problem = writeProblem(pdf);
    EXPECT_TRUE(problem.contains(QDir::toNativeSeparators(pdf))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(u"folder %1 is read-only"_s.arg(QDir::toNativeSeparators(folder))))
        << problem.toStdString();
    EXPECT_TRUE(problem.contains(u"Choose another folder"_s)) << problem.toStdString();
    locked.release();
    EXPECT_EQ(readAll(pdf), earlier);
}

TEST_F(PdfWriterTest, APathThatIsAFolderIsSaidToBeOne)
{
    const QString folder = dir.filePath(u"a folder.pdf"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    EXPECT_EQ(SaveTarget::problemWith(folder), SaveTarget::Problem::IsFolder);
    const QString problem = writeProblem(folder);
    EXPECT_TRUE(problem.contains(QDir::toNativeSeparators(folder))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(u"name of a folder"_s)) << problem.toStdString();
    EXPECT_TRUE(problem.contains(u"Choose another name"_s)) << problem.toStdString();
    EXPECT_TRUE(QFileInfo(folder).isDir());
    EXPECT_TRUE(QDir(folder).isEmpty());
}

TEST_F(PdfWriterTest, AFileWhereAFolderShouldBeIsNamed)
{
    const QString plain = dir.filePath(u"plain"_s);
    ASSERT_TRUE(writeFile(plain, "text"));
    for (const QString &pdf :
        {QDir(plain).filePath(u"sheet.pdf"_s), QDir(plain).filePath(u"deeper/sheet.pdf"_s)}) {
        EXPECT_EQ(SaveTarget::problemWith(pdf), SaveTarget::Problem::FolderIsFile);
        const QString problem = writeProblem(pdf);
        EXPECT_TRUE(
            problem.contains(u"%1 is a file, not a folder"_s.arg(QDir::toNativeSeparators(plain))))
            << problem.toStdString();
    }
}

TEST_F(PdfWriterTest, NoNameIsAProblemToo)
{
    EXPECT_EQ(SaveTarget::problemWith(QString()), SaveTarget::Problem::NoName);
    EXPECT_FALSE(writeProblem(QString()).isEmpty());
}

TEST_F(PdfWriterTest, AWritablePlaceHasNoProblemAndReplacesAnEarlierFile)
{
    const QString pdf = dir.filePath(u"again.pdf"_s);
    EXPECT_EQ(SaveTarget::problemWith(pdf), SaveTarget::Problem::None);
    ASSERT_TRUE(writeFile(pdf, "old"));
    EXPECT_EQ(SaveTarget::problemWith(pdf), SaveTarget::Problem::None);
    EXPECT_TRUE(writeProblem(pdf).isEmpty());
    EXPECT_EQ(pdfPages(pdf), 1);
    // Only the PDF is left: no probe or temporary file stays behind.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"again.pdf"_s});
}

class PdfSavedDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    PdfSavedDialog::UrlOpener opener()
    {
        return [this](const QUrl &url) {
            opened.append(url);
            return openerWorks;
        };
    }

    QTemporaryDir dir;
    QList<QUrl> opened;
    bool openerWorks = true;
};

TEST_F(PdfSavedDialogTest, NamesTheFileAndOpensIt)
{
    const QString pdf = dir.filePath(u"saved.pdf"_s);
    PdfSavedDialog dialog(u"The routine sheet is saved."_s, pdf, nullptr, opener());
    dialog.show();
    EXPECT_TRUE(dialog.text().contains(u"The routine sheet is saved."_s));
    EXPECT_TRUE(dialog.text().contains(QDir::toNativeSeparators(pdf)))
        << dialog.text().toStdString();

    dialog.openButton()->click();
    EXPECT_EQ(opened, QList<QUrl> {QUrl::fromLocalFile(pdf)});
    EXPECT_FALSE(dialog.isVisible()) << "done once the file is open";
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST_F(PdfSavedDialogTest, ShowInFolderOpensTheFolderThatHoldsIt)
{
    const QString pdf = dir.filePath(u"saved.pdf"_s);
    PdfSavedDialog dialog(u"Saved."_s, pdf, nullptr, opener());
    dialog.show();
    dialog.showInFolderButton()->click();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(QDir(opened.first().toLocalFile()).canonicalPath(), QDir(dir.path()).canonicalPath());
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(PdfSavedDialogTest, WhenNothingCanOpenItTheDialogSaysSoAndStays)
{
    openerWorks = false;
    const QString pdf = dir.filePath(u"saved.pdf"_s);
    PdfSavedDialog dialog(u"Saved."_s, pdf, nullptr, opener());
    dialog.show();
    const QString before = dialog.text();
    dialog.openButton()->click();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.text(), before);
    EXPECT_TRUE(dialog.text().contains(u"No program could open the PDF"_s))
        << dialog.text().toStdString();
    // The dialog grows to show the whole message.
    const QLabel *problem = dialog.findChild<QLabel *>(u"pdfSavedProblem"_s);
    ASSERT_NE(problem, nullptr);
    EXPECT_GE(problem->height(), problem->heightForWidth(problem->width()));
    dialog.showInFolderButton()->click();
    EXPECT_TRUE(dialog.text().contains(u"No file manager could open the folder"_s));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(opened.size(), 2);
}

} // namespace

// SheetPrinter: File ▸ Print… and File ▸ Export PDF… with their dialogs
// answered by the test seams, never by a person.
#include "app/print/pdfsaveddialog.h"
#include "app/print/printmodule.h"
#include "app/print/sheetprinter.h"
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"
#include "tests/app/print/poppler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::testing;
using namespace Qt::Literals::StringLiterals;

namespace {

class SheetPrinterTest : public ::testing::Test
{
protected:
    SheetPrinterTest()
        : library(ContentLibrary::load({bundledContentRoot()}))
        , printer(library)
    {
        printer.setSaveFileChooser([this](QWidget *parent, const QString &suggested) {
            chooserParents.append(parent);
            suggestedPaths.append(suggested);
            return answer;
        });
        printer.setProblemReporter(
            [this](QWidget *, const QString &message) { problems.append(message); });
        printer.setSaveConfirmer([this](QWidget *parent, const QString &path) {
            confirmParents.append(parent);
            confirmed.append(path);
        });
        QObject::connect(&printer, &SheetPrinter::pdfExported,
            [this](const QString &path) { exported.append(path); });
    }

    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    ContentLibrary library;
    SheetPrinter printer;
    QTemporaryDir dir;
    QWidget window;
    QString answer; ///< what the file dialog "returns"
    QList<QWidget *> chooserParents;
    QStringList suggestedPaths;
    QStringList problems;
    QStringList exported; ///< paths from pdfExported()
    QStringList confirmed; ///< paths the person was told about
    QList<QWidget *> confirmParents;
};

TEST_F(SheetPrinterTest, ExportWritesThePdfWhereTheUserChose)
{
    answer = dir.filePath(u"my sheet"_s); // no suffix: ".pdf" is added
    EXPECT_TRUE(printer.exportPdf(&window));

    const QString pdf = dir.filePath(u"my sheet.pdf"_s);
    ASSERT_TRUE(QFileInfo::exists(pdf));
    EXPECT_EQ(pdfPages(pdf), 1);
    EXPECT_EQ(exported, QStringList {pdf});
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    ASSERT_EQ(suggestedPaths.size(), 1);
    EXPECT_TRUE(suggestedPaths.first().endsWith(u"/Daily hip stretch.pdf"_s))
        << suggestedPaths.first().toStdString();
    EXPECT_EQ(chooserParents.first(), &window);
    EXPECT_EQ(confirmed, QStringList {pdf});
    EXPECT_EQ(confirmParents, QList<QWidget *> {&window});
}

TEST_F(SheetPrinterTest, TheSavedDialogNamesTheFileAndReturnsAtOnce)
{
    // The program's own confirmation, not the test's: a window-modal
    // dialog over the window, open when exportPdf() returns.
    SheetPrinter standard(library);
    standard.setSaveFileChooser([this](QWidget *, const QString &) { return answer; });
    standard.setProblemReporter(
        [this](QWidget *, const QString &message) { problems.append(message); });
    answer = dir.filePath(u"shown.pdf"_s);
    ASSERT_TRUE(standard.exportPdf(&window));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    auto *dialog = window.findChild<PdfSavedDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    EXPECT_TRUE(dialog->text().contains(QDir::toNativeSeparators(answer)))
        << dialog->text().toStdString();
    EXPECT_TRUE(dialog->text().contains(u"routine sheet"_s)) << dialog->text().toStdString();
    EXPECT_TRUE(dialog->testAttribute(Qt::WA_DeleteOnClose));
    QPointer<PdfSavedDialog> watched(dialog);
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(watched.isNull());
}

TEST_F(SheetPrinterTest, ExportWithTheWeekGridAddsItsPage)
{
    answer = dir.filePath(u"grid.pdf"_s);
    printer.setLogGrid(true);
    ASSERT_TRUE(printer.exportPdf(&window));
    EXPECT_EQ(pdfPages(answer), 2);
}

TEST_F(SheetPrinterTest, CancelledDialogWritesNothingAndSaysNothing)
{
    answer.clear();
    EXPECT_FALSE(printer.exportPdf(&window));
    EXPECT_TRUE(exported.isEmpty());
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST_F(SheetPrinterTest, FailedExportIsReportedWithThePath)
{
    const QString plainFile = dir.filePath(u"plain"_s);
    QFile file(plainFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    answer = QDir(plainFile).filePath(u"sheet.pdf"_s);

    EXPECT_FALSE(printer.exportPdf(&window));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QDir::toNativeSeparators(answer)))
        << problems.first().toStdString();
    // The cause is the file standing where a folder should be, and the
    // advice is to choose another folder.
    EXPECT_TRUE(problems.first().contains(u"is a file, not a folder"_s))
        << problems.first().toStdString();
    EXPECT_TRUE(problems.first().contains(u"Choose another folder"_s));
    EXPECT_TRUE(confirmed.isEmpty());
    EXPECT_TRUE(exported.isEmpty());
}

TEST_F(SheetPrinterTest, UnknownRoutineIsReportedBeforeAnyDialog)
{
    printer.setRoutineId(u"no-such-routine"_s);
    EXPECT_FALSE(printer.exportPdf(&window));
    EXPECT_TRUE(suggestedPaths.isEmpty());
    EXPECT_EQ(printer.openPrintPreview(&window), nullptr);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems.first().contains(u"no-such-routine"_s));
}

TEST_F(SheetPrinterTest, PreviewOpensWithoutBlockingAndShowsTheSheet)
{
    window.show();
    QPointer<QDialog> dialog = printer.openPrintPreview(&window);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(qobject_cast<QPrintPreviewDialog *>(dialog)) << "the print module's preview";
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->parentWidget(), &window);
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    ASSERT_NE(preview, nullptr);
    QCoreApplication::processEvents();
    EXPECT_EQ(preview->pageCount(), 1);

    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(dialog.isNull()) << "the dialog deletes itself when closed";
}

TEST_F(SheetPrinterTest, PreviewWithTheWeekGridHasTwoPages)
{
    printer.setLogGrid(true);
    QPointer<QDialog> dialog = printer.openPrintPreview(&window);
    ASSERT_TRUE(dialog);
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    ASSERT_NE(preview, nullptr);
    QCoreApplication::processEvents();
    EXPECT_EQ(preview->pageCount(), 2);
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_F(SheetPrinterTest, WithoutThePrintModuleThePersonIsToldWhyAndPdfStillWorks)
{
    const QByteArray named = qgetenv("LIMBER_PRINT_MODULE");
    qputenv("LIMBER_PRINT_MODULE", "/nonexistent/limber-print");
    QDialog *dialog = printer.openPrintPreview(&window);
    qputenv("LIMBER_PRINT_MODULE", named);

    EXPECT_EQ(dialog, nullptr);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(u"limber-print"_s)) << problems.first().toStdString();
    EXPECT_TRUE(problems.first().contains(u"PDF"_s)) << problems.first().toStdString();
    EXPECT_TRUE(window.findChildren<QDialog *>().isEmpty());

    answer = dir.filePath(u"sheet.pdf"_s);
    EXPECT_TRUE(printer.exportPdf(&window));
    EXPECT_TRUE(QFileInfo::exists(answer));
}

TEST(PrintModule, IsLookedForWhereTheTestsNameItThenBesideTheProgram)
{
    const QStringList paths = PrintModule::searchPaths();
    ASSERT_GE(paths.size(), 2);
    EXPECT_EQ(paths.at(0), qEnvironmentVariable("LIMBER_PRINT_MODULE"));
    EXPECT_EQ(paths.at(1), QCoreApplication::applicationDirPath() + u"/limber-print"_s);
}

TEST(PrintModule, AModuleWithoutTheEntryPointIsRefused)
{
    // The audio module loads, but it makes no print preview.
    QString problem;
    EXPECT_FALSE(PrintModule::load({qEnvironmentVariable("LIMBER_AUDIO_MODULE")}, &problem));
    EXPECT_TRUE(problem.contains(u"limber-print"_s)) << problem.toStdString();
}

} // namespace

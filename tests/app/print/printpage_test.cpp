// The Print page hands its choices to the sheet printer and saves the sheet.
#include "app/print/printpage.h"
#include "app/print/sheetprinter.h"
#include "core/content/contentlibrary.h"
#include "resources/content_resources.h"
#include "tests/app/print/printplurals.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace limber;

TEST(PrintPage, SavesTheChosenRoutineWithTheWeekGrid)
{
    limber::testing::installPrintPlurals();
    const auto library = ContentLibrary::load({bundledContentRoot()});
    SheetPrinter printer(library);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sheet.pdf"_s);
    printer.setSaveFileChooser([&](QWidget *, const QString &) { return path; });
    QString problem;
    printer.setProblemReporter([&](QWidget *, const QString &message) { problem = message; });

    PrintPage page(library, printer);
    EXPECT_EQ(page.routineChooser()->currentData().toString(), library.defaultRoutineId())
        << "the default routine is chosen first";
    EXPECT_FALSE(page.logGridBox()->isChecked());

    page.logGridBox()->setChecked(true);
    page.pdfButton()->click();
    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    EXPECT_TRUE(printer.logGrid()) << "the page's choice reached the printer";
    EXPECT_EQ(printer.routineId(), library.defaultRoutineId());
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
}

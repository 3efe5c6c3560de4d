// The exercise page in a dialog over a running session: modal, same
// content, no Back, closed by its Close button or Esc.
#include "app/exercise/exercisedialog.h"
#include "app/exercise/exercisepage.h"
#include "tests/app/exercise/testexercise.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace limber::test {
namespace {

TEST(ExerciseDialog, OpensModalWithTheExerciseAndClosesWithClose)
{
    QWidget window;
    window.resize(1024, 720);
    window.show();
    QPointer<ExerciseDialog> dialog = ExerciseDialog::openFor(fullExercise(), &window);
    ASSERT_FALSE(dialog.isNull());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->isModal());
    EXPECT_EQ(dialog->windowTitle(), u"Test Leg Cross"_s);
    EXPECT_NE(dialog->findChild<QWidget *>(u"stepsSection"_s), nullptr);
    EXPECT_FALSE(dialog->page()->findChild<QPushButton *>(u"exerciseBack"_s)->isVisible())
        << "the dialog's Close does that job";

    auto *close = dialog->findChild<QPushButton *>(u"closeExercise"_s);
    ASSERT_NE(close, nullptr);
    close->click();
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(dialog.isNull()) << "closed and gone";
}

TEST(ExerciseDialog, EscClosesIt)
{
    QWidget window;
    window.show();
    QPointer<ExerciseDialog> dialog = ExerciseDialog::openFor(fullExercise(), &window);
    dialog->activateWindow();
    QApplication::processEvents();
    QTest::keyClick(dialog->page()->scrollArea(), Qt::Key_Escape);
    EXPECT_FALSE(dialog && dialog->isVisible());
}

} // namespace
} // namespace limber::test

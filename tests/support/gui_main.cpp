// Test entry point for widget tests: an offscreen QApplication, so the
// tests run the same with or without a display, and the built modules.
#include "tests/support/fixedlocale.h"
#include "tests/support/hangwatch.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    limber::test::pinLocaleAndZone();
    ::testing::InitGoogleTest(&argc, argv);
    limber::test::watchForHangs();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The program finds its modules beside itself; a test, which runs from
    // its own folder, is pointed at the built ones.
    if (qEnvironmentVariableIsEmpty("LIMBER_AUDIO_MODULE"))
        qputenv("LIMBER_AUDIO_MODULE", LIMBER_TEST_AUDIO_MODULE);
    if (qEnvironmentVariableIsEmpty("LIMBER_PRINT_MODULE"))
        qputenv("LIMBER_PRINT_MODULE", LIMBER_TEST_PRINT_MODULE);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}

// Test entry point for core tests: a QCoreApplication so that signals,
// QObject parents and resources behave as in the program.
#include "tests/support/fixedlocale.h"
#include "tests/support/hangwatch.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    limber::test::pinLocaleAndZone();
    ::testing::InitGoogleTest(&argc, argv);
    limber::test::watchForHangs();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}

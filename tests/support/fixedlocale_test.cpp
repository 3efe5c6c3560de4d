// The test mains pin the language and the time zone: a machine set to
// German in Auckland runs every test as one set to C.UTF-8 in UTC.
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace limber {
namespace {

TEST(FixedLocale, LocalTimeIsUtcWhateverTheMachineSays)
{
    EXPECT_EQ(qgetenv("TZ"), QByteArrayLiteral("UTC"));
    const QDateTime winter(QDate(2026, 1, 15), QTime(12, 0));
    const QDateTime summer(QDate(2026, 7, 15), QTime(12, 0));
    EXPECT_EQ(winter.offsetFromUtc(), 0);
    EXPECT_EQ(summer.offsetFromUtc(), 0);
}

TEST(FixedLocale, NumbersAndDatesUseTheCLocale)
{
    EXPECT_EQ(QLocale::system().language(), QLocale::C);
    EXPECT_EQ(QLocale().decimalPoint(), QStringLiteral("."));
}

} // namespace
} // namespace limber

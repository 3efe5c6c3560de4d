// A test that never ends, for hangwatch_check.cmake: it is built but never
// discovered into the suite.
#include <gtest/gtest.h>

#include <future>

TEST(HangExample, WaitsForAPromiseNobodyKeeps)
{
    std::promise<void> never;
    never.get_future().wait();
}

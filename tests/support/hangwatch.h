#pragma once

// A test that hangs would otherwise wait for ctest's own limit, and that
// says only that the test was killed, not where it waited.
namespace limber::test {

/// Watches every test of this process: when one has run `limitSeconds`
/// (or the process has not ended that long after its last test), it prints
/// the test's name and the stack of every thread, then aborts. The stacks
/// come from gdb where it is installed; without it, the name alone.
/// LIMBER_TEST_HANG_SECONDS overrides the limit.
void watchForHangs(int limitSeconds = 120);

} // namespace limber::test

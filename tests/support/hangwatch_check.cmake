# A test that hangs is stopped by the test's own watch, which names it and
# shows where it waits (tests/support/hangwatch.h).
#   cmake -DEXAMPLE=<hang_example binary> -P hangwatch_check.cmake
set(ENV{LIMBER_TEST_HANG_SECONDS} 2)
execute_process(COMMAND ${EXAMPLE}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
set(all "${out}${err}")
if(rc EQUAL 0)
    message(FATAL_ERROR "a test that never ends passed:\n${all}")
endif()
if(NOT all MATCHES "hang: HangExample.WaitsForAPromiseNobodyKeeps is still running after 2 s")
    message(FATAL_ERROR "the hang was not named:\n${all}")
endif()
# gdb's backtrace of the waiting thread reaches the test's body, where the
# system lets a process be attached to (a container may forbid ptrace).
if(all MATCHES "ptrace: Operation not permitted")
    message(STATUS "gdb may not attach here: only the test's name was checked")
elseif(NOT all MATCHES "HangExample_WaitsForAPromiseNobodyKeeps_Test::TestBody")
    message(FATAL_ERROR "no stack shows where the test waits:\n${all}")
endif()

# `limber --import /dev/zero` reads no further than the import size limit and
# says what the limit is, instead of growing until memory runs out.
set(ENV{DISPLAY} "")
set(ENV{WAYLAND_DISPLAY} "")
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

string(TIMESTAMP started "%s")
execute_process(COMMAND ${LIMBER} --data-dir ${WORK_DIR}/data --import /dev/zero
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 25)
string(TIMESTAMP ended "%s")
math(EXPR seconds "${ended} - ${started}")
if(rc EQUAL 0)
    message(FATAL_ERROR "limber --import /dev/zero succeeded: '${out}' '${err}'")
endif()
if(NOT rc MATCHES "^[0-9]+$")
    message(FATAL_ERROR "limber --import /dev/zero did not end by itself (${rc}) after "
        "${seconds} s: '${err}'")
endif()
if(NOT err MATCHES "larger than ${EXPECTED_LIMIT}")
    message(FATAL_ERROR "limber --import /dev/zero exited ${rc} without naming the limit "
        "${EXPECTED_LIMIT}: '${out}' '${err}'")
endif()
message(STATUS "refused in ${seconds} s: ${err}")

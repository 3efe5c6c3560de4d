# `PROGRAM --print-sheet FILE.pdf [--routine ID] [--log-grid] --data-dir DIR`
# on a machine without a display: it writes the PDF, and refuses an unknown
# routine or an unwritable path with a message and a non-zero exit code,
# leaving an earlier file alone.
#   cmake -DPRINT_COMMAND=<program> -DWORK_DIR=<scratch folder> -P print_sheet.cmake
set(ENV{DISPLAY} "")
set(ENV{WAYLAND_DISPLAY} "")
set(ENV{QT_QPA_PLATFORM} "")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/data")
set(data "${WORK_DIR}/data")

function(print_sheet)
    cmake_parse_arguments(ARG "" "EXPECT" "ARGS" ${ARGN})
    execute_process(COMMAND ${PRINT_COMMAND} ${ARG_ARGS} --data-dir "${data}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
    set(rc "${rc}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
endfunction()

function(expect_pdf path)
    if(NOT EXISTS "${path}")
        message(FATAL_ERROR "${path} was not written")
    endif()
    file(READ "${path}" head LIMIT 8)
    if(NOT head MATCHES "^%PDF-")
        message(FATAL_ERROR "${path} is not a PDF: '${head}'")
    endif()
    file(SIZE "${path}" size)
    if(size GREATER 204800)
        message(FATAL_ERROR "${path} is ${size} bytes, more than 200 KB")
    endif()
endfunction()

# The default routine.
print_sheet(ARGS --print-sheet "${WORK_DIR}/sheet.pdf")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "--print-sheet exited with ${rc}: ${err}")
endif()
expect_pdf("${WORK_DIR}/sheet.pdf")

# With the week grid, a named routine.
print_sheet(ARGS --print-sheet "${WORK_DIR}/grid.pdf" --routine daily-hip-stretch --log-grid)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "--print-sheet --log-grid exited with ${rc}: ${err}")
endif()
expect_pdf("${WORK_DIR}/grid.pdf")

find_program(PDFINFO pdfinfo)
if(PDFINFO)
    foreach(pair "sheet.pdf=1" "grid.pdf=2")
        string(REPLACE "=" ";" pair "${pair}")
        list(GET pair 0 name)
        list(GET pair 1 expected)
        execute_process(COMMAND ${PDFINFO} "${WORK_DIR}/${name}" OUTPUT_VARIABLE info)
        if(NOT info MATCHES "Pages: +${expected}\n")
            message(FATAL_ERROR "${name} should have ${expected} page(s):\n${info}")
        endif()
    endforeach()
endif()

# An unknown routine: exit code 2, the id and the known ids named, the earlier file kept.
file(READ "${WORK_DIR}/sheet.pdf" before HEX)
print_sheet(ARGS --print-sheet "${WORK_DIR}/sheet.pdf" --routine no-such-routine)
if(NOT rc EQUAL 2)
    message(FATAL_ERROR "an unknown routine exited with ${rc}, expected 2: ${err}")
endif()
if(NOT err MATCHES "no-such-routine" OR NOT err MATCHES "daily-hip-stretch")
    message(FATAL_ERROR "the message should name the routine and the known ones: '${err}'")
endif()
file(READ "${WORK_DIR}/sheet.pdf" after HEX)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "a failed print changed the earlier file")
endif()

# An unwritable path: its folder is a regular file.
file(WRITE "${WORK_DIR}/plain-file" "")
print_sheet(ARGS --print-sheet "${WORK_DIR}/plain-file/sheet.pdf")
if(rc EQUAL 0)
    message(FATAL_ERROR "writing under a regular file exited 0")
endif()
if(NOT err MATCHES "plain-file/sheet.pdf")
    message(FATAL_ERROR "the message should name the path: '${err}'")
endif()

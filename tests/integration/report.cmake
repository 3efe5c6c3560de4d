# `PROGRAM --report FILE.pdf [--weeks N] --data-dir DIR` on a machine without
# a display: no history yet is said and writes nothing; over a seeded history
# it writes a one- or two-page PDF and leaves the history file's bytes as
# they were; --weeks out of range and an unwritable path are refused with a
# message and a non-zero exit code.
#   cmake -DREPORT_COMMAND=<program> -DWORK_DIR=<scratch folder> -P report.cmake
set(ENV{DISPLAY} "")
set(ENV{WAYLAND_DISPLAY} "")
set(ENV{QT_QPA_PLATFORM} "")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/data")
set(data "${WORK_DIR}/data")

function(report)
    execute_process(COMMAND ${REPORT_COMMAND} ${ARGN} --data-dir "${data}"
            --locale en_GB --today 2026-03-18
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
    set(rc "${rc}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
endfunction()

# No history yet: exit code 3, the folder named, no file, no history created.
report(--report "${WORK_DIR}/empty.pdf")
if(NOT rc EQUAL 3)
    message(FATAL_ERROR "a report without history exited with ${rc}, expected 3: ${err}")
endif()
if(NOT err MATCHES "No history yet in ${data}")
    message(FATAL_ERROR "the message should say there is no history in the folder: '${err}'")
endif()
if(EXISTS "${WORK_DIR}/empty.pdf" OR EXISTS "${data}/history.db")
    message(FATAL_ERROR "a report without history wrote a file")
endif()

execute_process(COMMAND ${REPORT_COMMAND} --seed-history "${data}"
    RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "seeding the history failed: ${err}")
endif()
file(SHA256 "${data}/history.db" before)

function(expect_pdf name)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "--report ${name} exited with ${rc}: ${err}")
    endif()
    file(READ "${WORK_DIR}/${name}" head LIMIT 8)
    if(NOT head MATCHES "^%PDF-")
        message(FATAL_ERROR "${name} is not a PDF: '${head}'")
    endif()
endfunction()

# The default eight weeks, and a year.
report(--report "${WORK_DIR}/report.pdf")
expect_pdf(report.pdf)
report(--report "${WORK_DIR}/year.pdf" --weeks 52)
expect_pdf(year.pdf)

file(SHA256 "${data}/history.db" after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "making a report changed the history file")
endif()

find_program(PDFINFO pdfinfo)
find_program(PDFTOTEXT pdftotext)
if(PDFINFO AND PDFTOTEXT)
    foreach(name report.pdf year.pdf)
        execute_process(COMMAND ${PDFINFO} "${WORK_DIR}/${name}" OUTPUT_VARIABLE info)
        if(NOT info MATCHES "Pages: +[12]\n")
            message(FATAL_ERROR "${name} should have one or two pages:\n${info}")
        endif()
    endforeach()
    # (Words without "fi" or "fl": the font writes them as ligatures.)
    execute_process(COMMAND ${PDFTOTEXT} "${WORK_DIR}/report.pdf" - OUTPUT_VARIABLE text)
    foreach(expected "Progress report" "26 Jan – 18 Mar 2026" "2 stopped \\(1 for pain\\)"
            "30 % less hold time" "Hands on your shins" "Knees lower today.")
        if(NOT text MATCHES "${expected}")
            message(FATAL_ERROR "report.pdf does not say '${expected}':\n${text}")
        endif()
    endforeach()
endif()

# --weeks out of range: the usage message and exit code 2, no file.
foreach(weeks 0 53 many)
    report(--report "${WORK_DIR}/weeks.pdf" --weeks ${weeks})
    if(NOT rc EQUAL 2)
        message(FATAL_ERROR "--weeks ${weeks} exited with ${rc}, expected 2: ${err}")
    endif()
    if(NOT err MATCHES "--weeks takes a whole number of weeks from 1 to 52")
        message(FATAL_ERROR "--weeks ${weeks} should print the usage: '${err}'")
    endif()
endforeach()
if(EXISTS "${WORK_DIR}/weeks.pdf")
    message(FATAL_ERROR "a refused --weeks wrote a file")
endif()

# An unwritable path: its folder is a regular file. The earlier report stays.
file(READ "${WORK_DIR}/report.pdf" earlier HEX)
file(WRITE "${WORK_DIR}/plain-file" "")
report(--report "${WORK_DIR}/plain-file/report.pdf")
if(NOT rc EQUAL 1)
    message(FATAL_ERROR "writing under a regular file exited with ${rc}, expected 1: ${err}")
endif()
if(NOT err MATCHES "plain-file/report.pdf")
    message(FATAL_ERROR "the message should name the path: '${err}'")
endif()
file(READ "${WORK_DIR}/report.pdf" later HEX)
if(NOT earlier STREQUAL later)
    message(FATAL_ERROR "a failed report changed the earlier file")
endif()

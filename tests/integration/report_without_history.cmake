# `limber --report` on a data folder with no history: a clear sentence, a
# non-zero status, and no PDF; a bad --weeks is a usage error.
#   cmake -DLIMBER=<limber> -DWORK_DIR=<scratch folder> -P report_without_history.cmake
set(ENV{DISPLAY} "")
set(ENV{WAYLAND_DISPLAY} "")
set(ENV{QT_QPA_PLATFORM} "")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/data")

execute_process(COMMAND ${LIMBER} --data-dir "${WORK_DIR}/data" --report "${WORK_DIR}/r.pdf"
    RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 60)
if(rc EQUAL 0)
    message(FATAL_ERROR "--report without a history exited 0")
endif()
if(NOT err MATCHES "No history yet")
    message(FATAL_ERROR "--report without a history said: '${err}'")
endif()
if(EXISTS "${WORK_DIR}/r.pdf")
    message(FATAL_ERROR "--report without a history wrote a PDF")
endif()

execute_process(COMMAND ${LIMBER} --report "${WORK_DIR}/r.pdf" --weeks 0
    RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 2 OR NOT err MATCHES "1 to 52")
    message(FATAL_ERROR "--weeks 0 gave status ${rc} and '${err}'")
endif()

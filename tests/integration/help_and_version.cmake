# `limber --help` and `limber --version` print and exit 0 without a display.
set(ENV{DISPLAY} "")
set(ENV{WAYLAND_DISPLAY} "")
set(ENV{QT_QPA_PLATFORM} "")

execute_process(COMMAND ${LIMBER} --version
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "limber --version exited with ${rc}: ${err}")
endif()
if(NOT out MATCHES "Limber ${EXPECTED_VERSION}")
    message(FATAL_ERROR "limber --version printed '${out}', expected 'Limber ${EXPECTED_VERSION}'")
endif()

execute_process(COMMAND ${LIMBER} --help
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "limber --help exited with ${rc}: ${err}")
endif()
foreach(option --start --data-dir --version --help)
    if(NOT out MATCHES "${option}")
        message(FATAL_ERROR "limber --help does not mention ${option}:\n${out}")
    endif()
endforeach()

execute_process(COMMAND ${LIMBER} --no-such-option
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
if(rc EQUAL 0)
    message(FATAL_ERROR "limber --no-such-option exited 0")
endif()
if(NOT err MATCHES "no-such-option")
    message(FATAL_ERROR "limber --no-such-option did not name the option: '${err}'")
endif()

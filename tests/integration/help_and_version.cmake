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

# Qt's own options go to Qt: they are neither refused nor read as Limber's.
execute_process(COMMAND ${LIMBER} -platform offscreen --version
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc EQUAL 0 OR NOT out MATCHES "Limber ${EXPECTED_VERSION}")
    message(FATAL_ERROR "limber -platform offscreen --version exited ${rc}: '${out}' '${err}'")
endif()
execute_process(COMMAND ${LIMBER} -style fusion -reverse --stylesheet=none.qss --help
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc EQUAL 0 OR NOT out MATCHES "--start")
    message(FATAL_ERROR "limber -style fusion ... --help exited ${rc}: '${out}' '${err}'")
endif()

# Limber's own options are still checked: a mistake is named, with status 2.
foreach(arguments "--no-such-option" "-style;fusion;--frobnicate")
    execute_process(COMMAND ${LIMBER} ${arguments}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
    if(NOT rc EQUAL 2)
        message(FATAL_ERROR "limber ${arguments} exited ${rc}, not 2")
    endif()
    list(GET arguments -1 option)
    string(REGEX REPLACE "^-+" "" option "${option}")
    if(NOT err MATCHES "${option}")
        message(FATAL_ERROR "limber ${arguments} did not name ${option}: '${err}'")
    endif()
    if(err MATCHES "Unknown options?: s,")
        message(FATAL_ERROR "limber ${arguments} took -style for letters: '${err}'")
    endif()
endforeach()

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

# The manual page describes every option the help lists: each has an entry,
# the line after a ".TP" (roff writes "-" as "\-").
file(STRINGS "${MAN_PAGE}" manual_lines)
set(entries "")
set(after_tp FALSE)
foreach(line IN LISTS manual_lines)
    if(after_tp)
        string(APPEND entries "${line}\n")
    endif()
    string(COMPARE EQUAL "${line}" ".TP" after_tp)
endforeach()
string(REGEX MATCHALL "--[a-z][a-z-]*" listed "${out}")
list(REMOVE_DUPLICATES listed)
foreach(option ${listed})
    string(REPLACE "-" "\\-" written "${option}")
    string(FIND "${entries}" "${written}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the manual page (${MAN_PAGE}) has no entry for ${option}")
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

# In the language chosen in Settings, kept in the data folder: the help, a
# mistake Qt's parser finds and one Limber finds.
set(data "${CMAKE_CURRENT_BINARY_DIR}/help-in-german")
file(REMOVE_RECURSE "${data}")
file(WRITE "${data}/settings.ini" "[interface]\nlanguage=de\n")
execute_process(COMMAND ${LIMBER} --data-dir "${data}" --help
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc EQUAL 0 OR NOT out MATCHES "Diese Hilfe anzeigen und beenden"
        OR NOT out MATCHES "limber \\[")
    message(FATAL_ERROR "limber --help with German chosen exited ${rc}: '${out}' '${err}'")
endif()
foreach(case "--frobnicate|frobnicate" "--weeks;3|--weeks gehört zu --report")
    string(REPLACE "|" ";" case "${case}")
    list(POP_BACK case expected)
    execute_process(COMMAND ${LIMBER} --data-dir "${data}" ${case}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
    if(NOT rc EQUAL 2 OR NOT err MATCHES "${expected}"
            OR NOT err MATCHES "Versuchen Sie 'limber --help'")
        message(FATAL_ERROR "limber ${case} with German chosen exited ${rc}: '${err}'")
    endif()
endforeach()
file(GLOB left RELATIVE "${data}" "${data}/*")
if(NOT left STREQUAL "settings.ini")
    message(FATAL_ERROR "limber --help wrote into the data folder: ${left}")
endif()
file(REMOVE_RECURSE "${data}")

# The program does not link the libraries its modules hold (Qt Multimedia,
# eSpeak NG, Qt Print Support): loading them took milliseconds before main(),
# and the modules load them after the window's first frame. The modules are
# built beside the program and give their entry points.
# Run: cmake -DLIMBER=... -DMODULE_DIR=... -P program_libraries.cmake
execute_process(COMMAND readelf --dynamic --wide ${LIMBER}
    OUTPUT_VARIABLE dynamic RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "readelf could not read ${LIMBER}")
endif()
if(NOT dynamic MATCHES "NEEDED[^\n]*libQt6Widgets")
    message(FATAL_ERROR "readelf listed no libQt6Widgets among the program's libraries:\n${dynamic}")
endif()
foreach(library libQt6Multimedia libQt6PrintSupport libespeak-ng)
    if(dynamic MATCHES "NEEDED[^\n]*${library}")
        message(FATAL_ERROR "The program links ${library}, which only its modules should load")
    endif()
endforeach()

foreach(module_and_entry "limber-audio;limber_create_audio_system"
        "limber-print;limber_create_print_preview_maker")
    list(GET module_and_entry 0 module)
    list(GET module_and_entry 1 entry)
    execute_process(COMMAND readelf --dyn-syms --wide ${MODULE_DIR}/${module}.so
        OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "There is no module ${module} beside the program in ${MODULE_DIR}")
    endif()
    if(NOT symbols MATCHES " ${entry}\n")
        message(FATAL_ERROR "${module} does not export ${entry}")
    endif()
endforeach()

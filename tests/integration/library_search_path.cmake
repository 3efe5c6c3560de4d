# The program and its modules carry no library search path (RPATH or
# RUNPATH): every library they link is the system's. An empty entry in one
# means the current folder, so a library placed where Limber is started
# would be loaded in place of Qt's; $ORIGIN entries send the loader through
# the program's own folders before the system's for each library.
# Run: cmake -DFILES="program;module;..." -P library_search_path.cmake
foreach(file IN LISTS FILES)
    execute_process(COMMAND readelf --dynamic --wide ${file}
        OUTPUT_VARIABLE dynamic RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "readelf could not read ${file}")
    endif()
    if(NOT dynamic MATCHES "NEEDED")
        message(FATAL_ERROR "readelf listed no libraries for ${file}:\n${dynamic}")
    endif()
    if(dynamic MATCHES "\\((RPATH|RUNPATH)\\)[^\n]*")
        message(FATAL_ERROR "${file} names a library search path: ${CMAKE_MATCH_0}")
    endif()
endforeach()

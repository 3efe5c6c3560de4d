# Compiler settings shared by every Limber target, applied through an
# interface library so that each target opts in explicitly.
add_library(limber_compiler_options INTERFACE)

target_compile_definitions(limber_compiler_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
    target_compile_options(limber_compiler_options INTERFACE /W4 /permissive- /utf-8)
    if(LIMBER_WARNINGS_AS_ERRORS)
        target_compile_options(limber_compiler_options INTERFACE /WX)
    endif()
else()
    target_compile_options(limber_compiler_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wconversion
        -Wformat=2 -Wimplicit-fallthrough)
    if(LIMBER_WARNINGS_AS_ERRORS)
        target_compile_options(limber_compiler_options INTERFACE -Werror)
    endif()
endif()

# LLVM's linker, where the compiler can use it: a test program links in about
# a second instead of four to five with the system's default (GNU ld), and the
# suite has over ninety of them. LIMBER_LINKER=default keeps the compiler's own.
set(LIMBER_LINKER "lld" CACHE STRING "Linker for -fuse-ld= (GCC, Clang), or 'default'")
if(NOT MSVC AND NOT LIMBER_LINKER STREQUAL "default")
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=${LIMBER_LINKER}" LIMBER_LINKER_WORKS)
    if(LIMBER_LINKER_WORKS)
        target_link_options(limber_compiler_options INTERFACE "-fuse-ld=${LIMBER_LINKER}")
    else()
        message(STATUS "Linker ${LIMBER_LINKER} not usable here: the compiler's default links")
    endif()
endif()

if(LIMBER_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "LIMBER_SANITIZE is supported with GCC and Clang only")
    endif()
    set(_limber_sanitizers -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(limber_compiler_options INTERFACE ${_limber_sanitizers})
    target_link_options(limber_compiler_options INTERFACE ${_limber_sanitizers})
endif()

if(LIMBER_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "LIMBER_FUZZ needs Clang (libFuzzer); configure with the fuzz preset")
    endif()
    # Every Limber target gets coverage for the fuzzer and both sanitizers;
    # the fuzz targets add -fsanitize=fuzzer, which brings libFuzzer's main.
    # An undefined-behaviour report stops the run, so the fuzzer counts it as a crash.
    set(_limber_fuzz_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_compile_options(limber_compiler_options INTERFACE
        -fsanitize=fuzzer-no-link ${_limber_fuzz_sanitizers})
    target_link_options(limber_compiler_options INTERFACE ${_limber_fuzz_sanitizers})
endif()

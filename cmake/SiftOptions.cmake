# One INTERFACE target carries the compile options every Sift target shares.
add_library(sift_options INTERFACE)
target_compile_features(sift_options INTERFACE cxx_std_20)
target_compile_definitions(sift_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(sift_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)

option(SIFT_WERROR "Treat warnings as errors" OFF)
if(SIFT_WERROR)
    target_compile_options(sift_options INTERFACE -Werror)
endif()

option(SIFT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SIFT_SANITIZE)
    target_compile_options(sift_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(sift_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer targets for the parsers (tests/fuzz, scripts/fuzz). Every Sift target gets the fuzzer's coverage
# instrumentation and ASan + UBSan, and UBSan findings abort so the fuzzer keeps the input.
option(SIFT_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)
if(SIFT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SIFT_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(sift_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g)
    target_link_options(sift_options INTERFACE -fsanitize=address,undefined)
endif()

# GNU gold comes with binutils, so wherever g++ is; it links a Sift test in about half the CPU time of the default
# ld.bfd, and a Debug build with its tests links about a hundred executables. Only with GCC: clang's sanitizer
# runtimes make gold warn on every link, and the clang (fuzz) build links a handful of executables.
option(SIFT_GOLD "Link with GNU gold when the toolchain accepts it (a faster build)" ON)
if(SIFT_GOLD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=gold SIFT_HAVE_GOLD)
    if(SIFT_HAVE_GOLD)
        target_link_options(sift_options INTERFACE -fuse-ld=gold)
    endif()
endif()

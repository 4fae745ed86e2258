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

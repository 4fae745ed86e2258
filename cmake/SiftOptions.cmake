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

# sift_add_test(NAME SOURCES... LIBS... [LABELS...])
# Builds one Qt Test executable and registers it with CTest, headless.
function(sift_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE sift_options Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${name} PRIVATE
        SIFT_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        SIFT_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
        SIFT_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    sift_test_precompile(${name} ${ARG_LIBS})
    # AUTOMOC's mocs_compilation.cpp is empty when the test includes its own .moc, as every test here does: loading
    # the precompiled header for it cost more than the rest of its compile (81 files, 138 s of CPU a Debug build).
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${name}_autogen/mocs_compilation.cpp
        PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        TIMEOUT 300)
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()

# Precompiled headers. Most of a Debug compile of a Sift source is spent parsing the same Qt and standard headers;
# a test is one source, so its whole compile was mostly that. Each library precompiles the headers its sources use
# most, and the tests share one precompiled header per set of libraries they link (a host executable built first).
# GCC uses a precompiled header only when it was built with the same options and the same macros the header tests
# (QT_WIDGETS_LIB, QT_NO_CAST_FROM_ASCII…); otherwise it reads the headers as text, which is slower, never wrong.
# Every source still includes what it uses: configure with -DSIFT_PCH=OFF to check that.
option(SIFT_PCH "Precompile the Qt and standard headers most sources include (a faster build)" ON)

set(SIFT_PCH_CORE_HEADERS
    <algorithm> <functional> <memory> <optional> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QObject> <QRegularExpression> <QSet> <QString> <QStringList> <QVariant>)
set(SIFT_PCH_WIDGETS_HEADERS
    ${SIFT_PCH_CORE_HEADERS}
    <QAction> <QApplication> <QComboBox> <QDialog> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMenu>
    <QPushButton> <QSettings> <QTableView> <QTimer> <QVBoxLayout> <QWidget>)
set(SIFT_PCH_TEST_HEADERS <QSignalSpy> <QTemporaryDir> <QTest>)

# sift_precompile(<target> CORE|WIDGETS): the target's own precompiled header.
function(sift_precompile target kind)
    if(SIFT_PCH)
        target_precompile_headers(${target} PRIVATE ${SIFT_PCH_${kind}_HEADERS})
    endif()
endfunction()

# sift_test_precompile(<test> <libs…>): the precompiled header every test of the folder shares. Its host links the
# widest libraries of the kind (the same Qt modules, hence the same QT_*_LIB macros), and lives in the folder: Qt Test
# defines QT_TESTCASE_BUILDDIR per folder, and its header tests that macro.
function(sift_test_precompile test)
    if(NOT SIFT_PCH)
        return()
    endif()
    set(libs ${ARGN})
    if(sift_app IN_LIST libs OR sift_widgets IN_LIST libs)
        set(kind WIDGETS)
        set(host_libs sift_app sift_test_support)
    else()
        set(kind CORE)
        set(host_libs sift_core sift_test_support)
    endif()
    string(MD5 key "${CMAKE_CURRENT_SOURCE_DIR}")
    string(SUBSTRING "${key}" 0 8 key)
    string(TOLOWER "sift_test_pch_${kind}_${key}" host)
    if(NOT TARGET ${host})
        add_executable(${host} EXCLUDE_FROM_ALL ${PROJECT_SOURCE_DIR}/cmake/pch_host.cpp)
        target_link_libraries(${host} PRIVATE sift_options Qt6::Test ${host_libs})
        target_include_directories(${host} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
        target_precompile_headers(${host} PRIVATE ${SIFT_PCH_${kind}_HEADERS} ${SIFT_PCH_TEST_HEADERS})
    endif()
    target_precompile_headers(${test} REUSE_FROM ${host})
endfunction()

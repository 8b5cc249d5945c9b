# Compile settings shared by every target of the project, carried by one INTERFACE target.
add_library(apdesk_settings INTERFACE)
add_library(apdesk::settings ALIAS apdesk_settings)

target_compile_features(apdesk_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

option(APDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

# Warnings are errors under CI (CI=true), except in the sanitizer build where GCC 12 gives false
# positives (TOOLCHAIN.md).
set(_apdesk_ci OFF)
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
    set(_apdesk_ci ON)
endif()
option(APDESK_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" ${_apdesk_ci})

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(apdesk_settings INTERFACE -Wall -Wextra -Wpedantic)
    if(APDESK_WARNINGS_AS_ERRORS AND NOT APDESK_SANITIZE)
        target_compile_options(apdesk_settings INTERFACE -Werror)
    endif()
    if(APDESK_SANITIZE)
        set(_san -fsanitize=address,undefined -fno-sanitize-recover=undefined
                 -fno-omit-frame-pointer)
        target_compile_options(apdesk_settings INTERFACE ${_san})
        target_link_options(apdesk_settings INTERFACE ${_san})
    endif()
    # The fuzz preset (clang): every library the targets reach is instrumented for libFuzzer's
    # coverage and checked by the sanitizers; the targets add libFuzzer's main (tests/fuzz).
    if(APDESK_BUILD_FUZZERS)
        set(_fuzz -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                  -fno-omit-frame-pointer)
        target_compile_options(apdesk_settings INTERFACE ${_fuzz})
        target_link_options(apdesk_settings INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(apdesk_settings INTERFACE /W4 /permissive- /utf-8)
    if(APDESK_WARNINGS_AS_ERRORS)
        target_compile_options(apdesk_settings INTERFACE /WX)
    endif()
endif()

# LLVM's linker where it is installed: the suite links some seventy test programs, twice in CI
# (dev and asan), and lld does it several times faster than the default bfd linker.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" APDESK_HAS_LLD)
if(APDESK_HAS_LLD AND NOT MSVC)
    target_link_options(apdesk_settings INTERFACE -fuse-ld=lld)
endif()

# Stricter Qt: no implicit narrowing in connect(), no deprecated API of before 6.4.
target_compile_definitions(apdesk_settings INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_FOREACH)

# Qt's headers are most of what each translation unit of ours compiles: the libraries with many
# of them parse the common ones once (precompiled header), which takes about a third off a
# whole build. Each library has its own, so the compile flags always match.
set(APDESK_PCH_CORE
    <QObject> <QString> <QStringList> <QList> <QHash> <QSet> <QDate> <QDateTime> <QLocale>
    <QCoreApplication> <QJsonArray> <QJsonDocument> <QJsonObject> <QVariant>
    <functional> <memory> <optional>)
set(APDESK_PCH_WIDGETS
    ${APDESK_PCH_CORE}
    <QWidget> <QDialog> <QMainWindow> <QLabel> <QPushButton> <QLineEdit> <QCheckBox>
    <QTableView> <QHeaderView> <QAbstractTableModel> <QBoxLayout> <QFormLayout> <QMessageBox>
    <QAction> <QPainter>)
function(apdesk_precompile target kind)
    if(kind STREQUAL "widgets")
        target_precompile_headers(${target} PRIVATE ${APDESK_PCH_WIDGETS})
    else()
        target_precompile_headers(${target} PRIVATE ${APDESK_PCH_CORE})
    endif()
endfunction()

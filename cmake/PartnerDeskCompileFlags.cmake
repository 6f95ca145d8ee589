# One INTERFACE target carries every compile flag of the project; each target links it.
add_library(partnerdesk_flags INTERFACE)
add_library(PartnerDesk::flags ALIAS partnerdesk_flags)

target_compile_features(partnerdesk_flags INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(partnerdesk_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PARTNERDESK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # -Wshadow=local is GCC's spelling; clang (the fuzz build) would warn about it on every file.
    target_compile_options(partnerdesk_flags INTERFACE -Wall -Wextra -pedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
        -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2)
    if(PARTNERDESK_WERROR)
        target_compile_options(partnerdesk_flags INTERFACE -Werror)
    endif()
endif()

# PARTNERDESK_SANITIZE: ASan + UBSan on every target that links this one (all of ours do).
# Any UB stops the program (-fno-sanitize-recover), as a memory error does, so a test fails
# instead of printing a warning nobody reads. Qt itself is not instrumented; the interceptors
# still see its allocations. Run the tests with `ctest --preset sanitize` (CMakePresets.json),
# which sets ASAN_OPTIONS, LSAN_OPTIONS and UBSAN_OPTIONS.
if(PARTNERDESK_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "PARTNERDESK_SANITIZE needs GCC or Clang (got ${CMAKE_CXX_COMPILER_ID})")
    endif()
    set(partnerdesk_sanitize_options
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(partnerdesk_flags INTERFACE ${partnerdesk_sanitize_options})
    target_link_options(partnerdesk_flags INTERFACE ${partnerdesk_sanitize_options})
endif()

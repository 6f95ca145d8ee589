# partnerdesk_add_test(NAME <TestClass> LABEL core|api|ui|cli SOURCES ... [LIBRARIES ...] [TIMEOUT s])
#
# One executable per test class, run by CTest offscreen (no display needed), with an
# isolated HOME/XDG tree so no test ever reads or writes the user's real settings.
# Under PARTNERDESK_SANITIZE every TIMEOUT is multiplied by PARTNERDESK_SANITIZE_TIMEOUT_FACTOR.
set(PARTNERDESK_SANITIZE_TIMEOUT_FACTOR 3 CACHE STRING "Multiplier of each test's TIMEOUT under PARTNERDESK_SANITIZE")
function(partnerdesk_add_test)
    cmake_parse_arguments(ARG "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_LABEL OR NOT ARG_SOURCES)
        message(FATAL_ERROR "partnerdesk_add_test needs NAME, LABEL and SOURCES")
    endif()
    if(NOT ARG_LABEL MATCHES "^(core|api|ui|cli)$")
        message(FATAL_ERROR "partnerdesk_add_test: LABEL must be core, api, ui or cli (got ${ARG_LABEL})")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    if(PARTNERDESK_SANITIZE)
        # Instrumented code runs two to three times slower; keep the same margin.
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * ${PARTNERDESK_SANITIZE_TIMEOUT_FACTOR}")
    endif()

    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    set_target_properties(${ARG_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test partnerdesk_test_support PartnerDesk::flags ${ARG_LIBRARIES})

    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(home "${CMAKE_BINARY_DIR}/tests/home/${ARG_NAME}")
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABEL}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;XDG_RUNTIME_DIR=${home}/runtime;LANG=C.UTF-8;LC_ALL=C.UTF-8;PARTNERDESK_BIN_DIR=${CMAKE_BINARY_DIR}/bin")
    file(MAKE_DIRECTORY "${home}/runtime")
endfunction()

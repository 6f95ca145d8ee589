# Bulk attestation (CSV reader, dry run, runner, journal): sources of partnerdesk_core.
target_sources(partnerdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../../cli/BulkAttestCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../../cli/BulkAttestCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../../util/CsvReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../../util/CsvReader.h
    ${CMAKE_CURRENT_LIST_DIR}/BulkAttestationRunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BulkAttestationRunner.h
    ${CMAKE_CURRENT_LIST_DIR}/BulkHandOffFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BulkHandOffFile.h
    ${CMAKE_CURRENT_LIST_DIR}/BulkInput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BulkInput.h
    ${CMAKE_CURRENT_LIST_DIR}/BulkJournal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BulkJournal.h
    ${CMAKE_CURRENT_LIST_DIR}/BulkResultFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BulkResultFile.h
    ${CMAKE_CURRENT_LIST_DIR}/BulkRowChecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BulkRowChecks.h
    ${CMAKE_CURRENT_LIST_DIR}/BulkRowResult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BulkRowResult.h
    ${CMAKE_CURRENT_LIST_DIR}/RateLimiter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RateLimiter.h
    ${CMAKE_CURRENT_LIST_DIR}/RequestGate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RequestGate.h
)

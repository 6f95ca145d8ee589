# Bulk attestation (CSV reader, dry run, runner, journal): sources of partnerdesk_core.
target_sources(partnerdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../../util/CsvReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../../util/CsvReader.h
    ${CMAKE_CURRENT_LIST_DIR}/BulkInput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BulkInput.h
)

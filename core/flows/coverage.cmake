# The coverage dashboard's scan and report: sources of partnerdesk_core (core/flows/coverage/).
target_sources(partnerdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/coverage/CoverageReport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/coverage/CoverageReport.h
    ${CMAKE_CURRENT_LIST_DIR}/coverage/CoverageScan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/coverage/CoverageScan.h
)

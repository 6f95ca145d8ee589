# Sources of partnerdesk_ui in ui/dashboard/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AttentionListModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AttentionListModel.h
    ${CMAKE_CURRENT_LIST_DIR}/CountryCoverageModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CountryCoverageModel.h
    ${CMAKE_CURRENT_LIST_DIR}/CoverageDashboard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CoverageDashboard.h
    ${CMAKE_CURRENT_LIST_DIR}/CoveragePdf.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CoveragePdf.h
)

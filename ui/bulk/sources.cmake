# Sources of partnerdesk_ui in ui/bulk/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BulkAttestationWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BulkAttestationWindow.h
    ${CMAKE_CURRENT_LIST_DIR}/BulkRowsModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BulkRowsModel.h
)

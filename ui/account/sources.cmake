# Sources of partnerdesk_ui in ui/account/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AgreementHistoryModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgreementHistoryModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfirmAgreementDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConfirmAgreementDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CustomerPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CustomerPage.h
)

# Non-widget logic of the account screens: sources of partnerdesk_core (core/flows/account/).
target_sources(partnerdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/account/AgreementGuidance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/account/AgreementGuidance.h
    ${CMAKE_CURRENT_LIST_DIR}/account/AttestationPrefill.cpp
    ${CMAKE_CURRENT_LIST_DIR}/account/AttestationPrefill.h
    ${CMAKE_CURRENT_LIST_DIR}/account/AttestationRefusal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/account/AttestationRefusal.h
    ${CMAKE_CURRENT_LIST_DIR}/account/CustomerAccountLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/account/CustomerAccountLoader.h
)

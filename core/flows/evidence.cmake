# Evidence records of attestations: sources of partnerdesk_core (core/flows/evidence/).
target_sources(partnerdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evidence/EvidenceRecord.h
    ${CMAKE_CURRENT_LIST_DIR}/evidence/EvidenceStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/evidence/EvidenceStore.h
    ${CMAKE_CURRENT_LIST_DIR}/evidence/RecordingAttestationChannel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/evidence/RecordingAttestationChannel.h
)

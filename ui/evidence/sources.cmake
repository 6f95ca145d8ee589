# Sources of partnerdesk_ui in ui/evidence/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
    evidence/CustomerEvidenceWidget.cpp
    evidence/CustomerEvidenceWidget.h
    evidence/EvidenceExportDialog.cpp
    evidence/EvidenceExportDialog.h
    evidence/EvidenceReport.cpp
    evidence/EvidenceReport.h
    evidence/EvidenceTableModel.cpp
    evidence/EvidenceTableModel.h
)

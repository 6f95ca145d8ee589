# Sources of partnerdesk_ui in ui/templates/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
    templates/AgreementTemplateDialog.cpp
    templates/AgreementTemplateDialog.h
)

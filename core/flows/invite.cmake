# Non-widget logic of the invite screens: sources of partnerdesk_core (core/flows/invite/).
target_sources(partnerdesk_core PRIVATE
    flows/invite/AgreementTemplateSource.cpp
    flows/invite/AgreementTemplateSource.h
    flows/invite/InvitationDraft.cpp
    flows/invite/InvitationDraft.h
    flows/invite/InvitationLanguages.cpp
    flows/invite/InvitationLanguages.h
    flows/invite/UiLanguages.cpp
    flows/invite/UiLanguages.h
)

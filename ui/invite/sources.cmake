# Sources of partnerdesk_ui in ui/invite/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
    invite/InvitationComposer.cpp
    invite/InvitationComposer.h
    invite/UrlOpener.cpp
    invite/UrlOpener.h
)

# Sources of partnerdesk_ui in ui/settings/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
    settings/SettingsDialog.cpp
    settings/SettingsDialog.h
)

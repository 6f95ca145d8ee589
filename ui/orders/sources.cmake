# Sources of partnerdesk_ui in ui/orders/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
)

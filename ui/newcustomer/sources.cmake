# Sources of partnerdesk_ui in ui/newcustomer/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
)

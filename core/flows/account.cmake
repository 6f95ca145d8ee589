# Non-widget logic of the account screens: sources of partnerdesk_core (core/flows/account/).
target_sources(partnerdesk_core PRIVATE
)

# Non-widget logic of the invite screens: sources of partnerdesk_core (core/flows/invite/).
target_sources(partnerdesk_core PRIVATE
)

# Non-widget logic of the newcustomer screens: sources of partnerdesk_core (core/flows/newcustomer/).
target_sources(partnerdesk_core PRIVATE
)

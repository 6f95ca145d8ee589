# Non-widget logic of the newcustomer screens: sources of partnerdesk_core (core/flows/newcustomer/).
target_sources(partnerdesk_core PRIVATE
    flows/newcustomer/AddressVerification.cpp
    flows/newcustomer/AddressVerification.h
    flows/newcustomer/CountryRulesLoader.cpp
    flows/newcustomer/CountryRulesLoader.h
    flows/newcustomer/DomainAvailabilityCheck.cpp
    flows/newcustomer/DomainAvailabilityCheck.h
    flows/newcustomer/NewCustomerDraft.cpp
    flows/newcustomer/NewCustomerDraft.h
    flows/newcustomer/NewCustomerRefusal.cpp
    flows/newcustomer/NewCustomerRefusal.h
)

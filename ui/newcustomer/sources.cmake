# Sources of partnerdesk_ui in ui/newcustomer/ (included by ui/CMakeLists.txt).
target_sources(partnerdesk_ui PRIVATE
    newcustomer/AccountInfoPage.cpp
    newcustomer/AccountInfoPage.h
    newcustomer/AgreementPage.cpp
    newcustomer/AgreementPage.h
    newcustomer/ConfirmationPage.cpp
    newcustomer/ConfirmationPage.h
    newcustomer/LocaleNames.cpp
    newcustomer/LocaleNames.h
    newcustomer/NewCustomerPage.h
    newcustomer/NewCustomerWizard.cpp
    newcustomer/NewCustomerWizard.h
    newcustomer/ReviewPage.cpp
    newcustomer/ReviewPage.h
)

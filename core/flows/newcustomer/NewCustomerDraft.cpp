#include "NewCustomerDraft.h"

namespace PartnerDesk {

QString NewCustomerDraft::domainSuffix()
{
    return QStringLiteral(".onmicrosoft.com");
}

QString NewCustomerDraft::domainFor(const QString& typedPrefix)
{
    return Validation::normalized(Field::DomainPrefix, typedPrefix) + domainSuffix();
}

QString NewCustomerDraft::billingPhoneNumber() const
{
    const QString company = address.phoneNumber.trimmed();
    return company.isEmpty() ? primaryContact.phoneNumber.trimmed() : company;
}

ValidationResult NewCustomerDraft::validateAccountInfo(const ValidationContext& context) const
{
    ValidationResult result;
    result.add(Validation::validate(Field::CompanyName, companyName, context));
    result.add(Validation::validate(Field::DomainPrefix, domainPrefix, context));
    Address billing = address;
    billing.phoneNumber = billingPhoneNumber();
    // Kept in locals: a range-for over `temporary().all()` would read a destroyed result.
    const ValidationResult addressResult = Validation::validateAddress(billing, context);
    for (const FieldResult& field : addressResult.all())
        result.add(field);
    // The primary contact's name, email and phone; they are distinct from the address
    // fields, so they are checked as the contact fields they are.
    const ValidationResult contactResult = Validation::validateContact(primaryContact, context);
    for (const FieldResult& field : contactResult.all())
        result.add(field);
    result.add(Validation::validate(Field::Language, language, context));
    result.add(Validation::validate(Field::Culture, culture, context));
    if (language.trimmed().isEmpty())
        result.add(FieldResult{Field::Language, ValidationCode::Required, 0, {}});
    if (culture.trimmed().isEmpty())
        result.add(FieldResult{Field::Culture, ValidationCode::Required, 0, {}});
    return result;
}

ValidationResult NewCustomerDraft::validateAgreement(const ValidationContext& context) const
{
    if (choice != AgreementChoice::Attest)
        return {};
    return Validation::validateAttestation(acceptedBy, acceptanceDate, context);
}

ValidationResult NewCustomerDraft::validate(const ValidationContext& context) const
{
    // The account page's contact and the accepted-by contact share field names; a problem
    // in either makes the draft invalid, which is all this combined verdict is for.
    ValidationResult result = validateAccountInfo(context);
    if (!result.isValid())
        return result;
    return validateAgreement(context);
}

NewCustomerRequest NewCustomerDraft::toRequest() const
{
    const Contact contact = Validation::normalized(primaryContact);

    Address billingAddress;
    billingAddress.country = Validation::normalized(Field::Country, address.country);
    billingAddress.addressLine1 = Validation::normalized(Field::AddressLine1, address.addressLine1);
    billingAddress.addressLine2 = Validation::normalized(Field::AddressLine2, address.addressLine2);
    billingAddress.city = Validation::normalized(Field::City, address.city);
    billingAddress.state = Validation::normalized(Field::State, address.state);
    billingAddress.postalCode = Validation::normalized(Field::PostalCode, address.postalCode);
    billingAddress.phoneNumber = Validation::normalized(Field::AddressPhoneNumber, billingPhoneNumber());
    billingAddress.firstName = contact.firstName;
    billingAddress.lastName = contact.lastName;

    BillingProfile billing;
    billing.firstName = contact.firstName;
    billing.lastName = contact.lastName;
    billing.email = contact.email;
    billing.culture = culture.trimmed();
    billing.language = language.trimmed();
    billing.companyName = Validation::normalized(Field::CompanyName, companyName);
    billing.defaultAddress = billingAddress;

    NewCustomerRequest request;
    request.customer.companyProfile.domain = domain();
    request.customer.billingProfile = billing;
    request.choice = choice;
    if (choice == AgreementChoice::Attest) {
        request.acceptedBy = Validation::normalized(acceptedBy);
        request.acceptanceDate = acceptanceDate;
    }
    return request;
}

} // namespace PartnerDesk

#pragma once

#include "flows/CreateCustomerFlow.h"
#include "model/Address.h"
#include "model/Contact.h"
#include "validation/Validation.h"

#include <QDate>
#include <QString>

namespace PartnerDesk {

// Everything the New customer wizard collects, as the user typed it. The wizard fills it
// page by page; toRequest() turns it into what CreateCustomerFlow sends (trimmed and
// normalized by the validation table), so no widget decides how a value goes on the wire.
struct NewCustomerDraft
{
    QString companyName;
    QString domainPrefix; // the part before ".onmicrosoft.com"
    // Billing address: country, lines, city, state, postal code; phoneNumber is the company
    // phone. The primary contact's name is added when the request is built.
    Address address;
    Contact primaryContact;
    QString language; // from the country's supportedLanguagesList
    QString culture; // from the country's supportedCulturesList
    AgreementChoice choice = AgreementChoice::Attest;
    Contact acceptedBy; // only with Attest
    QDate acceptanceDate; // only with Attest

    // ".onmicrosoft.com": every new customer tenant starts on Microsoft's initial domain.
    [[nodiscard]] static QString domainSuffix();
    // "<prefix>.onmicrosoft.com" for a prefix as typed (trimmed, lower case).
    [[nodiscard]] static QString domainFor(const QString& typedPrefix);
    [[nodiscard]] QString domain() const { return domainFor(domainPrefix); }

    // Partner Center keeps one phone number with the billing address. The company phone
    // goes there; when it is empty, the primary contact's phone does, so nothing typed is
    // silently dropped.
    [[nodiscard]] QString billingPhoneNumber() const;

    // The checks of each wizard step, with the country's rules (and the clock for the date).
    [[nodiscard]] ValidationResult validateAccountInfo(const ValidationContext& context) const;
    [[nodiscard]] ValidationResult validateAgreement(const ValidationContext& context) const;
    [[nodiscard]] ValidationResult validate(const ValidationContext& context) const;

    // The request for CreateCustomerFlow.
    [[nodiscard]] NewCustomerRequest toRequest() const;
};

} // namespace PartnerDesk

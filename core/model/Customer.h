#pragma once

#include "Address.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PartnerDesk {

// "relationshipToPartner" (SDK CustomerPartnerRelationship, lower snake case on the wire).
enum class CustomerRelationship {
    Unknown,
    None,
    Reseller,
    Advisor,
    Syndication,
    MicrosoftSupport,
};

[[nodiscard]] QString relationshipToWire(CustomerRelationship relationship);
[[nodiscard]] CustomerRelationship relationshipFromWire(const QString& value);
// Translated, for people ("Reseller", "Advisor").
[[nodiscard]] QString relationshipDisplayName(CustomerRelationship relationship);

// "companyProfile" (CustomerCompanyProfile).
struct CompanyProfile
{
    QString tenantId;
    QString domain;
    QString companyName;
    QString organizationRegistrationNumber;
    QString email;
    std::optional<Address> address;

    friend bool operator==(const CompanyProfile&, const CompanyProfile&) = default;
};

// "billingProfile" (CustomerBillingProfile). The etag is kept only as long as the value
// lives; Partner Center asks clients never to store it.
struct BillingProfile
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString culture; // e.g. "en-US"
    QString language; // e.g. "en"
    QString companyName;
    Address defaultAddress;
    QString etag;

    friend bool operator==(const BillingProfile&, const BillingProfile&) = default;
};

// "userCredentials" returned once, when a customer is created.
struct CustomerCredentials
{
    QString userName;
    QString password;

    [[nodiscard]] bool isEmpty() const { return userName.isEmpty() && password.isEmpty(); }
    friend bool operator==(const CustomerCredentials&, const CustomerCredentials&) = default;
};

// Partner Center "Customer". List results carry no billing profile, so it is optional.
struct Customer
{
    QString id; // the customer tenant id (== companyProfile.tenantId)
    QString commerceId;
    CompanyProfile companyProfile;
    std::optional<BillingProfile> billingProfile;
    CustomerRelationship relationshipToPartner = CustomerRelationship::Unknown;
    std::optional<bool> allowDelegatedAccess;
    QStringList customDomains;
    QString associatedPartnerId;
    std::optional<CustomerCredentials> userCredentials;

    // The country of the customer: billing address first, company address second.
    [[nodiscard]] QString country() const;
    friend bool operator==(const Customer&, const Customer&) = default;
};

} // namespace PartnerDesk

#pragma once

#include <QString>
#include <QStringList>

namespace PartnerDesk::Sandbox {

// A customer as stored. The address and billing profile are parts of it, kept in the same
// header because they only ever travel inside a customer.
struct AddressRecord
{
    QString country;
    QString region;
    QString city;
    QString state;
    QString addressLine1;
    QString addressLine2;
    QString postalCode;
    QString firstName;
    QString lastName;
    QString phoneNumber;
};

struct BillingProfileRecord
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString culture;
    QString language;
    QString companyName;
    AddressRecord defaultAddress;
    QString etag;
};

struct CustomerRecord
{
    qint64 rowId = 0; // insertion order, the paging key
    QString id; // the customer tenant id (== companyProfile.tenantId)
    QString commerceId;
    QString companyName;
    QString domain;
    QStringList customDomains;
    QString relationshipToPartner = QStringLiteral("reseller");
    bool allowDelegatedAccess = true;
    bool directSigned = false; // accepted the MCA in the Microsoft 365 admin center
    QString associatedPartnerId;
    BillingProfileRecord billingProfile;
    QString createdAt; // ISO-8601 UTC
};

} // namespace PartnerDesk::Sandbox

#pragma once

#include "Address.h"

#include <QList>
#include <QString>

namespace PartnerDesk {

// "CustomerRelationshipRequest": the link a customer opens to accept a reseller relationship.
struct RelationshipRequest
{
    QString url;

    friend bool operator==(const RelationshipRequest&, const RelationshipRequest&) = default;
};

// "AddressValidationResponse" (POST /v1/validations/address).
struct AddressValidation
{
    Address originalAddress;
    QList<Address> suggestedAddresses;
    QString status; // "VerifiedShippable", "Verified", "StreetPartial", ...
    QString validationMessage;

    [[nodiscard]] bool isVerified() const
    {
        return status.compare(QLatin1String("Verified"), Qt::CaseInsensitive) == 0
            || status.compare(QLatin1String("VerifiedShippable"), Qt::CaseInsensitive) == 0;
    }
    friend bool operator==(const AddressValidation&, const AddressValidation&) = default;
};

} // namespace PartnerDesk

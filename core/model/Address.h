#pragma once

#include <QString>

namespace PartnerDesk {

// Partner Center "Address" (utility-resources.md); field names match the JSON names.
struct Address
{
    QString country; // ISO 3166-1 alpha-2
    QString region;
    QString city;
    QString state;
    QString addressLine1;
    QString addressLine2;
    QString postalCode;
    QString firstName;
    QString middleName;
    QString lastName;
    QString phoneNumber;

    friend bool operator==(const Address&, const Address&) = default;
};

} // namespace PartnerDesk

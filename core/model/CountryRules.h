#pragma once

#include <QString>
#include <QStringList>

namespace PartnerDesk {

// Partner Center "CountryValidationRules" (GET /v1/countryvalidationrules/{iso2}).
// Field names follow the JSON names of real responses (api-customers.md §5).
struct CountryRules
{
    QString iso2Code;
    QString defaultCulture;
    bool isStateRequired = false;
    QStringList supportedStatesList;
    QStringList supportedLanguagesList;
    QStringList supportedCulturesList;
    bool isPostalCodeRequired = false;
    QString postalCodeRegex; // .NET syntax; the patterns in use are PCRE2-compatible
    bool isCityRequired = false;
    bool isVatIdSupported = false;
    QString taxIdFormat;
    QString taxIdSample;
    QString vatIdRegex;
    QString phoneNumberRegex;
    bool isTaxIdSupported = false;
    bool isTaxIdOptional = false;
    QStringList countryCallingCodesList;

    [[nodiscard]] bool isValid() const { return iso2Code.size() == 2; }
    friend bool operator==(const CountryRules&, const CountryRules&) = default;
};

} // namespace PartnerDesk

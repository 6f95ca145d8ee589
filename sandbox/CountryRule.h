#pragma once

#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace PartnerDesk::Sandbox {

// Partner Center's validation rules for one country, as served by
// GET /v1/countryvalidationrules/{iso2} (`wire`) and as applied to addresses.
struct CountryRule
{
    QString iso2Code;
    QString defaultCulture;
    bool isStateRequired = false;
    QStringList supportedStates;
    QStringList supportedLanguages;
    QStringList supportedCultures;
    bool isPostalCodeRequired = false;
    QRegularExpression postalCodeRegex; // invalid (empty pattern) when the country has none
    bool isCityRequired = false;
    QRegularExpression phoneNumberRegex;
    bool isPhoneNumberRequired = false; // reference list of countries; not a wire field
    QJsonObject wire;
};

} // namespace PartnerDesk::Sandbox

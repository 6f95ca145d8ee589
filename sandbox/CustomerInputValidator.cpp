#include "sandbox/CustomerInputValidator.h"

#include "sandbox/CountryRulesCatalog.h"
#include "sandbox/JsonInput.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

QString joined(const QString& path, const QString& name)
{
    return path.isEmpty() ? name : path + u'.' + name;
}

void checkLength(const QString& value, int maximum, const QString& field, FieldProblems* problems)
{
    if (value.size() > maximum)
        problems->append({field, u"must be at most %1 characters"_s.arg(maximum)});
}

bool looksLikeEmail(const QString& email)
{
    static const QRegularExpression pattern(uR"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"_s);
    return pattern.match(email).hasMatch();
}

bool matchesWhole(const QRegularExpression& pattern, const QString& value)
{
    return pattern.pattern().isEmpty() || pattern.match(value).hasMatch();
}

} // namespace

CustomerInputValidator::CustomerInputValidator(const CountryRulesCatalog& countryRules)
    : m_countryRules(countryRules)
{ }

QString CustomerInputValidator::normalizedCulture(const QString& culture)
{
    QStringList parts = culture.trimmed().split(u'-');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString& part = parts[i];
        if (i == 0)
            part = part.toLower();
        else if (part.size() == 2)
            part = part.toUpper(); // region
        else if (part.size() == 4)
            part = part.left(1).toUpper() + part.mid(1).toLower(); // script
    }
    return parts.join(u'-');
}

AddressRecord CustomerInputValidator::readAddress(
    const QJsonObject& object, const QString& path, AddressUse use, FieldProblems* problems) const
{
    using namespace JsonInput;
    AddressRecord address;
    address.country = requiredString(object, u"country", joined(path, u"country"_s), problems).toUpper();
    address.region = stringMember(object, u"region", joined(path, u"region"_s), problems);
    address.city = stringMember(object, u"city", joined(path, u"city"_s), problems);
    address.state = stringMember(object, u"state", joined(path, u"state"_s), problems);
    address.addressLine1 = requiredString(object, u"addressLine1", joined(path, u"addressLine1"_s), problems);
    address.addressLine2 = stringMember(object, u"addressLine2", joined(path, u"addressLine2"_s), problems);
    address.postalCode = stringMember(object, u"postalCode", joined(path, u"postalCode"_s), problems);
    checkLength(address.addressLine1, 200, joined(path, u"addressLine1"_s), problems);
    checkLength(address.addressLine2, 200, joined(path, u"addressLine2"_s), problems);

    if (use == AddressUse::Billing) {
        address.firstName = requiredString(object, u"firstName", joined(path, u"firstName"_s), problems);
        address.lastName = requiredString(object, u"lastName", joined(path, u"lastName"_s), problems);
        address.phoneNumber = stringMember(object, u"phoneNumber", joined(path, u"phoneNumber"_s), problems);
        checkLength(address.firstName, 50, joined(path, u"firstName"_s), problems);
        checkLength(address.lastName, 50, joined(path, u"lastName"_s), problems);
    }

    if (address.country.isEmpty())
        return address;
    const CountryRule* rule = m_countryRules.find(address.country);
    if (!rule) {
        problems->append({joined(path, u"country"_s), u"'%1' has no validation rules"_s.arg(address.country)});
        return address;
    }
    if (rule->isCityRequired && address.city.isEmpty())
        problems->append({joined(path, u"city"_s), u"is required in %1"_s.arg(rule->iso2Code)});
    if (rule->isStateRequired) {
        address.state = address.state.toUpper();
        if (address.state.isEmpty())
            problems->append({joined(path, u"state"_s), u"is required in %1"_s.arg(rule->iso2Code)});
        else if (!rule->supportedStates.contains(address.state))
            problems->append({joined(path, u"state"_s), u"is not a state of %1"_s.arg(rule->iso2Code)});
    }
    if (address.postalCode.isEmpty()) {
        if (rule->isPostalCodeRequired)
            problems->append({joined(path, u"postalCode"_s), u"is required in %1"_s.arg(rule->iso2Code)});
    } else if (!matchesWhole(rule->postalCodeRegex, address.postalCode)) {
        problems->append(
            {joined(path, u"postalCode"_s), u"does not match the postal code format of %1"_s.arg(rule->iso2Code)});
    }
    if (use == AddressUse::Billing) {
        if (address.phoneNumber.isEmpty()) {
            if (rule->isPhoneNumberRequired)
                problems->append({joined(path, u"phoneNumber"_s), u"is required in %1"_s.arg(rule->iso2Code)});
        } else if (!matchesWhole(rule->phoneNumberRegex, address.phoneNumber)) {
            problems->append({joined(path, u"phoneNumber"_s),
                u"does not match the phone number format of %1"_s.arg(rule->iso2Code)});
        }
    }
    return address;
}

BillingProfileRecord CustomerInputValidator::readBillingProfile(
    const QJsonObject& object, const QString& path, FieldProblems* problems) const
{
    using namespace JsonInput;
    BillingProfileRecord profile;
    profile.firstName = stringMember(object, u"firstName", joined(path, u"firstName"_s), problems);
    profile.lastName = stringMember(object, u"lastName", joined(path, u"lastName"_s), problems);
    profile.email = requiredString(object, u"email", joined(path, u"email"_s), problems);
    if (!profile.email.isEmpty() && !looksLikeEmail(profile.email))
        problems->append({joined(path, u"email"_s), u"is not an email address"_s});
    profile.culture = normalizedCulture(requiredString(object, u"culture", joined(path, u"culture"_s), problems));
    profile.language = requiredString(object, u"language", joined(path, u"language"_s), problems);
    profile.companyName = requiredString(object, u"companyName", joined(path, u"companyName"_s), problems);
    checkLength(profile.companyName, 255, joined(path, u"companyName"_s), problems);

    const QString addressPath = joined(path, u"defaultAddress"_s);
    if (!hasMember(object, u"defaultAddress")) {
        problems->append({addressPath, u"is required"_s});
        return profile;
    }
    const QJsonObject addressObject = objectMember(object, u"defaultAddress", addressPath, problems);
    profile.defaultAddress = readAddress(addressObject, addressPath, AddressUse::Billing, problems);

    // Culture and language must be ones the billing country supports.
    const CountryRule* rule = m_countryRules.find(profile.defaultAddress.country);
    if (rule && !profile.culture.isEmpty() && !rule->supportedCultures.contains(profile.culture, Qt::CaseInsensitive)) {
        problems->append({joined(path, u"culture"_s),
            u"'%1' is not supported in %2 (supported: %3)"_s.arg(
                profile.culture, rule->iso2Code, rule->supportedCultures.join(u", "_s))});
    }
    if (!profile.language.isEmpty()) {
        const bool twoLetters = profile.language.size() == 2;
        if (twoLetters)
            profile.language = profile.language.toLower();
        if (!twoLetters && !(rule && rule->supportedLanguages.contains(profile.language, Qt::CaseInsensitive)))
            problems->append({joined(path, u"language"_s), u"must be a two-letter language code"_s});
    }
    return profile;
}

} // namespace PartnerDesk::Sandbox

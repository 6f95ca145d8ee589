#pragma once

#include "model/Address.h"
#include "model/Contact.h"
#include "model/CountryRules.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace PartnerDesk {

class Clock;

// The fields PartnerDesk validates. One rule per field lives in Validation.cpp's table.
enum class Field {
    FirstName,
    LastName,
    Email,
    PhoneNumber,
    AcceptanceDate,
    CompanyName,
    DomainPrefix,
    AddressLine1,
    AddressLine2,
    City,
    State,
    PostalCode,
    Country,
    AddressPhoneNumber,
    Culture,
    Language,
};

// What a rule found. Tests assert on these codes; people read validationMessage().
enum class ValidationCode {
    Valid,
    Required,
    TooLong,
    ControlCharacter,
    InvalidCharacter,
    NoLetter,
    EmailMissingAt,
    EmailMultipleAt,
    EmailContainsSpace,
    EmailLocalPartEmpty,
    EmailLocalPartTooLong,
    EmailLeadingDot,
    EmailTrailingDot,
    EmailConsecutiveDots,
    EmailDomainMissingDot,
    EmailDomainInvalid,
    EmailTooLong,
    PhoneInvalidCharacter,
    PhoneTooFewDigits,
    PhoneTooManyDigits,
    PhoneCountryFormat,
    DateInvalid,
    DateInFuture,
    DateTooEarly,
    PostalCodeFormat,
    StateNotSupported,
    CountryInvalid,
    NotSupportedForCountry,
};

// One field's verdict. `limit` and `date` carry what the message needs (a maximum length,
// the latest or earliest allowed date).
struct FieldResult
{
    Field field = Field::FirstName;
    ValidationCode code = ValidationCode::Valid;
    int limit = 0;
    QDate date;

    [[nodiscard]] bool isValid() const { return code == ValidationCode::Valid; }
    [[nodiscard]] QString message() const;
};

// The verdicts of several fields (a form, a CSV row).
class ValidationResult
{
public:
    void add(const FieldResult& result);
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] ValidationCode code(Field field) const; // Valid when the field was not checked
    [[nodiscard]] FieldResult result(Field field) const;
    [[nodiscard]] QList<FieldResult> problems() const;
    [[nodiscard]] const QList<FieldResult>& all() const { return m_results; }

private:
    QList<FieldResult> m_results;
};

// What a rule may depend on: the customer's country rules and the clock.
struct ValidationContext
{
    const CountryRules* countryRules = nullptr;
    const Clock* clock = nullptr; // nullptr: Clock::instance()
};

namespace Validation {

// The Microsoft Customer Agreement was published in 2018 (Partner Center's own example
// confirms an acceptance on 2018-06-14); an earlier acceptance date is a typing mistake.
[[nodiscard]] QDate earliestAcceptanceDate();
// The later of nothing: the earlier of today in the user's time zone and today in UTC,
// because Partner Center compares against UTC (error 600002 otherwise).
[[nodiscard]] QDate latestAcceptanceDate(const Clock& clock);

[[nodiscard]] FieldResult validate(Field field, const QString& value, const ValidationContext& context = {});
[[nodiscard]] FieldResult validateAcceptanceDate(const QDate& date, const ValidationContext& context = {});

[[nodiscard]] ValidationResult validateContact(const Contact& contact, const ValidationContext& context = {});
[[nodiscard]] ValidationResult validateAttestation(
    const Contact& contact, const QDate& acceptanceDate, const ValidationContext& context = {});
[[nodiscard]] ValidationResult validateAddress(const Address& address, const ValidationContext& context = {});

// The value to send for a field: trimmed; phone digits in ASCII; an email's domain in its
// ASCII (IDNA) form; a domain prefix in lower case.
[[nodiscard]] QString normalized(Field field, const QString& value);
[[nodiscard]] Contact normalized(const Contact& contact);

// Maximum length of a field (0 when the field has none).
[[nodiscard]] int maximumLength(Field field);
// Whether a field must be filled, given the country rules.
[[nodiscard]] bool isRequired(Field field, const ValidationContext& context = {});
// Countries where Partner Center requires a phone number in the billing address.
[[nodiscard]] bool countryRequiresPhone(const QString& iso2Code);

[[nodiscard]] QString fieldName(Field field);
[[nodiscard]] QString message(const FieldResult& result);

} // namespace Validation
} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::Field)
Q_DECLARE_METATYPE(PartnerDesk::ValidationCode)

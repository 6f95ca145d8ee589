#include "Validation.h"

#include "util/Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>

namespace PartnerDesk {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("PartnerDesk::Validation", text, comment, n);
}

enum class Requirement {
    Required,
    Optional,
    ByCountry, // decided by the country's validation rules
};

using Check = ValidationCode (*)(const QString& value, const ValidationContext& context, FieldResult& result);

// ---- the checks --------------------------------------------------------------------

ValidationCode checkPersonName(const QString& value, const ValidationContext&, FieldResult&)
{
    // Any script passes (İ, ş, Arabic, CJK, accents, apostrophes, hyphens); what a name can
    // never contain is markup and address punctuation that points to a pasting mistake.
    static const QString forbidden = QStringLiteral("<>@\"\\{}[]|=*^$%#!?/;_~`");
    bool hasLetter = false;
    for (const char32_t c : value.toUcs4()) {
        if ((c < 0x80 && forbidden.contains(QChar(c))) || QChar::isDigit(c))
            return ValidationCode::InvalidCharacter;
        hasLetter = hasLetter || QChar::isLetter(c);
    }
    return hasLetter ? ValidationCode::Valid : ValidationCode::NoLetter;
}

ValidationCode checkFreeText(const QString& value, const ValidationContext&, FieldResult&)
{
    // Company names and address lines may hold digits and punctuation ("3M", "Yahoo!");
    // only angle brackets are refused, as they never belong there and invite markup.
    for (const QChar c : value) {
        if (c == QLatin1Char('<') || c == QLatin1Char('>'))
            return ValidationCode::InvalidCharacter;
    }
    return ValidationCode::Valid;
}

bool isAtext(QChar c)
{
    // RFC 5322 atext (letters, digits and !#$%&'*+-/=?^_`{|}~).
    if (c.unicode() > 0x7f)
        return false;
    if (c.isLetterOrNumber())
        return true;
    return QStringLiteral("!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isValidDnsLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
        return false;
    return std::all_of(label.begin(), label.end(),
        [](QChar c) { return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('-'); });
}

constexpr int emailMaximumLength = 254;
constexpr int emailLocalPartMaximumLength = 64;

ValidationCode checkEmail(const QString& value, const ValidationContext&, FieldResult& result)
{
    if (std::any_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); }))
        return ValidationCode::EmailContainsSpace;
    const qsizetype atCount = value.count(QLatin1Char('@'));
    if (atCount == 0)
        return ValidationCode::EmailMissingAt;
    if (atCount > 1)
        return ValidationCode::EmailMultipleAt;

    const qsizetype at = value.indexOf(QLatin1Char('@'));
    const QString local = value.left(at);
    const QString domain = value.mid(at + 1);

    if (local.isEmpty())
        return ValidationCode::EmailLocalPartEmpty;
    if (local.startsWith(QLatin1Char('.')))
        return ValidationCode::EmailLeadingDot;
    if (local.endsWith(QLatin1Char('.')))
        return ValidationCode::EmailTrailingDot;
    if (local.contains(QLatin1String("..")))
        return ValidationCode::EmailConsecutiveDots;
    for (const QChar c : local) {
        if (c != QLatin1Char('.') && !isAtext(c))
            return ValidationCode::InvalidCharacter;
    }
    if (local.size() > emailLocalPartMaximumLength) {
        result.limit = emailLocalPartMaximumLength;
        return ValidationCode::EmailLocalPartTooLong;
    }

    if (domain.isEmpty())
        return ValidationCode::EmailDomainMissingDot;
    if (domain.startsWith(QLatin1Char('.')))
        return ValidationCode::EmailLeadingDot;
    if (domain.endsWith(QLatin1Char('.')))
        return ValidationCode::EmailTrailingDot;
    if (domain.contains(QLatin1String("..")))
        return ValidationCode::EmailConsecutiveDots;
    if (!domain.contains(QLatin1Char('.')))
        return ValidationCode::EmailDomainMissingDot;

    // International domain names are checked (and later sent) in their ASCII form.
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    if (ace.isEmpty())
        return ValidationCode::EmailDomainInvalid;
    const QList<QStringView> labels = QStringView(ace).split(QLatin1Char('.'));
    if (!std::all_of(labels.begin(), labels.end(), isValidDnsLabel))
        return ValidationCode::EmailDomainInvalid;
    const QStringView topLevel = labels.constLast();
    if (std::all_of(topLevel.begin(), topLevel.end(), [](QChar c) { return c.isDigit(); }))
        return ValidationCode::EmailDomainInvalid;

    if (local.size() + 1 + ace.size() > emailMaximumLength) {
        result.limit = emailMaximumLength;
        return ValidationCode::EmailTooLong;
    }
    return ValidationCode::Valid;
}

constexpr int phoneMinimumDigits = 7;
constexpr int phoneMaximumDigits = 15; // E.164

QString asciiDigits(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        const int digit = c.digitValue();
        out.append(digit >= 0 && c.category() == QChar::Number_DecimalDigit ? QChar(u'0' + digit) : c);
    }
    return out;
}

ValidationCode checkPhone(const QString& value, const ValidationContext& context, FieldResult& result)
{
    const QString phone = asciiDigits(value);
    if (context.countryRules && !context.countryRules->phoneNumberRegex.isEmpty()) {
        const QRegularExpression pattern(context.countryRules->phoneNumberRegex);
        if (pattern.isValid())
            return pattern.match(phone).hasMatch() ? ValidationCode::Valid : ValidationCode::PhoneCountryFormat;
    }
    // No country rule: a permissive international check.
    int digits = 0;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (c.isDigit())
            ++digits;
        else if (c == QLatin1Char('+') && i == 0)
            continue;
        else if (!QStringLiteral(" -.()").contains(c))
            return ValidationCode::PhoneInvalidCharacter;
    }
    if (digits < phoneMinimumDigits) {
        result.limit = phoneMinimumDigits;
        return ValidationCode::PhoneTooFewDigits;
    }
    if (digits > phoneMaximumDigits) {
        result.limit = phoneMaximumDigits;
        return ValidationCode::PhoneTooManyDigits;
    }
    return ValidationCode::Valid;
}

ValidationCode checkDateText(const QString& value, const ValidationContext& context, FieldResult& result)
{
    // ISO YYYY-MM-DD only: never the machine's culture.
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!isoDate.match(value).hasMatch())
        return ValidationCode::DateInvalid;
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid())
        return ValidationCode::DateInvalid;
    const FieldResult dateResult = Validation::validateAcceptanceDate(date, context);
    result.date = dateResult.date;
    return dateResult.code;
}

ValidationCode checkDomainPrefix(const QString& value, const ValidationContext&, FieldResult&)
{
    // The prefix of <prefix>.onmicrosoft.com: Latin letters and digits only.
    for (const QChar c : value) {
        const bool asciiLetterOrDigit = c.unicode() < 0x80 && c.isLetterOrNumber();
        if (!asciiLetterOrDigit)
            return ValidationCode::InvalidCharacter;
    }
    return ValidationCode::Valid;
}

ValidationCode checkCountry(const QString& value, const ValidationContext&, FieldResult&)
{
    static const QRegularExpression iso2(QStringLiteral("^[A-Za-z]{2}$"));
    return iso2.match(value).hasMatch() ? ValidationCode::Valid : ValidationCode::CountryInvalid;
}

ValidationCode checkState(const QString& value, const ValidationContext& context, FieldResult&)
{
    if (!context.countryRules || context.countryRules->supportedStatesList.isEmpty())
        return ValidationCode::Valid;
    return context.countryRules->supportedStatesList.contains(value, Qt::CaseInsensitive)
        ? ValidationCode::Valid
        : ValidationCode::StateNotSupported;
}

ValidationCode checkPostalCode(const QString& value, const ValidationContext& context, FieldResult&)
{
    if (!context.countryRules || context.countryRules->postalCodeRegex.isEmpty())
        return ValidationCode::Valid;
    const QRegularExpression pattern(context.countryRules->postalCodeRegex);
    if (!pattern.isValid())
        return ValidationCode::Valid;
    return pattern.match(value).hasMatch() ? ValidationCode::Valid : ValidationCode::PostalCodeFormat;
}

ValidationCode checkFromList(const QString& value, const QStringList* supported, const char* shape)
{
    if (supported && !supported->isEmpty())
        return supported->contains(value, Qt::CaseInsensitive) ? ValidationCode::Valid
                                                               : ValidationCode::NotSupportedForCountry;
    const QRegularExpression pattern(QString::fromLatin1(shape), QRegularExpression::CaseInsensitiveOption);
    return pattern.match(value).hasMatch() ? ValidationCode::Valid : ValidationCode::InvalidCharacter;
}

ValidationCode checkCulture(const QString& value, const ValidationContext& context, FieldResult&)
{
    return checkFromList(
        value, context.countryRules ? &context.countryRules->supportedCulturesList : nullptr, "^[a-z]{2,3}-[a-z]{2}$");
}

ValidationCode checkLanguage(const QString& value, const ValidationContext& context, FieldResult&)
{
    return checkFromList(value, context.countryRules ? &context.countryRules->supportedLanguagesList : nullptr,
        "^[a-z]{2,3}(-[a-z]{2,4})?$");
}

// ---- the one table of rules ---------------------------------------------------------

struct Rule
{
    Field field;
    Requirement requirement;
    int maximumLength; // in characters (code points); 0: the check decides
    Check check;
};

// Lengths follow utility-resources.md where it gives them (address lines 200, names 50).
// The domain prefix limit of 27 is what Microsoft 365 sign-up enforces; it is not in the
// Partner Center reference, so it lives here only.
constexpr std::array<Rule, 16> rules{{
    {Field::FirstName, Requirement::Required, 50, checkPersonName},
    {Field::LastName, Requirement::Required, 50, checkPersonName},
    {Field::Email, Requirement::Required, 0, checkEmail},
    {Field::PhoneNumber, Requirement::Optional, 0, checkPhone},
    {Field::AcceptanceDate, Requirement::Required, 0, checkDateText},
    {Field::CompanyName, Requirement::Required, 255, checkFreeText},
    {Field::DomainPrefix, Requirement::Required, 27, checkDomainPrefix},
    {Field::AddressLine1, Requirement::Required, 200, checkFreeText},
    {Field::AddressLine2, Requirement::Optional, 200, checkFreeText},
    {Field::City, Requirement::ByCountry, 100, checkFreeText},
    {Field::State, Requirement::ByCountry, 64, checkState},
    {Field::PostalCode, Requirement::ByCountry, 20, checkPostalCode},
    {Field::Country, Requirement::Required, 0, checkCountry},
    {Field::AddressPhoneNumber, Requirement::ByCountry, 0, checkPhone},
    {Field::Culture, Requirement::Optional, 0, checkCulture},
    {Field::Language, Requirement::Optional, 0, checkLanguage},
}};

const Rule& ruleFor(Field field)
{
    const auto it = std::find_if(rules.begin(), rules.end(), [field](const Rule& r) { return r.field == field; });
    Q_ASSERT(it != rules.end());
    return *it;
}

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

// Countries where utility-resources.md makes the address phone number mandatory.
constexpr std::array<const char*, 24> phoneRequiredCountries{
    "AM",
    "AZ",
    "BY",
    "HU",
    "KZ",
    "KG",
    "MD",
    "RU",
    "TJ",
    "UZ",
    "UA",
    "IN",
    "BR",
    "ZA",
    "PL",
    "AE",
    "SA",
    "TR",
    "TH",
    "VN",
    "MM",
    "IQ",
    "SS",
    "VE",
};

} // namespace

// ---- ValidationResult ----------------------------------------------------------------

void ValidationResult::add(const FieldResult& result)
{
    for (FieldResult& existing : m_results) {
        if (existing.field == result.field) {
            existing = result;
            return;
        }
    }
    m_results.append(result);
}

bool ValidationResult::isValid() const
{
    return std::all_of(m_results.cbegin(), m_results.cend(), [](const FieldResult& r) { return r.isValid(); });
}

ValidationCode ValidationResult::code(Field field) const
{
    return result(field).code;
}

FieldResult ValidationResult::result(Field field) const
{
    for (const FieldResult& r : m_results) {
        if (r.field == field)
            return r;
    }
    return FieldResult{field, ValidationCode::Valid, 0, {}};
}

QList<FieldResult> ValidationResult::problems() const
{
    QList<FieldResult> out;
    std::copy_if(m_results.cbegin(), m_results.cend(), std::back_inserter(out),
        [](const FieldResult& r) { return !r.isValid(); });
    return out;
}

QString FieldResult::message() const
{
    return Validation::message(*this);
}

// ---- Validation ----------------------------------------------------------------------

namespace Validation {

QDate earliestAcceptanceDate()
{
    return QDate(2018, 1, 1);
}

QDate latestAcceptanceDate(const Clock& clock)
{
    return std::min(clock.todayInUserZone(), clock.todayInUtc());
}

bool countryRequiresPhone(const QString& iso2Code)
{
    return std::any_of(phoneRequiredCountries.begin(), phoneRequiredCountries.end(),
        [&](const char* code) { return iso2Code.compare(QLatin1String(code), Qt::CaseInsensitive) == 0; });
}

bool isRequired(Field field, const ValidationContext& context)
{
    const Rule& rule = ruleFor(field);
    if (rule.requirement != Requirement::ByCountry)
        return rule.requirement == Requirement::Required;
    const CountryRules* country = context.countryRules;
    switch (field) {
    case Field::City:
        return country ? country->isCityRequired : true;
    case Field::State:
        return country && country->isStateRequired;
    case Field::PostalCode:
        return country && country->isPostalCodeRequired;
    case Field::AddressPhoneNumber:
        return country && countryRequiresPhone(country->iso2Code);
    default:
        return false;
    }
}

int maximumLength(Field field)
{
    switch (field) {
    case Field::Email:
        return emailMaximumLength;
    default:
        return ruleFor(field).maximumLength;
    }
}

FieldResult validate(Field field, const QString& value, const ValidationContext& context)
{
    FieldResult result{field, ValidationCode::Valid, 0, {}};
    const Rule& rule = ruleFor(field);

    if (std::any_of(value.begin(), value.end(), isControl)) {
        result.code = ValidationCode::ControlCharacter;
        return result;
    }
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        if (isRequired(field, context))
            result.code = ValidationCode::Required;
        return result;
    }
    if (rule.maximumLength > 0 && trimmed.toUcs4().size() > rule.maximumLength) {
        result.code = ValidationCode::TooLong;
        result.limit = rule.maximumLength;
        return result;
    }
    result.code = rule.check(trimmed, context, result);
    return result;
}

FieldResult validateAcceptanceDate(const QDate& date, const ValidationContext& context)
{
    FieldResult result{Field::AcceptanceDate, ValidationCode::Valid, 0, {}};
    if (!date.isValid()) {
        result.code = ValidationCode::Required;
        return result;
    }
    const Clock& clock = context.clock ? *context.clock : Clock::instance();
    const QDate latest = latestAcceptanceDate(clock);
    if (date > latest) {
        result.code = ValidationCode::DateInFuture;
        result.date = latest;
    } else if (date < earliestAcceptanceDate()) {
        result.code = ValidationCode::DateTooEarly;
        result.date = earliestAcceptanceDate();
    }
    return result;
}

ValidationResult validateContact(const Contact& contact, const ValidationContext& context)
{
    ValidationResult result;
    result.add(validate(Field::FirstName, contact.firstName, context));
    result.add(validate(Field::LastName, contact.lastName, context));
    result.add(validate(Field::Email, contact.email, context));
    result.add(validate(Field::PhoneNumber, contact.phoneNumber, context));
    return result;
}

ValidationResult validateAttestation(
    const Contact& contact, const QDate& acceptanceDate, const ValidationContext& context)
{
    ValidationResult result = validateContact(contact, context);
    result.add(validateAcceptanceDate(acceptanceDate, context));
    return result;
}

ValidationResult validateAddress(const Address& address, const ValidationContext& context)
{
    ValidationResult result;
    result.add(validate(Field::Country, address.country, context));
    result.add(validate(Field::AddressLine1, address.addressLine1, context));
    result.add(validate(Field::AddressLine2, address.addressLine2, context));
    result.add(validate(Field::City, address.city, context));
    result.add(validate(Field::State, address.state, context));
    result.add(validate(Field::PostalCode, address.postalCode, context));
    result.add(validate(Field::AddressPhoneNumber, address.phoneNumber, context));
    return result;
}

QString normalized(Field field, const QString& value)
{
    const QString trimmed = value.trimmed();
    switch (field) {
    case Field::PhoneNumber:
    case Field::AddressPhoneNumber:
        return asciiDigits(trimmed);
    case Field::Email: {
        const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
        if (at < 0)
            return trimmed;
        const QString ace = QString::fromLatin1(QUrl::toAce(trimmed.mid(at + 1)));
        return ace.isEmpty() ? trimmed : trimmed.left(at + 1) + ace;
    }
    case Field::DomainPrefix:
        return trimmed.toLower();
    case Field::Country:
    case Field::State:
        return trimmed.toUpper();
    default:
        return trimmed;
    }
}

Contact normalized(const Contact& contact)
{
    return Contact{normalized(Field::FirstName, contact.firstName), normalized(Field::LastName, contact.lastName),
        normalized(Field::Email, contact.email), normalized(Field::PhoneNumber, contact.phoneNumber)};
}

QString fieldName(Field field)
{
    switch (field) {
    case Field::FirstName:
        return tr("First name");
    case Field::LastName:
        return tr("Last name");
    case Field::Email:
        return tr("Email address");
    case Field::PhoneNumber:
        return tr("Phone number");
    case Field::AcceptanceDate:
        return tr("Agreement acceptance date");
    case Field::CompanyName:
        return tr("Company name");
    case Field::DomainPrefix:
        return tr("Domain name");
    case Field::AddressLine1:
        return tr("Address line 1");
    case Field::AddressLine2:
        return tr("Address line 2");
    case Field::City:
        return tr("City");
    case Field::State:
        return tr("State or province");
    case Field::PostalCode:
        return tr("Postal code");
    case Field::Country:
        return tr("Country/region");
    case Field::AddressPhoneNumber:
        return tr("Company phone number");
    case Field::Culture:
        return tr("Culture");
    case Field::Language:
        return tr("Language");
    }
    return {};
}

QString message(const FieldResult& result)
{
    const QString date = QLocale().toString(result.date, QLocale::ShortFormat);
    switch (result.code) {
    case ValidationCode::Valid:
        return {};
    case ValidationCode::Required:
        return tr("This field is required.");
    case ValidationCode::TooLong:
        return tr("Use at most %n character(s).", nullptr, result.limit);
    case ValidationCode::ControlCharacter:
        return tr("Remove the tabs, line breaks or other control characters.");
    case ValidationCode::InvalidCharacter:
        switch (result.field) {
        case Field::DomainPrefix:
            return tr("Use only Latin letters (a–z) and digits (0–9).");
        case Field::Email:
            return tr("The part before the @ contains a character that email addresses cannot use.");
        case Field::FirstName:
        case Field::LastName:
            return tr("Names cannot contain digits or symbols such as @, <, > or #.");
        case Field::Culture:
            return tr("Use a culture code such as en-US.");
        case Field::Language:
            return tr("Use a language code such as en or fr.");
        default:
            return tr("This contains characters that are not allowed here.");
        }
    case ValidationCode::NoLetter:
        return tr("Enter a name with at least one letter.");
    case ValidationCode::EmailMissingAt:
        return tr("An email address needs an @ between the name and the domain, as in name@example.com.");
    case ValidationCode::EmailMultipleAt:
        return tr("An email address can contain only one @.");
    case ValidationCode::EmailContainsSpace:
        return tr("An email address cannot contain spaces.");
    case ValidationCode::EmailLocalPartEmpty:
        return tr("Enter the name before the @.");
    case ValidationCode::EmailLocalPartTooLong:
        return tr("The part before the @ can have at most %n character(s).", nullptr, result.limit);
    case ValidationCode::EmailLeadingDot:
        return tr("An email address cannot have a dot right after the @ or at its start.");
    case ValidationCode::EmailTrailingDot:
        return tr("An email address cannot end with a dot or have a dot right before the @.");
    case ValidationCode::EmailConsecutiveDots:
        return tr("An email address cannot contain two dots in a row.");
    case ValidationCode::EmailDomainMissingDot:
        return tr("The domain after the @ is incomplete; it looks like example.com.");
    case ValidationCode::EmailDomainInvalid:
        return tr("The domain after the @ is not a valid domain name.");
    case ValidationCode::EmailTooLong:
        return tr("An email address can have at most %n character(s).", nullptr, result.limit);
    case ValidationCode::PhoneInvalidCharacter:
        return tr("Use only digits, spaces, dashes, dots, parentheses and a leading +.");
    case ValidationCode::PhoneTooFewDigits:
        return tr("A phone number needs at least %n digit(s).", nullptr, result.limit);
    case ValidationCode::PhoneTooManyDigits:
        return tr("A phone number can have at most %n digit(s).", nullptr, result.limit);
    case ValidationCode::PhoneCountryFormat:
        return tr("This is not a phone number format of the customer's country.");
    case ValidationCode::DateInvalid:
        return tr("Enter a real date in the form YYYY-MM-DD.");
    case ValidationCode::DateInFuture:
        return tr("The acceptance date cannot be in the future. Partner Center counts days in UTC, so the "
                  "latest date allowed now is %1.")
            .arg(date);
    case ValidationCode::DateTooEarly:
        return tr("The Microsoft Customer Agreement did not exist yet; use a date from %1 on.").arg(date);
    case ValidationCode::PostalCodeFormat:
        return tr("This postal code does not have the format used in the customer's country.");
    case ValidationCode::StateNotSupported:
        return tr("Choose a state or province from the list for this country.");
    case ValidationCode::CountryInvalid:
        return tr("Use a two-letter country code such as US or DE.");
    case ValidationCode::NotSupportedForCountry:
        return tr("The customer's country does not support this value; choose one from the list.");
    }
    return {};
}

} // namespace Validation
} // namespace PartnerDesk

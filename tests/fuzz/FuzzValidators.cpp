// libFuzzer target: the field validators (Validation.h's table: names, email, phone with the
// country's rules, acceptance date, company, domain prefix, address, culture, language) and
// the forms built on them (contact, address, the new customer draft and its request).
//
// Input: byte 0 picks the country rules (none, or one of the sandbox's real and plausible
// rules), byte 1 the user's time zone, the rest is UTF-8 text, one value per line, in the order
// of the Field enum (first name, last name, email, phone, date, company, domain prefix, address
// line 1, line 2, city, state, postal code, country, company phone, culture, language); lines
// after the sixteenth are checked as the fields again, in the same order.
#include "FuzzCheck.h"

#include "api/Json.h"
#include "flows/newcustomer/NewCustomerDraft.h"
#include "util/Clock.h"
#include "validation/Validation.h"

#include <QFile>
#include <QUrl>

#include <algorithm>
#include <array>

using namespace PartnerDesk;

namespace {

constexpr int fieldCount = static_cast<int>(Field::Language) + 1;

class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QByteArray& zone)
        : m_zone(zone)
    { }
    // Early in the UTC day: "today" is a day earlier west of Greenwich, a day later in the far east.
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime(QDate(2026, 3, 1), QTime(5, 0), Qt::UTC); }
    [[nodiscard]] QTimeZone timeZone() const override { return m_zone; }

private:
    QTimeZone m_zone;
};

const QList<CountryRules>& allCountryRules()
{
    static const QList<CountryRules> rules = [] {
        QList<CountryRules> out;
        QFile file(QStringLiteral(PARTNERDESK_COUNTRY_RULES_JSON));
        if (!file.open(QIODevice::ReadOnly))
            Fuzz::fail("the country rules file " PARTNERDESK_COUNTRY_RULES_JSON " can be read", __FILE__, __LINE__);
        const std::optional<QJsonValue> json = Json::parse(file.readAll());
        const QJsonArray countries = json ? json->toObject().value(QLatin1String("countries")).toArray() : QJsonArray();
        for (const QJsonValue& country : countries)
            out << Json::countryRulesFromJson(country.toObject());
        FUZZ_CHECK(!out.isEmpty());
        return out;
    }();
    return rules;
}

const FixedClock& clockFor(quint8 selector)
{
    static const std::array<FixedClock, 6> clocks{FixedClock("UTC"), FixedClock("Pacific/Kiritimati"),
        FixedClock("Pacific/Pago_Pago"), FixedClock("Asia/Kolkata"), FixedClock("America/St_Johns"),
        FixedClock("Europe/Istanbul")};
    return clocks.at(selector % clocks.size());
}

bool hasControl(const QString& value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    });
}

int asciiDigitCount(const QString& value)
{
    return static_cast<int>(std::count_if(
        value.cbegin(), value.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }));
}

void checkField(Field field, const QString& value, const ValidationContext& context)
{
    const FieldResult result = Validation::validate(field, value, context);
    FUZZ_CHECK(result.field == field);
    FUZZ_CHECK(result.message().isEmpty() == result.isValid());
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() && Validation::isRequired(field, context))
        FUZZ_CHECK(!result.isValid()); // a required field is never valid empty
    if (!result.isValid())
        return;

    FUZZ_CHECK(!hasControl(value));
    // An email address is measured as it is sent, its domain in ASCII (IDNA drops characters such
    // as U+200B and folds others); that length is checked below.
    const int limit = Validation::maximumLength(field);
    if (limit > 0 && field != Field::Email)
        FUZZ_CHECK(trimmed.toUcs4().size() <= limit);

    // What is sent is the normalized value: it must pass as well, and normalize to itself.
    const QString sent = Validation::normalized(field, value);
    FUZZ_CHECK(Validation::validate(field, sent, context).isValid());
    FUZZ_CHECK(Validation::normalized(field, sent) == sent);
    if (trimmed.isEmpty())
        return;

    switch (field) {
    case Field::FirstName:
    case Field::LastName:
        FUZZ_CHECK(std::any_of(sent.cbegin(), sent.cend(), [](QChar c) { return c.isLetter() || c.isSurrogate(); }));
        break;
    case Field::Email:
        FUZZ_CHECK(sent.size() <= limit);
        FUZZ_CHECK(sent.count(QLatin1Char('@')) == 1);
        break;
    case Field::PhoneNumber:
    case Field::AddressPhoneNumber:
        if (!context.countryRules || context.countryRules->phoneNumberRegex.isEmpty()) {
            FUZZ_CHECK(asciiDigitCount(sent) >= 7 && asciiDigitCount(sent) <= 15);
        }
        break;
    case Field::AcceptanceDate: {
        const QDate date = QDate::fromString(sent, Qt::ISODate);
        FUZZ_CHECK(date.isValid());
        FUZZ_CHECK(date >= Validation::earliestAcceptanceDate());
        FUZZ_CHECK(date <= Validation::latestAcceptanceDate(*context.clock));
        break;
    }
    case Field::DomainPrefix: {
        // The tenant's initial domain is a host name as it stands.
        const QString domain = NewCustomerDraft::domainFor(value);
        FUZZ_CHECK(QUrl::fromAce(domain.toLatin1()) == domain);
        FUZZ_CHECK(QString::fromLatin1(QUrl::toAce(domain)) == domain);
        break;
    }
    case Field::Country:
        FUZZ_CHECK(sent.size() == 2);
        break;
    default:
        break;
    }
}

void checkForms(const QStringList& lines, const ValidationContext& context)
{
    const auto line = [&lines](Field field) { return lines.value(static_cast<int>(field)); };
    const Contact contact{line(Field::FirstName), line(Field::LastName), line(Field::Email), line(Field::PhoneNumber)};
    const ValidationResult contactResult = Validation::validateContact(contact, context);
    FUZZ_CHECK(contactResult.isValid() == contactResult.problems().isEmpty());
    if (contactResult.isValid())
        FUZZ_CHECK(Validation::validateContact(Validation::normalized(contact), context).isValid());

    NewCustomerDraft draft;
    draft.companyName = line(Field::CompanyName);
    draft.domainPrefix = line(Field::DomainPrefix);
    draft.address.country = line(Field::Country);
    draft.address.addressLine1 = line(Field::AddressLine1);
    draft.address.addressLine2 = line(Field::AddressLine2);
    draft.address.city = line(Field::City);
    draft.address.state = line(Field::State);
    draft.address.postalCode = line(Field::PostalCode);
    draft.address.phoneNumber = line(Field::AddressPhoneNumber);
    draft.primaryContact = contact;
    draft.language = line(Field::Language);
    draft.culture = line(Field::Culture);
    draft.acceptedBy = contact;
    draft.acceptanceDate = QDate::fromString(line(Field::AcceptanceDate).trimmed(), Qt::ISODate);

    const ValidationResult draftResult = draft.validate(context);
    FUZZ_CHECK(draftResult.isValid() == draftResult.problems().isEmpty());
    if (!draftResult.isValid())
        return;
    // A draft that passes becomes a request whose values pass too, as they go on the wire.
    const NewCustomerRequest request = draft.toRequest();
    FUZZ_CHECK(request.customer.billingProfile.has_value());
    const BillingProfile& billing = *request.customer.billingProfile;
    FUZZ_CHECK(Validation::validateAddress(billing.defaultAddress, context).isValid());
    FUZZ_CHECK(Validation::validateAttestation(request.acceptedBy, request.acceptanceDate, context).isValid());
    FUZZ_CHECK(Validation::validate(Field::Email, billing.email, context).isValid());
    FUZZ_CHECK(Validation::validate(Field::CompanyName, billing.companyName, context).isValid());
    FUZZ_CHECK(request.customer.companyProfile.domain.endsWith(NewCustomerDraft::domainSuffix()));
    // The body PartnerDesk sends carries them unchanged.
    const Customer sent = Json::customerFromJson(Json::toJson(request.customer));
    FUZZ_CHECK(sent.companyProfile.domain == request.customer.companyProfile.domain);
    FUZZ_CHECK(sent.billingProfile->defaultAddress == billing.defaultAddress);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const QList<CountryRules>& countries = allCountryRules();
    const qsizetype country = data[0] % (countries.size() + 1);
    const ValidationContext context{country == 0 ? nullptr : &countries.at(country - 1), &clockFor(data[1])};
    const QString text = QString::fromUtf8(Fuzz::bytes(data + 2, size - 2));
    // A form has sixteen fields; more lines would add values, not new paths.
    const QStringList lines = text.split(QLatin1Char('\n')).mid(0, 2 * fieldCount);

    for (qsizetype i = 0; i < lines.size(); ++i) {
        checkField(static_cast<Field>(i % fieldCount), lines.at(i), context);
        static_cast<void>(Validation::countryRequiresPhone(lines.at(i)));
    }
    checkForms(lines, context);
    return 0;
}

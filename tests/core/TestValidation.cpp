// Every validation rule, row by row. Rows assert on codes, never on English text.
#include "FixedClock.h"
#include "TestEnvironment.h"
#include "validation/Validation.h"

#include <QTest>

using namespace PartnerDesk;
using PartnerDesk::Test::FixedClock;

Q_DECLARE_METATYPE(QTimeZone)

namespace {

CountryRules usRules()
{
    // GET /v1/countryvalidationrules/US as recorded (api-customers.md §5.2).
    CountryRules rules;
    rules.iso2Code = QStringLiteral("US");
    rules.defaultCulture = QStringLiteral("en-US");
    rules.isStateRequired = true;
    rules.supportedStatesList = QStringLiteral(
        "AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH "
        "OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY")
                                    .split(QLatin1Char(' '));
    rules.supportedLanguagesList = {QStringLiteral("en"), QStringLiteral("es")};
    rules.supportedCulturesList = {QStringLiteral("en-US"), QStringLiteral("es-US")};
    rules.isPostalCodeRequired = true;
    rules.postalCodeRegex = QStringLiteral("^\\d{5}(-\\d{4})?$");
    rules.isCityRequired = true;
    rules.phoneNumberRegex
        = QStringLiteral("^(1[ \\-\\/\\.]?)?(\\((\\d{3})\\)|(\\d{3}))[ \\-\\/\\.]?(\\d{3})[ \\-\\/\\.]?(\\d{4})$");
    rules.isTaxIdSupported = true;
    rules.isTaxIdOptional = true;
    rules.countryCallingCodesList = {QStringLiteral("1")};
    return rules;
}

CountryRules ptRules()
{
    // GET /v1/countryvalidationrules/PT as reported (api-customers.md §5.3).
    CountryRules rules;
    rules.iso2Code = QStringLiteral("PT");
    rules.defaultCulture = QStringLiteral("pt-PT");
    rules.supportedLanguagesList = {QStringLiteral("en"), QStringLiteral("pt-PT")};
    rules.supportedCulturesList = {QStringLiteral("pt-PT"), QStringLiteral("en-US")};
    rules.isPostalCodeRequired = true;
    rules.postalCodeRegex = QStringLiteral("^\\d{4}(-\\d{3})?$");
    rules.isCityRequired = true;
    rules.isVatIdSupported = true;
    rules.vatIdRegex = QStringLiteral("^PT[\\d]{9,9}$");
    rules.countryCallingCodesList = {QStringLiteral("351")};
    return rules;
}

CountryRules trRules()
{
    // Turkey: a country where Partner Center requires the company phone number.
    CountryRules rules;
    rules.iso2Code = QStringLiteral("TR");
    rules.defaultCulture = QStringLiteral("tr-TR");
    rules.supportedLanguagesList = {QStringLiteral("tr"), QStringLiteral("en")};
    rules.supportedCulturesList = {QStringLiteral("tr-TR"), QStringLiteral("en-US")};
    rules.isCityRequired = true;
    return rules;
}

const CountryRules* rulesFor(const QString& country)
{
    static const CountryRules us = usRules();
    static const CountryRules pt = ptRules();
    static const CountryRules tr = trRules();
    if (country == QLatin1String("US"))
        return &us;
    if (country == QLatin1String("PT"))
        return &pt;
    if (country == QLatin1String("TR"))
        return &tr;
    return nullptr;
}

QString repeat(const QString& s, int n)
{
    return s.repeated(n);
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }

    void fields_data();
    void fields();
    void acceptanceDateAcrossTimeZones_data();
    void acceptanceDateAcrossTimeZones();
    void attestationCollectsEveryField();
    void addressUsesCountryRules();
    void normalizedValues_data();
    void normalizedValues();
    void everyCodeHasAMessage();
    void messagesCarryTheirNumbers();
    void latestDateIsEarlierOfUserZoneAndUtc();
};

void TestValidation::fields_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("country");
    QTest::addColumn<ValidationCode>("expected");

    const QString none;
    const auto row = [](const char* name, Field f, const QString& v, const QString& c, ValidationCode e) {
        QTest::newRow(name) << f << v << c << e;
    };
    using F = Field;
    using C = ValidationCode;

    // ---- names: any script passes --------------------------------------------------
    row("name: plain", F::FirstName, QStringLiteral("Ada"), none, C::Valid);
    row("name: Turkish dotted capital I", F::FirstName, QStringLiteral("İbrahim"), none, C::Valid);
    row("name: Turkish dotless i", F::FirstName, QStringLiteral("Işıl"), none, C::Valid);
    row("name: Turkish ş and ğ", F::LastName, QStringLiteral("Şahin Doğan"), none, C::Valid);
    row("name: Arabic", F::FirstName, QStringLiteral("محمد"), none, C::Valid);
    row("name: Arabic with ZWNJ", F::LastName, QStringLiteral("عبد\u200cالله"), none, C::Valid);
    row("name: Chinese", F::LastName, QStringLiteral("王小明"), none, C::Valid);
    row("name: Japanese kana", F::FirstName, QStringLiteral("さくら"), none, C::Valid);
    row("name: Korean", F::FirstName, QStringLiteral("김민준"), none, C::Valid);
    row("name: Devanagari with marks", F::FirstName, QStringLiteral("प्रिया"), none, C::Valid);
    row("name: Greek", F::FirstName, QStringLiteral("Αλέξανδρος"), none, C::Valid);
    row("name: Cyrillic", F::FirstName, QStringLiteral("Дмитрий"), none, C::Valid);
    row("name: Hebrew", F::LastName, QStringLiteral("כהן"), none, C::Valid);
    row("name: Thai", F::FirstName, QStringLiteral("สมชาย"), none, C::Valid);
    row("name: CJK outside the BMP", F::LastName, QStringLiteral("𠮷野"), none, C::Valid);
    row("name: accents", F::FirstName, QStringLiteral("Renée"), none, C::Valid);
    row("name: apostrophe", F::LastName, QStringLiteral("O'Brien"), none, C::Valid);
    row("name: typographic apostrophe", F::LastName, QStringLiteral("D’Angelo"), none, C::Valid);
    row("name: hyphen", F::FirstName, QStringLiteral("Jean-Luc"), none, C::Valid);
    row("name: two words", F::FirstName, QStringLiteral("Mary Ann"), none, C::Valid);
    row("name: surrounding spaces are trimmed", F::FirstName, QStringLiteral("  Ada  "), none, C::Valid);
    row("name: empty", F::FirstName, QString(), none, C::Required);
    row("name: only spaces", F::LastName, QStringLiteral("   "), none, C::Required);
    row("name: tab inside", F::FirstName, QStringLiteral("Ada\tLovelace"), none, C::ControlCharacter);
    row("name: trailing newline", F::LastName, QStringLiteral("Lovelace\n"), none, C::ControlCharacter);
    row("name: NUL character", F::FirstName, QString(QChar(u'\0')), none, C::ControlCharacter);
    row("name: line separator", F::FirstName, QStringLiteral("Ada\u2028B"), none, C::ControlCharacter);
    row("name: 50 characters", F::FirstName, repeat(QStringLiteral("a"), 50), none, C::Valid);
    row("name: 51 characters", F::FirstName, repeat(QStringLiteral("a"), 51), none, C::TooLong);
    row("name: 50 characters outside the BMP", F::LastName, repeat(QStringLiteral("𠮷"), 50), none, C::Valid);
    row("name: 51 characters outside the BMP", F::LastName, repeat(QStringLiteral("𠮷"), 51), none, C::TooLong);
    row("name: digit", F::FirstName, QStringLiteral("Ada2"), none, C::InvalidCharacter);
    row("name: Arabic-Indic digit", F::FirstName, QStringLiteral("محمد٣"), none, C::InvalidCharacter);
    row("name: at sign", F::LastName, QStringLiteral("ada@contoso"), none, C::InvalidCharacter);
    row("name: markup", F::FirstName, QStringLiteral("<script>"), none, C::InvalidCharacter);
    row("name: only punctuation", F::FirstName, QStringLiteral("--"), none, C::NoLetter);
    row("name: only an apostrophe", F::LastName, QStringLiteral("'"), none, C::NoLetter);
    row("name: only an emoji", F::FirstName, QStringLiteral("😀"), none, C::NoLetter);

    // ---- email --------------------------------------------------------------------
    row("email: plain", F::Email, QStringLiteral("ada@contoso.com"), none, C::Valid);
    row("email: plus addressing", F::Email, QStringLiteral("ada+mca@contoso.com"), none, C::Valid);
    row("email: subdomains", F::Email, QStringLiteral("ada@mail.eu.contoso.com"), none, C::Valid);
    row("email: dots in the name", F::Email, QStringLiteral("ada.lovelace@contoso.com"), none, C::Valid);
    row("email: upper case", F::Email, QStringLiteral("Ada@Contoso.COM"), none, C::Valid);
    row("email: hyphenated domain", F::Email, QStringLiteral("ada@my-company.co.uk"), none, C::Valid);
    row("email: IDN Turkish", F::Email, QStringLiteral("ali@örnek.com.tr"), none, C::Valid);
    row("email: IDN German", F::Email, QStringLiteral("info@müller.de"), none, C::Valid);
    row("email: IDN Japanese", F::Email, QStringLiteral("info@例え.jp"), none, C::Valid);
    row("email: IDN Arabic TLD", F::Email, QStringLiteral("info@مثال.مصر"), none, C::Valid);
    row("email: punycode domain", F::Email, QStringLiteral("info@xn--mller-kva.de"), none, C::Valid);
    row("email: surrounding spaces are trimmed", F::Email, QStringLiteral("  ada@contoso.com "), none, C::Valid);
    row("email: empty", F::Email, QString(), none, C::Required);
    row("email: missing @", F::Email, QStringLiteral("ada.contoso.com"), none, C::EmailMissingAt);
    row("email: two @ together", F::Email, QStringLiteral("ada@@contoso.com"), none, C::EmailMultipleAt);
    row("email: two @ apart", F::Email, QStringLiteral("a@b@contoso.com"), none, C::EmailMultipleAt);
    row("email: space inside", F::Email, QStringLiteral("ada lovelace@contoso.com"), none, C::EmailContainsSpace);
    row("email: space before @", F::Email, QStringLiteral("ada @contoso.com"), none, C::EmailContainsSpace);
    row("email: tab", F::Email, QStringLiteral("ada@contoso.com\t"), none, C::ControlCharacter);
    row("email: double dot in name", F::Email, QStringLiteral("ada..l@contoso.com"), none, C::EmailConsecutiveDots);
    row("email: double dot in domain", F::Email, QStringLiteral("ada@contoso..com"), none, C::EmailConsecutiveDots);
    row("email: trailing dot", F::Email, QStringLiteral("ada@contoso.com."), none, C::EmailTrailingDot);
    row("email: dot before @", F::Email, QStringLiteral("ada.@contoso.com"), none, C::EmailTrailingDot);
    row("email: leading dot", F::Email, QStringLiteral(".ada@contoso.com"), none, C::EmailLeadingDot);
    row("email: dot after @", F::Email, QStringLiteral("ada@.contoso.com"), none, C::EmailLeadingDot);
    row("email: nothing after @", F::Email, QStringLiteral("ada@"), none, C::EmailDomainMissingDot);
    row("email: nothing before @", F::Email, QStringLiteral("@contoso.com"), none, C::EmailLocalPartEmpty);
    row("email: domain without dot", F::Email, QStringLiteral("ada@localhost"), none, C::EmailDomainMissingDot);
    row("email: numeric top-level domain", F::Email, QStringLiteral("ada@10.0.0.1"), none, C::EmailDomainInvalid);
    row("email: underscore in domain", F::Email, QStringLiteral("ada@con_toso.com"), none, C::EmailDomainInvalid);
    row("email: label starts with hyphen", F::Email, QStringLiteral("ada@-contoso.com"), none, C::EmailDomainInvalid);
    row("email: comma in name", F::Email, QStringLiteral("ada,l@contoso.com"), none, C::InvalidCharacter);
    row("email: quoted name", F::Email, QStringLiteral("\"ada\"@contoso.com"), none, C::InvalidCharacter);
    row("email: Unicode in name", F::Email, QStringLiteral("jürgen@contoso.de"), none, C::InvalidCharacter);
    row("email: name of 64", F::Email, repeat(QStringLiteral("a"), 64) + QStringLiteral("@contoso.com"), none,
        C::Valid);
    row("email: name of 65", F::Email, repeat(QStringLiteral("a"), 65) + QStringLiteral("@contoso.com"), none,
        C::EmailLocalPartTooLong);
    const QString domain189 = repeat(QStringLiteral("a"), 63) + QLatin1Char('.') + repeat(QStringLiteral("b"), 63)
        + QLatin1Char('.') + repeat(QStringLiteral("c"), 57) + QStringLiteral(".com");
    const QString domain190 = repeat(QStringLiteral("a"), 63) + QLatin1Char('.') + repeat(QStringLiteral("b"), 63)
        + QLatin1Char('.') + repeat(QStringLiteral("c"), 58) + QStringLiteral(".com");
    row("email: 254 characters", F::Email, repeat(QStringLiteral("x"), 64) + QLatin1Char('@') + domain189, none,
        C::Valid);
    row("email: 255 characters", F::Email, repeat(QStringLiteral("x"), 64) + QLatin1Char('@') + domain190, none,
        C::EmailTooLong);

    // ---- phone: permissive without country rules -----------------------------------
    row("phone: empty is optional", F::PhoneNumber, QString(), none, C::Valid);
    row("phone: international", F::PhoneNumber, QStringLiteral("+90 212 555 01 23"), none, C::Valid);
    row("phone: dashes", F::PhoneNumber, QStringLiteral("425-555-0100"), none, C::Valid);
    row("phone: parentheses", F::PhoneNumber, QStringLiteral("(425) 555-0100"), none, C::Valid);
    row("phone: dots", F::PhoneNumber, QStringLiteral("425.555.0100"), none, C::Valid);
    row("phone: 7 digits", F::PhoneNumber, QStringLiteral("555 0100"), none, C::Valid);
    row("phone: 6 digits", F::PhoneNumber, QStringLiteral("555010"), none, C::PhoneTooFewDigits);
    row("phone: 15 digits", F::PhoneNumber, QStringLiteral("+123456789012345"), none, C::Valid);
    row("phone: 16 digits", F::PhoneNumber, QStringLiteral("1234567890123456"), none, C::PhoneTooManyDigits);
    row("phone: letters", F::PhoneNumber, QStringLiteral("555-CALL-NOW"), none, C::PhoneInvalidCharacter);
    row("phone: plus in the middle", F::PhoneNumber, QStringLiteral("555+1234567"), none, C::PhoneInvalidCharacter);
    row("phone: extension", F::PhoneNumber, QStringLiteral("4255550100 x12"), none, C::PhoneInvalidCharacter);
    row("phone: Arabic-Indic digits", F::PhoneNumber, QStringLiteral("٠٥٥٥١٢٣٤٥٦٧"), none, C::Valid);
    row("phone: newline", F::PhoneNumber, QStringLiteral("4255550100\n"), none, C::ControlCharacter);

    // ---- phone: the US regex from the reference decides ----------------------------
    row("phone US: ten digits", F::PhoneNumber, QStringLiteral("4255550100"), QStringLiteral("US"), C::Valid);
    row("phone US: with 1 and parentheses", F::PhoneNumber, QStringLiteral("1 (425) 555-0100"), QStringLiteral("US"),
        C::Valid);
    row("phone US: slashes", F::PhoneNumber, QStringLiteral("425/555/0100"), QStringLiteral("US"), C::Valid);
    row("phone US: dots", F::PhoneNumber, QStringLiteral("1.425.555.0100"), QStringLiteral("US"), C::Valid);
    row("phone US: leading + refused by the regex", F::PhoneNumber, QStringLiteral("+1 425 555 0100"),
        QStringLiteral("US"), C::PhoneCountryFormat);
    row("phone US: seven digits", F::PhoneNumber, QStringLiteral("555-0100"), QStringLiteral("US"),
        C::PhoneCountryFormat);
    row("phone US: eleven digits without 1", F::PhoneNumber, QStringLiteral("24255550100"), QStringLiteral("US"),
        C::PhoneCountryFormat);
    row("phone US: empty is optional", F::PhoneNumber, QString(), QStringLiteral("US"), C::Valid);
    row("phone PT: no regex, permissive", F::PhoneNumber, QStringLiteral("+351 21 123 4567"), QStringLiteral("PT"),
        C::Valid);
    row("company phone TR: required", F::AddressPhoneNumber, QString(), QStringLiteral("TR"), C::Required);
    row("company phone TR: given", F::AddressPhoneNumber, QStringLiteral("+90 212 555 01 23"), QStringLiteral("TR"),
        C::Valid);
    row("company phone US: optional", F::AddressPhoneNumber, QString(), QStringLiteral("US"), C::Valid);

    // ---- acceptance date as text (the clock says 2026-06-15 12:00 UTC) -------------
    row("date: today", F::AcceptanceDate, QStringLiteral("2026-06-15"), none, C::Valid);
    row("date: tomorrow", F::AcceptanceDate, QStringLiteral("2026-06-16"), none, C::DateInFuture);
    row("date: next year", F::AcceptanceDate, QStringLiteral("2027-01-01"), none, C::DateInFuture);
    row("date: leap day", F::AcceptanceDate, QStringLiteral("2024-02-29"), none, C::Valid);
    row("date: Feb 29 of a common year", F::AcceptanceDate, QStringLiteral("2025-02-29"), none, C::DateInvalid);
    row("date: month 13", F::AcceptanceDate, QStringLiteral("2025-13-01"), none, C::DateInvalid);
    row("date: slashes", F::AcceptanceDate, QStringLiteral("2026/06/15"), none, C::DateInvalid);
    row("date: US order", F::AcceptanceDate, QStringLiteral("06/15/2026"), none, C::DateInvalid);
    row("date: single-digit month", F::AcceptanceDate, QStringLiteral("2026-6-15"), none, C::DateInvalid);
    row("date: with a time", F::AcceptanceDate, QStringLiteral("2026-06-15T00:00:00Z"), none, C::DateInvalid);
    row("date: empty", F::AcceptanceDate, QString(), none, C::Required);
    row("date: first day allowed", F::AcceptanceDate, QStringLiteral("2018-01-01"), none, C::Valid);
    row("date: before the agreement existed", F::AcceptanceDate, QStringLiteral("2017-12-31"), none, C::DateTooEarly);

    // ---- address --------------------------------------------------------------------
    const QString us = QStringLiteral("US");
    const QString pt = QStringLiteral("PT");
    row("postal US: five digits", F::PostalCode, QStringLiteral("98052"), us, C::Valid);
    row("postal US: ZIP+4", F::PostalCode, QStringLiteral("98052-6399"), us, C::Valid);
    row("postal US: four digits", F::PostalCode, QStringLiteral("9805"), us, C::PostalCodeFormat);
    row("postal US: letters", F::PostalCode, QStringLiteral("ABCDE"), us, C::PostalCodeFormat);
    row("postal US: required", F::PostalCode, QString(), us, C::Required);
    row("postal PT: 1000-001", F::PostalCode, QStringLiteral("1000-001"), pt, C::Valid);
    row("postal PT: 1000", F::PostalCode, QStringLiteral("1000"), pt, C::Valid);
    row("postal PT: US format", F::PostalCode, QStringLiteral("10000"), pt, C::PostalCodeFormat);
    row("postal: optional without rules", F::PostalCode, QString(), none, C::Valid);
    row("state US: WA", F::State, QStringLiteral("WA"), us, C::Valid);
    row("state US: lower case", F::State, QStringLiteral("wa"), us, C::Valid);
    row("state US: unknown", F::State, QStringLiteral("XX"), us, C::StateNotSupported);
    row("state US: required", F::State, QString(), us, C::Required);
    row("state PT: not required", F::State, QString(), pt, C::Valid);
    row("city US: required", F::City, QString(), us, C::Required);
    row("city: required without rules", F::City, QString(), none, C::Required);
    row("city: Istanbul", F::City, QStringLiteral("İstanbul"), none, C::Valid);
    row("address line 1: required", F::AddressLine1, QString(), none, C::Required);
    row("address line 1: plain", F::AddressLine1, QStringLiteral("One Microsoft Way"), none, C::Valid);
    row("address line 1: 200 characters", F::AddressLine1, repeat(QStringLiteral("x"), 200), none, C::Valid);
    row("address line 1: 201 characters", F::AddressLine1, repeat(QStringLiteral("x"), 201), none, C::TooLong);
    row("address line 2: optional", F::AddressLine2, QString(), none, C::Valid);
    row("country: US", F::Country, QStringLiteral("US"), none, C::Valid);
    row("country: three letters", F::Country, QStringLiteral("USA"), none, C::CountryInvalid);
    row("country: digit", F::Country, QStringLiteral("1A"), none, C::CountryInvalid);
    row("country: required", F::Country, QString(), none, C::Required);

    // ---- company, culture, language -------------------------------------------------
    row("company: plain", F::CompanyName, QStringLiteral("Contoso Ltd."), none, C::Valid);
    row("company: Turkish", F::CompanyName, QStringLiteral("Örnek Yazılım A.Ş."), none, C::Valid);
    row("company: digits", F::CompanyName, QStringLiteral("3M"), none, C::Valid);
    row("company: required", F::CompanyName, QString(), none, C::Required);
    row("company: markup", F::CompanyName, QStringLiteral("<b>Contoso</b>"), none, C::InvalidCharacter);
    row("company: 256 characters", F::CompanyName, repeat(QStringLiteral("c"), 256), none, C::TooLong);
    row("culture US: en-US", F::Culture, QStringLiteral("en-US"), us, C::Valid);
    row("culture US: fr-FR", F::Culture, QStringLiteral("fr-FR"), us, C::NotSupportedForCountry);
    row("culture: any well-formed without rules", F::Culture, QStringLiteral("de-DE"), none, C::Valid);
    row("culture: malformed", F::Culture, QStringLiteral("german"), none, C::InvalidCharacter);
    row("language US: es", F::Language, QStringLiteral("es"), us, C::Valid);
    row("language US: de", F::Language, QStringLiteral("de"), us, C::NotSupportedForCountry);
    row("language PT: pt-PT", F::Language, QStringLiteral("pt-PT"), pt, C::Valid);

    // ---- domain prefix for <prefix>.onmicrosoft.com ----------------------------------
    row("domain: plain", F::DomainPrefix, QStringLiteral("contoso"), none, C::Valid);
    row("domain: letters and digits", F::DomainPrefix, QStringLiteral("Contoso2026"), none, C::Valid);
    row("domain: one letter", F::DomainPrefix, QStringLiteral("c"), none, C::Valid);
    row("domain: 27 characters", F::DomainPrefix, repeat(QStringLiteral("d"), 27), none, C::Valid);
    row("domain: 28 characters", F::DomainPrefix, repeat(QStringLiteral("d"), 28), none, C::TooLong);
    row("domain: required", F::DomainPrefix, QString(), none, C::Required);
    row("domain: hyphen", F::DomainPrefix, QStringLiteral("con-toso"), none, C::InvalidCharacter);
    row("domain: dot", F::DomainPrefix, QStringLiteral("contoso.com"), none, C::InvalidCharacter);
    row("domain: space", F::DomainPrefix, QStringLiteral("con toso"), none, C::InvalidCharacter);
    row("domain: non-Latin letter", F::DomainPrefix, QStringLiteral("şirket"), none, C::InvalidCharacter);
}

void TestValidation::fields()
{
    QFETCH(Field, field);
    QFETCH(QString, value);
    QFETCH(QString, country);
    QFETCH(ValidationCode, expected);

    const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC), QTimeZone::utc());
    const ValidationContext context{rulesFor(country), &clock};
    const FieldResult result = Validation::validate(field, value, context);
    QCOMPARE(result.code, expected);
    QCOMPARE(result.field, field);
    QCOMPARE(result.isValid(), expected == ValidationCode::Valid);
    QCOMPARE(result.message().isEmpty(), expected == ValidationCode::Valid);
}

void TestValidation::acceptanceDateAcrossTimeZones_data()
{
    QTest::addColumn<QDateTime>("nowUtc");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<ValidationCode>("expected");

    const QTimeZone kiritimati(14 * 3600); // UTC+14
    const QTimeZone bakerIsland(-12 * 3600); // UTC-12
    const QTimeZone berlin("Europe/Berlin");
    const QTimeZone newYork("America/New_York");
    const auto local = [](const QTimeZone& zone, QDate day, QTime time) { return QDateTime(day, time, zone).toUTC(); };
    const auto row = [](const char* name, const QDateTime& now, const QTimeZone& zone, QDate date, ValidationCode e) {
        QTest::newRow(name) << now << zone << date << e;
    };
    using C = ValidationCode;

    // UTC+14 just after midnight: local "today" is still tomorrow in UTC.
    const QDateTime plus14AfterMidnight = local(kiritimati, QDate(2026, 3, 1), QTime(0, 30));
    row("UTC+14 00:30: local today refused", plus14AfterMidnight, kiritimati, QDate(2026, 3, 1), C::DateInFuture);
    row("UTC+14 00:30: UTC today allowed", plus14AfterMidnight, kiritimati, QDate(2026, 2, 28), C::Valid);
    // UTC+14 just before midnight: both calendars agree.
    const QDateTime plus14BeforeMidnight = local(kiritimati, QDate(2026, 2, 28), QTime(23, 30));
    row("UTC+14 23:30: local today allowed", plus14BeforeMidnight, kiritimati, QDate(2026, 2, 28), C::Valid);
    row("UTC+14 23:30: local tomorrow refused", plus14BeforeMidnight, kiritimati, QDate(2026, 3, 1), C::DateInFuture);
    // UTC-12 just before midnight: UTC is already tomorrow, the user's today is the limit.
    const QDateTime minus12BeforeMidnight = local(bakerIsland, QDate(2026, 6, 15), QTime(23, 30));
    row("UTC-12 23:30: local today allowed", minus12BeforeMidnight, bakerIsland, QDate(2026, 6, 15), C::Valid);
    row("UTC-12 23:30: UTC today refused", minus12BeforeMidnight, bakerIsland, QDate(2026, 6, 16), C::DateInFuture);
    // UTC-12 just after midnight.
    const QDateTime minus12AfterMidnight = local(bakerIsland, QDate(2026, 6, 16), QTime(0, 30));
    row("UTC-12 00:30: local today allowed", minus12AfterMidnight, bakerIsland, QDate(2026, 6, 16), C::Valid);
    row("UTC-12 00:30: tomorrow refused", minus12AfterMidnight, bakerIsland, QDate(2026, 6, 17), C::DateInFuture);
    // Leap day.
    const QDateTime leapDayPlus14 = local(kiritimati, QDate(2028, 2, 29), QTime(0, 10));
    row("Feb 29 at UTC+14 00:10: refused", leapDayPlus14, kiritimati, QDate(2028, 2, 29), C::DateInFuture);
    row("Feb 29 at UTC+14 00:10: Feb 28 allowed", leapDayPlus14, kiritimati, QDate(2028, 2, 28), C::Valid);
    const QDateTime leapDayUtc(QDate(2028, 2, 29), QTime(12, 0), Qt::UTC);
    row("Feb 29 in UTC: allowed", leapDayUtc, QTimeZone::utc(), QDate(2028, 2, 29), C::Valid);
    row("Feb 29 in UTC: Mar 1 refused", leapDayUtc, QTimeZone::utc(), QDate(2028, 3, 1), C::DateInFuture);
    // Daylight saving: Berlin springs forward on 2026-03-29 at 02:00.
    const QDateTime berlinBeforeChange = local(berlin, QDate(2026, 3, 29), QTime(0, 30)); // 23:30 UTC the day before
    row("DST Berlin 00:30 CET: local today refused", berlinBeforeChange, berlin, QDate(2026, 3, 29), C::DateInFuture);
    row("DST Berlin 00:30 CET: yesterday allowed", berlinBeforeChange, berlin, QDate(2026, 3, 28), C::Valid);
    const QDateTime berlinAfterChange = local(berlin, QDate(2026, 3, 29), QTime(3, 30)); // 01:30 UTC
    row("DST Berlin 03:30 CEST: local today allowed", berlinAfterChange, berlin, QDate(2026, 3, 29), C::Valid);
    // New York falls back on 2026-11-01; in the evening UTC is already the next day.
    const QDateTime newYorkEvening = local(newYork, QDate(2026, 11, 1), QTime(20, 30)); // 01:30 UTC Nov 2
    row("DST New York 20:30 EST: local today allowed", newYorkEvening, newYork, QDate(2026, 11, 1), C::Valid);
    row("DST New York 20:30 EST: UTC today refused", newYorkEvening, newYork, QDate(2026, 11, 2), C::DateInFuture);
    // New year at UTC+14.
    const QDateTime newYearPlus14 = local(kiritimati, QDate(2027, 1, 1), QTime(0, 5));
    row("New year at UTC+14: refused", newYearPlus14, kiritimati, QDate(2027, 1, 1), C::DateInFuture);
    row("New year at UTC+14: Dec 31 allowed", newYearPlus14, kiritimati, QDate(2026, 12, 31), C::Valid);
    // Cut-off and invalid dates.
    row("cut-off day allowed", leapDayUtc, QTimeZone::utc(), QDate(2018, 1, 1), C::Valid);
    row("day before cut-off refused", leapDayUtc, QTimeZone::utc(), QDate(2017, 12, 31), C::DateTooEarly);
    row("no date", leapDayUtc, QTimeZone::utc(), QDate(), C::Required);
}

void TestValidation::acceptanceDateAcrossTimeZones()
{
    QFETCH(QDateTime, nowUtc);
    QFETCH(QTimeZone, zone);
    QFETCH(QDate, date);
    QFETCH(ValidationCode, expected);

    QVERIFY2(zone.isValid(), "time zone data missing (install tzdata)");
    const FixedClock clock(nowUtc, zone);
    const FieldResult result = Validation::validateAcceptanceDate(date, ValidationContext{nullptr, &clock});
    QCOMPARE(result.code, expected);
    if (expected == ValidationCode::DateInFuture)
        QCOMPARE(result.date, Validation::latestAcceptanceDate(clock));
}

void TestValidation::attestationCollectsEveryField()
{
    const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC), QTimeZone::utc());
    const ValidationContext context{rulesFor(QStringLiteral("US")), &clock};

    const Contact good{QStringLiteral("Tania"), QStringLiteral("Carr"), QStringLiteral("someone@example.com"),
        QStringLiteral("1234567890")};
    QVERIFY(Validation::validateAttestation(good, QDate(2026, 6, 1), context).isValid());

    const Contact bad{
        QString(), QStringLiteral("Carr"), QStringLiteral("someone.example.com"), QStringLiteral("+1 555")};
    const ValidationResult result = Validation::validateAttestation(bad, QDate(2026, 6, 16), context);
    QVERIFY(!result.isValid());
    QCOMPARE(result.code(Field::FirstName), ValidationCode::Required);
    QCOMPARE(result.code(Field::LastName), ValidationCode::Valid);
    QCOMPARE(result.code(Field::Email), ValidationCode::EmailMissingAt);
    QCOMPARE(result.code(Field::PhoneNumber), ValidationCode::PhoneCountryFormat);
    QCOMPARE(result.code(Field::AcceptanceDate), ValidationCode::DateInFuture);
    QCOMPARE(result.problems().size(), 4);
}

void TestValidation::addressUsesCountryRules()
{
    Address address;
    address.country = QStringLiteral("US");
    address.addressLine1 = QStringLiteral("One Microsoft Way");
    address.city = QStringLiteral("Redmond");
    address.state = QStringLiteral("WA");
    address.postalCode = QStringLiteral("98052");
    const ValidationContext us{rulesFor(QStringLiteral("US")), nullptr};
    QVERIFY(Validation::validateAddress(address, us).isValid());

    address.state.clear();
    address.postalCode = QStringLiteral("980");
    const ValidationResult result = Validation::validateAddress(address, us);
    QCOMPARE(result.code(Field::State), ValidationCode::Required);
    QCOMPARE(result.code(Field::PostalCode), ValidationCode::PostalCodeFormat);

    // The same address without rules: state optional, any postal code.
    QVERIFY(Validation::validateAddress(address, {}).isValid());
}

void TestValidation::normalizedValues_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("email: IDN domain to ASCII")
        << Field::Email << QStringLiteral(" ali@örnek.com.tr ") << QStringLiteral("ali@xn--rnek-4qa.com.tr");
    QTest::newRow("email: case kept") << Field::Email << QStringLiteral("Ada@Contoso.com")
                                      << QStringLiteral("Ada@contoso.com");
    QTest::newRow("phone: Arabic-Indic digits")
        << Field::PhoneNumber << QStringLiteral("٠٥٥٥ ١٢٣") << QStringLiteral("0555 123");
    QTest::newRow("domain prefix: lower case")
        << Field::DomainPrefix << QStringLiteral("Contoso") << QStringLiteral("contoso");
    QTest::newRow("country: upper case") << Field::Country << QStringLiteral("tr") << QStringLiteral("TR");
    QTest::newRow("name: trimmed") << Field::FirstName << QStringLiteral("  İbrahim ") << QStringLiteral("İbrahim");
}

void TestValidation::normalizedValues()
{
    QFETCH(Field, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(Validation::normalized(field, value), expected);
}

void TestValidation::everyCodeHasAMessage()
{
    for (int i = static_cast<int>(ValidationCode::Required);
         i <= static_cast<int>(ValidationCode::NotSupportedForCountry); ++i) {
        const FieldResult result{Field::Email, static_cast<ValidationCode>(i), 3, QDate(2026, 1, 2)};
        QVERIFY2(!result.message().isEmpty(), qPrintable(QString::number(i)));
    }
    for (int f = static_cast<int>(Field::FirstName); f <= static_cast<int>(Field::Language); ++f)
        QVERIFY(!Validation::fieldName(static_cast<Field>(f)).isEmpty());
}

void TestValidation::messagesCarryTheirNumbers()
{
    const FieldResult tooLong{Field::FirstName, ValidationCode::TooLong, 50, {}};
    QVERIFY(tooLong.message().contains(QLatin1String("50")));
    QVERIFY(!tooLong.message().contains(QLatin1Char('%')));
    const FieldResult future{Field::AcceptanceDate, ValidationCode::DateInFuture, 0, QDate(2026, 6, 15)};
    QVERIFY(future.message().contains(QLocale().toString(QDate(2026, 6, 15), QLocale::ShortFormat)));
    QVERIFY(!future.message().contains(QLatin1String("%1")));
}

void TestValidation::latestDateIsEarlierOfUserZoneAndUtc()
{
    const FixedClock ahead(QDateTime(QDate(2026, 2, 28), QTime(10, 30), Qt::UTC), QTimeZone(14 * 3600));
    QCOMPARE(ahead.todayInUserZone(), QDate(2026, 3, 1));
    QCOMPARE(Validation::latestAcceptanceDate(ahead), QDate(2026, 2, 28));
    const FixedClock behind(QDateTime(QDate(2026, 6, 16), QTime(11, 30), Qt::UTC), QTimeZone(-12 * 3600));
    QCOMPARE(Validation::latestAcceptanceDate(behind), QDate(2026, 6, 15));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"

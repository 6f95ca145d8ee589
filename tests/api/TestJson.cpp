// Decoding Partner Center answers: the example bodies of the reference (JSON typos fixed,
// values kept), every error shape, every date form; and the bodies PartnerDesk sends.
#include "TestEnvironment.h"
#include "api/Json.h"
#include "api/PartnerCenterClient.h"
#include "auth/Jwt.h"

#include <QJsonDocument>
#include <QTest>

using namespace PartnerDesk;

namespace {
QJsonObject object(const QByteArray& json)
{
    const std::optional<QJsonValue> value = Json::parse(json);
    return value ? value->toObject() : QJsonObject();
}
} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void dates_data();
    void dates();
    void byteOrderMarkIsStripped();
    void agreementMetadata();
    void customerAgreementsFromTheDocs();
    void createdAgreementAndCaseInsensitiveNames();
    void errorShapes_data();
    void errorShapes();
    void customerById();
    void customerListWithNextLink();
    void createdCustomerCarriesCredentials();
    void billingProfileKeepsEtag();
    void countryRulesRealCaptures();
    void smallResources();
    void agreementBodyIsStrictCamelCase();
    void customerAndOrderBodies();
    void linksWithAndWithoutVersion_data();
    void linksWithAndWithoutVersion();
    void jwtExpiry_data();
    void jwtExpiry();
};

void TestJson::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime midnight(QDate(2018, 6, 14), QTime(0, 0), Qt::UTC);
    QTest::newRow("no offset, no fraction (GET)")
        << QStringLiteral("2019-08-26T00:00:00") << QDateTime(QDate(2019, 8, 26), QTime(0, 0), Qt::UTC);
    QTest::newRow("milliseconds and Z (POST)") << QStringLiteral("2018-06-14T00:00:00.000Z") << midnight;
    QTest::newRow("seven fraction digits (.NET)")
        << QStringLiteral("2018-06-14T00:00:00.1234567Z") << midnight.addMSecs(123);
    QTest::newRow("positive offset") << QStringLiteral("2018-06-14T02:00:00+02:00") << midnight;
    QTest::newRow("negative offset without colon") << QStringLiteral("2018-06-13T19:00:00-0500") << midnight;
    QTest::newRow("date only") << QStringLiteral("2018-06-14") << midnight;
    QTest::newRow("lower-case z") << QStringLiteral("2018-06-14T00:00:00z") << midnight;
    QTest::newRow("no seconds") << QStringLiteral("2018-06-14T00:00Z") << midnight;
    QTest::newRow("month 13") << QStringLiteral("2018-13-01T00:00:00") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("2018-06-14T25:00:00") << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestJson::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Json::parseDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestJson::byteOrderMarkIsStripped()
{
    const QByteArray body = "\xEF\xBB\xBF{\"isSigned\":true}";
    const std::optional<QJsonValue> value = Json::parse(body);
    QVERIFY(value.has_value());
    QVERIFY(Json::directSignStatusFromJson(value->toObject()).isSigned);
    QString error;
    QVERIFY(!Json::parse("<html>oops</html>", &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY(!Json::parse("").has_value());
}

void TestJson::agreementMetadata()
{
    // The docs' example: no "links".
    const QJsonObject docs = object(R"({
        "totalCount": 1,
        "items": [ { "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9", "agreementType": "MicrosoftCustomerAgreement",
                     "agreementLink": "https://aka.ms/customeragreement", "versionRank": 0 } ],
        "attributes": { "objectType": "Collection" } })");
    const Page<AgreementMetadata> page = Json::pageFromJson<AgreementMetadata>(docs, Json::agreementMetadataFromJson);
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.at(0).templateId, QStringLiteral("117a77b0-9360-443b-8795-c6dedc750cf9"));
    QCOMPARE(page.items.at(0).agreementType, QStringLiteral("MicrosoftCustomerAgreement"));
    QCOMPARE(page.items.at(0).agreementLink, QStringLiteral("https://aka.ms/customeragreement"));
    QVERIFY(!page.next.has_value());

    // The recorded live answer, with links.self, and the resource page's "type" spelling.
    const QJsonObject recorded = object(R"({
        "totalCount": 1,
        "items": [ { "templateId": "998b88de-aa99-4388-a42c-1b3517d49490", "type": "MicrosoftCloudAgreement",
                     "agreementLink": "https://docs.microsoft.com/en-us/partner-center/agreements", "VersionRank": 2 } ],
        "links": { "self": { "uri": "/agreements", "method": "GET", "headers": [] } },
        "attributes": { "objectType": "Collection" } })");
    const AgreementMetadata cloud
        = Json::pageFromJson<AgreementMetadata>(recorded, Json::agreementMetadataFromJson).items.at(0);
    QCOMPARE(cloud.agreementType, QStringLiteral("MicrosoftCloudAgreement"));
    QCOMPARE(cloud.versionRank, 2);
}

void TestJson::customerAgreementsFromTheDocs()
{
    // get-confirmation-of-customer-agreement.md, with its missing comma and stray quote fixed.
    const QJsonObject body = object(R"({
        "totalCount": 2,
        "items": [
            { "primaryContact": { "firstName": "Tania", "lastName": "Carr", "email": "SomeEmail@example.com",
                                  "phoneNumber": "1234567890" },
              "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9", "dateAgreed": "2019-08-26T00:00:00",
              "type": "MicrosoftCustomerAgreement", "agreementLink": "https://aka.ms/customeragreement" },
            { "primaryContact": { "firstName": "Tania", "lastName": "Carr", "email": "SomeEmail@example.com",
                                  "phoneNumber": "1234567890" },
              "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9", "dateAgreed": "2019-08-27T00:00:00",
              "type": "MicrosoftCustomerAgreement", "agreementLink": "https://aka.ms/customeragreement", "userId": null }
        ] })");
    const Page<Agreement> page = Json::pageFromJson<Agreement>(body, Json::agreementFromJson);
    QCOMPARE(page.totalCount, 2);
    QCOMPARE(page.items.size(), 2);
    const Agreement& first = page.items.at(0);
    QCOMPARE(first.primaryContact.firstName, QStringLiteral("Tania"));
    QCOMPARE(first.primaryContact.email, QStringLiteral("SomeEmail@example.com"));
    QCOMPARE(first.primaryContact.phoneNumber, QStringLiteral("1234567890"));
    QCOMPARE(first.acceptanceDate(), QDate(2019, 8, 26));
    QVERIFY(first.isCustomerAgreement());
    QVERIFY(page.items.at(1).userId.isEmpty());
    QCOMPARE(page.items.at(1).acceptanceDate(), QDate(2019, 8, 27));
}

void TestJson::createdAgreementAndCaseInsensitiveNames()
{
    // The POST 201 example, and the same in the .NET SDK's PascalCase.
    for (const QByteArray& body :
        {QByteArray(R"({"userId":"3d6f2c09-eb40-48ca-a4b3-d24c9c007531","primaryContact":{"firstName":"Tania",
            "lastName":"Carr","email":"someone@example.com","phoneNumber":"1234567890"},
            "templateId":"117a77b0-9360-443b-8795-c6dedc750cf9","dateAgreed":"2018-06-14T00:00:00.000Z",
            "type":"MicrosoftCustomerAgreement"})"),
            QByteArray(R"({"UserId":"3d6f2c09-eb40-48ca-a4b3-d24c9c007531","PrimaryContact":{"FirstName":"Tania",
            "LastName":"Carr","Email":"someone@example.com","PhoneNumber":"1234567890"},
            "TemplateId":"117a77b0-9360-443b-8795-c6dedc750cf9","DateAgreed":"2018-06-14T00:00:00.0000000Z",
            "Type":"MicrosoftCustomerAgreement","AgreementLink":null})")}) {
        const Agreement agreement = Json::agreementFromJson(object(body));
        QCOMPARE(agreement.userId, QStringLiteral("3d6f2c09-eb40-48ca-a4b3-d24c9c007531"));
        QCOMPARE(agreement.primaryContact.lastName, QStringLiteral("Carr"));
        QCOMPARE(agreement.acceptanceDate(), QDate(2018, 6, 14));
        QCOMPARE(agreement.type, QStringLiteral("MicrosoftCustomerAgreement"));
        QVERIFY(agreement.agreementLink.isEmpty());
    }
}

void TestJson::errorShapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("descriptionContains");
    QTest::addColumn<bool>("alreadyConfirmed");

    QTest::newRow("600061 rich shape, numeric code")
        << 409
        << QByteArray(R"({"code":600061,"message":"A partner confirmed agreement already exists for the customer.",
            "description":"A partner confirmed agreement already exists for the customer.",
            "errorName":"PartnerConfirmedAgreementAlreadyExists","isRetryable":false,"parameters":{},
            "errorMessageExtended":"InternalErrorCode=600061"})")
        << QStringLiteral("600061") << QStringLiteral("already exists") << true;
    QTest::newRow("standard shape, numeric code")
        << 404
        << QByteArray(R"({"code":3000,"description":"Partner Organization with partner_id 9999999 could not be found",
            "data":[],"source":"PartnerFD"})")
        << QStringLiteral("3000") << QStringLiteral("could not be found") << false;
    QTest::newRow("standard shape, string code")
        << 400
        << QByteArray(
               R"({"code":"2000","description":"Customer search only allows starts with and equals operation."})")
        << QStringLiteral("2000") << QStringLiteral("starts with") << false;
    QTest::newRow("13605")
        << 403
        << QByteArray(
               R"({"code":13605,"description":"Either a partner confirmation of the customer acceptance of the Microsoft Customer Agreement must be provided or the customer must accept the Microsoft Customer Agreement in the Microsoft Admin Center before you can complete this purchase","data":[],"source":"PartnerFD"})")
        << QStringLiteral("13605") << QStringLiteral("Microsoft Admin Center") << false;
    QTest::newRow("429 shape")
        << 429 << QByteArray(R"({ "statusCode": 429, "message": "Rate limit is exceeded. Try again in 57 seconds." })")
        << QString() << QStringLiteral("57 seconds") << false;
    QTest::newRow("message without description")
        << 400 << QByteArray(R"({"code":600002,"message":"Date of agreement cannot be greater than the current date"})")
        << QStringLiteral("600002") << QStringLiteral("greater than the current date") << false;
    QTest::newRow("address validation legacy, escaped entities")
        << 400
        << QByteArray(
               R"({"code":2007,"description":"ZipCityInvalid - Details: Field - &#39;City&#39; is corrected","data":[],"source":"PartnerFD"})")
        << QStringLiteral("2007") << QStringLiteral("'City'") << false;
    QTest::newRow("OAuth shape of the sign-in service")
        << 400
        << QByteArray(R"({"error":"invalid_grant","error_description":"AADSTS70000: The refresh token has expired."})")
        << QStringLiteral("invalid_grant") << QStringLiteral("refresh token has expired") << false;
    QTest::newRow("HTML from a proxy") << 502 << QByteArray("<html><body><h1>Bad gateway</h1></body></html>")
                                       << QString() << QStringLiteral("Bad gateway") << false;
    QTest::newRow("empty body") << 500 << QByteArray() << QString() << QString() << false;
    // Found by FuzzJsonDecoders: a number beyond qint64 was cast to one (undefined behaviour).
    QTest::newRow("code too large for an integer")
        << 400 << QByteArray(R"({"code":6e25,"description":"Are you sure?"})") << QStringLiteral("6e+25")
        << QStringLiteral("Are you sure?") << false;
    QTest::newRow("fractional code kept as written") << 400 << QByteArray(R"({"code":2.5,"description":"Half"})")
                                                     << QStringLiteral("2.5") << QStringLiteral("Half") << false;
    QTest::newRow("whole code beyond 2^53 exact")
        << 400 << QByteArray(R"({"code":9007199254740993,"description":"Big"})") << QStringLiteral("9007199254740993")
        << QStringLiteral("Big") << false;
    // Found by FuzzJsonDecoders: the code went through two arg() calls, the second replacing a "%0" in it.
    QTest::newRow("code that looks like a placeholder")
        << 400 << QByteArray(R"({"error":"%0","error_description":"100%1 sure"})") << QStringLiteral("%0")
        << QStringLiteral("100%1 sure") << false;
    QTest::newRow("BOM before JSON") << 404
                                     << QByteArray("\xEF\xBB\xBF{\"code\":60003,\"description\":\"Tenant not found\"}")
                                     << QStringLiteral("60003") << QStringLiteral("Tenant not found") << false;
}

void TestJson::errorShapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, descriptionContains);
    QFETCH(bool, alreadyConfirmed);

    const ApiError error = Json::errorFromResponse(status, body);
    QCOMPARE(error.kind, ApiError::Kind::Service);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    QVERIFY2(error.displayDescription().contains(descriptionContains), qPrintable(error.displayDescription()));
    QCOMPARE(error.isAlreadyConfirmed(), alreadyConfirmed);
    QVERIFY(!error.message().isEmpty());
    if (!code.isEmpty())
        QVERIFY(error.message().contains(code));
}

void TestJson::customerById()
{
    const Customer customer = Json::customerFromJson(object(R"({
      "id": "eebd1b55-5360-4438-a11d-5c06918c3014", "commerceId": "99e6a635-48e7-424d-9059-c9db944e3c54",
      "companyProfile": { "tenantId": "eebd1b55-5360-4438-a11d-5c06918c3014", "domain": "abcdefgh1234.ccsctp.net",
        "companyName": "1kl as kjk",
        "address": { "country": "US", "region": "wa", "city": "redmond", "addressLine1": "1 ms way", "postalCode": "98052", "phoneNumber": "1234567890" },
        "email": "a@a.com",
        "links": { "self": { "uri": "/customers/eebd1b55-5360-4438-a11d-5c06918c3014/profiles/company", "method": "GET", "headers": [] } },
        "attributes": { "objectType": "CustomerCompanyProfile" } },
      "billingProfile": { "id": "eeada110-69d6-4cc9-b093-75feb7ca9d3f", "firstName": "1kl as", "lastName": "kjk", "email": "a@a.com",
        "culture": "en-US", "language": "en", "companyName": "1kl as kjk",
        "defaultAddress": { "country": "US", "city": "redmond", "state": "WA", "addressLine1": "1 ms way", "postalCode": "98052",
          "firstName": "1kl as", "lastName": "kjk", "phoneNumber": "1234567890" },
        "attributes": { "etag": "-4242348048554929329", "objectType": "CustomerBillingProfile" } },
      "relationshipToPartner": "reseller", "allowDelegatedAccess": true, "customDomains": [ "abcdefgh1234.ccsctp.net" ],
      "attributes": { "objectType": "Customer" } })"));
    QCOMPARE(customer.id, QStringLiteral("eebd1b55-5360-4438-a11d-5c06918c3014"));
    QCOMPARE(customer.companyProfile.domain, QStringLiteral("abcdefgh1234.ccsctp.net"));
    QCOMPARE(customer.companyProfile.address->city, QStringLiteral("redmond"));
    QVERIFY(customer.billingProfile.has_value());
    QCOMPARE(customer.billingProfile->etag, QStringLiteral("-4242348048554929329"));
    QCOMPARE(customer.billingProfile->defaultAddress.state, QStringLiteral("WA"));
    QCOMPARE(customer.relationshipToPartner, CustomerRelationship::Reseller);
    QCOMPARE(customer.allowDelegatedAccess, std::optional<bool>(true));
    QCOMPARE(customer.customDomains, QStringList{QStringLiteral("abcdefgh1234.ccsctp.net")});
    QCOMPARE(customer.country(), QStringLiteral("US"));
    QVERIFY(!customer.userCredentials.has_value());
}

void TestJson::customerListWithNextLink()
{
    const QJsonObject body = object(R"({
        "totalCount": 2,
        "items": [{ "id": "b44bb1fb-c595-45b0-9e09-d657365580bf",
                    "companyProfile": { "tenantId": "b44bb1fb-c595-45b0-9e09-d657365580bf", "domain": "domain", "companyName": "companyName",
                                        "attributes": { "objectType": "CustomerCompanyProfile" } },
                    "relationshipToPartner": "reseller", "attributes": { "objectType": "Customer" } },
                  { "companyProfile": { "tenantId": "0d81c700-0000-0000-0000-000000000001", "companyName": "No id" } }],
        "links": { "self": { "uri": "/v1/customers?size=40", "method": "GET", "headers": [] },
                   "next": { "uri": "/customers?size=40&seekOperation=Next", "method": "GET",
                             "headers": [ { "key": "MS-ContinuationToken", "value": "d19617b8-a,0705c4a9_a4ayc/80/OGda4BO/1o/V0e+x=" } ] } },
        "continuationToken": "d19617b8-a,0705c4a9_a4ayc/80/OGda4BO/1o/V0e+x=",
        "attributes": { "objectType": "Collection" } })");
    const Page<Customer> page = Json::pageFromJson<Customer>(body, Json::customerFromJson);
    QCOMPARE(page.items.size(), 2);
    QVERIFY(!page.items.at(0).billingProfile.has_value());
    QCOMPARE(page.items.at(1).id, QStringLiteral("0d81c700-0000-0000-0000-000000000001")); // id from tenantId
    QVERIFY(page.next.has_value());
    QCOMPARE(page.next->uri, QStringLiteral("/customers?size=40&seekOperation=Next"));
    QCOMPARE(page.next->headers.size(), 1);
    QCOMPARE(page.next->headers.at(0).first, QStringLiteral("MS-ContinuationToken"));
    QCOMPARE(page.next->headers.at(0).second, QStringLiteral("d19617b8-a,0705c4a9_a4ayc/80/OGda4BO/1o/V0e+x="));
    QCOMPARE(page.continuationToken, page.next->headers.at(0).second);
}

void TestJson::createdCustomerCarriesCredentials()
{
    const Customer customer = Json::customerFromJson(object(R"({
        "id": "dfd8cc0a-c592-468c-8461-869a38d24738", "commerceId": "0a4ce58a-6f96-4273-8035-d9c7d31b9ba4",
        "companyProfile": { "tenantId": "dfd8cc0a-c592-468c-8461-869a38d24738", "domain": "xyz.ccsctp.net",
                            "attributes": { "objectType": "CustomerCompanyProfile" } },
        "billingProfile": { "id": "d17c0275-da92-5c33-9032-782ef1d0b69b", "email": "test@outlook.com", "culture": "en-US",
            "language": "en", "companyName": "test company",
            "defaultAddress": { "country": "US", "city": "Redmond", "state": "WA", "addressLine1": "One Microsoft Way",
                                "postalCode": "98052", "firstName": "Test", "lastName": "Test", "phoneNumber": "" },
            "attributes": { "etag": "5920358838484612121", "objectType": "CustomerBillingProfile" } },
        "relationshipToPartner": "none",
        "userCredentials": { "userName": "admin", "password": "=;;n.=s9Z" },
        "attributes": { "objectType": "Customer" } })"));
    QVERIFY(customer.userCredentials.has_value());
    QCOMPARE(customer.userCredentials->userName, QStringLiteral("admin"));
    QCOMPARE(customer.userCredentials->password, QStringLiteral("=;;n.=s9Z"));
    QCOMPARE(customer.relationshipToPartner, CustomerRelationship::None);
}

void TestJson::billingProfileKeepsEtag()
{
    const BillingProfile profile = Json::billingProfileFromJson(object(R"({
        "Id": "a58ceba5-60ac-48e4-a0bc-2a855811807a", "FirstName": "FirstName", "LastName": "LastName",
        "Email": "email@sample.com", "Culture": "en-US", "Language": "en", "CompanyName": "CompanyName",
        "DefaultAddress": { "Country": "US", "Region": null, "City": "Redmond", "State": "WA", "AddressLine1": "One Microsoft Way",
                            "AddressLine2": null, "PostalCode": "98052", "FirstName": "FirstName", "LastName": "LastName",
                            "PhoneNumber": "4255555555" },
        "Attributes": { "Etag": "eyJpZCI6", "ObjectType": "CustomerBillingProfile" } })"));
    QCOMPARE(profile.etag, QStringLiteral("eyJpZCI6"));
    QCOMPARE(profile.defaultAddress.phoneNumber, QStringLiteral("4255555555"));
    QVERIFY(profile.defaultAddress.region.isEmpty());
    const QJsonObject back = Json::toJson(profile);
    QCOMPARE(back.value(QLatin1String("attributes")).toObject().value(QLatin1String("etag")).toString(),
        QStringLiteral("eyJpZCI6"));
}

void TestJson::countryRulesRealCaptures()
{
    const CountryRules us = Json::countryRulesFromJson(object(R"({
      "iso2Code": "US", "defaultCulture": "en-US", "isStateRequired": true, "supportedStatesList": ["AK","AL","WA"],
      "supportedLanguagesList": ["en","es"], "supportedCulturesList": ["en-US","es-US"], "isPostalCodeRequired": true,
      "postalCodeRegex": "^\\d{5}(-\\d{4})?$", "isCityRequired": true, "isVatIdSupported": false,
      "phoneNumberRegex": "^(1[ \\-\\/\\.]?)?(\\((\\d{3})\\)|(\\d{3}))[ \\-\\/\\.]?(\\d{3})[ \\-\\/\\.]?(\\d{4})$",
      "isTaxIdSupported": true, "isTaxIdOptional": true, "countryCallingCodesList": ["1"],
      "attributes": { "objectType": "CountryValidationRules" } })"));
    QCOMPARE(us.iso2Code, QStringLiteral("US"));
    QVERIFY(us.isStateRequired);
    QCOMPARE(us.supportedStatesList.size(), 3);
    QCOMPARE(us.postalCodeRegex, QStringLiteral("^\\d{5}(-\\d{4})?$"));
    QVERIFY(us.phoneNumberRegex.startsWith(QLatin1String("^(1[")));
    QCOMPARE(us.countryCallingCodesList, QStringList{QStringLiteral("1")});

    const CountryRules pt = Json::countryRulesFromJson(object(R"({
      "iso2Code": "PT", "defaultCulture": "pt-PT", "isStateRequired": false, "supportedStatesList": [],
      "supportedLanguagesList": ["en","pt-PT"], "supportedCulturesList": ["pt-PT","en-US"], "isPostalCodeRequired": true,
      "postalCodeRegex": "^\\d{4}(-\\d{3})?$", "isCityRequired": true, "isVatIdSupported": true, "taxIdFormat": "PT#########",
      "taxIdSample": "PT980152267", "vatIdRegex": "^PT[\\d]{9,9}$", "isTaxIdSupported": false, "isTaxIdOptional": false,
      "countryCallingCodesList": ["351"], "attributes": { "objectType": "CountryValidationRules" } })"));
    QCOMPARE(pt.supportedLanguagesList, (QStringList{QStringLiteral("en"), QStringLiteral("pt-PT")}));
    QCOMPARE(pt.taxIdSample, QStringLiteral("PT980152267"));
    QVERIFY(pt.phoneNumberRegex.isEmpty());
    QVERIFY(pt.isVatIdSupported);
}

void TestJson::smallResources()
{
    const AgreementDocument document = Json::agreementDocumentFromJson(object(R"({
        "displayUri":"https://wopihost.int.l2o.microsoft.com/v1/officehost/agreement/files/Preview",
        "downloadUri":"https://l2oagreementintbn2.blob.core.windows.net/agreementscontainer/Preview",
        "language":"en-US", "country":"US" })"));
    QCOMPARE(document.language, QStringLiteral("en-US"));
    QVERIFY(document.downloadUri.startsWith(QLatin1String("https://l2o")));

    QVERIFY(Json::directSignStatusFromJson(object(R"({"isSigned":true})")).isSigned);
    QVERIFY(!Json::directSignStatusFromJson(object(R"({"isSigned":false})")).isSigned);

    const RelationshipRequest link = Json::relationshipRequestFromJson(object(R"({
        "url": "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3b33e682-00c3-41ee-9dd2-a548adf56438&msppId=0&DAP=false#/BillingAccounts/partner-invitation",
        "attributes": { "objectType": "RelationshipRequest" } })"));
    QVERIFY(link.url.contains(QLatin1String("invType=ResellerRelationship")));

    const AddressValidation validation = Json::addressValidationFromJson(object(R"({
        "originalAddress": { "country": "US", "city": "Redmond", "state": "WA", "addressLine1": "Microsoft Way", "postalCode": "98052" },
        "suggestedAddresses": [ { "country": "US", "city": "Redmond", "state": "WA", "addressLine1": "1 Microsoft Way", "postalCode": "98052-6399" } ],
        "status": "StreetPartial", "validationMessage": "Address field invalid for property: 'Region', 'PostalCode', 'City'" })"));
    QCOMPARE(validation.status, QStringLiteral("StreetPartial"));
    QVERIFY(!validation.isVerified());
    QCOMPARE(validation.suggestedAddresses.size(), 1);
    QCOMPARE(validation.suggestedAddresses.at(0).postalCode, QStringLiteral("98052-6399"));

    const Order order = Json::orderFromJson(object(R"({"id":"o1","referenceCustomerId":"c1","billingCycle":"monthly",
        "lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LH18:0001","subscriptionId":"s1","quantity":"5"}],
        "creationDate":"2026-01-02T03:04:05.678Z","status":"pending"})"));
    QCOMPARE(order.lineItems.size(), 1);
    QCOMPARE(order.lineItems.at(0).quantity, 5); // a number sent as a string
    QCOMPARE(order.creationDate.date(), QDate(2026, 1, 2));
}

void TestJson::agreementBodyIsStrictCamelCase()
{
    Agreement agreement;
    agreement.primaryContact
        = Contact{QStringLiteral("Işıl"), QStringLiteral("Şahin"), QStringLiteral("isil@örnek.com.tr"), {}};
    agreement.templateId = QStringLiteral("117a77b0-9360-443b-8795-c6dedc750cf9");
    agreement.type = QString(AgreementTypes::MicrosoftCustomerAgreement);
    agreement.setAcceptanceDate(QDate(2024, 5, 1));
    agreement.userId = QStringLiteral("must-not-be-sent");
    const QJsonObject json = Json::toJson(agreement);
    QCOMPARE(json.value(QLatin1String("dateAgreed")).toString(), QStringLiteral("2024-05-01T00:00:00Z"));
    QCOMPARE(json.value(QLatin1String("type")).toString(), QStringLiteral("MicrosoftCustomerAgreement"));
    QCOMPARE(
        json.value(QLatin1String("templateId")).toString(), QStringLiteral("117a77b0-9360-443b-8795-c6dedc750cf9"));
    QVERIFY(!json.contains(QLatin1String("userId")));
    const QJsonObject contact = json.value(QLatin1String("primaryContact")).toObject();
    QCOMPARE(contact.value(QLatin1String("firstName")).toString(), QStringLiteral("Işıl"));
    QVERIFY(!contact.contains(QLatin1String("phoneNumber"))); // optional and empty: left out
    // Strict JSON that round-trips through the reader.
    const QByteArray wire = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QCOMPARE(Json::agreementFromJson(object(wire)).primaryContact, agreement.primaryContact);
}

void TestJson::customerAndOrderBodies()
{
    Customer customer;
    customer.companyProfile.domain = QStringLiteral("contoso.onmicrosoft.com");
    customer.billingProfile = BillingProfile{};
    customer.billingProfile->email = QStringLiteral("ada@contoso.com");
    customer.billingProfile->culture = QStringLiteral("en-US");
    customer.billingProfile->language = QStringLiteral("en");
    customer.billingProfile->companyName = QStringLiteral("Contoso");
    customer.billingProfile->defaultAddress.country = QStringLiteral("US");
    customer.billingProfile->etag = QStringLiteral("never-on-create");
    const QJsonObject json = Json::toJson(customer);
    QCOMPARE(json.value(QLatin1String("companyProfile")).toObject().value(QLatin1String("domain")).toString(),
        QStringLiteral("contoso.onmicrosoft.com"));
    const QJsonObject billing = json.value(QLatin1String("billingProfile")).toObject();
    QCOMPARE(billing.value(QLatin1String("culture")).toString(), QStringLiteral("en-US"));
    QVERIFY(!billing.contains(QLatin1String("attributes")));
    QVERIFY(!json.contains(QLatin1String("associatedPartnerId")));

    Order order;
    order.lineItems.append(
        OrderLineItem{0, QStringLiteral("CFQ7TTC0LH18:0001"), {}, {}, QStringLiteral("Seats"), 3, {}});
    const QJsonArray lines = Json::toJson(order).value(QLatin1String("lineItems")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).toObject().value(QLatin1String("quantity")).toInt(), 3);
    QCOMPARE(lines.at(0).toObject().value(QLatin1String("lineItemNumber")).toInt(), 0);
}

void TestJson::linksWithAndWithoutVersion_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("expected");
    const QString base = QStringLiteral("https://api.partnercenter.microsoft.com");
    QTest::newRow("with /v1") << base << QStringLiteral("/v1/customers?size=40&seekOperation=Next")
                              << QStringLiteral(
                                     "https://api.partnercenter.microsoft.com/v1/customers?size=40&seekOperation=Next");
    QTest::newRow("without /v1")
        << base << QStringLiteral("/customers?size=40&seekOperation=Next")
        << QStringLiteral("https://api.partnercenter.microsoft.com/v1/customers?size=40&seekOperation=Next");
    QTest::newRow("no leading slash")
        << base << QStringLiteral("customers/abc/profiles/billing")
        << QStringLiteral("https://api.partnercenter.microsoft.com/v1/customers/abc/profiles/billing");
    QTest::newRow("loopback base with port")
        << QStringLiteral("http://127.0.0.1:8123") << QStringLiteral("/customers?size=2")
        << QStringLiteral("http://127.0.0.1:8123/v1/customers?size=2");
    QTest::newRow("absolute, same service")
        << base << QStringLiteral("https://api.partnercenter.microsoft.com/v1/customers")
        << QStringLiteral("https://api.partnercenter.microsoft.com/v1/customers");
    QTest::newRow("absolute, another host: refused")
        << base << QStringLiteral("https://evil.example/v1/customers") << QString();
    QTest::newRow("absolute, downgraded to http: refused")
        << base << QStringLiteral("http://api.partnercenter.microsoft.com/v1/customers") << QString();
}

void TestJson::linksWithAndWithoutVersion()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, link);
    QFETCH(QString, expected);
    const PartnerCenterClient client(nullptr, QUrl(baseUrl), nullptr);
    QCOMPARE(client.resolveLink(link).toString(), expected);
}

void TestJson::jwtExpiry_data()
{
    QTest::addColumn<QByteArray>("claims");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("seconds since 1970") << QByteArray(R"({"exp":1772370000})")
                                        << QDateTime(QDate(2026, 3, 1), QTime(13, 0), Qt::UTC);
    QTest::newRow("fraction of a second")
        << QByteArray(R"({"exp":1772370000.75})") << QDateTime(QDate(2026, 3, 1), QTime(13, 0), Qt::UTC);
    QTest::newRow("the last second of 9999")
        << QByteArray(R"({"exp":253402300799})") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("a string is no expiry") << QByteArray(R"({"exp":"1772370000"})") << QDateTime();
    QTest::newRow("none") << QByteArray(R"({"upn":"a@b.example"})") << QDateTime();
    // Found by FuzzJsonDecoders: a number beyond qint64 was cast to one (undefined behaviour).
    QTest::newRow("beyond any date") << QByteArray(R"({"exp":1e300})") << QDateTime();
    QTest::newRow("far before 1970") << QByteArray(R"({"exp":-1e19})") << QDateTime();
}

void TestJson::jwtExpiry()
{
    QFETCH(QByteArray, claims);
    QFETCH(QDateTime, expected);
    const QString token = QStringLiteral("eyJhbGciOiJub25lIn0.")
        + QString::fromLatin1(claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        + QStringLiteral(".c2ln");
    const QDateTime expiry = Jwt::expiry(token);
    QCOMPARE(expiry.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(expiry, expected);
        QCOMPARE(expiry.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestJson)
#include "TestJson.moc"

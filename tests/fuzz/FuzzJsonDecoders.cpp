// libFuzzer target: every decoder of what Partner Center, Microsoft Entra ID and the sandbox
// answer — each resource, the collection envelope with its continuation, every error shape,
// the token and device code answers, JWT claims, the sandbox's demo users, the evidence export
// and the date forms. The first byte names the decoder (see `decoders` below; any other byte
// picks one by its value), the rest is the body as it came over the wire.
#include "FuzzCheck.h"

#include "api/ApiError.h"
#include "api/CustomerPageReader.h"
#include "api/Json.h"
#include "auth/DeviceCodeSignIn.h"
#include "auth/Jwt.h"
#include "auth/SandboxAccounts.h"
#include "auth/TokenEndpoint.h"
#include "flows/evidence/EvidenceStore.h"
#include "model/AgreementStatus.h"

#include <QJsonDocument>

#include <algorithm>
#include <array>

using namespace PartnerDesk;

namespace {

using L = QLatin1String;

// "Now" for the decoders that need it: fixed, so a finding repeats exactly.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}

QJsonObject objectOf(const QByteArray& body)
{
    const std::optional<QJsonValue> json = Json::parse(body);
    return json ? json->toObject() : QJsonObject();
}

// Within the years ISO 8601 text (and so the wire) can carry.
bool isWritable(const QDateTime& value)
{
    return value.isValid() && value.date().year() >= 1 && value.date().year() <= 9999;
}

template<typename T> void page(const QByteArray& body, T (*decode)(const QJsonObject&))
{
    const QJsonObject object = objectOf(body);
    const Page<T> decoded = Json::pageFromJson<T>(object, decode);
    FUZZ_CHECK(decoded.items.size() == Json::field(object, L("items")).toArray().size());
    // A continuation is followed only when it says where to.
    FUZZ_CHECK(!decoded.next || !decoded.next->isEmpty());
}

void customer(const QByteArray& body)
{
    const Customer decoded = Json::customerFromJson(objectOf(body));
    // What PartnerDesk would send for it (POST /customers) reads back as the same customer.
    const Customer again = Json::customerFromJson(Json::toJson(decoded));
    FUZZ_CHECK(again.companyProfile.domain == decoded.companyProfile.domain);
    FUZZ_CHECK(again.companyProfile.companyName == decoded.companyProfile.companyName);
    FUZZ_CHECK(
        again.companyProfile.organizationRegistrationNumber == decoded.companyProfile.organizationRegistrationNumber);
    FUZZ_CHECK(again.associatedPartnerId == decoded.associatedPartnerId);
    FUZZ_CHECK(again.billingProfile.has_value() == decoded.billingProfile.has_value());
    if (decoded.billingProfile) {
        BillingProfile sent = *decoded.billingProfile;
        sent.id.clear(); // not part of the creation body
        sent.etag.clear();
        FUZZ_CHECK(*again.billingProfile == sent);
    }
}

void customerPage(const QByteArray& body)
{
    page<Customer>(body, Json::customerFromJson);
    // The customer list's fast reader reads the page as Json::parse and the decoders do, or declines it.
    // The envelope skimmed alone (the items' strings not looked at) takes every page the full reader
    // takes; where Json::parse reads the page, it finds the same next link and as many items; and
    // where Json::parse refuses a page whose envelope it took, the trouble is in a string.
    const std::optional<CustomerPageReader::Envelope> envelope = CustomerPageReader::skimEnvelope(body);
    const std::optional<QJsonValue> json = Json::parse(body);
    if (envelope) {
        QJsonParseError error{};
        static_cast<void>(QJsonDocument::fromJson(body.startsWith("\xEF\xBB\xBF") ? body.mid(3) : body, &error));
        FUZZ_CHECK(json.has_value() == (error.error == QJsonParseError::NoError));
        FUZZ_CHECK(json || error.error == QJsonParseError::IllegalUTF8String
            || error.error == QJsonParseError::IllegalEscapeSequence);
        if (json) {
            FUZZ_CHECK(json->isObject());
            const Page<Customer> slow = Json::pageFromJson<Customer>(json->toObject(), Json::customerFromJson);
            FUZZ_CHECK(envelope->itemCount == slow.items.size());
            FUZZ_CHECK(envelope->next == slow.next);
        }
    }
    if (const std::optional<CustomerPageReader::Page> fast = CustomerPageReader::read(body)) {
        FUZZ_CHECK(envelope.has_value());
        FUZZ_CHECK(envelope->itemCount == fast->items.size());
        FUZZ_CHECK(envelope->next == fast->next);
        FUZZ_CHECK(json && json->isObject());
        const Page<Customer> slow = Json::pageFromJson<Customer>(json->toObject(), Json::customerFromJson);
        FUZZ_CHECK(fast->items == slow.items);
        FUZZ_CHECK(fast->next == slow.next);
    }
}

void agreement(const QByteArray& body)
{
    const Agreement decoded = Json::agreementFromJson(objectOf(body));
    FUZZ_CHECK(!decoded.dateAgreed.isValid() || decoded.dateAgreed.timeSpec() == Qt::UTC);
    // The confirmation body PartnerDesk would send for it reads back as the same confirmation.
    const Agreement again = Json::agreementFromJson(Json::toJson(decoded));
    FUZZ_CHECK(again.primaryContact == decoded.primaryContact);
    FUZZ_CHECK(again.templateId == decoded.templateId);
    FUZZ_CHECK(again.type == decoded.type);
    if (isWritable(decoded.dateAgreed))
        FUZZ_CHECK(again.acceptanceDate() == decoded.acceptanceDate());
}

void agreementPage(const QByteArray& body)
{
    page<Agreement>(body, Json::agreementFromJson);
    // The verdict a customer's confirmations lead to.
    AgreementStatus status;
    status.agreements = Json::pageFromJson<Agreement>(objectOf(body), Json::agreementFromJson).items;
    status.agreementsKnown = true;
    const QList<Agreement> newestFirst = status.customerAgreementsNewestFirst();
    FUZZ_CHECK(std::is_sorted(newestFirst.cbegin(), newestFirst.cend(),
        [](const Agreement& a, const Agreement& b) { return a.dateAgreed > b.dateAgreed; }));
    FUZZ_CHECK(status.partnerConfirmed() == !newestFirst.isEmpty());
    FUZZ_CHECK(status.latestConfirmation().has_value() == !newestFirst.isEmpty());
    FUZZ_CHECK((status.verdict() == McaStatus::ConfirmedByPartner) == status.partnerConfirmed());
    FUZZ_CHECK(status.canTransact() == status.partnerConfirmed());
}

void agreementMetadataPage(const QByteArray& body)
{
    page<AgreementMetadata>(body, Json::agreementMetadataFromJson);
}

void agreementDocument(const QByteArray& body)
{
    static_cast<void>(Json::agreementDocumentFromJson(objectOf(body)));
}

void directSignStatus(const QByteArray& body)
{
    static_cast<void>(Json::directSignStatusFromJson(objectOf(body)));
}

void billingProfile(const QByteArray& body)
{
    const BillingProfile decoded = Json::billingProfileFromJson(objectOf(body));
    // PUT /profiles/billing sends the profile back; it must read as the same profile.
    FUZZ_CHECK(Json::billingProfileFromJson(Json::toJson(decoded)) == decoded);
    FUZZ_CHECK(Json::contactFromJson(Json::toJson(Contact{decoded.firstName, decoded.lastName, decoded.email, {}}))
        == (Contact{decoded.firstName, decoded.lastName, decoded.email, {}}));
    FUZZ_CHECK(Json::addressFromJson(Json::toJson(decoded.defaultAddress)) == decoded.defaultAddress);
}

void countryRules(const QByteArray& body)
{
    const CountryRules rules = Json::countryRulesFromJson(objectOf(body));
    FUZZ_CHECK(rules.isValid() == (rules.iso2Code.size() == 2));
}

void addressValidation(const QByteArray& body)
{
    const QJsonObject object = objectOf(body);
    const AddressValidation decoded = Json::addressValidationFromJson(object);
    FUZZ_CHECK(decoded.suggestedAddresses.size() == Json::field(object, L("suggestedAddresses")).toArray().size());
}

void relationshipRequest(const QByteArray& body)
{
    static_cast<void>(Json::relationshipRequestFromJson(objectOf(body)));
}

void subscriptionPage(const QByteArray& body)
{
    page<Subscription>(body, Json::subscriptionFromJson);
}

void order(const QByteArray& body)
{
    const Order decoded = Json::orderFromJson(objectOf(body));
    // The order body PartnerDesk would send for it reads back with the same lines.
    const Order again = Json::orderFromJson(Json::toJson(decoded));
    FUZZ_CHECK(again.lineItems == decoded.lineItems);
    FUZZ_CHECK(again.referenceCustomerId == decoded.referenceCustomerId);
    FUZZ_CHECK(again.billingCycle == decoded.billingCycle);
    FUZZ_CHECK(again.currencyCode == decoded.currencyCode);
}

void link(const QByteArray& body)
{
    const Link decoded = Json::linkFromJson(objectOf(body));
    for (const auto& [key, value] : decoded.headers)
        FUZZ_CHECK(!key.isEmpty());
}

// Every error shape. The byte after the tag picks the HTTP status.
void errorAnswer(const QByteArray& input)
{
    static constexpr std::array<int, 12> statuses{400, 401, 403, 404, 409, 412, 429, 500, 502, 503, 504, 418};
    const int status = input.isEmpty() ? 400 : statuses.at(static_cast<quint8>(input.at(0)) % statuses.size());
    const QByteArray body = input.mid(1);
    const ApiError error = Json::errorFromResponse(status, body);
    FUZZ_CHECK(error.kind == ApiError::Kind::Service);
    FUZZ_CHECK(error.httpStatus == status);
    const std::optional<QJsonValue> json = Json::parse(body);
    if (!json || !json->isObject())
        FUZZ_CHECK(error.description.size() <= 300); // a short excerpt of a page that is not JSON
    const QString message = error.message();
    FUZZ_CHECK(!message.isEmpty());
    // The code is what support asks for: it is shown as the service sent it.
    FUZZ_CHECK(error.code.isEmpty() || message.contains(error.code));
    static_cast<void>(error.displayDescription());
}

void tokenAnswer(const QByteArray& body)
{
    const OAuthTokens tokens = TokenEndpoint::tokensFromJson(objectOf(body), fixedNow());
    FUZZ_CHECK(tokens.expiresAt.isValid());
    static_cast<void>(tokens.needsRefresh(fixedNow()));
}

void deviceCodeAnswer(const QByteArray& body)
{
    const DeviceCodeAnswer answer = DeviceCodeSignIn::answerFromJson(objectOf(body), fixedNow());
    FUZZ_CHECK(answer.prompt.intervalSeconds >= 0 && answer.prompt.intervalSeconds <= 60);
    FUZZ_CHECK(answer.prompt.expiresAtUtc.isValid());
    if (answer.isComplete()) {
        const QString scheme = answer.prompt.verificationUri.scheme();
        FUZZ_CHECK(scheme == L("https") || scheme == L("http"));
        FUZZ_CHECK(!answer.deviceCode.isEmpty() && !answer.prompt.userCode.isEmpty());
    }
}

// A token as the service hands it out: header.payload.signature, base64url.
void jwt(const QByteArray& body)
{
    const QString token = QString::fromUtf8(body);
    const QJsonObject claims = Jwt::claims(token);
    const QDateTime expiry = Jwt::expiry(token);
    FUZZ_CHECK(!expiry.isValid() || expiry.timeSpec() == Qt::UTC);
    bool hasRole = false;
    bool hasPartnerType = false;
    static_cast<void>(Jwt::sessionFromClaims(claims, &hasRole, &hasPartnerType));
}

// The claims themselves, wrapped into a token here: what is read is what was put in.
void jwtClaims(const QByteArray& body)
{
    const QByteArray payload = body.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString token
        = QStringLiteral("eyJhbGciOiJub25lIn0.") + QString::fromLatin1(payload) + QStringLiteral(".c2lnbmF0dXJl");
    const QJsonObject claims = Jwt::claims(token);
    if (payload.size() <= 64 * 1024)
        FUZZ_CHECK(claims == QJsonDocument::fromJson(body).object());
    static_cast<void>(Jwt::expiry(token));
    static_cast<void>(Jwt::sessionFromClaims(claims));
}

void demoUsers(const QByteArray& body)
{
    const std::optional<QJsonValue> json = Json::parse(body);
    const QJsonArray array = json ? json->toArray() : QJsonArray();
    FUZZ_CHECK(SandboxAccounts::demoUsersFromJson(array).size() <= array.size());
}

void evidenceExport(const QByteArray& body)
{
    bool ok = false;
    const QList<EvidenceRecord> records = EvidenceStore::fromJson(body, &ok);
    FUZZ_CHECK(ok || records.isEmpty());
    if (!ok)
        return;
    // An export read back is the export written.
    bool again = false;
    FUZZ_CHECK(EvidenceStore::fromJson(EvidenceStore::toJson(records), &again) == records);
    FUZZ_CHECK(again);
}

void dateTime(const QByteArray& body)
{
    const QDateTime parsed = Json::parseDateTime(QString::fromUtf8(body));
    if (!parsed.isValid())
        return;
    FUZZ_CHECK(parsed.timeSpec() == Qt::UTC);
    if (isWritable(parsed))
        FUZZ_CHECK(Json::parseDateTime(parsed.toString(Qt::ISODateWithMs)) == parsed);
}

struct Decoder
{
    char tag;
    void (*run)(const QByteArray& body);
};

// Tags are letters, so seed files say what they hold ("c{...}" is a customer).
constexpr std::array decoders{
    Decoder{'c', customer},
    Decoder{'C', customerPage},
    Decoder{'a', agreement},
    Decoder{'A', agreementPage},
    Decoder{'m', agreementMetadataPage},
    Decoder{'d', agreementDocument},
    Decoder{'s', directSignStatus},
    Decoder{'b', billingProfile},
    Decoder{'r', countryRules},
    Decoder{'v', addressValidation},
    Decoder{'R', relationshipRequest},
    Decoder{'u', subscriptionPage},
    Decoder{'o', order},
    Decoder{'l', link},
    Decoder{'e', errorAnswer},
    Decoder{'t', tokenAnswer},
    Decoder{'D', deviceCodeAnswer},
    Decoder{'j', jwt},
    Decoder{'J', jwtClaims},
    Decoder{'U', demoUsers},
    Decoder{'E', evidenceExport},
    Decoder{'T', dateTime},
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto tag = static_cast<char>(data[0]);
    const auto named = std::find_if(decoders.begin(), decoders.end(), [tag](const Decoder& d) { return d.tag == tag; });
    const Decoder& decoder = named != decoders.end() ? *named : decoders.at(data[0] % decoders.size());
    decoder.run(Fuzz::bytes(data + 1, size - 1));
    return 0;
}

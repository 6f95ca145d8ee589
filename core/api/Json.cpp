#include "Json.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace PartnerDesk::Json {

namespace {

using L = QLatin1String;

QJsonObject object(const QJsonObject& parent, QLatin1String name)
{
    return field(parent, name).toObject();
}

void putIfNotEmpty(QJsonObject& object, QLatin1String name, const QString& value)
{
    if (!value.isEmpty())
        object.insert(name, value);
}

// Json::field() for many names of one object: the object's keys are listed once, at the first
// name that is not there as written, instead of once for every such name (Qt 6.4 makes a new
// QString for each key it hands out; a list item lacks most of a customer's properties).
class Fields
{
public:
    explicit Fields(const QJsonObject& object)
        : m_object(object)
    { }

    [[nodiscard]] QJsonValue operator()(QLatin1String name) const
    {
        const auto exact = m_object.constFind(name);
        if (exact != m_object.constEnd())
            return *exact;
        if (!m_keys)
            m_keys = m_object.keys();
        for (const QString& key : std::as_const(*m_keys)) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return m_object.value(key);
        }
        return QJsonValue(QJsonValue::Undefined);
    }

private:
    const QJsonObject& m_object;
    mutable std::optional<QStringList> m_keys;
};

QString stringValue(const QJsonValue& value);

QString numberOrString(const QJsonValue& value)
{
    if (value.isDouble()) {
        // A whole number as the integer it is ("code": 600061, exact even beyond 2^53); anything
        // else (6e25, 2.5) as written, not cast to an integer it does not fit (undefined behaviour).
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 0x1p63)
            return QString::number(value.toInteger());
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    if (value.isString())
        return value.toString();
    return {};
}

} // namespace

std::optional<QJsonValue> parse(const QByteArray& body, QString* errorMessage)
{
    QByteArray data = body;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        if (errorMessage)
            *errorMessage = error.errorString();
        return std::nullopt;
    }
    if (document.isObject())
        return QJsonValue(document.object());
    if (document.isArray())
        return QJsonValue(document.array());
    if (errorMessage)
        *errorMessage = QStringLiteral("empty document");
    return std::nullopt;
}

QDateTime parseDateTime(const QString& text)
{
    static const QRegularExpression iso(
        QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?\\s*"
                       "(Z|z|[+-]\\d{2}:?\\d{2})?\\s*$"));
    const QRegularExpressionMatch match = iso.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return {};
    int milliseconds = 0;
    const QString fraction = match.captured(7);
    if (!fraction.isEmpty())
        milliseconds = fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(match.captured(4).isEmpty() ? 0 : match.captured(4).toInt(),
        match.captured(5).isEmpty() ? 0 : match.captured(5).toInt(),
        match.captured(6).isEmpty() ? 0 : match.captured(6).toInt(), milliseconds);
    if (!time.isValid())
        return {};

    const QString offset = match.captured(8);
    int offsetSeconds = 0;
    if (!offset.isEmpty() && offset.compare(L("Z"), Qt::CaseInsensitive) != 0) {
        QString digits = offset.mid(1);
        digits.remove(QLatin1Char(':'));
        offsetSeconds = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60)
            * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    // No offset: Partner Center means UTC (its GET examples omit the "Z").
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

QString formatAcceptanceDate(const QDate& date)
{
    return date.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

QJsonValue field(const QJsonObject& object, QLatin1String name)
{
    const auto exact = object.constFind(name);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString string(const QJsonObject& object, QLatin1String name)
{
    return stringValue(field(object, name));
}

namespace {
QString stringValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numberOrString(value);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}
} // namespace

bool boolean(const QJsonObject& object, QLatin1String name, bool fallback)
{
    const QJsonValue value = field(object, name);
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(L("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(L("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return fallback;
}

int integer(const QJsonObject& object, QLatin1String name, int fallback)
{
    const QJsonValue value = field(object, name);
    if (value.isDouble())
        return value.toInt(fallback);
    if (value.isString()) {
        bool ok = false;
        const int parsed = value.toString().toInt(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

QStringList stringList(const QJsonObject& object, QLatin1String name)
{
    QStringList out;
    const QJsonArray array = field(object, name).toArray();
    out.reserve(array.size());
    for (const QJsonValue& value : array) {
        if (value.isString())
            out.append(value.toString());
    }
    return out;
}

ApiError errorFromResponse(int httpStatus, const QByteArray& body)
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.httpStatus = httpStatus;
    const std::optional<QJsonValue> parsed = parse(body);
    if (!parsed || !parsed->isObject()) {
        // Not JSON (a proxy's HTML page, plain text): keep a short, readable excerpt.
        QString text = QString::fromUtf8(body.left(300)).trimmed();
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.replace(tags, QStringLiteral(" "));
        error.description = text.simplified();
        return error;
    }
    const QJsonObject object = parsed->toObject();
    error.code = numberOrString(field(object, L("code")));
    error.description = string(object, L("description"));
    if (error.description.isEmpty())
        error.description = string(object, L("message"));
    error.errorName = string(object, L("errorName"));
    const QJsonValue oauthError = object.value(L("error"));
    if (error.code.isEmpty() && oauthError.isString()) {
        // Microsoft Entra ID's OAuth shape: {"error": "invalid_grant", "error_description": "..."}.
        error.code = oauthError.toString();
        error.description = string(object, L("error_description"));
    }
    if (error.code.isEmpty()) {
        // The throttling shape: {"statusCode": 429, "message": "..."}.
        const QString statusCode = numberOrString(field(object, L("statusCode")));
        if (!statusCode.isEmpty() && statusCode != QString::number(httpStatus))
            error.code = statusCode;
    }
    return error;
}

Contact contactFromJson(const QJsonObject& object)
{
    return Contact{string(object, L("firstName")), string(object, L("lastName")), string(object, L("email")),
        string(object, L("phoneNumber"))};
}

Address addressFromJson(const QJsonObject& object)
{
    Address address;
    address.country = string(object, L("country"));
    address.region = string(object, L("region"));
    address.city = string(object, L("city"));
    address.state = string(object, L("state"));
    address.addressLine1 = string(object, L("addressLine1"));
    address.addressLine2 = string(object, L("addressLine2"));
    address.postalCode = string(object, L("postalCode"));
    address.firstName = string(object, L("firstName"));
    address.middleName = string(object, L("middleName"));
    address.lastName = string(object, L("lastName"));
    address.phoneNumber = string(object, L("phoneNumber"));
    return address;
}

Agreement agreementFromJson(const QJsonObject& json)
{
    Agreement agreement;
    agreement.userId = string(json, L("userId"));
    agreement.primaryContact = contactFromJson(object(json, L("primaryContact")));
    agreement.templateId = string(json, L("templateId"));
    agreement.dateAgreed = parseDateTime(string(json, L("dateAgreed")));
    agreement.type = string(json, L("type"));
    if (agreement.type.isEmpty())
        agreement.type = string(json, L("agreementType"));
    agreement.agreementLink = string(json, L("agreementLink"));
    return agreement;
}

AgreementMetadata agreementMetadataFromJson(const QJsonObject& json)
{
    AgreementMetadata metadata;
    metadata.templateId = string(json, L("templateId"));
    // The resource page says "type"; every real answer says "agreementType".
    metadata.agreementType = string(json, L("agreementType"));
    if (metadata.agreementType.isEmpty())
        metadata.agreementType = string(json, L("type"));
    metadata.agreementLink = string(json, L("agreementLink"));
    metadata.versionRank = integer(json, L("versionRank"));
    return metadata;
}

AgreementDocument agreementDocumentFromJson(const QJsonObject& json)
{
    return AgreementDocument{string(json, L("country")), string(json, L("language")), string(json, L("displayUri")),
        string(json, L("downloadUri"))};
}

DirectSignStatus directSignStatusFromJson(const QJsonObject& json)
{
    return DirectSignStatus{boolean(json, L("isSigned"))};
}

CompanyProfile companyProfileFromJson(const QJsonObject& json)
{
    const Fields fields(json);
    CompanyProfile profile;
    profile.tenantId = stringValue(fields(L("tenantId")));
    profile.domain = stringValue(fields(L("domain")));
    profile.companyName = stringValue(fields(L("companyName")));
    profile.organizationRegistrationNumber = stringValue(fields(L("organizationRegistrationNumber")));
    profile.email = stringValue(fields(L("email")));
    const QJsonValue address = fields(L("address"));
    if (address.isObject())
        profile.address = addressFromJson(address.toObject());
    return profile;
}

BillingProfile billingProfileFromJson(const QJsonObject& json)
{
    BillingProfile profile;
    profile.id = string(json, L("id"));
    profile.firstName = string(json, L("firstName"));
    profile.lastName = string(json, L("lastName"));
    profile.email = string(json, L("email"));
    profile.culture = string(json, L("culture"));
    profile.language = string(json, L("language"));
    profile.companyName = string(json, L("companyName"));
    profile.defaultAddress = addressFromJson(object(json, L("defaultAddress")));
    profile.etag = string(object(json, L("attributes")), L("etag"));
    return profile;
}

Customer customerFromJson(const QJsonObject& json)
{
    const Fields fields(json);
    Customer customer;
    customer.id = stringValue(fields(L("id")));
    customer.commerceId = stringValue(fields(L("commerceId")));
    customer.companyProfile = companyProfileFromJson(fields(L("companyProfile")).toObject());
    if (customer.id.isEmpty())
        customer.id = customer.companyProfile.tenantId;
    const QJsonValue billing = fields(L("billingProfile"));
    if (billing.isObject())
        customer.billingProfile = billingProfileFromJson(billing.toObject());
    customer.relationshipToPartner = relationshipFromWire(stringValue(fields(L("relationshipToPartner"))));
    const QJsonValue delegated = fields(L("allowDelegatedAccess"));
    if (delegated.isBool())
        customer.allowDelegatedAccess = delegated.toBool();
    for (const QJsonValue& value : fields(L("customDomains")).toArray()) {
        if (value.isString())
            customer.customDomains.append(value.toString());
    }
    customer.associatedPartnerId = stringValue(fields(L("associatedPartnerId")));
    const QJsonValue credentials = fields(L("userCredentials"));
    if (credentials.isObject()) {
        const QJsonObject c = credentials.toObject();
        customer.userCredentials = CustomerCredentials{string(c, L("userName")), string(c, L("password"))};
    }
    return customer;
}

CountryRules countryRulesFromJson(const QJsonObject& json)
{
    CountryRules rules;
    rules.iso2Code = string(json, L("iso2Code"));
    rules.defaultCulture = string(json, L("defaultCulture"));
    rules.isStateRequired = boolean(json, L("isStateRequired"));
    rules.supportedStatesList = stringList(json, L("supportedStatesList"));
    rules.supportedLanguagesList = stringList(json, L("supportedLanguagesList"));
    rules.supportedCulturesList = stringList(json, L("supportedCulturesList"));
    rules.isPostalCodeRequired = boolean(json, L("isPostalCodeRequired"));
    rules.postalCodeRegex = string(json, L("postalCodeRegex"));
    rules.isCityRequired = boolean(json, L("isCityRequired"));
    rules.isVatIdSupported = boolean(json, L("isVatIdSupported"));
    rules.taxIdFormat = string(json, L("taxIdFormat"));
    rules.taxIdSample = string(json, L("taxIdSample"));
    rules.vatIdRegex = string(json, L("vatIdRegex"));
    rules.phoneNumberRegex = string(json, L("phoneNumberRegex"));
    rules.isTaxIdSupported = boolean(json, L("isTaxIdSupported"));
    rules.isTaxIdOptional = boolean(json, L("isTaxIdOptional"));
    rules.countryCallingCodesList = stringList(json, L("countryCallingCodesList"));
    return rules;
}

AddressValidation addressValidationFromJson(const QJsonObject& json)
{
    AddressValidation validation;
    validation.originalAddress = addressFromJson(object(json, L("originalAddress")));
    const QJsonArray suggestions = field(json, L("suggestedAddresses")).toArray();
    for (const QJsonValue& suggestion : suggestions)
        validation.suggestedAddresses.append(addressFromJson(suggestion.toObject()));
    validation.status = string(json, L("status"));
    validation.validationMessage = string(json, L("validationMessage"));
    return validation;
}

RelationshipRequest relationshipRequestFromJson(const QJsonObject& json)
{
    return RelationshipRequest{string(json, L("url"))};
}

Subscription subscriptionFromJson(const QJsonObject& json)
{
    Subscription subscription;
    subscription.id = string(json, L("id"));
    subscription.offerId = string(json, L("offerId"));
    subscription.offerName = string(json, L("offerName"));
    subscription.friendlyName = string(json, L("friendlyName"));
    subscription.quantity = integer(json, L("quantity"));
    subscription.status = string(json, L("status"));
    subscription.creationDate = parseDateTime(string(json, L("creationDate")));
    return subscription;
}

Order orderFromJson(const QJsonObject& json)
{
    Order order;
    order.id = string(json, L("id"));
    order.referenceCustomerId = string(json, L("referenceCustomerId"));
    order.billingCycle = string(json, L("billingCycle"));
    order.currencyCode = string(json, L("currencyCode"));
    order.creationDate = parseDateTime(string(json, L("creationDate")));
    order.status = string(json, L("status"));
    const QJsonArray lines = field(json, L("lineItems")).toArray();
    for (const QJsonValue& value : lines) {
        const QJsonObject line = value.toObject();
        OrderLineItem item;
        item.lineItemNumber = integer(line, L("lineItemNumber"));
        item.offerId = string(line, L("offerId"));
        item.subscriptionId = string(line, L("subscriptionId"));
        item.parentSubscriptionId = string(line, L("parentSubscriptionId"));
        item.friendlyName = string(line, L("friendlyName"));
        item.quantity = integer(line, L("quantity"), 0);
        item.partnerIdOnRecord = string(line, L("partnerIdOnRecord"));
        order.lineItems.append(item);
    }
    return order;
}

Link linkFromJson(const QJsonObject& json)
{
    Link link;
    link.uri = string(json, L("uri"));
    link.method = string(json, L("method"));
    const QJsonArray headers = field(json, L("headers")).toArray();
    for (const QJsonValue& value : headers) {
        const QJsonObject header = value.toObject();
        const QString key = string(header, L("key"));
        if (!key.isEmpty())
            link.headers.append({key, string(header, L("value"))});
    }
    return link;
}

QJsonObject toJson(const Contact& contact)
{
    QJsonObject json;
    json.insert(L("firstName"), contact.firstName);
    json.insert(L("lastName"), contact.lastName);
    json.insert(L("email"), contact.email);
    putIfNotEmpty(json, L("phoneNumber"), contact.phoneNumber);
    return json;
}

QJsonObject toJson(const Address& address)
{
    QJsonObject json;
    putIfNotEmpty(json, L("country"), address.country);
    putIfNotEmpty(json, L("region"), address.region);
    putIfNotEmpty(json, L("city"), address.city);
    putIfNotEmpty(json, L("state"), address.state);
    putIfNotEmpty(json, L("addressLine1"), address.addressLine1);
    putIfNotEmpty(json, L("addressLine2"), address.addressLine2);
    putIfNotEmpty(json, L("postalCode"), address.postalCode);
    putIfNotEmpty(json, L("firstName"), address.firstName);
    putIfNotEmpty(json, L("middleName"), address.middleName);
    putIfNotEmpty(json, L("lastName"), address.lastName);
    putIfNotEmpty(json, L("phoneNumber"), address.phoneNumber);
    return json;
}

QJsonObject toJson(const Agreement& agreement)
{
    QJsonObject json;
    json.insert(L("primaryContact"), toJson(agreement.primaryContact));
    json.insert(L("templateId"), agreement.templateId);
    json.insert(L("dateAgreed"), formatAcceptanceDate(agreement.acceptanceDate()));
    json.insert(L("type"), agreement.type);
    return json;
}

QJsonObject toJson(const BillingProfile& profile)
{
    QJsonObject json;
    putIfNotEmpty(json, L("id"), profile.id);
    putIfNotEmpty(json, L("firstName"), profile.firstName);
    putIfNotEmpty(json, L("lastName"), profile.lastName);
    json.insert(L("email"), profile.email);
    json.insert(L("culture"), profile.culture);
    json.insert(L("language"), profile.language);
    json.insert(L("companyName"), profile.companyName);
    json.insert(L("defaultAddress"), toJson(profile.defaultAddress));
    QJsonObject attributes{{L("objectType"), L("CustomerBillingProfile")}};
    putIfNotEmpty(attributes, L("etag"), profile.etag);
    json.insert(L("attributes"), attributes);
    return json;
}

QJsonObject toJson(const Customer& customer)
{
    QJsonObject company;
    company.insert(L("domain"), customer.companyProfile.domain);
    putIfNotEmpty(company, L("companyName"), customer.companyProfile.companyName);
    putIfNotEmpty(company, L("organizationRegistrationNumber"), customer.companyProfile.organizationRegistrationNumber);

    QJsonObject json;
    json.insert(L("companyProfile"), company);
    if (customer.billingProfile) {
        QJsonObject billing = toJson(*customer.billingProfile);
        billing.remove(L("attributes"));
        billing.remove(L("id"));
        json.insert(L("billingProfile"), billing);
    }
    putIfNotEmpty(json, L("associatedPartnerId"), customer.associatedPartnerId);
    return json;
}

QJsonObject toJson(const Order& order)
{
    QJsonObject json;
    putIfNotEmpty(json, L("referenceCustomerId"), order.referenceCustomerId);
    putIfNotEmpty(json, L("billingCycle"), order.billingCycle);
    putIfNotEmpty(json, L("currencyCode"), order.currencyCode);
    QJsonArray lines;
    for (const OrderLineItem& item : order.lineItems) {
        QJsonObject line;
        line.insert(L("lineItemNumber"), item.lineItemNumber);
        line.insert(L("offerId"), item.offerId);
        line.insert(L("quantity"), item.quantity);
        putIfNotEmpty(line, L("friendlyName"), item.friendlyName);
        putIfNotEmpty(line, L("subscriptionId"), item.subscriptionId);
        putIfNotEmpty(line, L("parentSubscriptionId"), item.parentSubscriptionId);
        putIfNotEmpty(line, L("partnerIdOnRecord"), item.partnerIdOnRecord);
        lines.append(line);
    }
    json.insert(L("lineItems"), lines);
    return json;
}

} // namespace PartnerDesk::Json

#include "sandbox/CustomerEndpoints.h"

#include "sandbox/ContinuationToken.h"
#include "sandbox/CustomerJson.h"
#include "sandbox/CustomerStore.h"
#include "sandbox/DemoUsers.h"
#include "sandbox/JsonInput.h"
#include "sandbox/JsonText.h"
#include "sandbox/PartnerErrors.h"
#include "sandbox/Randomness.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/WireFormat.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

bool isDomainName(const QString& domain)
{
    static const QRegularExpression pattern(
        uR"(^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"_s);
    return pattern.match(domain).hasMatch();
}

// The ETag as sent in If-Match: quoted or not, possibly weak.
QString unquotedEtag(QString value)
{
    value = value.trimmed();
    if (value.startsWith(u"W/"_s))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

CustomerEndpoints::CustomerEndpoints(SandboxContext& context)
    : m_context(context)
    , m_validator(*context.countryRules)
{ }

void CustomerEndpoints::registerRoutes(Router& router)
{
    router.add(
        "GET", u"/v1/customers"_s, RouteAccess::PartnerToken, [this](const RouteCall& call) { return list(call); });
    router.add(
        "POST", u"/v1/customers"_s, RouteAccess::PartnerToken, [this](const RouteCall& call) { return create(call); });
    router.add("GET", u"/v1/customers/relationshiprequests"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return relationshipRequest(call); });
    router.add("GET", u"/v1/customers/{customerId}"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return get(call); });
    router.add("GET", u"/v1/customers/{customerId}/profiles/billing"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return billingProfile(call); });
    router.add("PUT", u"/v1/customers/{customerId}/profiles/billing"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return updateBillingProfile(call); });
}

SandboxResponse CustomerEndpoints::list(const RouteCall& call)
{
    const SandboxRequest& request = call.request;
    // No size (the .NET SDK's Customers.Get()) or size=0 (its filter queries): the largest page.
    int size = maximumPageSize;
    const QString sizeText = request.queryValue(u"size");
    if (!sizeText.isEmpty()) {
        bool isNumber = false;
        const int requested = sizeText.toInt(&isNumber);
        if (!isNumber || requested < 0)
            return PartnerErrors::invalidProperty(u"size"_s, u"must be a whole number from 0 to 500"_s);
        if (requested > 0)
            size = std::min(requested, maximumPageSize);
    }

    CustomerCursor cursor;
    const QString seekOperation = request.queryValue(u"seekOperation");
    if (!seekOperation.isNull()) {
        if (seekOperation.compare(u"Next"_s, Qt::CaseInsensitive) != 0)
            return PartnerErrors::invalidProperty(u"seekOperation"_s, u"only 'Next' is supported"_s);
        // The header value is used exactly as received: it is never URL-decoded or parsed.
        const QString token = QString::fromUtf8(request.header("ms-continuationtoken"));
        const std::optional<CustomerCursor> decoded
            = ContinuationToken::decode(token, m_context.database->signingSecret());
        if (!decoded) {
            return PartnerErrors::error(400, PartnerErrors::InvalidRequestInput,
                u"Invalid request input: the MS-ContinuationToken header is missing or not valid."_s,
                {u"MS-ContinuationToken"_s});
        }
        cursor = *decoded;
        ++cursor.page;
    } else if (const QString filterText = request.queryValue(u"filter"); !filterText.isNull()) {
        QString parseError;
        const std::optional<QJsonObject> filter = JsonInput::parseObject(filterText.toUtf8(), &parseError);
        if (!filter) {
            return PartnerErrors::invalidProperty(u"filter"_s,
                u"must be URL-encoded JSON such as {\"Field\":\"CompanyName\",\"Value\":\"cont\",\"Operator\":\"starts_with\"} ("_s
                    + parseError + u')');
        }
        FieldProblems problems;
        const QString field = JsonInput::requiredString(*filter, u"Field", u"filter.Field"_s, &problems);
        const QJsonValue value = JsonInput::member(*filter, u"Value");
        const QString operation = JsonInput::requiredString(*filter, u"Operator", u"filter.Operator"_s, &problems);
        if (!value.isString())
            problems.append({u"filter.Value"_s, u"must be a string"_s});
        if (!problems.isEmpty())
            return PartnerErrors::invalidProperties(problems);
        if (operation.compare(u"starts_with"_s, Qt::CaseInsensitive) != 0) {
            return PartnerErrors::error(400, PartnerErrors::SearchOperatorNotSupported,
                u"Customer search only allows starts with and equals operation."_s, {u"filter.Operator"_s});
        }
        if (field.compare(u"CompanyName"_s, Qt::CaseInsensitive) == 0) {
            cursor.field = CustomerStore::SearchField::CompanyName;
        } else if (field.compare(u"Domain"_s, Qt::CaseInsensitive) == 0) {
            cursor.field = CustomerStore::SearchField::Domain;
        } else {
            return PartnerErrors::invalidProperty(
                u"filter.Field"_s, u"the sandbox searches CompanyName and Domain only"_s);
        }
        cursor.prefix = value.toString();
    }

    const CustomerStore::Page page = m_context.customers->page({cursor.afterRowId, size, cursor.field, cursor.prefix});
    QString selfUri = u"/v1/customers?size="_s + QString::number(size);
    if (!seekOperation.isNull())
        selfUri += u"&seekOperation=Next"_s;
    QString token;
    if (page.hasMore) {
        CustomerCursor next = cursor;
        next.afterRowId = page.customers.constLast().rowId;
        token = ContinuationToken::encode(next, m_context.database->signingSecret());
    }
    // The collection as text (what WireFormat::collection() would make of it, member for
    // member): a page of 500 built as QJsonObjects cost several times its SQL.
    JsonText json;
    json.beginObject();
    json.key("attributes").beginObject().key("objectType").string(u"Collection"_s).endObject();
    if (page.hasMore)
        json.key("continuationToken").string(token);
    json.key("items").beginArray();
    for (const CustomerRecord& customer : page.customers)
        CustomerJson::writeListItem(json, customer);
    json.endArray();
    json.key("links").beginObject();
    if (page.hasMore) {
        json.key("next");
        WireFormat::writeLink(json, u"/v1/customers?size="_s + QString::number(size) + u"&seekOperation=Next"_s,
            u"GET"_s, {{u"MS-ContinuationToken"_s, token}});
    }
    json.key("self");
    WireFormat::writeLink(json, selfUri);
    json.endObject();
    json.key("totalCount").number(page.customers.size());
    json.endObject();
    return SandboxResponse::jsonText(200, json.take());
}

SandboxResponse CustomerEndpoints::get(const RouteCall& call)
{
    const std::optional<CustomerRecord> customer = m_context.customers->find(call.parameter(u"customerId"_s));
    if (!customer)
        return PartnerErrors::tenantNotFound();
    return SandboxResponse::json(200, CustomerJson::customer(*customer));
}

SandboxResponse CustomerEndpoints::create(const RouteCall& call)
{
    if (!call.caller.mayCreateCustomers())
        return PartnerErrors::roleNotAllowed();
    QString parseError;
    const std::optional<QJsonObject> body = JsonInput::parseObject(call.request.body, &parseError);
    if (!body)
        return PartnerErrors::bodyNotJson(parseError);

    using namespace JsonInput;
    FieldProblems problems;
    QString domain;
    if (!hasMember(*body, u"companyProfile")) {
        problems.append({u"companyProfile.domain"_s, u"is required"_s});
    } else {
        const QJsonObject companyProfile = objectMember(*body, u"companyProfile", u"companyProfile"_s, &problems);
        domain = requiredString(companyProfile, u"domain", u"companyProfile.domain"_s, &problems);
        if (!domain.isEmpty() && !isDomainName(domain))
            problems.append({u"companyProfile.domain"_s, u"is not a domain name such as contoso.onmicrosoft.com"_s});
    }
    BillingProfileRecord billing;
    if (!hasMember(*body, u"billingProfile")) {
        problems.append({u"billingProfile"_s, u"is required"_s});
    } else {
        const qsizetype problemsBefore = problems.size();
        const QJsonObject billingObject = objectMember(*body, u"billingProfile", u"billingProfile"_s, &problems);
        if (problems.size() == problemsBefore)
            billing = m_validator.readBillingProfile(billingObject, u"billingProfile"_s, &problems);
    }
    const QString associatedPartnerId
        = stringMember(*body, u"associatedPartnerId", u"associatedPartnerId"_s, &problems);
    if (!problems.isEmpty())
        return PartnerErrors::invalidProperties(problems);
    if (m_context.customers->isDomainTaken(domain)) {
        return PartnerErrors::invalidProperties(
            {{u"companyProfile.domain"_s, u"'%1' is already in use"_s.arg(domain)}}, 409);
    }

    CustomerRecord customer;
    customer.id = Randomness::guid();
    customer.commerceId = Randomness::guid();
    customer.companyName = billing.companyName;
    customer.domain = domain.toLower();
    customer.customDomains = {customer.domain};
    customer.relationshipToPartner = u"reseller"_s;
    customer.allowDelegatedAccess = true;
    customer.associatedPartnerId = associatedPartnerId;
    customer.createdAt = WireFormat::isoUtc(QDateTime::currentDateTimeUtc());
    customer.billingProfile = billing;
    customer.billingProfile.id = Randomness::guid();
    customer.billingProfile.etag = Randomness::etag();
    QString insertError;
    if (!m_context.customers->insert(customer, &insertError))
        return PartnerErrors::error(500, 800003, u"Unexpected service error"_s);

    QJsonObject answer = CustomerJson::customer(customer);
    // Shown once: Partner Center never returns the password again.
    answer.insert(u"userCredentials"_s,
        QJsonObject{
            {u"userName"_s, QString(u"admin@"_s + customer.domain)}, {u"password"_s, Randomness::password(16)}});
    return SandboxResponse::json(201, answer);
}

SandboxResponse CustomerEndpoints::billingProfile(const RouteCall& call)
{
    const std::optional<CustomerRecord> customer = m_context.customers->find(call.parameter(u"customerId"_s));
    if (!customer)
        return PartnerErrors::tenantNotFound();
    return SandboxResponse::json(200, CustomerJson::billingProfile(*customer));
}

SandboxResponse CustomerEndpoints::updateBillingProfile(const RouteCall& call)
{
    std::optional<CustomerRecord> customer = m_context.customers->find(call.parameter(u"customerId"_s));
    if (!customer)
        return PartnerErrors::tenantNotFound();
    QString parseError;
    const std::optional<QJsonObject> body = JsonInput::parseObject(call.request.body, &parseError);
    if (!body)
        return PartnerErrors::bodyNotJson(parseError);

    // The ETag may come in If-Match (the docs) or in attributes.etag (what the .NET SDK
    // sends); each one given must be the current one.
    FieldProblems problems;
    const QString headerEtag = unquotedEtag(call.request.headerText("if-match"));
    const QJsonObject attributes = JsonInput::objectMember(*body, u"attributes", u"attributes"_s, &problems);
    const QString bodyEtag = JsonInput::stringMember(attributes, u"etag", u"attributes.etag"_s, &problems);
    if (headerEtag.isEmpty() && bodyEtag.isEmpty()) {
        return PartnerErrors::invalidProperty(
            u"If-Match"_s, u"an ETag is required: send If-Match or attributes.etag from the last GET"_s);
    }
    const QString& current = customer->billingProfile.etag;
    if ((!headerEtag.isEmpty() && headerEtag != current) || (!bodyEtag.isEmpty() && bodyEtag != current))
        return PartnerErrors::error(400, PartnerErrors::EtagNoLongerValid, u"Etag is no longer valid"_s);

    BillingProfileRecord profile = m_validator.readBillingProfile(*body, QString(), &problems);
    if (!problems.isEmpty())
        return PartnerErrors::invalidProperties(problems);
    profile.id = customer->billingProfile.id;
    profile.etag = Randomness::etag();
    QString updateError;
    if (!m_context.customers->updateBillingProfile(customer->id, profile, &updateError))
        return PartnerErrors::error(500, 800003, u"Unexpected service error"_s);
    customer->billingProfile = profile;
    return SandboxResponse::json(200, CustomerJson::billingProfile(*customer));
}

SandboxResponse CustomerEndpoints::relationshipRequest(const RouteCall&)
{
    const QString url = u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="_s
        + DemoUsers::partnerTenantId() + u"&msppId=0&DAP=false#/BillingAccounts/partner-invitation"_s;
    return SandboxResponse::json(
        200, QJsonObject{{u"url"_s, url}, {u"attributes"_s, WireFormat::attributes(u"RelationshipRequest"_s)}});
}

} // namespace PartnerDesk::Sandbox

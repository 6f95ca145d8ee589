#include "sandbox/AgreementEndpoints.h"

#include "sandbox/AgreementCatalog.h"
#include "sandbox/AgreementStore.h"
#include "sandbox/CustomerStore.h"
#include "sandbox/DocumentLinkStore.h"
#include "sandbox/IsoDateTime.h"
#include "sandbox/JsonInput.h"
#include "sandbox/PartnerErrors.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/WireFormat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

constexpr int documentLinkLifetimeSeconds = 5 * 60;
const QString fallbackDocumentLanguage = u"en-US"_s;

QJsonObject contactJson(const AgreementRecord& agreement)
{
    QJsonObject contact{
        {u"firstName"_s, agreement.firstName},
        {u"lastName"_s, agreement.lastName},
        {u"email"_s, agreement.email},
    };
    if (!agreement.phoneNumber.isEmpty())
        contact.insert(u"phoneNumber"_s, agreement.phoneNumber);
    return contact;
}

// `dateFormat` differs on purpose: the docs' GET shows "2019-08-26T00:00:00", the POST
// echoes "2018-06-14T00:00:00.000Z".
QJsonObject agreementJson(const AgreementRecord& agreement, const QString& agreementLink, const QString& dateFormat)
{
    return {
        {u"userId"_s, agreement.userId},
        {u"primaryContact"_s, contactJson(agreement)},
        {u"templateId"_s, agreement.templateId},
        {u"dateAgreed"_s, agreement.dateAgreed.toUTC().toString(dateFormat)},
        {u"type"_s, agreement.type},
        {u"agreementLink"_s, agreementLink},
    };
}

} // namespace

AgreementEndpoints::AgreementEndpoints(SandboxContext& context)
    : m_context(context)
{ }

void AgreementEndpoints::registerRoutes(Router& router)
{
    router.add("GET", u"/v1/agreements"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return metadata(call); });
    router.add("GET", u"/v1/customers/{customerId}/agreements"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return confirmations(call); });
    router.add("POST", u"/v1/customers/{customerId}/agreements"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return confirm(call); });
    router.add("GET", u"/v1/agreementtemplates/{templateId}/document"_s, RouteAccess::PartnerToken,
        [this](const RouteCall& call) { return document(call); });
    router.add("GET", u"/v1/customers/{customerId}/directSignedMicrosoftCustomerAgreementStatus"_s,
        RouteAccess::PartnerToken, [this](const RouteCall& call) { return directSignStatus(call); });
}

std::optional<QString> AgreementEndpoints::requestedType(const RouteCall& call) const
{
    const QString value = call.request.queryValue(u"agreementType");
    // "the query defaults to MicrosoftCloudAgreement for backward compatibility"
    if (value.isEmpty())
        return AgreementCatalog::cloudAgreementType();
    if (value == u"*")
        return std::nullopt;
    const AgreementTemplate* known = m_context.agreementCatalog->findByType(value);
    return known ? known->agreementType : QStringLiteral("");
}

SandboxResponse AgreementEndpoints::metadata(const RouteCall& call)
{
    const std::optional<QString> type = requestedType(call);
    QJsonArray items;
    for (const AgreementTemplate& agreementTemplate : m_context.agreementCatalog->templates()) {
        if (type && *type != agreementTemplate.agreementType)
            continue;
        items.append(QJsonObject{
            {u"templateId"_s, agreementTemplate.templateId},
            {u"agreementType"_s, agreementTemplate.agreementType},
            {u"agreementLink"_s, agreementTemplate.agreementLink},
            {u"versionRank"_s, agreementTemplate.versionRank},
        });
    }
    return SandboxResponse::json(200, WireFormat::collection(items, u"/agreements"_s));
}

SandboxResponse AgreementEndpoints::confirmations(const RouteCall& call)
{
    const QString customerId = call.parameter(u"customerId"_s);
    if (!m_context.customers->exists(customerId))
        return PartnerErrors::tenantNotFound();
    const std::optional<QString> type = requestedType(call);
    QJsonArray items;
    // No confirmations: an empty collection, not error 600009 (see sandbox/README.md).
    if (!type || !type->isEmpty()) {
        const QList<AgreementRecord> agreements = m_context.agreements->list(customerId, type);
        for (const AgreementRecord& agreement : agreements) {
            const AgreementTemplate* agreementTemplate = m_context.agreementCatalog->findTemplate(agreement.templateId);
            items.append(agreementJson(
                agreement, agreementTemplate ? agreementTemplate->agreementLink : QString(), u"yyyy-MM-ddTHH:mm:ss"_s));
        }
    }
    return SandboxResponse::json(
        200, WireFormat::collection(items, u"/customers/"_s + customerId.toLower() + u"/agreements"_s));
}

SandboxResponse AgreementEndpoints::confirm(const RouteCall& call)
{
    if (!call.caller.mayAttest())
        return PartnerErrors::roleNotAllowed();
    const QString customerId = call.parameter(u"customerId"_s).toLower();
    if (!m_context.customers->exists(customerId))
        return PartnerErrors::tenantNotFound();

    QString parseError;
    const std::optional<QJsonObject> body = JsonInput::parseObject(call.request.body, &parseError);
    if (!body)
        return PartnerErrors::bodyNotJson(parseError);

    using namespace JsonInput;
    FieldProblems problems;
    AgreementRecord agreement;
    agreement.customerId = customerId;
    if (!hasMember(*body, u"primaryContact")) {
        problems.append({u"primaryContact"_s, u"is required"_s});
    } else {
        const qsizetype problemsBefore = problems.size();
        const QJsonObject contact = objectMember(*body, u"primaryContact", u"primaryContact"_s, &problems);
        if (problems.size() == problemsBefore) {
            agreement.firstName = requiredString(contact, u"firstName", u"primaryContact.firstName"_s, &problems);
            agreement.lastName = requiredString(contact, u"lastName", u"primaryContact.lastName"_s, &problems);
            agreement.email = requiredString(contact, u"email", u"primaryContact.email"_s, &problems);
            agreement.phoneNumber = stringMember(contact, u"phoneNumber", u"primaryContact.phoneNumber"_s, &problems);
            if (!agreement.email.isEmpty() && !agreement.email.contains(u'@'))
                problems.append({u"primaryContact.email"_s, u"is not an email address"_s});
        }
    }
    agreement.templateId = requiredString(*body, u"templateId", u"templateId"_s, &problems);
    const QString dateText = requiredString(*body, u"dateAgreed", u"dateAgreed"_s, &problems);
    std::optional<QDateTime> dateAgreed;
    if (!dateText.isEmpty()) {
        dateAgreed = parseIsoDateTime(dateText);
        if (!dateAgreed)
            problems.append({u"dateAgreed"_s, u"is not an ISO-8601 date"_s});
    }
    // Only checked for type: the stored type follows the template, as the real service does.
    (void)stringMember(*body, u"type", u"type"_s, &problems);
    if (!problems.isEmpty())
        return PartnerErrors::invalidProperties(problems);

    const AgreementTemplate* agreementTemplate = m_context.agreementCatalog->findTemplate(agreement.templateId);
    if (!agreementTemplate)
        return PartnerErrors::invalidProperty(u"templateId"_s, u"is not a known agreement template"_s);
    if (!agreementTemplate->acceptsConfirmations) {
        return PartnerErrors::error(400, PartnerErrors::InvalidProperty,
            u"Microsoft Cloud Agreement Template ID '%1' is no longer supported."_s.arg(agreementTemplate->templateId),
            {u"templateId"_s});
    }
    // The service compares with the current date in UTC: a date that is still today for a
    // user west of Greenwich may already be "the future".
    if (dateAgreed->toUTC().date() > QDateTime::currentDateTimeUtc().date()) {
        return PartnerErrors::error(400, PartnerErrors::AgreementDateInFuture,
            u"Date of agreement cannot be greater than the current date"_s, {u"dateAgreed"_s});
    }

    agreement.type = agreementTemplate->agreementType;
    agreement.dateAgreed = dateAgreed->toUTC();
    agreement.userId = call.caller.userId;
    agreement.createdAt = WireFormat::isoUtc(QDateTime::currentDateTimeUtc());
    agreement.requestId = call.requestId;
    if (m_context.agreements->isDuplicate(agreement))
        return PartnerErrors::agreementAlreadyExists();
    QString insertError;
    if (!m_context.agreements->insert(agreement, &insertError)) {
        // The unique index refused it: a duplicate that raced past the check.
        return PartnerErrors::agreementAlreadyExists();
    }
    return SandboxResponse::json(
        201, agreementJson(agreement, agreementTemplate->agreementLink, u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s));
}

SandboxResponse AgreementEndpoints::document(const RouteCall& call)
{
    const QString templateId = call.parameter(u"templateId"_s);
    const AgreementTemplate* agreementTemplate = m_context.agreementCatalog->findTemplate(templateId);
    if (!agreementTemplate || !agreementTemplate->hasDocuments)
        return PartnerErrors::notFound(u"No agreement template document for template ID '%1'."_s.arg(templateId));

    QString country = call.request.queryValue(u"country");
    if (country.isEmpty())
        country = u"US"_s;
    const QStringList languages = m_context.agreementCatalog->documentLanguages(country);
    if (languages.isEmpty()) {
        return PartnerErrors::invalidProperty(u"country"_s,
            u"'%1' is not a supported country for this agreement template (codes are case-sensitive, e.g. 'DE')"_s.arg(
                country));
    }
    QString language = fallbackDocumentLanguage;
    const QString requestedLanguage = call.request.queryValue(u"language");
    for (const QString& supported : languages) {
        if (supported.compare(requestedLanguage, Qt::CaseInsensitive) == 0)
            language = supported;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_context.documentLinks->forgetExpiredBefore(now.addSecs(-3600));
    const QString token = m_context.documentLinks->create(
        agreementTemplate->templateId, country, language, now.addSecs(documentLinkLifetimeSeconds));
    const QString displayUri = m_context.baseUrl.toString() + u"/sandbox/documents/"_s + token;
    return SandboxResponse::json(200,
        QJsonObject{
            {u"displayUri"_s, displayUri},
            {u"downloadUri"_s, QString(displayUri + u"?download=1"_s)},
            {u"language"_s, language},
            {u"country"_s, country},
        });
}

SandboxResponse AgreementEndpoints::directSignStatus(const RouteCall& call)
{
    const QString customerId = call.parameter(u"customerId"_s);
    if (!m_context.customers->exists(customerId))
        return PartnerErrors::tenantNotFound();
    return SandboxResponse::json(200, QJsonObject{{u"isSigned"_s, m_context.customers->isDirectSigned(customerId)}});
}

} // namespace PartnerDesk::Sandbox

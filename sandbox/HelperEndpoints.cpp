#include "sandbox/HelperEndpoints.h"

#include "sandbox/AgreementDocumentBuilder.h"
#include "sandbox/AgreementStore.h"
#include "sandbox/CoverageQuery.h"
#include "sandbox/CustomerStore.h"
#include "sandbox/DocumentLinkStore.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/OrderStore.h"
#include "sandbox/PartnerErrors.h"
#include "sandbox/RequestJournal.h"
#include "sandbox/SandboxContext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

HelperEndpoints::HelperEndpoints(SandboxContext& context)
    : m_context(context)
{ }

void HelperEndpoints::registerRoutes(Router& router)
{
    router.add(
        "GET", u"/sandbox/stats"_s, RouteAccess::LoopbackHelper, [this](const RouteCall& call) { return stats(call); });
    router.add("GET", u"/sandbox/coverage"_s, RouteAccess::LoopbackHelper,
        [this](const RouteCall& call) { return coverage(call); });
    router.add("POST", u"/sandbox/reset"_s, RouteAccess::LoopbackHelper,
        [this](const RouteCall& call) { return reset(call); });
    router.add("GET", u"/sandbox/requests"_s, RouteAccess::LoopbackHelper,
        [this](const RouteCall& call) { return requests(call); });
    router.add("GET", u"/sandbox/faults"_s, RouteAccess::LoopbackHelper,
        [this](const RouteCall& call) { return faults(call); });
    router.add("PUT", u"/sandbox/faults"_s, RouteAccess::LoopbackHelper,
        [this](const RouteCall& call) { return configureFaults(call); });
    // A download link works without a bearer token, like the storage links it imitates.
    router.add("GET", u"/sandbox/documents/{token}"_s, RouteAccess::LoopbackHelper,
        [this](const RouteCall& call) { return document(call); });
}

SandboxResponse HelperEndpoints::stats(const RouteCall&)
{
    return SandboxResponse::json(200,
        QJsonObject{
            {u"customers"_s, m_context.customers->count()},
            {u"agreements"_s, m_context.agreements->count()},
            {u"duplicateAgreements"_s, m_context.agreements->duplicateCount()},
            {u"orders"_s, m_context.orders->orderCount()},
            {u"subscriptions"_s, m_context.orders->subscriptionCount()},
        });
}

SandboxResponse HelperEndpoints::coverage(const RouteCall&)
{
    QString errorMessage;
    const QJsonObject counts = CoverageQuery(*m_context.database).counts(&errorMessage);
    if (counts.isEmpty())
        return PartnerErrors::error(500, 800003, u"Unexpected service error: "_s + errorMessage);
    return SandboxResponse::json(200, counts);
}

SandboxResponse HelperEndpoints::reset(const RouteCall& call)
{
    QString errorMessage;
    if (!m_context.reseed(&errorMessage))
        return PartnerErrors::error(500, 800003, u"Unexpected service error: "_s + errorMessage);
    return stats(call);
}

SandboxResponse HelperEndpoints::requests(const RouteCall&)
{
    return SandboxResponse::json(200, m_context.journal->toJson());
}

SandboxResponse HelperEndpoints::faults(const RouteCall&)
{
    return SandboxResponse::json(200, m_context.faults->toJson());
}

SandboxResponse HelperEndpoints::configureFaults(const RouteCall& call)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body, &parseError);
    if (!document.isObject())
        return PartnerErrors::bodyNotJson(parseError.errorString());
    QString problem;
    const std::optional<FaultOptions> options = FaultInjector::fromJson(document.object(), &problem);
    if (!options)
        return PartnerErrors::invalidProperty(problem.section(u':', 0, 0), problem.section(u':', 1).trimmed());
    m_context.faults->configure(*options);
    return faults(call);
}

SandboxResponse HelperEndpoints::document(const RouteCall& call)
{
    const std::optional<DocumentLinkStore::DocumentLink> link
        = m_context.documentLinks->find(call.parameter(u"token"_s));
    if (!link)
        return PartnerErrors::notFound(u"The document link is unknown."_s);
    if (link->expiresAt <= QDateTime::currentDateTimeUtc()) {
        return PartnerErrors::error(403, PartnerErrors::NotFound,
            u"The document link has expired; ask for a new one (links live five minutes)."_s);
    }
    const bool download = call.request.queryValue(u"download") == u"1";
    const QString fileName = AgreementDocumentBuilder::fileName(link->country, link->language);
    return SandboxResponse::bytes(200, AgreementDocumentBuilder::contentType(),
        m_context.documents->build(link->templateId, link->country, link->language))
        .withHeader("Content-Disposition",
            (download ? "attachment" : "inline") + QByteArray("; filename=\"") + fileName.toLatin1() + '"')
        .withHeader("Cache-Control", "no-store");
}

} // namespace PartnerDesk::Sandbox

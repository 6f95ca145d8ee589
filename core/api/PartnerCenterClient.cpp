#include "PartnerCenterClient.h"

#include "auth/TokenSource.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace PartnerDesk {

namespace {

using L = QLatin1String;

QString pathSegment(const QString& value)
{
    // Ids and domains go into the path percent-encoded: "../" or "?" cannot steer the request.
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString queryValue(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "*"));
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Whether a failed unsafe call may still have taken effect on the server.
bool mayHaveTakenEffect(const ApiError& error)
{
    return error.kind == ApiError::Kind::OutcomeUnknown
        || (error.kind == ApiError::Kind::Service && error.httpStatus >= 500);
}

bool sameConfirmation(const Agreement& a, const Agreement& b)
{
    // Partner Center's duplicate rule: the contact's four fields, compared case-sensitively.
    return a.primaryContact == b.primaryContact && a.templateId == b.templateId
        && a.acceptanceDate() == b.acceptanceDate();
}

} // namespace

// POST a confirmation; after a lost answer, read the confirmations and re-send only if absent.
class ConfirmAgreementOperation final : public ApiOperation
{
public:
    ConfirmAgreementOperation(PartnerCenterClient* client, QString customerId, Agreement agreement, QObject* context,
        ResultCallback<AgreementConfirmation> done)
        : ApiOperation(client)
        , m_client(client)
        , m_customerId(std::move(customerId))
        , m_agreement(std::move(agreement))
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_done(std::move(done))
    {
        if (context)
            connect(context, &QObject::destroyed, this, [this] {
                m_done = nullptr;
                cancel();
            });
    }

    void start() { post(); }

    void cancel() override
    {
        if (m_current)
            m_current->cancel(); // its completion reports Canceled through finish()
        else
            finish(ApiError::canceled());
    }

private:
    void post()
    {
        RequestSpec spec;
        spec.method = "POST";
        spec.url = m_client->endpoint(QStringLiteral("customers/%1/agreements").arg(pathSegment(m_customerId)));
        spec.body = compactJson(Json::toJson(m_agreement));
        spec.requestId = m_requestId; // the same MS-RequestId when this is a re-send
        ApiCall* call = m_client->send(spec, this, [this](const Result<RawResponse>& result) { onPosted(result); });
        m_requestId = call->requestId();
        m_current = call;
        forwardRetries(call);
    }

    void onPosted(const Result<RawResponse>& result)
    {
        m_current = nullptr;
        if (result.ok()) {
            const std::optional<QJsonValue> json = Json::parse(result.value().body);
            AgreementConfirmation confirmation;
            confirmation.agreement = json && json->isObject() ? Json::agreementFromJson(json->toObject()) : m_agreement;
            confirmation.recoveredAfterLostAnswer = m_resent;
            confirmation.requestId = result.value().requestId;
            confirmation.correlationId = result.value().correlationId;
            confirmation.httpStatus = result.value().httpStatus;
            finish(confirmation);
            return;
        }
        const ApiError& error = result.error();
        if (error.isAlreadyConfirmed()) {
            AgreementConfirmation confirmation;
            confirmation.outcome = AgreementConfirmation::Outcome::AlreadyConfirmed;
            confirmation.agreement = m_agreement;
            confirmation.requestId = error.requestId;
            confirmation.correlationId = error.correlationId;
            confirmation.httpStatus = error.httpStatus;
            finish(confirmation);
            return;
        }
        if (mayHaveTakenEffect(error)) {
            m_lostAnswer = error;
            reconcile();
            return;
        }
        finish(error);
    }

    void reconcile()
    {
        qCInfo(lcApi) << "confirmation answer lost; reading the confirmations before anything else, request"
                      << m_requestId;
        m_current = m_client->customerAgreements(
            m_customerId, m_agreement.type, this, [this](const Result<QList<Agreement>>& result) {
                m_current = nullptr;
                if (!result.ok()) {
                    // Still unknown, even when the send was answered with a 5xx (which may have
                    // been given after the change was recorded): say so, do not guess.
                    ApiError unknown = m_lostAnswer;
                    unknown.kind = ApiError::Kind::OutcomeUnknown;
                    finish(unknown);
                    return;
                }
                for (const Agreement& existing : result.value()) {
                    if (sameConfirmation(existing, m_agreement)) {
                        AgreementConfirmation confirmation;
                        confirmation.agreement = existing;
                        confirmation.recoveredAfterLostAnswer = true;
                        // The POST that recorded it; its answer (and so its status) was lost.
                        confirmation.requestId = m_requestId;
                        confirmation.correlationId = m_lostAnswer.correlationId;
                        finish(confirmation);
                        return;
                    }
                }
                if (m_resent) {
                    finish(m_lostAnswer);
                    return;
                }
                m_resent = true;
                post();
            });
    }

    void forwardRetries(ApiOperation* call) { connect(call, &ApiOperation::retrying, this, &ApiOperation::retrying); }

    void finish(const Result<AgreementConfirmation>& result)
    {
        if (m_finished)
            return;
        m_finished = true;
        auto done = std::move(m_done);
        m_done = nullptr;
        if (done && !(m_hasContext && !m_context))
            done(result);
        Q_EMIT finished();
        deleteLater();
    }

    PartnerCenterClient* m_client;
    QString m_customerId;
    Agreement m_agreement;
    QPointer<QObject> m_context;
    bool m_hasContext;
    ResultCallback<AgreementConfirmation> m_done;
    QPointer<ApiOperation> m_current;
    QString m_requestId;
    ApiError m_lostAnswer;
    bool m_resent = false;
    bool m_finished = false;
};

PartnerCenterClient::PartnerCenterClient(
    QNetworkAccessManager* network, const QUrl& baseUrl, TokenSource* tokens, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_tokens(tokens)
{
    m_settings.applicationName = QStringLiteral("PartnerDesk");
    m_settings.userAgent = QStringLiteral("PartnerDesk/") + QStringLiteral(PARTNERDESK_VERSION);
}

PartnerCenterClient::~PartnerCenterClient() = default;

bool PartnerCenterClient::isAllowedBaseUrl(const QUrl& url, QString* reason)
{
    const auto refuse = [reason](const QString& why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(QCoreApplication::translate(
            "PartnerDesk::PartnerCenterClient", "The service address “%1” is not a valid URL.")
                          .arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        const QString host = url.host();
        const QHostAddress address(host);
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || (!address.isNull() && address.isLoopback()))
            return true;
        return refuse(QCoreApplication::translate("PartnerDesk::PartnerCenterClient",
            "PartnerDesk refuses to send your sign-in over plain http to %1. Use an https:// address; "
            "plain http is allowed only for this computer (127.0.0.1).")
                          .arg(host));
    }
    return refuse(QCoreApplication::translate(
        "PartnerDesk::PartnerCenterClient", "The service address must start with https://."));
}

QUrl PartnerCenterClient::endpoint(const QString& path, const QString& query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/v1/") + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::StrictMode);
    return url;
}

QUrl PartnerCenterClient::resolveLink(const QString& uri) const
{
    const QUrl link(uri, QUrl::StrictMode);
    if (!link.isValid())
        return {};
    if (!link.isRelative()) {
        // An absolute link must point to the same service: the token never goes elsewhere.
        const bool sameService = link.scheme().compare(m_baseUrl.scheme(), Qt::CaseInsensitive) == 0
            && link.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0
            && link.port(link.scheme() == QLatin1String("https") ? 443 : 80)
                == m_baseUrl.port(m_baseUrl.scheme() == QLatin1String("https") ? 443 : 80);
        return sameService ? link : QUrl();
    }
    // Links come with and without the /v1 prefix ("/customers?..." and "/v1/customers?...").
    QString path = link.path(QUrl::FullyEncoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path == QLatin1String("v1") || path.startsWith(QLatin1String("v1/")))
        path.remove(0, 2);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return endpoint(path, link.query(QUrl::FullyEncoded));
}

ApiCall* PartnerCenterClient::send(RequestSpec spec, QObject* context, ApiCall::Completion completion)
{
    QString reason;
    if (!spec.url.isValid() || spec.url.isEmpty())
        return refuse(spec, context, std::move(completion),
            ApiError::refused(QCoreApplication::translate("PartnerDesk::PartnerCenterClient",
                "The service sent a link to another address; PartnerDesk did not follow it.")));
    if (!isAllowedBaseUrl(spec.url, &reason))
        return refuse(spec, context, std::move(completion), ApiError::refused(reason));
    auto* call = new ApiCall(m_network, m_tokens, m_settings, spec, context, std::move(completion), this);
    call->start();
    return call;
}

ApiCall* PartnerCenterClient::refuse(
    const RequestSpec& spec, QObject* context, ApiCall::Completion completion, const ApiError& why)
{
    auto* call = new ApiCall(m_network, m_tokens, m_settings, spec, context, std::move(completion), this);
    call->failWithoutSending(why);
    return call;
}

template<typename T, typename Decode>
ApiCall* PartnerCenterClient::fetch(RequestSpec spec, QObject* context, Decode decode, ResultCallback<T> done)
{
    spec.expectsJsonObject = true;
    return send(std::move(spec), context, [decode, done = std::move(done)](const Result<RawResponse>& result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        done(decode(result.value().json));
    });
}

template<typename T>
ApiCall* PartnerCenterClient::fetchPage(
    RequestSpec spec, QObject* context, T (*decode)(const QJsonObject&), ResultCallback<Page<T>> done)
{
    return fetch<Page<T>>(
        std::move(spec), context, [decode](const QJsonObject& json) { return Json::pageFromJson<T>(json, decode); },
        std::move(done));
}

namespace {
template<typename T> ResultCallback<Page<T>> itemsOnly(ResultCallback<QList<T>> done)
{
    return [done = std::move(done)](const Result<Page<T>>& page) {
        if (page.ok())
            done(page.value().items);
        else
            done(page.error());
    };
}

RequestSpec get(const QUrl& url)
{
    RequestSpec spec;
    spec.url = url;
    return spec;
}
} // namespace

ApiOperation* PartnerCenterClient::agreementMetadata(
    const QString& agreementType, QObject* context, ResultCallback<QList<AgreementMetadata>> done)
{
    const QString type = agreementType.isEmpty() ? QString(AgreementTypes::MicrosoftCustomerAgreement) : agreementType;
    return fetchPage<AgreementMetadata>(
        get(endpoint(QStringLiteral("agreements"), QStringLiteral("agreementType=") + queryValue(type))), context,
        Json::agreementMetadataFromJson, itemsOnly<AgreementMetadata>(std::move(done)));
}

ApiOperation* PartnerCenterClient::customerAgreements(
    const QString& customerId, const QString& agreementType, QObject* context, ResultCallback<QList<Agreement>> done)
{
    const QString type = agreementType.isEmpty() ? QString(AgreementTypes::MicrosoftCustomerAgreement) : agreementType;
    return fetchPage<Agreement>(get(endpoint(QStringLiteral("customers/%1/agreements").arg(pathSegment(customerId)),
                                    QStringLiteral("agreementType=") + queryValue(type))),
        context, Json::agreementFromJson, itemsOnly<Agreement>(std::move(done)));
}

ApiOperation* PartnerCenterClient::confirmCustomerAgreement(
    const QString& customerId, const Agreement& agreement, QObject* context, ResultCallback<AgreementConfirmation> done)
{
    auto* operation = new ConfirmAgreementOperation(this, customerId, agreement, context, std::move(done));
    operation->start();
    return operation;
}

ApiOperation* PartnerCenterClient::agreementDocument(const QString& templateId, const QString& language,
    const QString& country, QObject* context, ResultCallback<AgreementDocument> done)
{
    // Like the SDK: language before country, each only when given.
    QStringList query;
    if (!language.isEmpty())
        query << QStringLiteral("language=") + queryValue(language);
    if (!country.isEmpty())
        query << QStringLiteral("country=") + queryValue(country);
    return fetch<AgreementDocument>(
        get(endpoint(QStringLiteral("agreementtemplates/%1/document").arg(pathSegment(templateId)),
            query.join(QLatin1Char('&')))),
        context, Json::agreementDocumentFromJson, std::move(done));
}

ApiOperation* PartnerCenterClient::directSignStatus(
    const QString& customerId, QObject* context, ResultCallback<DirectSignStatus> done)
{
    return fetch<DirectSignStatus>(
        get(endpoint(
            QStringLiteral("customers/%1/directSignedMicrosoftCustomerAgreementStatus").arg(pathSegment(customerId)))),
        context, Json::directSignStatusFromJson, std::move(done));
}

namespace {

// More customers than the largest partner has, many times over: a listing that goes on past
// it is a service sending pages in a circle, and would otherwise fill the memory.
constexpr qint64 maxListedCustomers = 2'000'000;

// The pages after `previous` (nothing before the first page): stops a listing whose next link
// leads back to the same page or that goes on without end.
ResultCallback<Page<Customer>> boundedPages(std::optional<Link> previous, ResultCallback<Page<Customer>> done)
{
    return [previous = std::move(previous), done = std::move(done)](const Result<Page<Customer>>& result) {
        if (!result.ok() || !result.value().next) {
            done(result);
            return;
        }
        Page<Customer> page = result.value();
        if (const std::optional<ApiError> problem
            = PartnerCenterClient::checkNextPage(previous, *page.next, page.items.size())) {
            done(*problem);
            return;
        }
        done(page);
    };
}

} // namespace

std::optional<ApiError> PartnerCenterClient::checkNextPage(
    const std::optional<Link>& previous, Link& next, qsizetype itemsOnPage)
{
    next.itemsBefore = (previous ? previous->itemsBefore : 0) + itemsOnPage;
    QString problem;
    if (previous && next.leadsToSamePageAs(*previous))
        problem = tr("The service sent the same page of customers again and again.");
    else if (next.itemsBefore > maxListedCustomers)
        problem = tr("The service kept sending pages of customers past %L1, more than any partner has.")
                      .arg(maxListedCustomers);
    if (problem.isEmpty())
        return std::nullopt;
    return ApiError::invalidAnswer(problem, 200);
}

RequestSpec PartnerCenterClient::customersSpec(int pageSize) const
{
    return get(endpoint(QStringLiteral("customers"), QStringLiteral("size=%1").arg(pageSize)));
}

ApiOperation* PartnerCenterClient::customers(int pageSize, QObject* context, ResultCallback<Page<Customer>> done)
{
    return fetchPage<Customer>(
        customersSpec(pageSize), context, Json::customerFromJson, boundedPages(std::nullopt, std::move(done)));
}

ApiOperation* PartnerCenterClient::customersPageAnswer(
    int pageSize, const Link* next, QObject* context, ResultCallback<RawResponse> done)
{
    const Result<RequestSpec> spec = next ? nextCustomersSpec(*next) : Result<RequestSpec>(customersSpec(pageSize));
    if (!spec.ok())
        return refuse(get(resolveLink(next->uri)), context, std::move(done), spec.error());
    return send(spec.value(), context, std::move(done));
}

ApiOperation* PartnerCenterClient::searchCustomers(CustomerSearchField field, const QString& prefix, int pageSize,
    QObject* context, ResultCallback<Page<Customer>> done)
{
    QJsonObject filter;
    filter.insert(L("Field"), field == CustomerSearchField::Domain ? L("Domain") : L("CompanyName"));
    filter.insert(L("Value"), prefix);
    filter.insert(L("Operator"), L("starts_with"));
    const QString query = QStringLiteral("size=%1&filter=").arg(pageSize)
        + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(compactJson(filter))));
    return fetchPage<Customer>(get(endpoint(QStringLiteral("customers"), query)), context, Json::customerFromJson,
        boundedPages(std::nullopt, std::move(done)));
}

ApiOperation* PartnerCenterClient::nextCustomers(
    const Link& next, QObject* context, ResultCallback<Page<Customer>> done)
{
    const Result<RequestSpec> spec = nextCustomersSpec(next);
    if (!spec.ok())
        return refuse(
            get(resolveLink(next.uri)), context, [done](const Result<RawResponse>& r) { done(r.error()); },
            spec.error());
    return fetchPage<Customer>(spec.value(), context, Json::customerFromJson, boundedPages(next, std::move(done)));
}

Result<RequestSpec> PartnerCenterClient::nextCustomersSpec(const Link& next) const
{
    // A next page is read, whatever method the answer names: a link saying DELETE or POST is
    // not followed. Of its headers only the continuation token goes along.
    if (!next.method.isEmpty() && next.method.compare(L("GET"), Qt::CaseInsensitive) != 0)
        return ApiError::invalidAnswer(tr("The service named a next page that is not read with GET."), 200);
    RequestSpec spec = get(resolveLink(next.uri));
    for (const auto& [key, value] : next.headers) {
        if (key.compare(L("MS-ContinuationToken"), Qt::CaseInsensitive) == 0)
            spec.headers.append({key.toLatin1(), value.toUtf8()});
    }
    return spec;
}

ApiOperation* PartnerCenterClient::customer(const QString& customerId, QObject* context, ResultCallback<Customer> done)
{
    return fetch<Customer>(get(endpoint(QStringLiteral("customers/%1").arg(pathSegment(customerId)))), context,
        Json::customerFromJson, std::move(done));
}

ApiOperation* PartnerCenterClient::createCustomer(
    const Customer& customer, QObject* context, ResultCallback<Customer> done)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.url = endpoint(QStringLiteral("customers"));
    spec.body = compactJson(Json::toJson(customer));
    return fetch<Customer>(std::move(spec), context, Json::customerFromJson, std::move(done));
}

ApiOperation* PartnerCenterClient::billingProfile(
    const QString& customerId, QObject* context, ResultCallback<BillingProfile> done)
{
    return fetch<BillingProfile>(
        get(endpoint(QStringLiteral("customers/%1/profiles/billing").arg(pathSegment(customerId)))), context,
        Json::billingProfileFromJson, std::move(done));
}

ApiOperation* PartnerCenterClient::updateBillingProfile(
    const QString& customerId, const BillingProfile& profile, QObject* context, ResultCallback<BillingProfile> done)
{
    RequestSpec spec;
    spec.method = "PUT";
    spec.url = endpoint(QStringLiteral("customers/%1/profiles/billing").arg(pathSegment(customerId)));
    spec.body = compactJson(Json::toJson(profile));
    // The docs ask for If-Match; the SDK sends the etag in the body only. Send both.
    if (!profile.etag.isEmpty())
        spec.headers.append({"If-Match", '"' + profile.etag.toUtf8() + '"'});
    return fetch<BillingProfile>(std::move(spec), context, Json::billingProfileFromJson, std::move(done));
}

ApiOperation* PartnerCenterClient::countryRules(
    const QString& iso2Code, QObject* context, ResultCallback<CountryRules> done)
{
    return fetch<CountryRules>(
        get(endpoint(QStringLiteral("countryvalidationrules/%1").arg(pathSegment(iso2Code.trimmed().toUpper())))),
        context, Json::countryRulesFromJson, std::move(done));
}

ApiOperation* PartnerCenterClient::validateAddress(
    const Address& address, QObject* context, ResultCallback<AddressValidation> done)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.url = endpoint(QStringLiteral("validations/address"));
    spec.body = compactJson(Json::toJson(address));
    // Validation changes nothing on the server, so it is as safe to repeat as a GET.
    spec.repeatable = true;
    return fetch<AddressValidation>(std::move(spec), context, Json::addressValidationFromJson, std::move(done));
}

ApiOperation* PartnerCenterClient::domainAvailability(
    const QString& domain, QObject* context, ResultCallback<bool> done)
{
    RequestSpec spec;
    spec.method = "HEAD";
    spec.url = endpoint(QStringLiteral("domains/%1").arg(pathSegment(domain.trimmed().toLower())));
    return send(std::move(spec), context, [done = std::move(done)](const Result<RawResponse>& result) {
        if (result.ok()) {
            done(false); // 200: the domain exists, so it is taken
            return;
        }
        if (result.error().isNotFound()) {
            done(true); // 404: free
            return;
        }
        done(result.error());
    });
}

ApiOperation* PartnerCenterClient::relationshipRequest(
    const RelationshipRequestOptions& options, QObject* context, ResultCallback<RelationshipRequest> done)
{
    QStringList query;
    if (!options.indirectCloudSolutionProviderId.isEmpty())
        query << QStringLiteral("indirectCloudSolutionProviderId=")
                + queryValue(options.indirectCloudSolutionProviderId);
    if (!options.indirectResellerId.isEmpty())
        query << QStringLiteral("indirectResellerId=") + queryValue(options.indirectResellerId);
    return fetch<RelationshipRequest>(
        get(endpoint(QStringLiteral("customers/relationshiprequests"), query.join(QLatin1Char('&')))), context,
        Json::relationshipRequestFromJson, std::move(done));
}

ApiOperation* PartnerCenterClient::subscriptions(
    const QString& customerId, QObject* context, ResultCallback<QList<Subscription>> done)
{
    return fetchPage<Subscription>(
        get(endpoint(QStringLiteral("customers/%1/subscriptions").arg(pathSegment(customerId)))), context,
        Json::subscriptionFromJson, itemsOnly<Subscription>(std::move(done)));
}

ApiOperation* PartnerCenterClient::createOrder(
    const QString& customerId, const Order& order, QObject* context, ResultCallback<Order> done)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.url = endpoint(QStringLiteral("customers/%1/orders").arg(pathSegment(customerId)));
    spec.body = compactJson(Json::toJson(order));
    return fetch<Order>(std::move(spec), context, Json::orderFromJson, std::move(done));
}

} // namespace PartnerDesk

#pragma once

#include "ApiCall.h"
#include "Json.h"
#include "Result.h"
#include "model/Agreement.h"
#include "model/CountryRules.h"
#include "model/Customer.h"
#include "model/Order.h"
#include "model/Relationship.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace PartnerDesk {

class TokenSource;

// The field a customer search matches the start of (SDK CustomerSearchField).
enum class CustomerSearchField {
    CompanyName,
    Domain,
};

// The outcome of confirming customer acceptance.
struct AgreementConfirmation
{
    enum class Outcome {
        Confirmed, // recorded now (or found recorded after a lost answer)
        AlreadyConfirmed, // 600061: the same confirmation existed already
    };
    Outcome outcome = Outcome::Confirmed;
    Agreement agreement;
    // The answer was lost and PartnerDesk found the confirmation by reading the state.
    bool recoveredAfterLostAnswer = false;
    // The confirmation's own request: the MS-RequestId and MS-CorrelationId of the POST that
    // recorded it (or, for AlreadyConfirmed, that was answered 600061) and the answer's HTTP
    // status — 0 when that answer was lost (recoveredAfterLostAnswer) or never came.
    QString requestId;
    QString correlationId;
    int httpStatus = 0;
};

// Optional parameters of the reseller relationship request link.
struct RelationshipRequestOptions
{
    QString indirectCloudSolutionProviderId;
    QString indirectResellerId;
};

// The Partner Center REST API (and the sandbox, which speaks the same). One method per
// endpoint; each returns at once and calls back once with a value or an ApiError.
// `context` guards the callback: if it is destroyed first, the call is aborted quietly.
// The returned operation may be canceled until it finishes.
class PartnerCenterClient : public QObject
{
    Q_OBJECT

public:
    PartnerCenterClient(
        QNetworkAccessManager* network, const QUrl& baseUrl, TokenSource* tokens, QObject* parent = nullptr);
    ~PartnerCenterClient() override;

    // HTTPS for every host but loopback. Plain http elsewhere is refused before connecting.
    [[nodiscard]] static bool isAllowedBaseUrl(const QUrl& url, QString* reason = nullptr);

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    void setLocale(const QLocale& locale) { m_settings.locale = locale; }
    void setRetryPolicy(const RetryPolicy& policy) { m_settings.retryPolicy = policy; }
    [[nodiscard]] const RetryPolicy& retryPolicy() const { return m_settings.retryPolicy; }
    void setApplicationName(const QString& name) { m_settings.applicationName = name; }
    void setMaxResponseBytes(qint64 bytes) { m_settings.maxResponseBytes = bytes; }

    // GET /v1/agreements?agreementType= (the type is always sent: without it the service
    // answers with the Cloud Agreement only).
    ApiOperation* agreementMetadata(
        const QString& agreementType, QObject* context, ResultCallback<QList<AgreementMetadata>> done);
    // GET /v1/customers/{id}/agreements?agreementType=
    ApiOperation* customerAgreements(const QString& customerId, const QString& agreementType, QObject* context,
        ResultCallback<QList<Agreement>> done);
    // POST /v1/customers/{id}/agreements. 600061 is reported as AlreadyConfirmed. When the
    // answer is lost, the confirmations are read first; only if the confirmation is absent is
    // it sent again, with the same MS-RequestId.
    ApiOperation* confirmCustomerAgreement(const QString& customerId, const Agreement& agreement, QObject* context,
        ResultCallback<AgreementConfirmation> done);
    // GET /v1/agreementtemplates/{templateId}/document?language=&country=
    ApiOperation* agreementDocument(const QString& templateId, const QString& language, const QString& country,
        QObject* context, ResultCallback<AgreementDocument> done);
    // GET /v1/customers/{id}/directSignedMicrosoftCustomerAgreementStatus
    ApiOperation* directSignStatus(const QString& customerId, QObject* context, ResultCallback<DirectSignStatus> done);

    // GET /v1/customers?size=
    ApiOperation* customers(int pageSize, QObject* context, ResultCallback<Page<Customer>> done);
    // GET /v1/customers?size=&filter={"Field":...,"Value":...,"Operator":"starts_with"}
    ApiOperation* searchCustomers(CustomerSearchField field, const QString& prefix, int pageSize, QObject* context,
        ResultCallback<Page<Customer>> done);
    // The next page: GET links.next.uri with its headers (MS-ContinuationToken) copied verbatim.
    ApiOperation* nextCustomers(const Link& next, QObject* context, ResultCallback<Page<Customer>> done);
    // Whether the listing may go on to `next`, the link found on a page of `itemsOnPage`
    // customers whose own link was `previous` (none for the first page): not when it leads
    // back to the same page or past more customers than any partner has. Counts the
    // customers before `next` into it.
    [[nodiscard]] static std::optional<ApiError> checkNextPage(
        const std::optional<Link>& previous, Link& next, qsizetype itemsOnPage);
    // A page of the customer list as the service sent it, unparsed: the first page (`next`
    // null) or the page behind `next`. For readers that parse and decode on another thread
    // (CustomerListLoader); they must treat an unreadable body as customers() does, and ask
    // checkNextPage() before following a next link. A next link not read with GET is refused.
    ApiOperation* customersPageAnswer(
        int pageSize, const Link* next, QObject* context, ResultCallback<RawResponse> done);
    // GET /v1/customers/{id}
    ApiOperation* customer(const QString& customerId, QObject* context, ResultCallback<Customer> done);
    // POST /v1/customers. The answer carries the new admin's credentials, once.
    ApiOperation* createCustomer(const Customer& customer, QObject* context, ResultCallback<Customer> done);
    // GET /v1/customers/{id}/profiles/billing
    ApiOperation* billingProfile(const QString& customerId, QObject* context, ResultCallback<BillingProfile> done);
    // PUT /v1/customers/{id}/profiles/billing with the profile's etag (If-Match and body).
    ApiOperation* updateBillingProfile(const QString& customerId, const BillingProfile& profile, QObject* context,
        ResultCallback<BillingProfile> done);
    // GET /v1/countryvalidationrules/{iso2}
    ApiOperation* countryRules(const QString& iso2Code, QObject* context, ResultCallback<CountryRules> done);
    // POST /v1/validations/address
    ApiOperation* validateAddress(const Address& address, QObject* context, ResultCallback<AddressValidation> done);
    // HEAD /v1/domains/{domain}: true when the domain is free (404), false when taken (200).
    ApiOperation* domainAvailability(const QString& domain, QObject* context, ResultCallback<bool> done);
    // GET /v1/customers/relationshiprequests
    ApiOperation* relationshipRequest(
        const RelationshipRequestOptions& options, QObject* context, ResultCallback<RelationshipRequest> done);
    // GET /v1/customers/{id}/subscriptions
    ApiOperation* subscriptions(const QString& customerId, QObject* context, ResultCallback<QList<Subscription>> done);
    // POST /v1/customers/{id}/orders. 403/13605 when the agreement is missing.
    ApiOperation* createOrder(
        const QString& customerId, const Order& order, QObject* context, ResultCallback<Order> done);

    // The absolute URL of a path under /v1 ("customers/x/agreements"), with a query.
    [[nodiscard]] QUrl endpoint(const QString& path, const QString& query = {}) const;
    // A link from a response, resolved against the base; empty when it points elsewhere.
    [[nodiscard]] QUrl resolveLink(const QString& uri) const;

private:
    ApiCall* send(RequestSpec spec, QObject* context, ApiCall::Completion completion);
    // A call that is never sent: `completion` gets `why` after the caller has the call.
    ApiCall* refuse(const RequestSpec& spec, QObject* context, ApiCall::Completion completion, const ApiError& why);
    // A JSON object answer turned into T by `decode` (a function or a lambda).
    template<typename T, typename Decode>
    ApiCall* fetch(RequestSpec spec, QObject* context, Decode decode, ResultCallback<T> done);
    [[nodiscard]] RequestSpec customersSpec(int pageSize) const;
    // The request for the page behind `next`, or why it is not read.
    [[nodiscard]] Result<RequestSpec> nextCustomersSpec(const Link& next) const;
    template<typename T>
    ApiCall* fetchPage(
        RequestSpec spec, QObject* context, T (*decode)(const QJsonObject&), ResultCallback<Page<T>> done);
    friend class ConfirmAgreementOperation;

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    TokenSource* m_tokens;
    ClientSettings m_settings;
};

} // namespace PartnerDesk

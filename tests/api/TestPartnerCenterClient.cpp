// The client's behaviour on the wire, against a fake network: headers, retries, Retry-After,
// lost answers, refusals, paging, sizes, cancellation. No real network is ever touched.
#include "FakeNetworkAccessManager.h"
#include "TestEnvironment.h"
#include "api/PartnerCenterClient.h"
#include "auth/TokenSource.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace PartnerDesk;
using PartnerDesk::Test::FakeNetworkAccessManager;
using PartnerDesk::Test::FakeReply;
using Fake = FakeNetworkAccessManager;

namespace {

const QByteArray agreementBody = R"({"userId":"u1","primaryContact":{"firstName":"Tania","lastName":"Carr",
    "email":"someone@example.com","phoneNumber":"1234567890"},"templateId":"117a77b0-9360-443b-8795-c6dedc750cf9",
    "dateAgreed":"2024-05-01T00:00:00.000Z","type":"MicrosoftCustomerAgreement"})";
const QByteArray agreementListWithIt = R"({"totalCount":1,"items":[)" + agreementBody + "]}";
const QByteArray emptyList = R"({"totalCount":0,"items":[]})";
const QByteArray duplicateBody
    = R"({"code":600061,"message":"A partner confirmed agreement already exists for the customer.",
    "description":"A partner confirmed agreement already exists for the customer.","errorName":"PartnerConfirmedAgreementAlreadyExists",
    "isRetryable":false,"parameters":{},"errorMessageExtended":"InternalErrorCode=600061"})";
const QString customerId = QStringLiteral("14876998-c0dc-46e6-9d0c-65a57a6c32ec");

Agreement sampleAgreement()
{
    Agreement agreement;
    agreement.primaryContact = Contact{QStringLiteral("Tania"), QStringLiteral("Carr"),
        QStringLiteral("someone@example.com"), QStringLiteral("1234567890")};
    agreement.templateId = QStringLiteral("117a77b0-9360-443b-8795-c6dedc750cf9");
    agreement.type = QString(AgreementTypes::MicrosoftCustomerAgreement);
    agreement.setAcceptanceDate(QDate(2024, 5, 1));
    return agreement;
}

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.baseDelay = std::chrono::milliseconds(1);
    policy.maxDelay = std::chrono::milliseconds(5);
    policy.timeout = std::chrono::milliseconds(300);
    policy.random = [] { return 0.5; };
    return policy;
}

// Hands out numbered tokens; a rejected one is replaced by the next.
class RefreshingTokens final : public TokenSource
{
public:
    void fetchToken(QObject*, std::function<void(const Result<QString>&)> done) override
    {
        done(QStringLiteral("token-%1").arg(m_generation));
    }
    bool rejectToken(const QString&) override
    {
        ++m_generation;
        return true;
    }
    int m_generation = 1;
};

template<typename T> struct Captured
{
    std::optional<Result<T>> result;
    int calls = 0;
    ResultCallback<T> callback()
    {
        return [this](const Result<T>& r) {
            result = r;
            ++calls;
        };
    }
};

} // namespace

class TestPartnerCenterClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::isolateEnvironment(); }
    void init();
    void cleanup();

    void headersOnEveryCall();
    void typeIsAlwaysSent();
    void getRetriesWithSameRequestIdAndFreshCorrelation();
    void retryAfterIsHonoured();
    void getGivesUpAfterMaxAttempts();
    void networkErrorRetriedForGet();
    void neverFinishingGetTimesOut();
    void tlsErrorIsNotRetried();
    void confirmReportsDuplicateAsAlreadyConfirmed();
    void confirmAfterServerErrorReadsStateFirst();
    void confirmAfterServerErrorWithFailedReadIsUnknown();
    void confirmAfterLostAnswerResendsWithSameRequestIdWhenAbsent();
    void confirmAfterTimeoutFindsItRecorded();
    void confirmThrottledPostIsRetried();
    void confirmRefusedConnectionIsRetried();
    void orderServerErrorIsNotResent();
    void addressValidationIsRetriedLikeARead();
    void plainHttpRefusedBeforeConnecting_data();
    void plainHttpRefusedBeforeConnecting();
    void pagingCopiesContinuationTokenVerbatim();
    void nextLinkToAnotherHostIsRefused();
    void expiredTokenIsRefreshedOnce();
    void missingTokenAsksForSignIn();
    void oversizedAnswerIsRefused();
    void nonJsonSuccessIsInvalidResponse();
    void cutAnswerToAReadIsReadAgain();
    void cutAnswerToASendIsNotSentAgain();
    void destroyedContextSilencesCallback();
    void cancelReportsCanceled();
    void domainAvailability();
    void billingProfileUpdateSendsEtag();

private:
    FakeNetworkAccessManager* m_network = nullptr;
    StaticTokenSource* m_tokens = nullptr;
    PartnerCenterClient* m_client = nullptr;
};

void TestPartnerCenterClient::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_tokens = new StaticTokenSource(QStringLiteral("test-token-value"));
    m_client = new PartnerCenterClient(
        m_network, QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")), m_tokens, this);
    m_client->setRetryPolicy(fastPolicy());
}

void TestPartnerCenterClient::cleanup()
{
    delete m_client;
    delete m_tokens;
    delete m_network;
}

void TestPartnerCenterClient::headersOnEveryCall()
{
    m_client->setLocale(QLocale(QStringLiteral("tr_TR")));
    m_network->setHandler(Fake::json(200, R"({"isSigned":true})"));
    Captured<DirectSignStatus> captured;
    m_client->directSignStatus(customerId, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(captured.result->ok());
    QVERIFY(captured.result->value().isSigned);

    QCOMPARE(m_network->requests().size(), 1);
    const auto request = m_network->requests().at(0); // a copy: the list grows below
    QCOMPARE(request.url.toString(),
        QStringLiteral("https://api.partnercenter.microsoft.com/v1/customers/") + customerId
            + QStringLiteral("/directSignedMicrosoftCustomerAgreementStatus"));
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer test-token-value"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header("X-Locale"), QByteArray("tr-TR"));
    QCOMPARE(request.header("MS-PartnerCenter-Application"), QByteArray("PartnerDesk"));
    const QRegularExpression guid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY(guid.match(QString::fromLatin1(request.header("MS-RequestId"))).hasMatch());
    QVERIFY(guid.match(QString::fromLatin1(request.header("MS-CorrelationId"))).hasMatch());

    // A second call: new ids.
    m_client->directSignStatus(customerId, this, captured.callback());
    QTRY_COMPARE(captured.calls, 2);
    QVERIFY(m_network->requests().at(1).header("MS-RequestId") != request.header("MS-RequestId"));
    QVERIFY(m_network->requests().at(1).header("MS-CorrelationId") != request.header("MS-CorrelationId"));
}

void TestPartnerCenterClient::typeIsAlwaysSent()
{
    m_network->setHandler(Fake::json(200, emptyList));
    Captured<QList<AgreementMetadata>> metadata;
    m_client->agreementMetadata({}, this, metadata.callback());
    QTRY_COMPARE(metadata.calls, 1);
    QCOMPARE(m_network->requests().at(0).url.query(), QStringLiteral("agreementType=MicrosoftCustomerAgreement"));

    Captured<QList<Agreement>> agreements;
    m_client->customerAgreements(customerId, QString(AgreementTypes::All), this, agreements.callback());
    QTRY_COMPARE(agreements.calls, 1);
    QCOMPARE(m_network->requests().at(1).url.query(), QStringLiteral("agreementType=*"));
    QVERIFY(agreements.result->ok());
    QVERIFY(agreements.result->value().isEmpty());
}

void TestPartnerCenterClient::getRetriesWithSameRequestIdAndFreshCorrelation()
{
    m_network->setScript({Fake::json(503, R"({"code":0,"description":"busy"})"),
        Fake::json(502, "<html>gateway</html>"), Fake::json(200, R"({"isSigned":false})")});
    Captured<DirectSignStatus> captured;
    QSignalSpy retries(m_client->directSignStatus(customerId, this, captured.callback()), &ApiOperation::retrying);
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(captured.result->ok());
    QCOMPARE(retries.count(), 2);
    const auto& requests = m_network->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).header("MS-RequestId"), requests.at(0).header("MS-RequestId"));
    QCOMPARE(requests.at(2).header("MS-RequestId"), requests.at(0).header("MS-RequestId"));
    QVERIFY(requests.at(1).header("MS-CorrelationId") != requests.at(0).header("MS-CorrelationId"));
    QVERIFY(requests.at(2).header("MS-CorrelationId") != requests.at(1).header("MS-CorrelationId"));
}

void TestPartnerCenterClient::retryAfterIsHonoured()
{
    m_network->setScript(
        {Fake::json(429, R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 1 seconds."})",
             {{"Retry-After", "1"}}),
            Fake::json(200, R"({"isSigned":true})")});
    Captured<DirectSignStatus> captured;
    QSignalSpy retries(m_client->directSignStatus(customerId, this, captured.callback()), &ApiOperation::retrying);
    QTRY_COMPARE_WITH_TIMEOUT(captured.calls, 1, 10000);
    QVERIFY(captured.result->ok());
    QCOMPARE(retries.count(), 1);
    // The scheduled wait is what Retry-After says (plus at most 250 ms jitter), not the 1 ms backoff.
    const int delay = retries.at(0).at(1).toInt();
    QVERIFY2(delay >= 1000 && delay <= 1250, qPrintable(QString::number(delay)));
    QCOMPARE(retries.at(0).at(2).value<ApiError>().retryAfterSeconds, 1);
}

void TestPartnerCenterClient::getGivesUpAfterMaxAttempts()
{
    m_network->setHandler(Fake::json(500, R"({"code":800003,"description":"Unexpected service error"})"));
    Captured<Customer> captured;
    m_client->customer(customerId, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(!captured.result->ok());
    const ApiError& error = captured.result->error();
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.code, QStringLiteral("800003"));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!error.correlationId.isEmpty());
    QCOMPARE(m_network->requests().size(), fastPolicy().maxAttempts);
}

void TestPartnerCenterClient::networkErrorRetriedForGet()
{
    m_network->setScript(
        {Fake::error(QNetworkReply::RemoteHostClosedError), Fake::error(QNetworkReply::ConnectionRefusedError),
            Fake::json(200, R"({"url":"https://admin.microsoft.com/x"})")});
    Captured<RelationshipRequest> captured;
    m_client->relationshipRequest({}, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(captured.result->ok());
    QCOMPARE(captured.result->value().url, QStringLiteral("https://admin.microsoft.com/x"));
    QCOMPARE(m_network->requests().size(), 3);
}

void TestPartnerCenterClient::neverFinishingGetTimesOut()
{
    m_network->setHandler(Fake::never());
    Captured<CountryRules> captured;
    m_client->countryRules(QStringLiteral("tr"), this, captured.callback());
    QTRY_COMPARE_WITH_TIMEOUT(captured.calls, 1, 10000);
    QVERIFY(!captured.result->ok());
    QCOMPARE(captured.result->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(m_network->requests().size(), fastPolicy().maxAttempts);
    QCOMPARE(m_network->requests().at(0).url.path(), QStringLiteral("/v1/countryvalidationrules/TR"));
    for (const auto& reply : m_network->replies())
        QVERIFY(!reply || reply->isFinished()); // every hanging reply was aborted
}

void TestPartnerCenterClient::tlsErrorIsNotRetried()
{
    m_network->setHandler(Fake::error(QNetworkReply::SslHandshakeFailedError));
    Captured<Customer> captured;
    m_client->customer(customerId, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QCOMPARE(captured.result->error().kind, ApiError::Kind::Network);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestPartnerCenterClient::confirmReportsDuplicateAsAlreadyConfirmed()
{
    m_network->setHandler(Fake::json(409, duplicateBody));
    Captured<AgreementConfirmation> captured;
    m_client->confirmCustomerAgreement(customerId, sampleAgreement(), this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(captured.result->ok());
    QCOMPARE(captured.result->value().outcome, AgreementConfirmation::Outcome::AlreadyConfirmed);
    QCOMPARE(m_network->requests().size(), 1);
    const auto& post = m_network->requests().at(0);
    QCOMPARE(post.method, QByteArray("POST"));
    // The answer names the request that was refused as a duplicate.
    QCOMPARE(captured.result->value().requestId.toLatin1(), post.header("MS-RequestId"));
    QCOMPARE(captured.result->value().correlationId.toLatin1(), post.header("MS-CorrelationId"));
    QCOMPARE(captured.result->value().httpStatus, 409);
    QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(post.body.contains("\"dateAgreed\":\"2024-05-01T00:00:00Z\""));
}

void TestPartnerCenterClient::confirmAfterServerErrorReadsStateFirst()
{
    m_network->setScript({Fake::json(500, R"({"code":800003,"description":"Unexpected service error"})"),
        Fake::json(200, agreementListWithIt)});
    Captured<AgreementConfirmation> captured;
    m_client->confirmCustomerAgreement(customerId, sampleAgreement(), this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(captured.result->ok());
    QCOMPARE(captured.result->value().outcome, AgreementConfirmation::Outcome::Confirmed);
    QVERIFY(captured.result->value().recoveredAfterLostAnswer);
    const auto& requests = m_network->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("POST"));
    QCOMPARE(requests.at(1).method, QByteArray("GET"));
    QCOMPARE(requests.at(1).url.query(), QStringLiteral("agreementType=MicrosoftCustomerAgreement"));
    // The ids are the POST's (the request that recorded it), not the read's; its status was lost.
    QCOMPARE(captured.result->value().requestId.toLatin1(), requests.at(0).header("MS-RequestId"));
    QCOMPARE(captured.result->value().correlationId.toLatin1(), requests.at(0).header("MS-CorrelationId"));
    QCOMPARE(captured.result->value().httpStatus, 0);
}

void TestPartnerCenterClient::confirmAfterServerErrorWithFailedReadIsUnknown()
{
    // A 503 to the POST may come after the change was recorded; when the read that would tell
    // fails too, the answer is "unknown", never a plain failure (found by TestExactlyOnce).
    m_network->setHandler(Fake::json(503, R"({"code":800003,"description":"The service is unavailable."})"));
    Captured<AgreementConfirmation> captured;
    m_client->confirmCustomerAgreement(customerId, sampleAgreement(), this, captured.callback());
    QTRY_COMPARE_WITH_TIMEOUT(captured.calls, 1, 20000);
    QVERIFY(!captured.result->ok());
    const ApiError& error = captured.result->error();
    QCOMPARE(error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(error.httpStatus, 503);
    QVERIFY2(error.message().contains(QLatin1String("cannot tell")), qPrintable(error.message()));
    const auto& requests = m_network->requests();
    QCOMPARE(requests.size(), 1 + fastPolicy().maxAttempts); // the POST once, the read with its retries
    QCOMPARE(requests.first().method, QByteArray("POST"));
    for (qsizetype i = 1; i < requests.size(); ++i)
        QCOMPARE(requests.at(i).method, QByteArray("GET")); // never a second POST without knowing
}

void TestPartnerCenterClient::confirmAfterLostAnswerResendsWithSameRequestIdWhenAbsent()
{
    m_network->setScript({Fake::error(QNetworkReply::RemoteHostClosedError), Fake::json(200, emptyList),
        Fake::json(201, agreementBody)});
    Captured<AgreementConfirmation> captured;
    m_client->confirmCustomerAgreement(customerId, sampleAgreement(), this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(captured.result->ok());
    QCOMPARE(captured.result->value().outcome, AgreementConfirmation::Outcome::Confirmed);
    QCOMPARE(captured.result->value().agreement.userId, QStringLiteral("u1"));
    const auto& requests = m_network->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).method, QByteArray("POST"));
    QCOMPARE(requests.at(1).method, QByteArray("GET"));
    QCOMPARE(requests.at(2).method, QByteArray("POST"));
    QCOMPARE(requests.at(2).header("MS-RequestId"), requests.at(0).header("MS-RequestId"));
    QCOMPARE(requests.at(2).body, requests.at(0).body);
    // A success carries the ids it was sent with and the status it was answered with.
    QCOMPARE(captured.result->value().requestId.toLatin1(), requests.at(2).header("MS-RequestId"));
    QCOMPARE(captured.result->value().correlationId.toLatin1(), requests.at(2).header("MS-CorrelationId"));
    QCOMPARE(captured.result->value().httpStatus, 201);
}

void TestPartnerCenterClient::confirmAfterTimeoutFindsItRecorded()
{
    m_network->setScript({Fake::never(), Fake::json(200, agreementListWithIt)});
    Captured<AgreementConfirmation> captured;
    m_client->confirmCustomerAgreement(customerId, sampleAgreement(), this, captured.callback());
    QTRY_COMPARE_WITH_TIMEOUT(captured.calls, 1, 10000);
    QVERIFY(captured.result->ok());
    QVERIFY(captured.result->value().recoveredAfterLostAnswer);
    QCOMPARE(m_network->requests().size(), 2); // one POST, one GET; never a blind second POST
}

void TestPartnerCenterClient::confirmThrottledPostIsRetried()
{
    m_network->setScript(
        {Fake::json(429, R"({"statusCode":429,"message":"Rate limit is exceeded."})", {{"Retry-After", "0"}}),
            Fake::json(201, agreementBody)});
    Captured<AgreementConfirmation> captured;
    m_client->confirmCustomerAgreement(customerId, sampleAgreement(), this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(captured.result->ok());
    QVERIFY(!captured.result->value().recoveredAfterLostAnswer);
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(m_network->requests().at(1).method, QByteArray("POST"));
}

void TestPartnerCenterClient::confirmRefusedConnectionIsRetried()
{
    m_network->setScript({Fake::error(QNetworkReply::ConnectionRefusedError), Fake::json(201, agreementBody)});
    Captured<AgreementConfirmation> captured;
    m_client->confirmCustomerAgreement(customerId, sampleAgreement(), this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(captured.result->ok());
    QCOMPARE(m_network->requests().size(), 2);
}

void TestPartnerCenterClient::orderServerErrorIsNotResent()
{
    m_network->setHandler(Fake::error(QNetworkReply::RemoteHostClosedError));
    Order order;
    order.lineItems.append(OrderLineItem{0, QStringLiteral("offer"), {}, {}, {}, 1, {}});
    Captured<Order> captured;
    m_client->createOrder(customerId, order, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QCOMPARE(captured.result->error().kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestPartnerCenterClient::addressValidationIsRetriedLikeARead()
{
    m_network->setScript({Fake::json(503, R"({"code":0,"description":"busy"})"),
        Fake::json(200, R"({"status":"VerifiedShippable","suggestedAddresses":[]})")});
    Captured<AddressValidation> captured;
    m_client->validateAddress(Address{}, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(captured.result->ok());
    QVERIFY(captured.result->value().isVerified());
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(m_network->requests().at(1).method, QByteArray("POST"));
}

void TestPartnerCenterClient::plainHttpRefusedBeforeConnecting_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https anywhere") << QStringLiteral("https://api.partnercenter.microsoft.com") << true;
    QTest::newRow("http loopback IPv4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http loopback 127.8.9.10") << QStringLiteral("http://127.8.9.10:8080") << true;
    QTest::newRow("http loopback IPv6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http public host") << QStringLiteral("http://api.partnercenter.microsoft.com") << false;
    QTest::newRow("http private address") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("http lookalike host") << QStringLiteral("http://127.0.0.1.example.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
}

void TestPartnerCenterClient::plainHttpRefusedBeforeConnecting()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, allowed);
    QCOMPARE(PartnerCenterClient::isAllowedBaseUrl(QUrl(baseUrl)), allowed);

    PartnerCenterClient client(m_network, QUrl(baseUrl), m_tokens);
    m_network->setHandler(Fake::json(200, R"({"isSigned":true})"));
    Captured<DirectSignStatus> captured;
    client.directSignStatus(customerId, this, captured.callback());
    QCOMPARE(captured.calls, 0); // never synchronously
    QTRY_COMPARE(captured.calls, 1);
    QCOMPARE(captured.result->ok(), allowed);
    QCOMPARE(m_network->requests().size(), allowed ? 1 : 0);
    if (!allowed) {
        QCOMPARE(captured.result->error().kind, ApiError::Kind::Refused);
        QVERIFY(!captured.result->error().message().isEmpty());
    }
}

void TestPartnerCenterClient::pagingCopiesContinuationTokenVerbatim()
{
    const QByteArray token = "d19617b8-a,0705c4a9_a4ayc/80/OGda4BO/1o/V0e+x=";
    m_network->setScript({Fake::json(200,
                              R"({"totalCount":1,"items":[{"id":"a","companyProfile":{"companyName":"A"}}],
            "links":{"next":{"uri":"/customers?size=1&seekOperation=Next","method":"GET",
            "headers":[{"key":"MS-ContinuationToken","value":")"
                                  + token + R"("}]}}})"),
        Fake::json(200, R"({"totalCount":1,"items":[{"id":"b","companyProfile":{"companyName":"B"}}]})")});
    Captured<Page<Customer>> first;
    m_client->customers(1, this, first.callback());
    QTRY_COMPARE(first.calls, 1);
    QVERIFY(first.result->ok());
    QVERIFY(first.result->value().next.has_value());
    QCOMPARE(m_network->requests().at(0).url.query(), QStringLiteral("size=1"));

    Captured<Page<Customer>> second;
    m_client->nextCustomers(*first.result->value().next, this, second.callback());
    QTRY_COMPARE(second.calls, 1);
    QVERIFY(second.result->ok());
    QCOMPARE(second.result->value().items.at(0).id, QStringLiteral("b"));
    QVERIFY(!second.result->value().next.has_value());
    const auto& request = m_network->requests().at(1);
    QCOMPARE(request.url.path(), QStringLiteral("/v1/customers"));
    QCOMPARE(request.url.query(), QStringLiteral("size=1&seekOperation=Next"));
    QCOMPARE(request.header("MS-ContinuationToken"), token);
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer test-token-value"));
}

void TestPartnerCenterClient::nextLinkToAnotherHostIsRefused()
{
    Link next;
    next.uri = QStringLiteral("https://evil.example/v1/customers?size=1");
    Captured<Page<Customer>> captured;
    m_client->nextCustomers(next, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QCOMPARE(captured.result->error().kind, ApiError::Kind::Refused);
    QCOMPARE(m_network->requests().size(), 0);
}

void TestPartnerCenterClient::expiredTokenIsRefreshedOnce()
{
    RefreshingTokens tokens;
    PartnerCenterClient client(m_network, QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")), &tokens);
    m_network->setScript(
        {Fake::json(401, R"({"code":400,"description":"Access denied"})"), Fake::json(200, R"({"isSigned":true})")});
    Captured<DirectSignStatus> captured;
    client.directSignStatus(customerId, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(captured.result->ok());
    QCOMPARE(m_network->requests().at(0).header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(m_network->requests().at(1).header("Authorization"), QByteArray("Bearer token-2"));

    // A second 401 in a row is reported, not looped on.
    m_network->setHandler(Fake::json(401, R"({"code":400,"description":"Access denied"})"));
    client.directSignStatus(customerId, this, captured.callback());
    QTRY_COMPARE(captured.calls, 2);
    QVERIFY(captured.result->error().isUnauthorized());
    QCOMPARE(m_network->requests().size(), 4);
    // In words that say what to do, with the service's own and its status for a support ticket.
    const QString message = captured.result->error().message();
    QVERIFY2(message.contains(QLatin1String("Partner Center did not accept your sign-in. Sign in again.")),
        qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Access denied")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("HTTP 401")), qPrintable(message));
}

void TestPartnerCenterClient::missingTokenAsksForSignIn()
{
    m_tokens->setToken({});
    Captured<Customer> captured;
    m_client->customer(customerId, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QCOMPARE(captured.result->error().kind, ApiError::Kind::SignInRequired);
    QCOMPARE(m_network->requests().size(), 0);
}

void TestPartnerCenterClient::oversizedAnswerIsRefused()
{
    m_client->setMaxResponseBytes(1024);
    m_network->setHandler(Fake::json(200, QByteArray(4096, ' ') + "{}"));
    Captured<Customer> captured;
    m_client->customer(customerId, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QCOMPARE(captured.result->error().kind, ApiError::Kind::InvalidResponse);
}

void TestPartnerCenterClient::nonJsonSuccessIsInvalidResponse()
{
    m_network->setHandler(Fake::json(200, "<html>portal</html>"));
    Captured<Customer> captured;
    m_client->customer(customerId, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QCOMPARE(captured.result->error().kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(captured.result->error().httpStatus, 200);
}

void TestPartnerCenterClient::cutAnswerToAReadIsReadAgain()
{
    m_network->setScript({Fake::json(200, R"({"totalCount":1,"items":[{"id":"c1","companyPro)"),
        Fake::json(200, R"([1,2])"), Fake::json(200, R"({"isSigned":true})")});
    Captured<DirectSignStatus> captured;
    m_client->directSignStatus(customerId, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QVERIFY(captured.result->ok());
    QVERIFY(captured.result->value().isSigned);
    QCOMPARE(m_network->requests().size(), 3);
}

void TestPartnerCenterClient::cutAnswerToASendIsNotSentAgain()
{
    // A cut answer to a POST that changes something: the change happened, so never sent twice.
    m_network->setHandler(Fake::json(201, R"({"id":"order-1","lineIt)"));
    Order order;
    order.lineItems.append(OrderLineItem{0, QStringLiteral("offer"), {}, {}, {}, 1, {}});
    Captured<Order> captured;
    m_client->createOrder(customerId, order, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QCOMPARE(captured.result->error().kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestPartnerCenterClient::destroyedContextSilencesCallback()
{
    m_network->setHandler(Fake::never());
    auto* context = new QObject;
    int calls = 0;
    m_client->customer(customerId, context, [&calls](const Result<Customer>&) { ++calls; });
    QCOMPARE(m_network->requests().size(), 1);
    QPointer<FakeReply> reply = m_network->replies().at(0);
    delete context;
    QTRY_VERIFY(!reply || reply->isFinished());
    QTest::qWait(20);
    QCOMPARE(calls, 0);
}

void TestPartnerCenterClient::cancelReportsCanceled()
{
    m_network->setHandler(Fake::never());
    Captured<AgreementConfirmation> captured;
    ApiOperation* operation
        = m_client->confirmCustomerAgreement(customerId, sampleAgreement(), this, captured.callback());
    QTRY_COMPARE(m_network->requests().size(), 1);
    operation->cancel();
    QTRY_COMPARE(captured.calls, 1);
    QCOMPARE(captured.result->error().kind, ApiError::Kind::Canceled);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestPartnerCenterClient::domainAvailability()
{
    m_network->setScript({Fake::json(404, {}), Fake::json(200, {})});
    Captured<bool> free;
    m_client->domainAvailability(QStringLiteral("Contoso.onmicrosoft.com"), this, free.callback());
    QTRY_COMPARE(free.calls, 1);
    QVERIFY(free.result->ok());
    QVERIFY(free.result->value());
    QCOMPARE(m_network->requests().at(0).method, QByteArray("HEAD"));
    QCOMPARE(m_network->requests().at(0).url.path(), QStringLiteral("/v1/domains/contoso.onmicrosoft.com"));

    Captured<bool> taken;
    m_client->domainAvailability(QStringLiteral("fabrikam.onmicrosoft.com"), this, taken.callback());
    QTRY_COMPARE(taken.calls, 1);
    QVERIFY(!taken.result->value());
}

void TestPartnerCenterClient::billingProfileUpdateSendsEtag()
{
    m_network->setHandler(Fake::json(200, R"({"email":"a@b.com","attributes":{"etag":"new-etag"}})"));
    BillingProfile profile;
    profile.email = QStringLiteral("a@b.com");
    profile.etag = QStringLiteral("old-etag");
    Captured<BillingProfile> captured;
    m_client->updateBillingProfile(customerId, profile, this, captured.callback());
    QTRY_COMPARE(captured.calls, 1);
    QCOMPARE(captured.result->value().etag, QStringLiteral("new-etag"));
    const auto& request = m_network->requests().at(0);
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.header("If-Match"), QByteArray("\"old-etag\""));
    QVERIFY(request.body.contains("\"etag\":\"old-etag\""));
}

QTEST_GUILESS_MAIN(TestPartnerCenterClient)
#include "TestPartnerCenterClient.moc"

#include "Await.h"
#include "FakeNetworkAccessManager.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "api/PartnerCenterClient.h"
#include "auth/DeviceCodeSignIn.h"
#include "auth/Jwt.h"
#include "auth/TokenEndpoint.h"
#include "auth/TokenSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace PartnerDesk;
using namespace PartnerDesk::Test;
using Fake = FakeNetworkAccessManager;

namespace {

const QString clientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");

AuthorityConfig sandboxAuthority(const QUrl& base)
{
    AuthorityConfig config;
    config.authority = base;
    config.tenant = QStringLiteral("organizations");
    config.clientId = clientId;
    return config;
}

AuthorityConfig fakeAuthority()
{
    AuthorityConfig config;
    config.authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    config.tenant = QStringLiteral("organizations");
    config.clientId = clientId;
    return config;
}

QByteArray deviceCodeAnswer(int interval = 0, int expiresIn = 900)
{
    const QJsonObject answer{
        {QStringLiteral("user_code"), QStringLiteral("BCDF-GHJK")},
        {QStringLiteral("device_code"), QStringLiteral("secret-device-code")},
        {QStringLiteral("verification_uri"), QStringLiteral("https://microsoft.com/devicelogin")},
        {QStringLiteral("expires_in"), expiresIn},
        {QStringLiteral("interval"), interval},
        {QStringLiteral("message"),
            QStringLiteral("To sign in, open https://microsoft.com/devicelogin and enter BCDF-GHJK.")},
    };
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

QByteArray oauthError(const char* error)
{
    return QByteArray(R"({"error":")") + error + R"(","error_description":"AADSTS70016: x","error_codes":[70016]})";
}

const QByteArray tokenAnswer
    = R"({"token_type":"Bearer","expires_in":3600,"access_token":"at-1","refresh_token":"rt-1","id_token":"it-1"})";

QString whyNot(const Result<OAuthTokens>& result)
{
    return result.ok() ? QString() : result.error().message();
}

// Runs a sign-in to its end; the result, or nullopt after the timeout.
std::optional<Result<OAuthTokens>> runToEnd(DeviceCodeSignIn& signIn, int timeoutMs = 30000)
{
    std::optional<Result<OAuthTokens>> outcome;
    QObject::connect(&signIn, &DeviceCodeSignIn::finished, &signIn,
        [&outcome](const Result<OAuthTokens>& result) { outcome = result; });
    if (signIn.state() != DeviceCodeSignIn::State::RequestingCode
        && signIn.state() != DeviceCodeSignIn::State::WaitingForUser) {
        signIn.start();
    }
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs))
        return std::nullopt;
    return outcome;
}

} // namespace

class TestDeviceCodeSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateEnvironment(); }

    // Against the sandbox's emulation of Entra's endpoints.
    void approvedSignInGivesWorkingTokens();
    void pendingUntilTheUserApproves();
    void deniedSignIn();
    void expiredCode();
    void sandboxAsksToSlowDown();
    void sandboxRefusesUnknownCodes();
    void sandboxPageEscapesWhatItShows();
    void demoSignInGoesThroughTheDeviceCodeOnly();

    // Against a fake network: the answers the sandbox cannot be made to give on demand.
    void slowDownWidensTheInterval();
    void lostConnectionKeepsWaiting();
    void entraDeclinedIsDenied();
    void answerWithoutCodeIsInvalid();
    void insecureAuthorityIsRefused();
    void cancelStopsPolling();
    void errorsInWords_data();
    void errorsInWords();
    void mfaRequiredIsExplained();
};

void TestDeviceCodeSignIn::approvedSignInGivesWorkingTokens()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.startError()));
    TokenEndpoint endpoint(sandbox.network(), sandboxAuthority(sandbox.baseUrl()));
    DeviceCodeSignIn signIn(&endpoint);
    const QString admin = sandbox.userPrincipalName(Role::AdminAgent, PartnerType::DirectBill);

    QSignalSpy codes(&signIn, &DeviceCodeSignIn::codeReady);
    connect(&signIn, &DeviceCodeSignIn::codeReady, this,
        [&](const DeviceCodePrompt& prompt) { QVERIFY(sandbox.decideDeviceCode(prompt.userCode, admin)); });
    const auto outcome = runToEnd(signIn);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok(), qPrintable(whyNot(*outcome)));
    QCOMPARE(codes.size(), 1);

    const DeviceCodePrompt prompt = codes.first().first().value<DeviceCodePrompt>();
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{4}-[A-Z]{4}$")).match(prompt.userCode).hasMatch());
    QCOMPARE(prompt.verificationUri.path(), QStringLiteral("/sandbox/device"));
    QCOMPARE(prompt.intervalSeconds, 1);
    QVERIFY(prompt.expiresAtUtc > QDateTime::currentDateTimeUtc().addSecs(800));

    const OAuthTokens tokens = outcome->value();
    QVERIFY(!tokens.refreshToken.isEmpty());
    QCOMPARE(Jwt::claims(tokens.idToken).value(QStringLiteral("upn")).toString(), admin);
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::Finished);

    // The token is the sandbox's own: the API accepts it.
    StaticTokenSource source(tokens.accessToken);
    PartnerCenterClient client(sandbox.network(), sandbox.baseUrl(), &source);
    Await<Page<Customer>> page;
    client.customers(5, nullptr, page.callback());
    QVERIFY(page.wait());
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message()));
    QCOMPARE(page.value().items.size(), 5);

    // A device code is good for one sign-in only.
    QVERIFY(!sandbox.decideDeviceCode(prompt.userCode, admin));
}

void TestDeviceCodeSignIn::pendingUntilTheUserApproves()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    TokenEndpoint endpoint(sandbox.network(), sandboxAuthority(sandbox.baseUrl()));
    DeviceCodeSignIn signIn(&endpoint);
    QSignalSpy codes(&signIn, &DeviceCodeSignIn::codeReady);
    signIn.start();
    QVERIFY(codes.wait(10000));

    // The person takes a while: the app keeps asking (authorization_pending) and waits.
    QTest::qWait(2600);
    QCOMPARE(signIn.state(), DeviceCodeSignIn::State::WaitingForUser);
    QVERIFY2(signIn.pollCount() >= 2, qPrintable(QString::number(signIn.pollCount())));
    QVERIFY(signIn.isConnected());

    const QString sales = sandbox.userPrincipalName(Role::SalesAgent, PartnerType::DirectBill);
    QVERIFY(sandbox.decideDeviceCode(signIn.prompt().userCode, sales));
    const auto outcome = runToEnd(signIn);
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(Jwt::claims(outcome->value().idToken).value(QStringLiteral("upn")).toString(), sales);
}

void TestDeviceCodeSignIn::deniedSignIn()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    TokenEndpoint endpoint(sandbox.network(), sandboxAuthority(sandbox.baseUrl()));
    DeviceCodeSignIn signIn(&endpoint);
    connect(&signIn, &DeviceCodeSignIn::codeReady, this,
        [&](const DeviceCodePrompt& prompt) { QVERIFY(sandbox.decideDeviceCode(prompt.userCode, {})); });
    const auto outcome = runToEnd(signIn);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code, QString(DeviceCodeErrors::Denied));
    QVERIFY(DeviceCodeErrors::isDenied(outcome->error()));
    QVERIFY(!outcome->error().message().isEmpty());
}

void TestDeviceCodeSignIn::expiredCode()
{
    SandboxFixture::Options options;
    options.deviceCodeLifetimeSeconds = 2;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.isRunning());
    TokenEndpoint endpoint(sandbox.network(), sandboxAuthority(sandbox.baseUrl()));
    DeviceCodeSignIn signIn(&endpoint);
    const auto outcome = runToEnd(signIn);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok());
    QVERIFY(DeviceCodeErrors::isExpired(outcome->error()));
    // Too late to approve now.
    QVERIFY(!sandbox.decideDeviceCode(
        signIn.prompt().userCode, sandbox.userPrincipalName(Role::AdminAgent, PartnerType::DirectBill)));
}

void TestDeviceCodeSignIn::sandboxAsksToSlowDown()
{
    SandboxFixture::Options options;
    options.deviceCodeIntervalSeconds = 3;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.isRunning());
    TokenEndpoint endpoint(sandbox.network(), sandboxAuthority(sandbox.baseUrl()));

    QUrlQuery start;
    start.addQueryItem(QStringLiteral("client_id"), clientId);
    start.addQueryItem(QStringLiteral("scope"), endpoint.config().scope);
    Await<QJsonObject> code;
    endpoint.post(endpoint.config().deviceCodeUrl(), start, nullptr, code.callback());
    QVERIFY(code.wait() && code.ok());
    QCOMPARE(code.value().value(QStringLiteral("interval")).toInt(), 3);

    QUrlQuery poll;
    poll.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    poll.addQueryItem(QStringLiteral("client_id"), clientId);
    poll.addQueryItem(QStringLiteral("device_code"), code.value().value(QStringLiteral("device_code")).toString());
    const auto pollOnce = [&] {
        Await<QJsonObject> answer;
        endpoint.post(endpoint.config().tokenUrl(), poll, nullptr, answer.callback());
        answer.wait();
        return answer.ok() ? QStringLiteral("tokens") : answer.error().code;
    };
    QCOMPARE(pollOnce(), QStringLiteral("authorization_pending"));
    QCOMPARE(pollOnce(), QStringLiteral("slow_down")); // at once, not 3 s later

    // Another client's polls for the same code are not answered with its state.
    poll.removeAllQueryItems(QStringLiteral("client_id"));
    poll.addQueryItem(QStringLiteral("client_id"), QStringLiteral("someone-else"));
    QCOMPARE(pollOnce(), QStringLiteral("invalid_grant"));
}

void TestDeviceCodeSignIn::sandboxRefusesUnknownCodes()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    const QString admin = sandbox.userPrincipalName(Role::AdminAgent, PartnerType::DirectBill);
    QVERIFY(!sandbox.decideDeviceCode(QStringLiteral("BCDF-GHJK"), admin));
    QVERIFY(!sandbox.decideDeviceCode(QString(), admin));
}

void TestDeviceCodeSignIn::sandboxPageEscapesWhatItShows()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    QUrl url = sandbox.baseUrl();
    url.setPath(QStringLiteral("/sandbox/device"));
    url.setQuery(QStringLiteral("code=%3Cscript%3Ealert(1)%3C/script%3E"));
    QNetworkReply* reply = sandbox.network()->get(QNetworkRequest(url));
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    const QByteArray page = reply->readAll();
    reply->deleteLater();
    QVERIFY(page.contains("&lt;script&gt;alert(1)"));
    QVERIFY(!page.contains("<script>"));
    QVERIFY(page.contains("admin@")); // the demo users to choose from
}

void TestDeviceCodeSignIn::demoSignInGoesThroughTheDeviceCodeOnly()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.startError()));
    TokenEndpoint endpoint(sandbox.network(), sandboxAuthority(sandbox.baseUrl()));
    const QString admin = sandbox.userPrincipalName(Role::AdminAgent, PartnerType::DirectBill);
    const qsizetype before = sandbox.sandboxJson(QStringLiteral("/sandbox/requests")).toArray().size();

    Await<OAuthTokens> tokens;
    endpoint.signInDemoUser(admin, nullptr, tokens.callback());
    QVERIFY(tokens.wait());
    QVERIFY2(tokens.ok(), qPrintable(tokens.ok() ? QString() : tokens.error().message()));
    QCOMPARE(Jwt::claims(tokens.value().accessToken).value(QStringLiteral("upn")).toString(), admin);

    // What the sandbox saw: the device code started, approved on its page, then redeemed.
    const QJsonArray journal = sandbox.sandboxJson(QStringLiteral("/sandbox/requests")).toArray();
    QStringList made;
    for (qsizetype i = before; i < journal.size(); ++i) {
        const QJsonObject entry = journal.at(i).toObject();
        const QString path = entry.value(QLatin1String("path")).toString();
        if (path != QLatin1String("/sandbox/requests"))
            made << entry.value(QLatin1String("method")).toString() + QLatin1Char(' ') + path;
    }
    QCOMPARE(made,
        QStringList({QStringLiteral("POST /organizations/oauth2/v2.0/devicecode"),
            QStringLiteral("POST /sandbox/device"), QStringLiteral("POST /organizations/oauth2/v2.0/token")}));

    // There is no way round it: the password grant is refused.
    QUrlQuery password;
    password.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    password.addQueryItem(QStringLiteral("client_id"), clientId);
    password.addQueryItem(QStringLiteral("username"), admin);
    password.addQueryItem(QStringLiteral("password"), QStringLiteral("any password"));
    password.addQueryItem(QStringLiteral("scope"), endpoint.config().scope);
    Await<QJsonObject> refused;
    endpoint.post(endpoint.config().tokenUrl(), password, nullptr, refused.callback());
    QVERIFY(refused.wait());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 400);
    QCOMPARE(refused.error().code, QStringLiteral("unsupported_grant_type"));
}

void TestDeviceCodeSignIn::slowDownWidensTheInterval()
{
    Fake network;
    network.setScript({Fake::json(200, deviceCodeAnswer(0)), Fake::json(400, oauthError("slow_down")),
        Fake::json(400, oauthError("authorization_pending")), Fake::json(200, tokenAnswer)});
    TokenEndpoint endpoint(&network, fakeAuthority());
    DeviceCodeSignIn signIn(&endpoint);
    QSignalSpy intervals(&signIn, &DeviceCodeSignIn::intervalChanged);
    const auto outcome = runToEnd(signIn);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok(), qPrintable(whyNot(*outcome)));
    QCOMPARE(outcome->value().accessToken, QStringLiteral("at-1"));
    QCOMPARE(intervals.size(), 1);
    QCOMPARE(intervals.first().first().toInt(), 6); // from 0 (treated as 1) plus 5 seconds
    QCOMPARE(signIn.pollCount(), 3);

    // Every poll names the grant, the client and the device code; none names a secret.
    const QList<Fake::Request> requests = network.requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.at(0).url.path(), QStringLiteral("/organizations/oauth2/v2.0/devicecode"));
    const QUrlQuery first(QString::fromUtf8(requests.at(0).body));
    QCOMPARE(first.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
        QStringLiteral("https://api.partnercenter.microsoft.com/user_impersonation offline_access"));
    for (int i = 1; i < requests.size(); ++i) {
        QCOMPARE(requests.at(i).url.path(), QStringLiteral("/organizations/oauth2/v2.0/token"));
        const QUrlQuery form(QString::fromUtf8(requests.at(i).body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
            QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        QCOMPARE(form.queryItemValue(QStringLiteral("device_code")), QStringLiteral("secret-device-code"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), clientId);
        QVERIFY(requests.at(i).header("Authorization").isEmpty());
    }
}

void TestDeviceCodeSignIn::lostConnectionKeepsWaiting()
{
    Fake network;
    network.setScript({Fake::json(200, deviceCodeAnswer(0)), Fake::error(QNetworkReply::ConnectionRefusedError),
        Fake::error(QNetworkReply::HostNotFoundError), Fake::json(400, oauthError("authorization_pending")),
        Fake::json(200, tokenAnswer)});
    TokenEndpoint endpoint(&network, fakeAuthority());
    DeviceCodeSignIn signIn(&endpoint);
    QSignalSpy connection(&signIn, &DeviceCodeSignIn::connectionChanged);
    const auto outcome = runToEnd(signIn);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok(), qPrintable(whyNot(*outcome)));
    QCOMPARE(connection.size(), 2);
    QCOMPARE(connection.at(0).first().toBool(), false);
    QCOMPARE(connection.at(1).first().toBool(), true);
    QCOMPARE(signIn.pollCount(), 4);
}

void TestDeviceCodeSignIn::entraDeclinedIsDenied()
{
    Fake network;
    network.setScript({Fake::json(200, deviceCodeAnswer(0)), Fake::json(400, oauthError("authorization_declined"))});
    TokenEndpoint endpoint(&network, fakeAuthority());
    DeviceCodeSignIn signIn(&endpoint);
    const auto outcome = runToEnd(signIn);
    QVERIFY(outcome && !outcome->ok());
    QVERIFY(DeviceCodeErrors::isDenied(outcome->error()));
    QCOMPARE(outcome->error().httpStatus, 400);
}

void TestDeviceCodeSignIn::answerWithoutCodeIsInvalid()
{
    Fake network;
    network.setScript(
        {Fake::json(200, R"({"device_code":"x","verification_uri":"https://microsoft.com/devicelogin"})")});
    TokenEndpoint endpoint(&network, fakeAuthority());
    DeviceCodeSignIn signIn(&endpoint);
    QSignalSpy codes(&signIn, &DeviceCodeSignIn::codeReady);
    const auto outcome = runToEnd(signIn);
    QVERIFY(outcome && !outcome->ok());
    QCOMPARE(outcome->error().kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(codes.size(), 0);
    QCOMPARE(network.requests().size(), 1); // nothing polled
}

void TestDeviceCodeSignIn::insecureAuthorityIsRefused()
{
    Fake network;
    AuthorityConfig config = fakeAuthority();
    config.authority = QUrl(QStringLiteral("http://login.example.com"));
    TokenEndpoint endpoint(&network, config);
    DeviceCodeSignIn signIn(&endpoint);
    const auto outcome = runToEnd(signIn);
    QVERIFY(outcome && !outcome->ok());
    QCOMPARE(outcome->error().kind, ApiError::Kind::Refused);
    QCOMPARE(network.requests().size(), 0);
}

void TestDeviceCodeSignIn::cancelStopsPolling()
{
    Fake network;
    network.setHandler([](const Fake::Request& request, FakeReply* reply) {
        if (request.url.path().endsWith(QLatin1String("/devicecode")))
            reply->respond(200, deviceCodeAnswer(1));
        else
            reply->respond(400, oauthError("authorization_pending"));
    });
    TokenEndpoint endpoint(&network, fakeAuthority());
    DeviceCodeSignIn signIn(&endpoint);
    QList<ApiError::Kind> finished;
    connect(&signIn, &DeviceCodeSignIn::finished, this, [&finished](const Result<OAuthTokens>& result) {
        finished.append(result.ok() ? ApiError::Kind::Service : result.error().kind);
    });
    signIn.start();
    QTRY_VERIFY_WITH_TIMEOUT(signIn.pollCount() >= 1, 10000);
    signIn.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first(), ApiError::Kind::Canceled);
    const qsizetype requests = network.requests().size();
    QTest::qWait(2500);
    QCOMPARE(network.requests().size(), requests);
    QCOMPARE(finished.size(), 1);
}

void TestDeviceCodeSignIn::errorsInWords_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("expired") << QStringLiteral("expired_token") << QStringLiteral("expired before it was used");
    QTest::newRow("denied") << QStringLiteral("access_denied") << QStringLiteral("declined");
    QTest::newRow("declined") << QStringLiteral("authorization_declined") << QStringLiteral("declined");
    QTest::newRow("bad code") << QStringLiteral("bad_verification_code") << QStringLiteral("does not know this code");
    QTest::newRow("revoked") << QStringLiteral("invalid_grant") << QStringLiteral("no longer valid");
    QTest::newRow("client") << QStringLiteral("invalid_client") << QStringLiteral("application (client) ID");
    QTest::newRow("scope") << QStringLiteral("invalid_scope") << QStringLiteral("Check the authority");
}

void TestDeviceCodeSignIn::errorsInWords()
{
    QFETCH(QString, code);
    QFETCH(QString, words);
    Fake network;
    network.setScript({Fake::json(200, deviceCodeAnswer(0)), Fake::json(400, oauthError(code.toLatin1().constData()))});
    TokenEndpoint endpoint(&network, fakeAuthority());
    DeviceCodeSignIn signIn(&endpoint);
    const auto outcome = runToEnd(signIn);
    QVERIFY(outcome && !outcome->ok());
    const QString message = outcome->error().message();
    QVERIFY2(message.contains(words), qPrintable(message));
    QVERIFY2(message.contains(code), qPrintable(message)); // the code, for the support ticket
    QVERIFY(message.contains(QStringLiteral("HTTP 400")));
}

void TestDeviceCodeSignIn::mfaRequiredIsExplained()
{
    ApiError entra;
    entra.httpStatus = 400;
    entra.code = QStringLiteral("invalid_grant");
    entra.description
        = QStringLiteral("AADSTS50076: Due to a configuration change made by your administrator, or "
                         "because you moved to a new location, you must use multi-factor authentication.");
    QVERIFY(entra.isMfaRequired());
    QVERIFY2(entra.message().contains(QStringLiteral("April 2026")), qPrintable(entra.message()));

    ApiError partnerCenter;
    partnerCenter.httpStatus = 401;
    partnerCenter.code = QStringLiteral("900419");
    partnerCenter.description = QStringLiteral("MFA is required for this request.");
    QVERIFY(partnerCenter.isMfaRequired());
    QVERIFY(partnerCenter.message().contains(QStringLiteral("multi-factor")));
    QVERIFY(partnerCenter.message().contains(QStringLiteral("900419")));

    ApiError forbidden;
    forbidden.httpStatus = 403;
    forbidden.code = QStringLiteral("900150");
    forbidden.description
        = QStringLiteral("The supplied role doesn't have the rights to perform the requested operation.");
    QVERIFY(!forbidden.isMfaRequired());
    QVERIFY(forbidden.message().contains(QStringLiteral("refused this action for your account")));
    QVERIFY(forbidden.message().contains(QStringLiteral("doesn't have the rights")));
}

QTEST_MAIN(TestDeviceCodeSignIn)
#include "TestDeviceCodeSignIn.moc"

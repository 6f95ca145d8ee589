#include "Await.h"
#include "FakeNetworkAccessManager.h"
#include "FixedClock.h"
#include "LogCapture.h"
#include "SandboxFixture.h"
#include "TestEnvironment.h"
#include "api/PartnerCenterClient.h"
#include "auth/DeviceCodeSignIn.h"
#include "auth/Jwt.h"
#include "auth/OAuthTokenSource.h"
#include "auth/SecretStore.h"
#include "auth/TokenEndpoint.h"
#include "flows/Workspace.h"
#include "util/Settings.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace PartnerDesk;
using namespace PartnerDesk::Test;

namespace {

// Partner Center mode, pointed at the sandbox (loopback may be plain http), keeping its
// sign-in in `store` when one is given.
std::unique_ptr<Workspace> partnerCenterWorkspace(SandboxFixture& sandbox, SecretStore* store = nullptr)
{
    auto workspace = std::make_unique<Workspace>(sandbox.network(), Workspace::Connection::PartnerCenter,
        sandbox.baseUrl(), sandbox.baseUrl(), QStringLiteral("organizations"), QStringLiteral("partnerdesk-tests"));
    if (store)
        workspace->setSecretStore(store);
    return workspace;
}

// The whole device code sign-in, the person approving as `userPrincipalName` (default: the
// direct-bill Admin agent).
std::optional<OAuthTokens> deviceSignIn(
    SandboxFixture& sandbox, Workspace& workspace, QString userPrincipalName = QString())
{
    if (userPrincipalName.isEmpty())
        userPrincipalName = sandbox.userPrincipalName(Role::AdminAgent, PartnerType::DirectBill);
    DeviceCodeSignIn signIn(workspace.tokenEndpoint());
    std::optional<OAuthTokens> tokens;
    QObject::connect(&signIn, &DeviceCodeSignIn::codeReady, &signIn, [&](const DeviceCodePrompt& prompt) {
        if (sandbox.decideDeviceCode(prompt.userCode, userPrincipalName))
            signIn.pollNow();
    });
    bool finished = false;
    QObject::connect(&signIn, &DeviceCodeSignIn::finished, &signIn, [&](const Result<OAuthTokens>& result) {
        finished = true;
        if (result.ok())
            tokens = result.value();
    });
    signIn.start();
    if (!QTest::qWaitFor([&finished] { return finished; }, 30000))
        return std::nullopt;
    return tokens;
}

} // namespace

class TestSignInSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void memoryStoreThroughItsInterface();
    void signInKeepsTheRefreshTokenInTheSecretStore();
    void nextStartSignsInFromTheSecretStore();
    void noStoredSignInAsksToSignIn();
    void refusedStoredTokenIsForgotten();
    void withoutSecretStoreTheSignInStaysInMemory();
    void signOutRemovesTheStoredToken();
    void roleFromSettingsWhenTheTokenNamesNone();
    void tokenExpiryRefreshesWithoutTheUser();
    void refreshedBeforeUseInsideTheMargin_data();
    void refreshedBeforeUseInsideTheMargin();
    void failedRefreshAsksToSignInAgain();
    void noSecretInLogsOrSettings();
};

void TestSignInSession::initTestCase()
{
    isolateEnvironment();
    LogCapture::start(); // every partnerdesk.* category at debug
}

void TestSignInSession::cleanupTestCase()
{
    LogCapture::stop();
}

void TestSignInSession::init()
{
    QSettings().clear();
}

void TestSignInSession::memoryStoreThroughItsInterface()
{
    MemorySecretStore memory(true);
    SecretStore& store = memory; // as the workspace sees it
    const auto call = [](auto&& start) {
        std::optional<SecretStore::Answer> answer;
        start([&answer](const SecretStore::Answer& a) { answer = a; });
        // Asynchronous like a system store: nothing is answered before the event loop turns.
        const bool immediate = answer.has_value();
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
            return std::make_pair(immediate, SecretStore::Answer{}); // status Failed: the checks fail
        return std::make_pair(immediate, *answer);
    };
    const QString key = QStringLiteral("refresh-token/login.example/organizations/app");

    auto [immediate, read] = call([&](auto done) { store.read(key, nullptr, done); });
    QVERIFY(!immediate);
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    QCOMPARE(call([&](auto done) { store.write(key, QStringLiteral("secret-1"), nullptr, done); }).second.status,
        SecretStore::Status::Ok);
    read = call([&](auto done) { store.read(key, nullptr, done); }).second;
    QVERIFY(read.ok());
    QCOMPARE(read.secret, QStringLiteral("secret-1"));
    QCOMPARE(call([&](auto done) { store.write(key, QStringLiteral("secret-2"), nullptr, done); }).second.status,
        SecretStore::Status::Ok);
    QCOMPARE(call([&](auto done) { store.read(key, nullptr, done); }).second.secret, QStringLiteral("secret-2"));
    QCOMPARE(call([&](auto done) { store.remove(key, nullptr, done); }).second.status, SecretStore::Status::Ok);
    QCOMPARE(call([&](auto done) { store.remove(key, nullptr, done); }).second.status, SecretStore::Status::NotFound);

    memory.setFailure(SecretStore::Status::Denied);
    QCOMPARE(call([&](auto done) { store.write(key, QStringLiteral("x"), nullptr, done); }).second.status,
        SecretStore::Status::Denied);
    QCOMPARE(memory.size(), 0);

    // A callback whose context is gone is not called.
    memory.setFailure(SecretStore::Status::Ok);
    bool called = false;
    {
        QObject context;
        store.read(key, &context, [&called](const SecretStore::Answer&) { called = true; });
    }
    QTest::qWait(50);
    QVERIFY(!called);
    QVERIFY(store.isPersistent());
    QVERIFY(!MemorySecretStore().isPersistent());
}

void TestSignInSession::signInKeepsTheRefreshTokenInTheSecretStore()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    MemorySecretStore store(true);
    auto workspace = partnerCenterWorkspace(sandbox, &store);

    const QString admin = sandbox.userPrincipalName(Role::AdminAgent, PartnerType::DirectBill);
    const auto tokens = deviceSignIn(sandbox, *workspace, admin);
    QVERIFY(tokens);
    workspace->adoptTokens(*tokens, Workspace::sessionFromSettings());
    QCOMPARE(workspace->session().userPrincipalName, admin);

    QTRY_COMPARE(store.peek(workspace->secretKey()), tokens->refreshToken);
    QCOMPARE(store.size(), 1);
    QVERIFY(workspace->keepsSignIn());
    // Only the refresh token is kept: never the access or id token.
    QVERIFY(!workspace->secretKey().contains(tokens->accessToken));
}

void TestSignInSession::nextStartSignsInFromTheSecretStore()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    MemorySecretStore store(true);
    const QString sales = sandbox.userPrincipalName(Role::SalesAgent, PartnerType::DirectBill);
    QString firstRefreshToken;
    {
        auto first = partnerCenterWorkspace(sandbox, &store);
        const auto tokens = deviceSignIn(sandbox, *first, sales);
        QVERIFY(tokens);
        first->adoptTokens(*tokens, Workspace::sessionFromSettings());
        QTRY_VERIFY(!store.peek(first->secretKey()).isEmpty());
        firstRefreshToken = tokens->refreshToken;
    }

    auto next = partnerCenterWorkspace(sandbox, &store);
    Await<Session> restored;
    next->restoreSignIn(nullptr, restored.callback());
    QVERIFY(restored.wait());
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message()));
    QCOMPARE(restored.value().userPrincipalName, sales);
    QCOMPARE(next->session().role, Role::SalesAgent);

    // The sandbox (as Entra) hands out a new refresh token on every refresh: the newest is kept.
    QTRY_VERIFY(store.peek(next->secretKey()) != firstRefreshToken);
    QVERIFY(!store.peek(next->secretKey()).isEmpty());

    Await<Page<Customer>> page;
    next->client()->customers(3, nullptr, page.callback());
    QVERIFY(page.wait() && page.ok());
}

void TestSignInSession::noStoredSignInAsksToSignIn()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    MemorySecretStore store(true);
    auto workspace = partnerCenterWorkspace(sandbox, &store);
    Await<Session> restored;
    workspace->restoreSignIn(nullptr, restored.callback());
    QVERIFY(restored.wait());
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().kind, ApiError::Kind::SignInRequired);
    QVERIFY(!workspace->isSignedIn());
}

void TestSignInSession::refusedStoredTokenIsForgotten()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    MemorySecretStore store(true);
    auto workspace = partnerCenterWorkspace(sandbox, &store);

    // A refresh token the service no longer takes (used up by another refresh).
    const auto tokens = deviceSignIn(sandbox, *workspace);
    QVERIFY(tokens);
    Await<OAuthTokens> used;
    workspace->tokenEndpoint()->refresh(tokens->refreshToken, nullptr, used.callback());
    QVERIFY(used.wait() && used.ok());
    Await<bool> written;
    store.write(workspace->secretKey(), tokens->refreshToken, nullptr,
        [&written](const SecretStore::Answer& answer) { written.callback()(answer.ok()); });
    QVERIFY(written.wait());

    Await<Session> restored;
    workspace->restoreSignIn(nullptr, restored.callback());
    QVERIFY(restored.wait());
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().kind, ApiError::Kind::SignInRequired);
    QCOMPARE(restored.error().code, QStringLiteral("invalid_grant"));
    QTRY_COMPARE(store.size(), 0);
}

void TestSignInSession::withoutSecretStoreTheSignInStaysInMemory()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    MemorySecretStore store(true);
    store.setFailure(SecretStore::Status::Unavailable);
    auto workspace = partnerCenterWorkspace(sandbox, &store);
    QSignalSpy inMemory(workspace.get(), &Workspace::tokensKeptInMemory);

    const auto tokens = deviceSignIn(sandbox, *workspace);
    QVERIFY(tokens);
    workspace->adoptTokens(*tokens, Workspace::sessionFromSettings());
    QTRY_COMPARE(inMemory.size(), 1);
    QVERIFY(!workspace->keepsSignIn());
    QCOMPARE(store.size(), 0);

    // The session works all the same.
    Await<Page<Customer>> page;
    workspace->client()->customers(3, nullptr, page.callback());
    QVERIFY(page.wait() && page.ok());

    // A store that forgets with the process is said to be one from the start.
    MemorySecretStore memoryOnly;
    auto other = partnerCenterWorkspace(sandbox, &memoryOnly);
    QVERIFY(!other->keepsSignIn());
}

void TestSignInSession::signOutRemovesTheStoredToken()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    MemorySecretStore store(true);
    auto workspace = partnerCenterWorkspace(sandbox, &store);
    const auto tokens = deviceSignIn(sandbox, *workspace);
    QVERIFY(tokens);
    workspace->adoptTokens(*tokens, Workspace::sessionFromSettings());
    QTRY_COMPARE(store.size(), 1);

    workspace->signOut();
    QTRY_COMPARE(store.size(), 0);
    QVERIFY(!workspace->isSignedIn());
    QVERIFY(workspace->tokens()->tokens().isEmpty());
}

void TestSignInSession::roleFromSettingsWhenTheTokenNamesNone()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    Settings::setValue(Settings::Key::ManualRole, roleToKey(Role::SalesAgent));
    Settings::setValue(Settings::Key::ManualPartnerType, partnerTypeToKey(PartnerType::IndirectProvider));
    Settings::setValue(Settings::Key::PartnerName, QStringLiteral("Contoso Cloud"));
    const Session fromSettings = Workspace::sessionFromSettings();
    QCOMPARE(fromSettings.role, Role::SalesAgent);
    QCOMPARE(fromSettings.partnerType, PartnerType::IndirectProvider);

    // An Entra-like token: who, the tenant, no partner role or type.
    const auto unsignedJwt = [](const QJsonObject& claims) {
        const QByteArray header = QByteArray(R"({"alg":"none","typ":"JWT"})")
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray body = QJsonDocument(claims)
                                    .toJson(QJsonDocument::Compact)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        return QString::fromLatin1(header + '.' + body + '.');
    };
    OAuthTokens tokens;
    tokens.accessToken = unsignedJwt({{QStringLiteral("oid"), QStringLiteral("0b5d1e1c-0000-4000-8000-000000000001")}});
    tokens.idToken = unsignedJwt({{QStringLiteral("oid"), QStringLiteral("0b5d1e1c-0000-4000-8000-000000000001")},
        {QStringLiteral("preferred_username"), QStringLiteral("ada@contoso.example")},
        {QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
        {QStringLiteral("tid"), QStringLiteral("2f1c9c7e-0000-4000-8000-00000000000a")}});
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    auto workspace = partnerCenterWorkspace(sandbox);
    workspace->adoptTokens(tokens, fromSettings);
    QCOMPARE(workspace->session().displayName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(workspace->session().userPrincipalName, QStringLiteral("ada@contoso.example"));
    QCOMPARE(workspace->session().tenantId, QStringLiteral("2f1c9c7e-0000-4000-8000-00000000000a"));
    QCOMPARE(workspace->session().role, Role::SalesAgent);
    QCOMPARE(workspace->session().partnerType, PartnerType::IndirectProvider);
    QCOMPARE(workspace->session().partnerName, QStringLiteral("Contoso Cloud"));

    // The sandbox's tokens name the role: the token wins over Settings.
    const auto real = deviceSignIn(sandbox, *workspace);
    QVERIFY(real);
    workspace->adoptTokens(*real, fromSettings);
    QCOMPARE(workspace->session().role, Role::AdminAgent);
    QCOMPARE(workspace->session().partnerType, PartnerType::DirectBill);
}

void TestSignInSession::tokenExpiryRefreshesWithoutTheUser()
{
    SandboxFixture::Options options;
    options.tokenLifetimeSeconds = 2;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.isRunning());
    MemorySecretStore store(true);
    auto workspace = partnerCenterWorkspace(sandbox, &store);
    workspace->tokens()->setRefreshMargin(1);
    const auto tokens = deviceSignIn(sandbox, *workspace);
    QVERIFY(tokens);
    workspace->adoptTokens(*tokens, Workspace::sessionFromSettings());
    QSignalSpy signInRequired(workspace.get(), &Workspace::signInRequired);

    QTest::qWait(2500); // the access token has expired
    Await<Page<Customer>> page;
    workspace->client()->customers(3, nullptr, page.callback());
    QVERIFY(page.wait());
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message()));
    QVERIFY(workspace->tokens()->tokens().accessToken != tokens->accessToken);
    QCOMPARE(signInRequired.size(), 0);
    QTRY_COMPARE(store.peek(workspace->secretKey()), workspace->tokens()->tokens().refreshToken);
}

void TestSignInSession::refreshedBeforeUseInsideTheMargin_data()
{
    QTest::addColumn<int>("secondsLeft");
    QTest::addColumn<bool>("refreshed");
    // The margin is 300 s.
    QTest::newRow("200 s left: refreshed first") << 200 << true;
    QTest::newRow("299 s left: refreshed first") << 299 << true;
    QTest::newRow("301 s left: used as it is") << 301 << false;
    QTest::newRow("600 s left: used as it is") << 600 << false;
}

void TestSignInSession::refreshedBeforeUseInsideTheMargin()
{
    QFETCH(int, secondsLeft);
    QFETCH(bool, refreshed);
    FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC), QTimeZone::utc());
    ScopedClock scoped(&clock);
    FakeNetworkAccessManager network;
    network.setHandler([](const FakeNetworkAccessManager::Request& request, FakeReply* reply) {
        if (request.url.path().endsWith(QLatin1String("/oauth2/v2.0/token")))
            reply->respond(200,
                R"({"token_type":"Bearer","expires_in":3600,"access_token":"fresh-access","refresh_token":"fresh-refresh"})");
        else
            reply->respond(200, R"({"totalCount":0,"items":[]})");
    });
    AuthorityConfig config;
    config.authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    config.tenant = QStringLiteral("organizations");
    config.clientId = QStringLiteral("partnerdesk-tests");
    TokenEndpoint endpoint(&network, config);
    OAuthTokenSource source(&endpoint);
    OAuthTokens tokens;
    tokens.accessToken = QStringLiteral("old-access");
    tokens.refreshToken = QStringLiteral("old-refresh");
    tokens.expiresAt = clock.nowUtc().addSecs(secondsLeft); // still valid either way
    source.setTokens(tokens);
    PartnerCenterClient client(&network, QUrl(QStringLiteral("https://api.partnercenter.microsoft.com")), &source);

    Await<Page<Customer>> page;
    client.customers(3, nullptr, page.callback());
    QVERIFY(page.wait());
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message()));

    const QList<FakeNetworkAccessManager::Request>& requests = network.requests();
    QCOMPARE(requests.size(), refreshed ? 2 : 1);
    const FakeNetworkAccessManager::Request& call = requests.constLast();
    QCOMPARE(call.url.host(), QStringLiteral("api.partnercenter.microsoft.com"));
    if (refreshed) {
        // The refresh came first, with the refresh token; the call used the new access token.
        const FakeNetworkAccessManager::Request& refresh = requests.constFirst();
        QCOMPARE(refresh.method, QByteArray("POST"));
        QCOMPARE(refresh.url, config.tokenUrl());
        const QUrlQuery form(QString::fromUtf8(refresh.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("old-refresh"));
        QCOMPARE(call.header("Authorization"), QByteArray("Bearer fresh-access"));
        QCOMPARE(source.tokens().refreshToken, QStringLiteral("fresh-refresh"));
        QCOMPARE(source.tokens().expiresAt, clock.nowUtc().addSecs(3600));
    } else {
        QCOMPARE(call.header("Authorization"), QByteArray("Bearer old-access"));
        QCOMPARE(source.tokens().accessToken, QStringLiteral("old-access"));
    }
}

void TestSignInSession::failedRefreshAsksToSignInAgain()
{
    SandboxFixture::Options options;
    options.tokenLifetimeSeconds = 2;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.isRunning());
    auto workspace = partnerCenterWorkspace(sandbox);
    workspace->tokens()->setRefreshMargin(1);
    auto tokens = deviceSignIn(sandbox, *workspace);
    QVERIFY(tokens);
    tokens->refreshToken = QStringLiteral("revoked");
    workspace->adoptTokens(*tokens, Workspace::sessionFromSettings());
    QSignalSpy signInRequired(workspace.get(), &Workspace::signInRequired);

    QTest::qWait(2500);
    Await<Page<Customer>> page;
    workspace->client()->customers(3, nullptr, page.callback());
    QVERIFY(page.wait());
    QVERIFY(!page.ok());
    QVERIFY(page.error().isUnauthorized());
    QCOMPARE(signInRequired.size(), 1);
    // The session (and with it whatever the screens hold) is not thrown away.
    QVERIFY(workspace->isSignedIn());
}

void TestSignInSession::noSecretInLogsOrSettings()
{
    LogCapture::clear(); // what the tests before this one logged
    SandboxFixture sandbox;
    QVERIFY(sandbox.isRunning());
    MemorySecretStore store(true);
    auto workspace = partnerCenterWorkspace(sandbox, &store);
    Settings::setValue(Settings::Key::PartnerName, QStringLiteral("Contoso Cloud"));

    QString userCode;
    DeviceCodeSignIn signIn(workspace->tokenEndpoint());
    std::optional<OAuthTokens> tokens;
    connect(&signIn, &DeviceCodeSignIn::codeReady, this, [&](const DeviceCodePrompt& prompt) {
        userCode = prompt.userCode;
        QTimer::singleShot(1500, this, [&] { // a poll or two while pending
            QVERIFY(sandbox.decideDeviceCode(
                userCode, sandbox.userPrincipalName(Role::AdminAgent, PartnerType::DirectBill)));
        });
    });
    connect(&signIn, &DeviceCodeSignIn::finished, this, [&](const Result<OAuthTokens>& result) {
        if (result.ok())
            tokens = result.value();
    });
    signIn.start();
    QTRY_VERIFY_WITH_TIMEOUT(tokens.has_value(), 30000);
    workspace->adoptTokens(*tokens, Workspace::sessionFromSettings());

    // Work: read a customer, refresh the token, sign out.
    const QString customerId = sandbox.customerIds(1).value(0);
    Await<Customer> customer;
    workspace->client()->customer(customerId, nullptr, customer.callback());
    QVERIFY(customer.wait() && customer.ok());
    Await<OAuthTokens> refreshed;
    workspace->tokenEndpoint()->refresh(
        store.peek(workspace->secretKey()).isEmpty() ? tokens->refreshToken : store.peek(workspace->secretKey()),
        nullptr, refreshed.callback());
    QVERIFY(refreshed.wait() && refreshed.ok());
    workspace->signOut();
    QTest::qWait(100);
    QSettings().sync();

    QStringList secrets{tokens->accessToken, tokens->refreshToken, tokens->idToken, refreshed.value().accessToken,
        refreshed.value().refreshToken};
    // Parts of them too: a log line cut short must not leak the signature either.
    QStringList parts;
    for (const QString& token : std::as_const(secrets)) {
        const QStringList pieces = token.split(QLatin1Char('.'));
        for (const QString& piece : pieces) {
            if (piece.size() >= 16)
                parts << piece;
        }
    }
    secrets << parts;
    secrets.removeAll(QString());

    const QString log = LogCapture::take();
    QVERIFY2(log.contains(QLatin1String("partnerdesk.")), "the test saw no log output at all");
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY2(!log.contains(secret), "a token value appears in the log");
        QVERIFY2(
            !log.contains(QLatin1String("Bearer ") + secret.left(12)), "an Authorization value appears in the log");
    }

    // Every file under the settings and data folders (the settings file, the evidence store...).
    const QStringList roots{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QFileInfo(QSettings().fileName()).absolutePath()};
    int filesRead = 0;
    for (const QString& root : roots) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++filesRead;
            const QByteArray content = file.readAll();
            for (const QString& secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(filesRead > 0);
}

QTEST_MAIN(TestSignInSession)
#include "TestSignInSession.moc"

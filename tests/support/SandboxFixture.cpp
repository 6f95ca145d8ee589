#include "SandboxFixture.h"

#include "Await.h"
#include "api/Json.h"
#include "flows/Workspace.h"
#include "sandbox/EmbeddedSandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace PartnerDesk::Test {

SandboxFixture::SandboxFixture()
    : SandboxFixture(Options{})
{ }

SandboxFixture::SandboxFixture(const Options& options)
    : m_sandbox(std::make_unique<Sandbox::EmbeddedSandbox>())
{
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.port = 0;
    sandboxOptions.databasePath = m_directory.filePath(QStringLiteral("sandbox.sqlite"));
    sandboxOptions.seedCustomers = options.seedCustomers;
    sandboxOptions.throttlePerMinute = options.throttlePerMinute;
    sandboxOptions.emitByteOrderMark = options.byteOrderMark;
    sandboxOptions.tokenLifetimeSeconds = options.tokenLifetimeSeconds;
    sandboxOptions.deviceCodeLifetimeSeconds = options.deviceCodeLifetimeSeconds;
    sandboxOptions.deviceCodeIntervalSeconds = options.deviceCodeIntervalSeconds;
    sandboxOptions.faults = options.faults;
    m_running = m_sandbox->start(sandboxOptions, &m_error);
    if (!m_running)
        return;

    AuthorityConfig authority;
    authority.authority = baseUrl();
    authority.tenant = QStringLiteral("organizations");
    authority.clientId = QStringLiteral("partnerdesk-tests");
    m_endpoint = std::make_unique<TokenEndpoint>(&m_network, authority);
    m_tokens = std::make_unique<OAuthTokenSource>(m_endpoint.get());
    m_client = std::make_unique<PartnerCenterClient>(&m_network, baseUrl(), m_tokens.get());

    SandboxAccounts accounts(&m_network, baseUrl());
    Await<QList<DemoUser>> users;
    accounts.demoUsers(nullptr, users.callback());
    if (users.wait() && users.ok())
        m_users = users.value();
    else
        m_error = QStringLiteral("could not list the demo users");
}

SandboxFixture::~SandboxFixture()
{
    m_client.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

QUrl SandboxFixture::baseUrl() const
{
    return m_sandbox->baseUrl();
}

QString SandboxFixture::databasePath() const
{
    return m_sandbox->databasePath();
}

QString SandboxFixture::userPrincipalName(Role role, PartnerType partnerType) const
{
    for (const DemoUser& user : m_users) {
        if (user.role == role && user.partnerType == partnerType)
            return user.userPrincipalName;
    }
    return {};
}

bool SandboxFixture::signIn(Role role, PartnerType partnerType)
{
    const QString upn = userPrincipalName(role, partnerType);
    if (upn.isEmpty() || !m_endpoint)
        return false;
    Await<OAuthTokens> tokens;
    m_endpoint->signInDemoUser(upn, nullptr, tokens.callback());
    if (!tokens.wait() || !tokens.ok())
        return false;
    m_tokens->setTokens(tokens.value());
    return true;
}

std::unique_ptr<Workspace> SandboxFixture::createWorkspace(Role role, PartnerType partnerType)
{
    auto workspace = std::make_unique<Workspace>(&m_network, Workspace::Connection::Sandbox, baseUrl(), baseUrl(),
        QStringLiteral("organizations"), QStringLiteral("partnerdesk-tests"));
    Await<Session> session;
    workspace->signInDemoUser(userPrincipalName(role, partnerType), nullptr, session.callback());
    if (!session.wait() || !session.ok())
        return nullptr;
    return workspace;
}

QJsonValue SandboxFixture::sandboxJson(const QString& path)
{
    QUrl url = baseUrl();
    url.setPath(path);
    QNetworkReply* reply = m_network.get(QNetworkRequest(url));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000)) {
        reply->abort();
        reply->deleteLater();
        return {};
    }
    reply->deleteLater();
    const std::optional<QJsonValue> json = Json::parse(reply->readAll());
    return json.value_or(QJsonValue());
}

bool SandboxFixture::decideDeviceCode(const QString& userCode, const QString& userPrincipalName)
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/sandbox/device"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("user_code"), userCode);
    form.addQueryItem(QStringLiteral("user"), userPrincipalName);
    form.addQueryItem(
        QStringLiteral("decision"), userPrincipalName.isEmpty() ? QStringLiteral("deny") : QStringLiteral("approve"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply = m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8());
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
    if (!finished)
        reply->abort();
    reply->deleteLater();
    return finished && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

bool SandboxFixture::setFaults(const Sandbox::FaultOptions& faults)
{
    QJsonObject shares;
    for (int index = 0; index < Sandbox::faultKindCount; ++index) {
        const auto kind = static_cast<Sandbox::FaultKind>(index);
        shares.insert(Sandbox::faultKindName(kind), faults.share(kind));
    }
    const QJsonObject body{
        {QStringLiteral("seed"), double(faults.seed)},
        {QStringLiteral("shares"), shares},
        {QStringLiteral("retryAfterSeconds"), faults.retryAfterSeconds},
        {QStringLiteral("slowMilliseconds"), faults.slowMilliseconds},
    };
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/sandbox/faults"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_network.put(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
    if (!finished)
        reply->abort();
    reply->deleteLater();
    return finished && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

int SandboxFixture::stat(const QString& key)
{
    return sandboxJson(QStringLiteral("/sandbox/stats")).toObject().value(key).toInt(-1);
}

QStringList SandboxFixture::customerIds(int limit)
{
    Await<Page<Customer>> page;
    m_client->customers(limit, nullptr, page.callback());
    QStringList ids;
    if (page.wait() && page.ok()) {
        for (const Customer& customer : page.value().items)
            ids << customer.id;
    }
    return ids;
}

} // namespace PartnerDesk::Test

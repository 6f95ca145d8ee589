#include "TokenEndpoint.h"

#include "DeviceCodeSignIn.h"

#include "api/Json.h"
#include "api/PartnerCenterClient.h"
#include "api/PlainRequest.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <memory>

namespace PartnerDesk {

namespace {
QUrl authorityPath(const AuthorityConfig& config, const QString& leaf)
{
    QUrl url = config.authority;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString tenant = config.tenant.isEmpty() ? QStringLiteral("organizations") : config.tenant;
    url.setPath(path + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(tenant))
        + QStringLiteral("/oauth2/v2.0/") + leaf);
    return url;
}
} // namespace

QUrl AuthorityConfig::tokenUrl() const
{
    return authorityPath(*this, QStringLiteral("token"));
}

QUrl AuthorityConfig::deviceCodeUrl() const
{
    return authorityPath(*this, QStringLiteral("devicecode"));
}

QString AuthorityConfig::secretKey() const
{
    const QString host = authority.port() > 0 ? authority.host() + QLatin1Char(':') + QString::number(authority.port())
                                              : authority.host();
    return QStringLiteral("refresh-token/%1/%2/%3")
        .arg(host.toLower(), tenant.isEmpty() ? QStringLiteral("organizations") : tenant.toLower(), clientId.toLower());
}

TokenEndpoint::TokenEndpoint(QNetworkAccessManager* network, AuthorityConfig config, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{ }

OAuthTokens TokenEndpoint::tokensFromJson(const QJsonObject& json, const QDateTime& nowUtc)
{
    OAuthTokens tokens;
    tokens.accessToken = Json::string(json, QLatin1String("access_token"));
    tokens.refreshToken = Json::string(json, QLatin1String("refresh_token"));
    tokens.idToken = Json::string(json, QLatin1String("id_token"));
    // Entra v1 sends numbers as strings ("3600"); both are read.
    const int expiresIn = Json::integer(json, QLatin1String("expires_in"), 3600);
    tokens.expiresAt = nowUtc.addSecs(expiresIn);
    return tokens;
}

void TokenEndpoint::refresh(const QString& refreshToken, QObject* context, ResultCallback<OAuthTokens> done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("scope"), m_config.scope);
    requestTokens(form, context, std::move(done));
}

void TokenEndpoint::signInDemoUser(const QString& userPrincipalName, QObject* context, ResultCallback<OAuthTokens> done)
{
    auto* signIn = new DeviceCodeSignIn(this, this);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto answered = std::make_shared<bool>(false);
    const auto answer = [guard, hasContext, answered, done, signIn](const Result<OAuthTokens>& result) {
        if (*answered)
            return;
        *answered = true;
        signIn->deleteLater();
        if (!hasContext || guard)
            done(result);
    };
    connect(signIn, &DeviceCodeSignIn::finished, this, answer);
    connect(signIn, &DeviceCodeSignIn::codeReady, this,
        [this, signIn, userPrincipalName, answer](const DeviceCodePrompt& prompt) {
            const QHostAddress host(prompt.verificationUri.host());
            if (host.isNull() || !host.isLoopback()) {
                signIn->cancel();
                answer(ApiError::refused(tr("Demo users sign in to the sandbox on this computer (127.0.0.1) only.")));
                return;
            }
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("user_code"), prompt.userCode);
            form.addQueryItem(QStringLiteral("user"), userPrincipalName);
            form.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
            QNetworkRequest request(prompt.verificationUri);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
            request.setRawHeader("Accept", "application/json");
            request.setTransferTimeout(30000);
            sendPlainRequest(m_network, request, "POST", form.query(QUrl::FullyEncoded).toUtf8(), signIn,
                [signIn, answer](const Result<RawResponse>& approval) {
                    if (approval.ok()) {
                        signIn->pollNow();
                        return;
                    }
                    answer(approval.error());
                    signIn->cancel();
                });
        });
    signIn->start();
}

void TokenEndpoint::requestTokens(const QUrlQuery& form, QObject* context, ResultCallback<OAuthTokens> done)
{
    post(m_config.tokenUrl(), form, context, [done = std::move(done)](const Result<QJsonObject>& result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        const OAuthTokens tokens = tokensFromJson(result.value(), Clock::instance().nowUtc());
        if (tokens.accessToken.isEmpty()) {
            done(ApiError::invalidAnswer(QCoreApplication::translate(
                "PartnerDesk::TokenEndpoint", "The sign-in service answered without a token.")));
            return;
        }
        done(tokens);
    });
}

void TokenEndpoint::post(
    const QUrl& url, const QUrlQuery& form, QObject* context, std::function<void(const Result<QJsonObject>&)> done)
{
    QString reason;
    if (!PartnerCenterClient::isAllowedBaseUrl(url, &reason)) {
        QMetaObject::invokeMethod(
            this, [done, reason] { done(ApiError::refused(reason)); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(60000);
    sendPlainRequest(m_network, request, "POST", form.query(QUrl::FullyEncoded).toLatin1(), context,
        [done](const Result<RawResponse>& result) {
            if (!result.ok()) {
                qCDebug(lcAuth) << "token endpoint answered" << result.error().httpStatus << result.error().code;
                done(result.error());
                return;
            }
            const std::optional<QJsonValue> json = Json::parse(result.value().body);
            if (!json || !json->isObject()) {
                done(ApiError::invalidAnswer(QString(), result.value().httpStatus));
                return;
            }
            done(json->toObject());
        });
}

} // namespace PartnerDesk

#pragma once

#include "OAuthTokens.h"
#include "api/Result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace PartnerDesk {

// The OAuth 2.0 endpoints of Microsoft Entra ID (v2.0), or the sandbox's imitation of them:
// {authority}/{tenant}/oauth2/v2.0/token (and, for sign-in, .../devicecode).
struct AuthorityConfig
{
    QUrl authority; // https://login.microsoftonline.com, or the sandbox's base URL
    QString tenant; // "organizations" or a tenant id
    QString clientId; // the application (client) id
    QString scope = QStringLiteral("https://api.partnercenter.microsoft.com/user_impersonation offline_access");

    [[nodiscard]] QUrl tokenUrl() const;
    [[nodiscard]] QUrl deviceCodeUrl() const;
    // Under which key a secret store keeps this sign-in's refresh token: one per authority,
    // tenant and application, shared by the desktop app and the command line.
    [[nodiscard]] QString secretKey() const;
};

// Posts grants to the token endpoint. Entra's errors ("invalid_grant", ...) come back as an
// ApiError whose code is the OAuth error and whose description is error_description.
class TokenEndpoint : public QObject
{
    Q_OBJECT

public:
    TokenEndpoint(QNetworkAccessManager* network, AuthorityConfig config, QObject* parent = nullptr);

    [[nodiscard]] const AuthorityConfig& config() const { return m_config; }

    // grant_type=refresh_token
    void refresh(const QString& refreshToken, QObject* context, ResultCallback<OAuthTokens> done);
    // The sandbox's demo users only (loopback): the same device code sign-in as with Entra ID,
    // with the sandbox's sign-in page answered on the person's behalf.
    void signInDemoUser(const QString& userPrincipalName, QObject* context, ResultCallback<OAuthTokens> done);
    // Any other grant (the device code flow builds on this).
    void post(
        const QUrl& url, const QUrlQuery& form, QObject* context, std::function<void(const Result<QJsonObject>&)> done);

    [[nodiscard]] static OAuthTokens tokensFromJson(const QJsonObject& json, const QDateTime& nowUtc);

private:
    void requestTokens(const QUrlQuery& form, QObject* context, ResultCallback<OAuthTokens> done);

    QNetworkAccessManager* m_network;
    AuthorityConfig m_config;
};

} // namespace PartnerDesk

#pragma once

#include <QHash>

#include "sandbox/CallerIdentity.h"
#include "sandbox/DemoUsers.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace PartnerDesk::Sandbox {

class SandboxDatabase;

// Entra-like tokens for the sandbox: HS256 JWT access tokens signed with the database's
// secret (claims oid, upn, name, tid, aud, iss, iat, nbf, exp, partnerRole, partnerType),
// id tokens, and opaque single-use refresh tokens stored hashed.
class TokenService
{
public:
    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
        QString idToken;
        int expiresIn = 0;
    };

    struct Verification
    {
        std::optional<CallerIdentity> caller;
        QString failure; // why the token was refused (never contains the token)
    };

    TokenService(SandboxDatabase& database, int accessTokenLifetimeSeconds);

    [[nodiscard]] Tokens issue(const DemoUser& user, const QString& clientId);
    // The user of a valid, unused, unexpired refresh token; the token is used up.
    [[nodiscard]] std::optional<DemoUser> redeemRefreshToken(const QString& refreshToken);
    [[nodiscard]] Verification verify(const QString& accessToken) const;

    [[nodiscard]] static QString audience();
    [[nodiscard]] static QString issuer();
    // Signs `claims` as a compact JWS (HS256); tests use it with the secret read from the
    // database to make expired or tampered tokens without waiting.
    [[nodiscard]] static QString signJwt(const QJsonObject& claims, const QByteArray& secret);

    static constexpr int refreshTokenLifetimeSeconds = 90 * 24 * 3600;

private:
    QString storeRefreshToken(const DemoUser& user);
    [[nodiscard]] Verification verifyUncached(const QString& accessToken) const;

    // Tokens whose signature and claims checked out, with their validity: every request
    // carries the same few tokens, and checking one (HMAC, base64, two JSON documents) cost
    // more than most of the requests' own work. The time is still checked on every request.
    struct Verified
    {
        CallerIdentity caller;
        qint64 notBefore = 0;
        qint64 expires = 0;
    };
    mutable QHash<QString, Verified> m_verified;

    SandboxDatabase& m_database;
    int m_lifetimeSeconds;
};

} // namespace PartnerDesk::Sandbox

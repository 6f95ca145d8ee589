#include "sandbox/TokenService.h"

#include "sandbox/Randomness.h"
#include "sandbox/SandboxDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray signature(const QByteArray& signingInput, const QByteArray& secret)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
}

// Compares without an early exit, so the time taken does not say how much matched.
bool sameBytes(const QByteArray& left, const QByteArray& right)
{
    if (left.size() != right.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= static_cast<unsigned char>(left.at(i) ^ right.at(i));
    return difference == 0;
}

QString hashOf(const QString& refreshToken)
{
    return QString::fromLatin1(QCryptographicHash::hash(refreshToken.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

TokenService::TokenService(SandboxDatabase& database, int accessTokenLifetimeSeconds)
    : m_database(database)
    , m_lifetimeSeconds(accessTokenLifetimeSeconds)
{ }

QString TokenService::audience()
{
    return u"https://api.partnercenter.microsoft.com"_s;
}

QString TokenService::issuer()
{
    return u"https://sts.windows.net/"_s + DemoUsers::partnerTenantId() + u'/';
}

QString TokenService::signJwt(const QJsonObject& claims, const QByteArray& secret)
{
    const QByteArray header = QJsonDocument(QJsonObject{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}})
                                  .toJson(QJsonDocument::Compact)
                                  .toBase64(base64Url);
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(base64Url);
    const QByteArray signingInput = header + '.' + payload;
    return QString::fromLatin1(signingInput + '.' + signature(signingInput, secret).toBase64(base64Url));
}

TokenService::Tokens TokenService::issue(const DemoUser& user, const QString& clientId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject accessClaims{
        {u"aud"_s, audience()},
        {u"iss"_s, issuer()},
        {u"iat"_s, now},
        {u"nbf"_s, now},
        {u"exp"_s, now + m_lifetimeSeconds},
        {u"oid"_s, user.userId},
        {u"upn"_s, user.userPrincipalName},
        {u"name"_s, user.displayName},
        {u"tid"_s, DemoUsers::partnerTenantId()},
        {u"appid"_s, clientId},
        {u"scp"_s, u"user_impersonation"_s},
        {u"ver"_s, u"1.0"_s},
        {u"partnerRole"_s, user.role},
        {u"partnerType"_s, user.partnerType},
        {u"partnerName"_s, DemoUsers::partnerName()},
    };
    const QJsonObject idClaims{
        {u"aud"_s, clientId},
        {u"iss"_s, QString(u"https://login.microsoftonline.com/"_s + DemoUsers::partnerTenantId() + u"/v2.0"_s)},
        {u"iat"_s, now},
        {u"nbf"_s, now},
        {u"exp"_s, now + m_lifetimeSeconds},
        {u"oid"_s, user.userId},
        {u"upn"_s, user.userPrincipalName},
        {u"preferred_username"_s, user.userPrincipalName},
        {u"name"_s, user.displayName},
        {u"tid"_s, DemoUsers::partnerTenantId()},
        {u"ver"_s, u"2.0"_s},
    };
    Tokens tokens;
    tokens.accessToken = signJwt(accessClaims, m_database.signingSecret());
    tokens.idToken = signJwt(idClaims, m_database.signingSecret());
    tokens.refreshToken = storeRefreshToken(user);
    tokens.expiresIn = m_lifetimeSeconds;
    return tokens;
}

QString TokenService::storeRefreshToken(const DemoUser& user)
{
    const QString token = Randomness::urlSafeToken(48);
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO refresh_tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)"_s);
    query.addBindValue(hashOf(token));
    query.addBindValue(user.userId);
    query.addBindValue(QDateTime::currentSecsSinceEpoch() + refreshTokenLifetimeSeconds);
    query.exec();
    return token;
}

std::optional<DemoUser> TokenService::redeemRefreshToken(const QString& refreshToken)
{
    if (refreshToken.isEmpty())
        return std::nullopt;
    // The UPDATE both checks and uses up the token, so a replayed token finds nothing.
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE refresh_tokens SET redeemed = 1 "
                  "WHERE token_hash = ? AND redeemed = 0 AND expires_at > ? RETURNING user_id"_s);
    query.addBindValue(hashOf(refreshToken));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return DemoUsers::findById(query.value(0).toString());
}

TokenService::Verification TokenService::verify(const QString& accessToken) const
{
    const auto known = m_verified.constFind(accessToken);
    if (known == m_verified.constEnd())
        return verifyUncached(accessToken);
    // The same checks of time as verifyUncached(), in the same order.
    Verification result;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (known->expires <= now) {
        result.failure = u"The access token has expired."_s;
        return result;
    }
    if (known->notBefore > now + 300) {
        result.failure = u"The access token is not valid yet."_s;
        return result;
    }
    result.caller = known->caller;
    return result;
}

TokenService::Verification TokenService::verifyUncached(const QString& accessToken) const
{
    Verification result;
    const QByteArrayList parts = accessToken.toLatin1().split('.');
    if (parts.size() != 3) {
        result.failure = u"The access token is not a JWT."_s;
        return result;
    }
    const QJsonObject header
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(0), QByteArray::Base64UrlEncoding)).object();
    if (header.value(u"alg"_s).toString() != u"HS256") {
        result.failure = u"The access token was not issued by this sandbox."_s;
        return result;
    }
    const QByteArray expected = signature(parts.at(0) + '.' + parts.at(1), m_database.signingSecret());
    if (!sameBytes(expected, QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding))) {
        result.failure = u"The access token signature is invalid."_s;
        return result;
    }
    const QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (claims.value(u"exp"_s).toInteger() <= now) {
        result.failure = u"The access token has expired."_s;
        return result;
    }
    if (claims.value(u"nbf"_s).toInteger() > now + 300) {
        result.failure = u"The access token is not valid yet."_s;
        return result;
    }
    if (claims.value(u"aud"_s).toString() != audience() || claims.value(u"iss"_s).toString() != issuer()
        || claims.value(u"tid"_s).toString() != DemoUsers::partnerTenantId()) {
        result.failure = u"The access token is not meant for Partner Center."_s;
        return result;
    }
    CallerIdentity caller;
    caller.userId = claims.value(u"oid"_s).toString();
    caller.userPrincipalName = claims.value(u"upn"_s).toString();
    caller.tenantId = claims.value(u"tid"_s).toString();
    caller.role = claims.value(u"partnerRole"_s).toString();
    caller.partnerType = claims.value(u"partnerType"_s).toString();
    if (caller.userId.isEmpty() || caller.role.isEmpty() || caller.partnerType.isEmpty()) {
        result.failure = u"The access token lacks the partner claims."_s;
        return result;
    }
    result.caller = caller;
    // Only a token that passed everything is remembered; a handful are in use at a time.
    if (m_verified.size() >= 256)
        m_verified.clear();
    m_verified.insert(
        accessToken, Verified{caller, claims.value(u"nbf"_s).toInteger(), claims.value(u"exp"_s).toInteger()});
    return result;
}

} // namespace PartnerDesk::Sandbox

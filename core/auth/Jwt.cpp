#include "Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace PartnerDesk::Jwt {

QJsonObject claims(const QString& token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() < 2 || parts.at(1).size() > 64 * 1024)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}

QDateTime expiry(const QString& token)
{
    const QJsonValue exp = claims(token).value(QLatin1String("exp"));
    if (!exp.isDouble())
        return {};
    // Seconds since 1970 (RFC 7519 NumericDate). One beyond the year 9999 is no date at all, and
    // casting it to an integer it does not fit would be undefined behaviour.
    constexpr double latest = 253402300799.0; // 9999-12-31T23:59:59Z
    const double seconds = exp.toDouble();
    if (!(std::abs(seconds) <= latest))
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
}

Session sessionFromClaims(const QJsonObject& claims, bool* hasRole, bool* hasPartnerType)
{
    const auto text = [&claims](const char* name) { return claims.value(QLatin1String(name)).toString(); };
    Session session;
    session.userId = text("oid");
    session.userPrincipalName = text("upn");
    if (session.userPrincipalName.isEmpty())
        session.userPrincipalName = text("preferred_username");
    session.displayName = text("name");
    if (session.displayName.isEmpty())
        session.displayName = session.userPrincipalName;
    session.tenantId = text("tid");
    session.partnerName = text("partnerName");

    bool roleFound = roleFromKey(text("partnerRole"), &session.role);
    if (!roleFound) {
        // Entra puts app roles in "roles"; accept our keys there too.
        const QJsonArray roles = claims.value(QLatin1String("roles")).toArray();
        for (const QJsonValue& role : roles) {
            if (roleFromKey(role.toString(), &session.role)) {
                roleFound = true;
                break;
            }
        }
    }
    const bool typeFound = partnerTypeFromKey(text("partnerType"), &session.partnerType);
    if (hasRole)
        *hasRole = roleFound;
    if (hasPartnerType)
        *hasPartnerType = typeFound;
    return session;
}

} // namespace PartnerDesk::Jwt

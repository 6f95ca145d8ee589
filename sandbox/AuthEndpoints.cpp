#include "sandbox/AuthEndpoints.h"

#include "sandbox/DemoUsers.h"
#include "sandbox/Randomness.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/TokenService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

const QString grantedScope = u"https://api.partnercenter.microsoft.com/user_impersonation offline_access"_s;

// Entra's error shape: {"error","error_description","error_codes","timestamp","trace_id","correlation_id"}.
SandboxResponse entraError(const QString& error, int code, const QString& description, const QString& correlationId)
{
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
    const QString traceId = Randomness::guid();
    return SandboxResponse::json(400,
        QJsonObject{
            {u"error"_s, error},
            {u"error_description"_s,
                u"AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5"_s.arg(
                    QString::number(code), description, traceId, correlationId, timestamp)},
            {u"error_codes"_s, QJsonArray{code}},
            {u"timestamp"_s, timestamp},
            {u"trace_id"_s, traceId},
            {u"correlation_id"_s, correlationId},
        });
}

SandboxResponse missingParameter(const QString& name, const QString& correlationId)
{
    return entraError(u"invalid_request"_s, 900144,
        u"The request body must contain the following parameter: '%1'."_s.arg(name), correlationId);
}

} // namespace

AuthEndpoints::AuthEndpoints(SandboxContext& context)
    : m_context(context)
{ }

void AuthEndpoints::registerRoutes(Router& router)
{
    router.add("POST", u"/{tenant}/oauth2/v2.0/token"_s, RouteAccess::Open,
        [this](const RouteCall& call) { return token(call); });
    router.add(
        "GET", u"/sandbox/users"_s, RouteAccess::LoopbackHelper, [this](const RouteCall& call) { return users(call); });
}

SandboxResponse AuthEndpoints::token(const RouteCall& call)
{
    const QString correlationId = call.request.headerText("client-request-id").isEmpty()
        ? call.requestId
        : call.request.headerText("client-request-id");
    if (!call.request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded")) {
        return entraError(u"invalid_request"_s, 900144,
            u"The request body must be application/x-www-form-urlencoded."_s, correlationId);
    }
    // Form encoding writes a space as '+'; QUrlQuery does not undo that by itself.
    QByteArray body = call.request.body;
    body.replace('+', "%20");
    const QUrlQuery form(QString::fromUtf8(body));
    auto field = [&form](const QString& name) { return form.queryItemValue(name, QUrl::FullyDecoded).trimmed(); };

    if (field(u"client_id"_s).isEmpty())
        return missingParameter(u"client_id"_s, correlationId);
    const QString grantType = field(u"grant_type"_s);
    if (grantType.isEmpty())
        return missingParameter(u"grant_type"_s, correlationId);

    std::optional<DemoUser> user;
    if (grantType == u"password") {
        if (field(u"username"_s).isEmpty())
            return missingParameter(u"username"_s, correlationId);
        if (form.queryItemValue(u"password"_s, QUrl::FullyDecoded).isEmpty())
            return missingParameter(u"password"_s, correlationId);
        user = DemoUsers::findByPrincipalName(field(u"username"_s));
        if (!user) {
            return entraError(u"invalid_grant"_s, 50034,
                u"The user account does not exist in the sandbox directory; GET /sandbox/users lists the demo users."_s,
                correlationId);
        }
    } else if (grantType == u"refresh_token") {
        if (field(u"refresh_token"_s).isEmpty())
            return missingParameter(u"refresh_token"_s, correlationId);
        user = m_context.tokens->redeemRefreshToken(field(u"refresh_token"_s));
        if (!user) {
            return entraError(u"invalid_grant"_s, 70000,
                u"The provided value for the input parameter 'refresh_token' is not valid, has expired or was "
                "already used."_s,
                correlationId);
        }
    } else {
        return entraError(u"unsupported_grant_type"_s, 70003,
            u"The app requested an unsupported grant type '%1'."_s.arg(grantType), correlationId);
    }

    const TokenService::Tokens tokens = m_context.tokens->issue(*user, field(u"client_id"_s));
    return SandboxResponse::json(200,
        QJsonObject{
            {u"token_type"_s, u"Bearer"_s},
            {u"scope"_s, grantedScope},
            {u"expires_in"_s, tokens.expiresIn},
            {u"ext_expires_in"_s, tokens.expiresIn},
            {u"access_token"_s, tokens.accessToken},
            {u"refresh_token"_s, tokens.refreshToken},
            {u"id_token"_s, tokens.idToken},
        })
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
}

SandboxResponse AuthEndpoints::users(const RouteCall&)
{
    QJsonArray list;
    for (const DemoUser& user : DemoUsers::all()) {
        list.append(QJsonObject{
            {u"userPrincipalName"_s, user.userPrincipalName},
            {u"displayName"_s, user.displayName},
            {u"role"_s, user.role},
            {u"partnerType"_s, user.partnerType},
            {u"userId"_s, user.userId},
        });
    }
    return SandboxResponse::json(200, list);
}

} // namespace PartnerDesk::Sandbox

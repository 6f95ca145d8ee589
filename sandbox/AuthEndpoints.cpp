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

SandboxResponse notAForm(const QString& correlationId)
{
    return entraError(
        u"invalid_request"_s, 900144, u"The request body must be application/x-www-form-urlencoded."_s, correlationId);
}

bool isForm(const SandboxRequest& request)
{
    return request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded");
}

QUrlQuery formOf(const SandboxRequest& request)
{
    // Form encoding writes a space as '+'; QUrlQuery does not undo that by itself.
    QByteArray body = request.body;
    body.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(body));
}

QString formField(const QUrlQuery& form, const QString& name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

QString correlationIdOf(const RouteCall& call)
{
    const QString given = call.request.headerText("client-request-id");
    return given.isEmpty() ? call.requestId : given;
}

// The device sign-in page: a form to type the code, choose a demo user, approve or deny.
QByteArray devicePageHtml(const QString& userCode, const QString& notice)
{
    QString options;
    for (const DemoUser& user : DemoUsers::all()) {
        options += u"<option value=\"%1\">%2 (%3)</option>"_s.arg(
            user.userPrincipalName.toHtmlEscaped(), user.displayName.toHtmlEscaped(), user.role.toHtmlEscaped());
    }
    const QString html = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sandbox sign-in</title></head>"
                         "<body><h1>PartnerDesk sandbox: device sign-in</h1><p>%1</p>"
                         "<form method=\"post\" action=\"/sandbox/device\">"
                         "<p><label>Code <input name=\"user_code\" value=\"%2\" autofocus></label></p>"
                         "<p><label>Sign in as <select name=\"user\">%3</select></label></p>"
                         "<p><button name=\"decision\" value=\"approve\">Approve</button> "
                         "<button name=\"decision\" value=\"deny\">Deny</button></p></form></body></html>"_s.arg(
                             notice.toHtmlEscaped(), userCode.toHtmlEscaped(), options);
    return html.toUtf8();
}

} // namespace

AuthEndpoints::AuthEndpoints(SandboxContext& context)
    : m_context(context)
    , m_devices(context.options.deviceCodeLifetimeSeconds, context.options.deviceCodeIntervalSeconds)
{ }

void AuthEndpoints::registerRoutes(Router& router)
{
    router.add("POST", u"/{tenant}/oauth2/v2.0/devicecode"_s, RouteAccess::Open,
        [this](const RouteCall& call) { return deviceCode(call); });
    router.add("POST", u"/{tenant}/oauth2/v2.0/token"_s, RouteAccess::Open,
        [this](const RouteCall& call) { return token(call); });
    router.add("GET", u"/sandbox/device"_s, RouteAccess::LoopbackHelper,
        [this](const RouteCall& call) { return devicePage(call); });
    router.add("POST", u"/sandbox/device"_s, RouteAccess::LoopbackHelper,
        [this](const RouteCall& call) { return deviceDecision(call); });
    router.add(
        "GET", u"/sandbox/users"_s, RouteAccess::LoopbackHelper, [this](const RouteCall& call) { return users(call); });
}

SandboxResponse AuthEndpoints::deviceCode(const RouteCall& call)
{
    const QString correlationId = correlationIdOf(call);
    if (!isForm(call.request))
        return notAForm(correlationId);
    const QUrlQuery form = formOf(call.request);
    if (formField(form, u"client_id"_s).isEmpty())
        return missingParameter(u"client_id"_s, correlationId);
    if (formField(form, u"scope"_s).isEmpty())
        return missingParameter(u"scope"_s, correlationId);

    const DeviceAuthorizations::Started started = m_devices.start(
        formField(form, u"client_id"_s), formField(form, u"scope"_s), QDateTime::currentDateTimeUtc());
    const QString verificationUri = m_context.baseUrl.resolved(QUrl(u"/sandbox/device"_s)).toString();
    return SandboxResponse::json(200,
        QJsonObject{
            {u"user_code"_s, started.userCode},
            {u"device_code"_s, started.deviceCode},
            {u"verification_uri"_s, verificationUri},
            {u"expires_in"_s, started.expiresIn},
            {u"interval"_s, started.interval},
            {u"message"_s,
                u"To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate."_s.arg(
                    verificationUri, started.userCode)},
        })
        .withHeader("Cache-Control", "no-store");
}

SandboxResponse AuthEndpoints::token(const RouteCall& call)
{
    const QString correlationId = correlationIdOf(call);
    if (!isForm(call.request))
        return notAForm(correlationId);
    const QUrlQuery form = formOf(call.request);
    auto field = [&form](const QString& name) { return formField(form, name); };

    if (field(u"client_id"_s).isEmpty())
        return missingParameter(u"client_id"_s, correlationId);
    const QString grantType = field(u"grant_type"_s);
    if (grantType.isEmpty())
        return missingParameter(u"grant_type"_s, correlationId);

    std::optional<DemoUser> user;
    if (grantType == u"urn:ietf:params:oauth:grant-type:device_code") {
        if (field(u"device_code"_s).isEmpty())
            return missingParameter(u"device_code"_s, correlationId);
        const DeviceAuthorizations::Poll poll
            = m_devices.poll(field(u"device_code"_s), field(u"client_id"_s), QDateTime::currentDateTimeUtc());
        switch (poll.answer) {
        case DeviceAuthorizations::PollAnswer::Pending:
            return entraError(u"authorization_pending"_s, 70016,
                u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s, correlationId);
        case DeviceAuthorizations::PollAnswer::SlowDown:
            return entraError(u"slow_down"_s, 70016,
                u"Polling too fast: wait %1 seconds between requests."_s.arg(poll.interval), correlationId);
        case DeviceAuthorizations::PollAnswer::Expired:
            return entraError(u"expired_token"_s, 70020,
                u"The provided value for the input parameter 'device_code' is expired."_s, correlationId);
        case DeviceAuthorizations::PollAnswer::Denied:
            return entraError(u"access_denied"_s, 70000, u"The user denied the sign-in request."_s, correlationId);
        case DeviceAuthorizations::PollAnswer::Unknown:
            return entraError(u"invalid_grant"_s, 70000,
                u"The provided value for the input parameter 'device_code' is not valid or was already used."_s,
                correlationId);
        case DeviceAuthorizations::PollAnswer::Approved:
            user = DemoUsers::findByPrincipalName(poll.userPrincipalName);
            break;
        }
        if (!user) {
            return entraError(u"invalid_grant"_s, 50034, u"The user account does not exist in the sandbox directory."_s,
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

SandboxResponse AuthEndpoints::devicePage(const RouteCall& call)
{
    return SandboxResponse::bytes(200, "text/html; charset=utf-8",
        devicePageHtml(call.request.queryValue(u"code"), u"Enter the code PartnerDesk shows you."_s));
}

// Answers in JSON when the caller asks for it (tests, the desktop's demo sign-in), else a page.
SandboxResponse AuthEndpoints::deviceDecision(const RouteCall& call)
{
    const bool wantsJson = call.request.header("accept").contains("application/json");
    const auto answer = [wantsJson](int status, const QString& result, const QString& text) {
        if (wantsJson)
            return SandboxResponse::json(status, QJsonObject{{u"result"_s, result}, {u"message"_s, text}});
        return SandboxResponse::bytes(status, "text/html; charset=utf-8",
            u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sandbox sign-in</title></head>"
            "<body><p>%1</p></body></html>"_s.arg(text.toHtmlEscaped())
                .toUtf8());
    };
    if (!isForm(call.request))
        return answer(400, u"invalidRequest"_s, u"Send the form as application/x-www-form-urlencoded."_s);

    const QUrlQuery form = formOf(call.request);
    const QString userCode = formField(form, u"user_code"_s);
    const QString decisionText = formField(form, u"decision"_s);
    DeviceAuthorizations::Decision decision;
    if (decisionText == u"approve")
        decision = DeviceAuthorizations::Decision::Approve;
    else if (decisionText == u"deny")
        decision = DeviceAuthorizations::Decision::Deny;
    else
        return answer(400, u"invalidRequest"_s, u"The decision must be approve or deny."_s);

    QString principal;
    if (decision == DeviceAuthorizations::Decision::Approve) {
        const std::optional<DemoUser> user = DemoUsers::findByPrincipalName(formField(form, u"user"_s));
        if (!user)
            return answer(400, u"unknownUser"_s, u"Choose one of the sandbox's demo users."_s);
        principal = user->userPrincipalName;
    }
    if (m_devices.decide(userCode, decision, principal, QDateTime::currentDateTimeUtc())
        == DeviceAuthorizations::DecideResult::UnknownCode) {
        if (!wantsJson) {
            return SandboxResponse::bytes(400, "text/html; charset=utf-8",
                devicePageHtml(userCode, u"That code is not valid or has expired. Check the code and try again."_s));
        }
        return answer(400, u"unknownCode"_s, u"That code is not valid or has expired."_s);
    }
    return decision == DeviceAuthorizations::Decision::Approve
        ? answer(200, u"approved"_s, u"You are signed in. Return to PartnerDesk; you can close this page."_s)
        : answer(200, u"denied"_s, u"The sign-in was denied. Return to PartnerDesk."_s);
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

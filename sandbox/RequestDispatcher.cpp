#include "sandbox/RequestDispatcher.h"

#include "sandbox/FaultInjector.h"
#include "sandbox/IdempotencyStore.h"
#include "sandbox/PartnerErrors.h"
#include "sandbox/Randomness.h"
#include "sandbox/RequestJournal.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/TokenService.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

QString idHeaderOrNew(const SandboxRequest& request, const QByteArray& name)
{
    const QString value = request.headerText(name);
    return value.isEmpty() ? Randomness::guid() : value;
}

QByteArray httpDate(const QDateTime& moment)
{
    return QLocale::c().toString(moment.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// Faults are injected into the Partner Center API only: never into the sign-in or the helpers.
bool isPartnerApi(const QString& path)
{
    return path.startsWith(u"/v1/"_s, Qt::CaseInsensitive);
}

// The kinds that fail the request before it is handled: nothing is done.
bool failsBeforeHandling(FaultKind kind)
{
    return kind == FaultKind::Throttled || kind == FaultKind::ServerError || kind == FaultKind::Unavailable
        || kind == FaultKind::DropBeforeAnswer;
}

} // namespace

RequestDispatcher::RequestDispatcher(SandboxContext& context, const Router& router)
    : m_context(context)
    , m_router(router)
{
    if (context.options.throttlePerMinute > 0)
        m_throttle.emplace(context.options.throttlePerMinute);
}

SandboxResponse RequestDispatcher::dispatch(const SandboxRequest& request)
{
    const QString requestId = idHeaderOrNew(request, "ms-requestid");
    const QString correlationId = idHeaderOrNew(request, "ms-correlationid");

    FaultKind fault = FaultKind::Throttled;
    const bool faulted = isPartnerApi(request.path) && m_context.faults->draw(&fault);
    SandboxResponse response
        = faulted && failsBeforeHandling(fault) ? injectedFailure(fault) : route(request, requestId);
    if (faulted && !failsBeforeHandling(fault))
        spoilAnswer(fault, &response);
    const QString faultName = faulted ? faultKindName(fault) : QString();
    decorate(&response, requestId, correlationId);

    m_context.journal->record({
        QString::fromLatin1(request.method),
        request.path,
        request.query.toString(QUrl::PrettyDecoded),
        requestId,
        correlationId,
        request.headerText("x-locale"),
        request.headerText("ms-partnercenter-application"),
        !request.header("authorization").isEmpty(),
        response.status,
        faultName,
    });
    // Method, path and status only: query strings may carry search text, bodies contact data.
    qCDebug(lcSandboxServer).noquote() << request.method << request.path << response.status << faultName;
    return response;
}

SandboxResponse RequestDispatcher::injectedFailure(FaultKind kind) const
{
    switch (kind) {
    case FaultKind::Throttled:
        return PartnerErrors::throttled(m_context.faults->options().retryAfterSeconds);
    case FaultKind::ServerError:
        return PartnerErrors::internalServerError();
    case FaultKind::Unavailable:
        return PartnerErrors::serviceUnavailable();
    default:
        break;
    }
    SandboxResponse dropped = SandboxResponse::empty(0); // status 0 in the journal: no answer
    dropped.dropConnection = true;
    return dropped;
}

void RequestDispatcher::spoilAnswer(FaultKind kind, SandboxResponse* response) const
{
    // The request was handled: whatever it changed stays changed.
    switch (kind) {
    case FaultKind::DropAfterCommit:
        response->dropConnection = true;
        break;
    case FaultKind::SlowAnswer:
        response->delayMilliseconds = m_context.faults->options().slowMilliseconds;
        break;
    case FaultKind::MalformedBody:
        response->body = m_context.faults->truncated(response->body);
        break;
    default:
        break;
    }
}

SandboxResponse RequestDispatcher::route(const SandboxRequest& request, const QString& requestId)
{
    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.route) {
        if (!match.allowedMethods.isEmpty())
            return PartnerErrors::methodNotAllowed(match.allowedMethods);
        return PartnerErrors::notFound(u"Not found: no resource at "_s + request.path);
    }

    RouteCall call{request, match.parameters, {}, requestId};
    switch (match.route->access) {
    case RouteAccess::Open:
        return match.route->handler(call);
    case RouteAccess::LoopbackHelper:
        if (!request.fromLoopback)
            return PartnerErrors::error(
                403, PartnerErrors::RoleNotAllowed, u"Sandbox helpers answer loopback callers only."_s);
        return match.route->handler(call);
    case RouteAccess::PartnerToken:
        return runPartnerRoute(*match.route, call);
    }
    return PartnerErrors::notFound(request.path);
}

SandboxResponse RequestDispatcher::runPartnerRoute(const Router::Route& route, RouteCall& call)
{
    const SandboxRequest& request = call.request;
    const QString authorization = request.headerText("authorization");
    if (authorization.isEmpty())
        return PartnerErrors::partnerTokenMissing();
    if (!authorization.startsWith(u"Bearer "_s, Qt::CaseInsensitive))
        return PartnerErrors::accessDenied(u"The Authorization header is not a bearer token."_s);
    const TokenService::Verification verification = m_context.tokens->verify(authorization.mid(7).trimmed());
    if (!verification.caller)
        return PartnerErrors::accessDenied(verification.failure);
    call.caller = *verification.caller;

    int retryAfterSeconds = 0;
    if (m_throttle && !m_throttle->tryTake(&retryAfterSeconds))
        return PartnerErrors::throttled(retryAfterSeconds);

    // A POST repeated with the MS-RequestId of an earlier success gets the same answer and
    // changes nothing (the key includes the user, so nobody replays another's request).
    const bool idempotent = request.method == "POST" && !request.header("ms-requestid").isEmpty();
    const QString replayKey = QString::fromLatin1(request.method) + u' ' + request.path + u' ' + call.caller.userId;
    if (idempotent) {
        if (const auto stored = m_context.idempotency->find(call.requestId, replayKey)) {
            SandboxResponse replay;
            replay.status = stored->status;
            replay.body = stored->body;
            replay.isJson = true;
            return replay;
        }
    }
    SandboxResponse response = route.handler(call);
    if (idempotent && isSuccess(response.status) && response.isJson)
        m_context.idempotency->remember(call.requestId, replayKey, response.status, response.body);
    return response;
}

void RequestDispatcher::decorate(
    SandboxResponse* response, const QString& requestId, const QString& correlationId) const
{
    response->withHeader("MS-RequestId", requestId.toUtf8())
        .withHeader("MS-CorrelationId", correlationId.toUtf8())
        .withHeader("MS-CV", Randomness::urlSafeToken(12).toLatin1() + ".0")
        .withHeader("MS-ServerId", "partnerdesk-sandbox")
        .withHeader("Date", httpDate(QDateTime::currentDateTimeUtc()));
    if (response->isJson) {
        response->contentType = "application/json; charset=utf-8";
        if (m_context.options.emitByteOrderMark)
            response->body.prepend("\xEF\xBB\xBF");
    }
}

} // namespace PartnerDesk::Sandbox

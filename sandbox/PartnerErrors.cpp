#include "sandbox/PartnerErrors.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox::PartnerErrors {

namespace {

QByteArray bearerChallenge(const QString& error, const QString& description)
{
    QByteArray challenge = "Bearer realm=\"api.partnercenter.microsoft.com\"";
    if (!error.isEmpty()) {
        challenge += ", error=\"" + error.toUtf8() + "\", error_description=\"" + description.toUtf8() + '"';
    }
    return challenge;
}

} // namespace

SandboxResponse error(int httpStatus, int code, const QString& description, const QStringList& data)
{
    QJsonObject body{
        {u"code"_s, code},
        {u"description"_s, description},
        {u"data"_s, QJsonArray::fromStringList(data)},
        {u"source"_s, u"PartnerFD"_s},
    };
    return SandboxResponse::json(httpStatus, body);
}

SandboxResponse invalidProperties(const FieldProblems& problems, int httpStatus)
{
    QStringList fields;
    QStringList sentences;
    for (const FieldProblem& problem : problems) {
        fields.append(problem.field);
        sentences.append(problem.field + u": "_s + problem.reason);
    }
    return error(httpStatus, InvalidProperty, u"Invalid property: "_s + sentences.join(u"; "_s), fields);
}

SandboxResponse invalidProperty(const QString& field, const QString& reason)
{
    return invalidProperties({{field, reason}});
}

SandboxResponse bodyNotJson(const QString& parserMessage)
{
    return error(
        400, InvalidRequestInput, u"Invalid request input: the body is not valid JSON ("_s + parserMessage + u")."_s);
}

SandboxResponse tenantNotFound()
{
    return error(404, TenantNotFound, u"Tenant not found"_s);
}

SandboxResponse roleNotAllowed()
{
    return error(
        403, RoleNotAllowed, u"The supplied role doesn't have the rights to perform the requested operation"_s);
}

SandboxResponse notFound(const QString& description)
{
    return error(404, NotFound, description);
}

SandboxResponse methodNotAllowed(const QByteArrayList& allowedMethods)
{
    return error(405, NotSupported, u"Not supported: the method is not allowed for this resource."_s)
        .withHeader("Allow", allowedMethods.join(", "));
}

SandboxResponse partnerTokenMissing()
{
    return error(401, PartnerTokenMissing, u"Partner Token missing in request context"_s)
        .withHeader("WWW-Authenticate", bearerChallenge({}, {}));
}

SandboxResponse accessDenied(const QString& reason)
{
    return error(401, AccessDenied, u"Access denied"_s, {reason})
        .withHeader("WWW-Authenticate", bearerChallenge(u"invalid_token"_s, reason));
}

SandboxResponse agreementAlreadyExists()
{
    const QString text = u"A partner confirmed agreement already exists for the customer."_s;
    QJsonObject body{
        {u"code"_s, AgreementAlreadyExists},
        {u"message"_s, text},
        {u"description"_s, text},
        {u"errorName"_s, u"PartnerConfirmedAgreementAlreadyExists"_s},
        {u"isRetryable"_s, false},
        {u"parameters"_s, QJsonObject()},
        {u"errorMessageExtended"_s, u"InternalErrorCode=600061"_s},
    };
    return SandboxResponse::json(409, body);
}

SandboxResponse throttled(int retryAfterSeconds)
{
    QJsonObject body{
        {u"statusCode"_s, 429},
        {u"message"_s, u"Rate limit is exceeded. Try again in %1 seconds."_s.arg(retryAfterSeconds)},
    };
    return SandboxResponse::json(429, body).withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
}

SandboxResponse internalServerError()
{
    return error(500, UnexpectedServiceError, u"Unexpected service error. Please try again later."_s);
}

SandboxResponse serviceUnavailable()
{
    return error(503, UnexpectedServiceError, u"The service is temporarily unavailable. Please try again later."_s);
}

} // namespace PartnerDesk::Sandbox::PartnerErrors

#pragma once

#include "sandbox/FieldProblem.h"
#include "sandbox/SandboxResponse.h"

#include <QString>
#include <QStringList>

// Every error the sandbox answers, in one place (DESIGN.md: where the reference says
// UNCONFIRMED, choose, document in sandbox/README.md, and keep the choice in one place).
namespace PartnerDesk::Sandbox::PartnerErrors {

// Codes from Partner Center's catalogue (reference/api-customers.md section 7.3).
enum Code : int {
    AccessDenied = 400, // 401: token forged, expired or not issued by this sandbox
    NotFound = 1000, // 404: unknown route, template, country rules, document link
    SearchOperatorNotSupported = 2000, // 400: customer filter with another operator
    EtagNoLongerValid = 2055, // 400: billing profile PUT with a stale ETag
    InvalidProperty = 3000, // 400 (409 for a taken domain): a field named in description and data
    MicrosoftCustomerAgreementMissing = 13605, // 403: order without MCA confirmation or acceptance
    TenantNotFound = 60003, // 404: unknown customer
    AgreementDateInFuture = 600002, // 400: dateAgreed after today (UTC)
    AgreementAlreadyExists = 600061, // 409: same customer, type and contact (rich body)
    PartnerTokenMissing = 800001, // 401: no bearer token
    InvalidRequestInput = 800002, // 400: body is not JSON, bad continuation token
    UnexpectedServiceError = 800003, // 500/503: injected faults, a failed helper
    InvalidOfferId = 800004, // 400: order line with an offer the catalogue does not know
    NotSupported = 800042, // 405: known path, other method
    LineItemNumbersInvalid = 800071, // 400: lineItemNumber not 0..count-1
    RoleNotAllowed = 900150, // 403: role or partner type may not do this
};

// {"code":<number>,"description":...,"data":[...],"source":"PartnerFD"}
[[nodiscard]] SandboxResponse error(int httpStatus, int code, const QString& description, const QStringList& data = {});

[[nodiscard]] SandboxResponse invalidProperties(const FieldProblems& problems, int httpStatus = 400);
[[nodiscard]] SandboxResponse invalidProperty(const QString& field, const QString& reason);
[[nodiscard]] SandboxResponse bodyNotJson(const QString& parserMessage);
[[nodiscard]] SandboxResponse tenantNotFound();
[[nodiscard]] SandboxResponse roleNotAllowed();
[[nodiscard]] SandboxResponse notFound(const QString& description);
[[nodiscard]] SandboxResponse methodNotAllowed(const QByteArrayList& allowedMethods);
[[nodiscard]] SandboxResponse partnerTokenMissing();
[[nodiscard]] SandboxResponse accessDenied(const QString& reason);
// The richer shape shown by the MCA confirm page (code, message, description, errorName,
// isRetryable, parameters, errorMessageExtended).
[[nodiscard]] SandboxResponse agreementAlreadyExists();
// {"statusCode":429,"message":"Rate limit is exceeded. Try again in N seconds."} + Retry-After.
[[nodiscard]] SandboxResponse throttled(int retryAfterSeconds);
// 500/800003 and 503/800003 in the common shape (injected faults).
[[nodiscard]] SandboxResponse internalServerError();
[[nodiscard]] SandboxResponse serviceUnavailable();

} // namespace PartnerDesk::Sandbox::PartnerErrors

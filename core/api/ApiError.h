#pragma once

#include <QMetaType>
#include <QString>

namespace PartnerDesk {

// Why a call to Partner Center (or the sandbox) did not succeed. Carried as a value.
struct ApiError
{
    enum class Kind {
        Service, // the service answered with an error status (see httpStatus/code)
        Network, // no answer: connection refused, reset, host not found, TLS failure
        Timeout, // no answer in time, before anything was sent
        OutcomeUnknown, // sent, but the answer was lost: the change may or may not have happened
        InvalidResponse, // an answer PartnerDesk cannot read (not JSON, wrong shape, too large)
        Refused, // refused before sending: insecure address, invalid input, not allowed
        Canceled, // the user or the caller canceled
        SignInRequired, // no valid token and none can be obtained without the user
    };

    Kind kind = Kind::Service;
    int httpStatus = 0;
    QString code; // Partner Center error code, number or string on the wire
    QString description; // the service's own words (or the reason for a local refusal)
    QString errorName; // e.g. "PartnerConfirmedAgreementAlreadyExists"
    QString requestId;
    QString correlationId;
    int retryAfterSeconds = -1; // from Retry-After, when the service sent one

    // 600061: a partner confirmation with the same contact already exists.
    // errorName of a connection whose TLS handshake failed (the service's certificate).
    static constexpr QLatin1StringView TlsFailure{"TlsHandshakeFailed"};

    [[nodiscard]] bool isAlreadyConfirmed() const { return code == QLatin1String("600061"); }
    // 13605: neither a partner confirmation nor direct acceptance; the order is blocked.
    [[nodiscard]] bool isAgreementMissing() const { return code == QLatin1String("13605"); }
    [[nodiscard]] bool isThrottled() const { return httpStatus == 429; }
    [[nodiscard]] bool isUnauthorized() const { return httpStatus == 401 || kind == Kind::SignInRequired; }
    [[nodiscard]] bool isForbidden() const { return httpStatus == 403; }
    [[nodiscard]] bool isNotFound() const { return httpStatus == 404; }
    // The sign-in lacks multi-factor authentication, which Partner Center requires for
    // app+user access since April 2026 (Entra's AADSTS50076/50079, or a 401/403 naming MFA).
    [[nodiscard]] bool isMfaRequired() const;

    // Plain, translated words for people, with the code and HTTP status when there are any.
    [[nodiscard]] QString message() const;
    // The service's description as it should be shown: HTML entities decoded, trimmed.
    [[nodiscard]] QString displayDescription() const;

    static ApiError refused(const QString& why);
    // An answer PartnerDesk cannot use; `why` in PartnerDesk's own (translated) words.
    static ApiError invalidAnswer(const QString& why, int httpStatus = 0);
    static ApiError canceled();
};

} // namespace PartnerDesk

Q_DECLARE_METATYPE(PartnerDesk::ApiError)

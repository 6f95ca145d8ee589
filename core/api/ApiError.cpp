#include "ApiError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace PartnerDesk {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("PartnerDesk::ApiError", text, comment, n);
}

QString decodeEntities(QString text)
{
    // Partner Center descriptions sometimes carry HTML entities ("&#39;City&#39;").
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9A-Fa-f]+);"));
    QRegularExpressionMatchIterator it = numeric.globalMatch(text);
    QString out;
    qsizetype last = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        out += QStringView(text).mid(last, match.capturedStart() - last);
        if (ok && code > 0 && code < 0x110000 && !QChar::isSurrogate(code))
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        else
            out += match.captured(0);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&apos;"), QLatin1String("'"));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

} // namespace

QString ApiError::displayDescription() const
{
    return decodeEntities(description).trimmed();
}

ApiError ApiError::refused(const QString& why)
{
    ApiError error;
    error.kind = Kind::Refused;
    error.description = why;
    return error;
}

ApiError ApiError::invalidAnswer(const QString& why, int httpStatus)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.httpStatus = httpStatus;
    error.description = why;
    return error;
}

ApiError ApiError::canceled()
{
    ApiError error;
    error.kind = Kind::Canceled;
    return error;
}

bool ApiError::isMfaRequired() const
{
    if (httpStatus != 401 && httpStatus != 403 && httpStatus != 400)
        return false;
    // Entra: AADSTS50076 / 50079 (MFA required), interaction_required with a claims challenge;
    // Partner Center: "MFA" in the description of its 401/403.
    const QString words = description + QLatin1Char(' ') + errorName + QLatin1Char(' ') + code;
    static const QRegularExpression mfa(QStringLiteral("\\bMFA\\b|multi-?factor|AADSTS50076|AADSTS50079|AADSTS50074"),
        QRegularExpression::CaseInsensitiveOption);
    return mfa.match(words).hasMatch();
}

QString ApiError::message() const
{
    QString words;
    switch (kind) {
    case Kind::Network:
        words = errorName == TlsFailure
            ? tr("PartnerDesk could not verify the service's certificate, so it sent nothing. Check the service "
                 "address in Settings; a network that inspects encrypted traffic needs its certificate installed "
                 "on this computer.")
            : tr("PartnerDesk cannot reach the service. Check the network connection and try again.");
        break;
    case Kind::Timeout:
        words = tr("The service did not answer in time. Try again.");
        break;
    case Kind::OutcomeUnknown:
        words = httpStatus >= 500
            ? tr("The service answered with an error of its own, and reading the current state afterwards failed, "
                 "so PartnerDesk cannot tell whether the request took effect. Check the current state before "
                 "trying again.")
            : tr("The request was sent, but its answer was lost, so PartnerDesk cannot tell whether it took "
                 "effect. Check the current state before trying again.");
        break;
    case Kind::InvalidResponse:
        words = tr("The service sent an answer PartnerDesk cannot read.");
        break;
    case Kind::Refused:
        words
            = displayDescription().isEmpty() ? tr("The request was refused before it was sent.") : displayDescription();
        return words;
    case Kind::Canceled:
        return tr("Canceled.");
    case Kind::SignInRequired:
        return tr("Your sign-in has expired. Sign in again; what you have entered is kept.");
    case Kind::Service:
        if (isAlreadyConfirmed()) {
            words = tr("A partner confirmation with exactly this contact already exists for this customer, so "
                       "nothing new was recorded.");
        } else if (isAgreementMissing()) {
            words = tr("The customer has not accepted the Microsoft Customer Agreement yet: confirm their "
                       "acceptance, or ask them to accept it in the Microsoft 365 admin center, before you place "
                       "this order.");
        } else if (httpStatus == 429) {
            words = retryAfterSeconds > 0
                ? tr("Partner Center is limiting how fast requests may be sent. PartnerDesk will try again in %n "
                     "second(s).",
                    nullptr, retryAfterSeconds)
                : tr("Partner Center is limiting how fast requests may be sent. Try again shortly.");
        } else if (isMfaRequired()) {
            words = tr("Partner Center requires multi-factor authentication (MFA) for access by an app with a "
                       "user since April 2026. Sign in again and complete the MFA prompt; if none appears, ask your "
                       "administrator to require MFA for your account.");
        } else if (code == QLatin1String("expired_token")) {
            words = tr("The sign-in code expired before it was used. Start the sign-in again and enter the new "
                       "code within the time shown.");
        } else if (code == QLatin1String("access_denied") || code == QLatin1String("authorization_declined")) {
            words = tr("The sign-in was declined on the sign-in page. Start it again if that was a mistake.");
        } else if (code == QLatin1String("bad_verification_code")) {
            words = tr("The sign-in service does not know this code. Start the sign-in again.");
        } else if (code == QLatin1String("invalid_grant")) {
            words = tr("Your sign-in is no longer valid (it expired or was revoked). Sign in again.");
        } else if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client")) {
            words = tr("The sign-in service does not accept the application (client) ID set in Settings for "
                       "this kind of sign-in. Check the ID with your administrator.");
        } else if (code == QLatin1String("invalid_request") || code == QLatin1String("invalid_scope")) {
            words = tr("The sign-in service refused the request. Check the authority, tenant and application "
                       "(client) ID in Settings.");
        } else if (httpStatus == 401) {
            words = tr("Partner Center did not accept your sign-in. Sign in again.");
        } else if (httpStatus == 403) {
            words = tr("Partner Center refused this action for your account.");
        } else if (httpStatus == 404) {
            words = tr("Partner Center could not find it.");
        } else if (httpStatus >= 500) {
            words = tr("Partner Center had a problem of its own. Try again later.");
        } else {
            words = tr("Partner Center refused the request.");
        }
        break;
    }

    const QString serviceWords = displayDescription();
    if (!serviceWords.isEmpty() && kind == Kind::Service && !isAlreadyConfirmed() && !isAgreementMissing())
        words += QLatin1Char(' ') + tr("The service said: “%1”").arg(serviceWords);
    else if (!serviceWords.isEmpty() && kind == Kind::InvalidResponse)
        words += QLatin1Char(' ') + serviceWords; // PartnerDesk's own words on what was wrong with it

    // One arg() for both: a code that holds "%1" or "%0" must not be taken for a placeholder.
    if (!code.isEmpty() && httpStatus > 0)
        words += QLatin1Char(' ') + tr("(error %1, HTTP %2)").arg(code, QString::number(httpStatus));
    else if (httpStatus > 0)
        words += QLatin1Char(' ') + tr("(HTTP %1)").arg(httpStatus);
    else if (!code.isEmpty())
        words += QLatin1Char(' ') + tr("(error %1)").arg(code);
    return words;
}

} // namespace PartnerDesk

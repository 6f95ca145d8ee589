#include "BulkRowResult.h"

#include <QCoreApplication>

namespace PartnerDesk {

namespace BulkOutcomes {

QString key(BulkOutcome outcome)
{
    switch (outcome) {
    case BulkOutcome::Pending:
        return QStringLiteral("pending");
    case BulkOutcome::Valid:
        return QStringLiteral("valid");
    case BulkOutcome::Confirmed:
        return QStringLiteral("confirmed");
    case BulkOutcome::AlreadyConfirmed:
        return QStringLiteral("alreadyConfirmed");
    case BulkOutcome::Invalid:
        return QStringLiteral("invalid");
    case BulkOutcome::Failed:
        return QStringLiteral("failed");
    case BulkOutcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

std::optional<BulkOutcome> fromKey(const QString& text)
{
    for (int i = 0; i < bulkOutcomeCount; ++i) {
        const auto outcome = static_cast<BulkOutcome>(i);
        if (key(outcome) == text)
            return outcome;
    }
    return std::nullopt;
}

QString displayName(BulkOutcome outcome)
{
    switch (outcome) {
    case BulkOutcome::Pending:
        return QCoreApplication::translate("PartnerDesk::BulkOutcome", "Pending");
    case BulkOutcome::Valid:
        return QCoreApplication::translate("PartnerDesk::BulkOutcome", "Valid");
    case BulkOutcome::Confirmed:
        return QCoreApplication::translate("PartnerDesk::BulkOutcome", "Confirmed");
    case BulkOutcome::AlreadyConfirmed:
        return QCoreApplication::translate("PartnerDesk::BulkOutcome", "Already confirmed");
    case BulkOutcome::Invalid:
        return QCoreApplication::translate("PartnerDesk::BulkOutcome", "Invalid");
    case BulkOutcome::Failed:
        return QCoreApplication::translate("PartnerDesk::BulkOutcome", "Failed");
    case BulkOutcome::Skipped:
        return QCoreApplication::translate("PartnerDesk::BulkOutcome", "Skipped");
    }
    return {};
}

} // namespace BulkOutcomes

namespace BulkCodes {

QString validation(ValidationCode code)
{
    switch (code) {
    case ValidationCode::Valid:
        return QStringLiteral("valid");
    case ValidationCode::Required:
        return QStringLiteral("required");
    case ValidationCode::TooLong:
        return QStringLiteral("tooLong");
    case ValidationCode::ControlCharacter:
        return QStringLiteral("controlCharacter");
    case ValidationCode::InvalidCharacter:
        return QStringLiteral("invalidCharacter");
    case ValidationCode::NoLetter:
        return QStringLiteral("noLetter");
    case ValidationCode::EmailMissingAt:
        return QStringLiteral("emailMissingAt");
    case ValidationCode::EmailMultipleAt:
        return QStringLiteral("emailMultipleAt");
    case ValidationCode::EmailContainsSpace:
        return QStringLiteral("emailContainsSpace");
    case ValidationCode::EmailLocalPartEmpty:
        return QStringLiteral("emailLocalPartEmpty");
    case ValidationCode::EmailLocalPartTooLong:
        return QStringLiteral("emailLocalPartTooLong");
    case ValidationCode::EmailLeadingDot:
        return QStringLiteral("emailLeadingDot");
    case ValidationCode::EmailTrailingDot:
        return QStringLiteral("emailTrailingDot");
    case ValidationCode::EmailConsecutiveDots:
        return QStringLiteral("emailConsecutiveDots");
    case ValidationCode::EmailDomainMissingDot:
        return QStringLiteral("emailDomainMissingDot");
    case ValidationCode::EmailDomainInvalid:
        return QStringLiteral("emailDomainInvalid");
    case ValidationCode::EmailTooLong:
        return QStringLiteral("emailTooLong");
    case ValidationCode::PhoneInvalidCharacter:
        return QStringLiteral("phoneInvalidCharacter");
    case ValidationCode::PhoneTooFewDigits:
        return QStringLiteral("phoneTooFewDigits");
    case ValidationCode::PhoneTooManyDigits:
        return QStringLiteral("phoneTooManyDigits");
    case ValidationCode::PhoneCountryFormat:
        return QStringLiteral("phoneCountryFormat");
    case ValidationCode::DateInvalid:
        return QStringLiteral("dateInvalid");
    case ValidationCode::DateInFuture:
        return QStringLiteral("dateInFuture");
    case ValidationCode::DateTooEarly:
        return QStringLiteral("dateTooEarly");
    case ValidationCode::PostalCodeFormat:
        return QStringLiteral("postalCodeFormat");
    case ValidationCode::StateNotSupported:
        return QStringLiteral("stateNotSupported");
    case ValidationCode::CountryInvalid:
        return QStringLiteral("countryInvalid");
    case ValidationCode::NotSupportedForCountry:
        return QStringLiteral("notSupportedForCountry");
    }
    return QStringLiteral("invalid");
}

QString apiError(const ApiError& error)
{
    if (!error.code.isEmpty())
        return error.code;
    switch (error.kind) {
    case ApiError::Kind::Service:
        return QStringLiteral("http%1").arg(error.httpStatus);
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::OutcomeUnknown:
        return QStringLiteral("outcomeUnknown");
    case ApiError::Kind::InvalidResponse:
        return QStringLiteral("invalidResponse");
    case ApiError::Kind::Refused:
        return QStringLiteral("refused");
    case ApiError::Kind::Canceled:
        return QStringLiteral("canceled");
    case ApiError::Kind::SignInRequired:
        return QStringLiteral("signInRequired");
    }
    return QStringLiteral("error");
}

} // namespace BulkCodes

} // namespace PartnerDesk

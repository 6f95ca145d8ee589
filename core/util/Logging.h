#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

// One logging category per module; switch on with QT_LOGGING_RULES="partnerdesk.*=true".
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcFlows)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace PartnerDesk::Redact {

// Tokens, passwords, Authorization headers and customer contact data never reach a log.
// Everything that may carry them goes through these helpers before it is printed.

// The value of a header as it may be logged ("Authorization" and token headers hidden).
[[nodiscard]] QByteArray headerValue(const QByteArray& name, const QByteArray& value);
// "ada.lovelace@contoso.com" -> "a***@c***.com"
[[nodiscard]] QString email(const QString& email);
// "+90 212 555 01 23" -> "***23"
[[nodiscard]] QString phone(const QString& phone);
// A person's name -> "A***"
[[nodiscard]] QString name(const QString& name);
// Replaces bearer tokens, JWTs, "password"/"access_token"/"refresh_token" values and email
// addresses in free text (for example a response body) with "***".
[[nodiscard]] QString text(const QString& text);

} // namespace PartnerDesk::Redact

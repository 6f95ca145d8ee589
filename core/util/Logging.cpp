#include "Logging.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcApi, "partnerdesk.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "partnerdesk.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFlows, "partnerdesk.flows", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "partnerdesk.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "partnerdesk.ui", QtWarningMsg)

namespace PartnerDesk::Redact {

QByteArray headerValue(const QByteArray& name, const QByteArray& value)
{
    static const QByteArrayList secretHeaders{"authorization", "proxy-authorization", "cookie", "set-cookie",
        "x-ms-customeruser-upn", "ocp-apim-subscription-key"};
    if (secretHeaders.contains(name.toLower()))
        return QByteArrayLiteral("***");
    return value;
}

QString email(const QString& address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at < 0)
        return address.isEmpty() ? QString() : QStringLiteral("***");
    const QString domain = address.mid(at + 1);
    const qsizetype lastDot = domain.lastIndexOf(QLatin1Char('.'));
    const QString topLevel = lastDot >= 0 ? domain.mid(lastDot) : QString();
    return address.left(qMin<qsizetype>(1, at)) + QStringLiteral("***@") + domain.left(1) + QStringLiteral("***")
        + topLevel;
}

QString phone(const QString& number)
{
    if (number.isEmpty())
        return {};
    return QStringLiteral("***") + number.right(qMin<qsizetype>(2, number.size()));
}

QString name(const QString& value)
{
    if (value.isEmpty())
        return {};
    return value.left(1) + QStringLiteral("***");
}

QString text(const QString& input)
{
    QString out = input;
    static const QRegularExpression bearer(
        QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression secretFields(
        QStringLiteral(
            "(\"?(?:password|access_token|refresh_token|id_token|client_secret|device_code|token)\"?\\s*[:=]\\s*\"?)"
            "[^\"&,\\s}]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression emails(QStringLiteral("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    out.replace(bearer, QStringLiteral("\\1***"));
    out.replace(jwt, QStringLiteral("***"));
    out.replace(secretFields, QStringLiteral("\\1***"));
    out.replace(emails, QStringLiteral("***@***"));
    return out;
}

} // namespace PartnerDesk::Redact

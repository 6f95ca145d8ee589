#include "Invitation.h"

#include "util/Settings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace PartnerDesk::Invitation {

namespace {

QString kindName(InvitationKind kind)
{
    return kind == InvitationKind::ResellerRelationship ? QStringLiteral("reseller") : QStringLiteral("agreement");
}

QString readTemplate(InvitationKind kind, const QString& language)
{
    QFile file(QStringLiteral(":/partnerdesk/templates/invitation-%1.%2.txt").arg(kindName(kind), language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString encode(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QUrl adminCenterAgreementUrl()
{
    return QUrl(QStringLiteral("https://admin.microsoft.com/AdminPortal/Home?ref=/BillingAccounts/agreement"));
}

QString defaultTemplate(InvitationKind kind, const QString& language)
{
    // "pt_BR" -> "pt_BR", then "pt", then English.
    for (const QString& candidate : {language, language.section(QLatin1Char('_'), 0, 0), QStringLiteral("en")}) {
        if (candidate.isEmpty())
            continue;
        const QString text = readTemplate(kind, candidate);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QString templateFor(InvitationKind kind, const QString& language)
{
    const QString edited = Settings::invitationTemplate(kindName(kind), language);
    return edited.isEmpty() ? defaultTemplate(kind, language) : edited;
}

void saveTemplate(InvitationKind kind, const QString& language, const QString& text)
{
    if (text == defaultTemplate(kind, language))
        Settings::resetInvitationTemplate(kindName(kind), language);
    else
        Settings::setInvitationTemplate(kindName(kind), language, text);
}

void resetTemplate(InvitationKind kind, const QString& language)
{
    Settings::resetInvitationTemplate(kindName(kind), language);
}

QStringList templateLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(QStringLiteral(":/partnerdesk/templates")).entryList({QStringLiteral("invitation-agreement.*.txt")});
    for (const QString& file : files)
        languages << file.section(QLatin1Char('.'), 1, 1);
    return languages;
}

InvitationText fill(const QString& templateText, const InvitationValues& values)
{
    QString text = templateText;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    static const QRegularExpression credentialsBlock(
        QStringLiteral("\\{\\{#credentials\\}\\}\\n?(.*?)\\{\\{/credentials\\}\\}\\n?"),
        QRegularExpression::DotMatchesEverythingOption);
    if (values.userName.isEmpty())
        text.replace(credentialsBlock, QString());
    else
        text.replace(credentialsBlock, QStringLiteral("\\1"));

    // One pass over the placeholders, so a value that itself looks like "{{link}}" stays text.
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{(link|partner|customer|userName|password)\\}\\}"));
    QString filled;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        filled += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name == QLatin1String("link"))
            filled += values.link;
        else if (name == QLatin1String("partner"))
            filled += values.partnerName;
        else if (name == QLatin1String("customer"))
            filled += values.customerName;
        else if (name == QLatin1String("userName"))
            filled += values.userName;
        else
            filled += values.password;
        last = match.capturedEnd();
    }
    filled += QStringView(text).mid(last);

    InvitationText result;
    static const QRegularExpression subjectLine(
        QStringLiteral("^\\s*Subject\\s*:\\s*(.*)$"), QRegularExpression::CaseInsensitiveOption);
    const qsizetype firstBreak = filled.indexOf(QLatin1Char('\n'));
    const QString firstLine = firstBreak < 0 ? filled : filled.left(firstBreak);
    const QRegularExpressionMatch subject = subjectLine.match(firstLine);
    if (subject.hasMatch()) {
        result.subject = subject.captured(1).trimmed();
        result.body = firstBreak < 0 ? QString() : filled.mid(firstBreak + 1);
        while (result.body.startsWith(QLatin1Char('\n')))
            result.body.remove(0, 1);
    } else {
        result.body = filled;
    }
    return result;
}

QUrl mailtoUrl(const QString& recipient, const QString& subject, const QString& body)
{
    QString to = recipient;
    to.remove(QLatin1Char('\r'));
    to.remove(QLatin1Char('\n'));
    to = to.trimmed();
    // An address holds no separators of a URL or of headers.
    static const QRegularExpression forbidden(QStringLiteral("[\\s?&#%<>\"\\\\,;]"));
    if (!to.isEmpty() && (to.contains(forbidden) || to.count(QLatin1Char('@')) != 1))
        return {};

    QString oneLineSubject = subject;
    oneLineSubject.replace(QLatin1Char('\r'), QLatin1Char(' '));
    oneLineSubject.replace(QLatin1Char('\n'), QLatin1Char(' '));

    QString normalizedBody = body;
    normalizedBody.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalizedBody.replace(QLatin1Char('\n'), QLatin1String("\r\n")); // RFC 6068: CRLF in bodies

    const QString address = QString::fromLatin1(QUrl::toPercentEncoding(to, "@"));
    const QString encoded = QStringLiteral("mailto:") + address + QStringLiteral("?subject=") + encode(oneLineSubject)
        + QStringLiteral("&body=") + encode(normalizedBody);
    return QUrl(encoded, QUrl::StrictMode);
}

} // namespace PartnerDesk::Invitation

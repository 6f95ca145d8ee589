#pragma once

#include <QString>
#include <QUrl>

namespace PartnerDesk {

// The two invitations PartnerDesk writes.
enum class InvitationKind {
    ResellerRelationship, // accept the partner as reseller (the relationship request link)
    AcceptAgreement, // accept the Microsoft Customer Agreement in the Microsoft 365 admin center
};

// What fills a template's placeholders: {{link}}, {{partner}}, {{customer}}, {{userName}},
// {{password}}. The block between {{#credentials}} and {{/credentials}} appears only when a
// user name is given.
struct InvitationValues
{
    QString link;
    QString partnerName;
    QString customerName;
    QString userName;
    QString password;
};

// A filled invitation: a subject and a body.
struct InvitationText
{
    QString subject;
    QString body;
};

namespace Invitation {

// Where the customer accepts the Microsoft Customer Agreement directly.
[[nodiscard]] QUrl adminCenterAgreementUrl();

// The shipped template for a language ("tr", "pt_BR"); English when there is none.
[[nodiscard]] QString defaultTemplate(InvitationKind kind, const QString& language);
// The user's edited template for the language if there is one, else the shipped one.
[[nodiscard]] QString templateFor(InvitationKind kind, const QString& language);
void saveTemplate(InvitationKind kind, const QString& language, const QString& text);
void resetTemplate(InvitationKind kind, const QString& language);
// The languages with a shipped template.
[[nodiscard]] QStringList templateLanguages();

// Fills the placeholders; a first line "Subject: ..." becomes the subject.
[[nodiscard]] InvitationText fill(const QString& templateText, const InvitationValues& values);

// A mailto: URL that no field can turn into extra headers: line breaks are removed from the
// recipient and the subject, and every field is percent-encoded (so "&", "?" and "%" in any
// of them stay text). An address with characters an address cannot hold gives an empty URL.
[[nodiscard]] QUrl mailtoUrl(const QString& recipient, const QString& subject, const QString& body);

} // namespace Invitation
} // namespace PartnerDesk

#pragma once

#include <QDateTime>
#include <QString>

namespace PartnerDesk::Sandbox {

// One partner confirmation of a customer's acceptance (or an old Cloud Agreement record).
struct AgreementRecord
{
    qint64 id = 0;
    QString customerId;
    QString type; // follows the template, as the real service does
    QString templateId;
    QString firstName;
    QString lastName;
    QString email;
    QString phoneNumber; // "" when not given
    QDateTime dateAgreed; // UTC
    QString userId; // the partner user who confirmed (from the token)
    QString createdAt; // ISO-8601 UTC
    QString requestId; // MS-RequestId of the POST
};

} // namespace PartnerDesk::Sandbox

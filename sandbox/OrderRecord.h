#pragma once

#include <QJsonArray>
#include <QString>

namespace PartnerDesk::Sandbox {

struct OrderRecord
{
    QString id;
    QString customerId;
    QString billingCycle;
    QString currencyCode;
    QString creationDate; // ISO-8601 UTC
    QString status = QStringLiteral("pending");
    QJsonArray lineItems; // as answered, with subscriptionId filled in
    QString requestId;
};

} // namespace PartnerDesk::Sandbox

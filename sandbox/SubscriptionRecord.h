#pragma once

#include <QString>

namespace PartnerDesk::Sandbox {

struct SubscriptionRecord
{
    QString id;
    QString customerId;
    QString orderId; // "" for seeded subscriptions bought before the sandbox existed
    QString offerId;
    QString offerName;
    QString friendlyName;
    int quantity = 1;
    QString status = QStringLiteral("active");
    QString billingCycle = QStringLiteral("monthly");
    QString creationDate; // ISO-8601 UTC
};

} // namespace PartnerDesk::Sandbox

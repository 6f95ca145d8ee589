#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace PartnerDesk {

// Partner Center "OrderLineItem" (create-an-order.md).
struct OrderLineItem
{
    int lineItemNumber = 0; // counts up from 0
    QString offerId;
    QString subscriptionId;
    QString parentSubscriptionId;
    QString friendlyName;
    int quantity = 1;
    QString partnerIdOnRecord; // only when an indirect provider orders for a reseller

    friend bool operator==(const OrderLineItem&, const OrderLineItem&) = default;
};

// Partner Center "Order".
struct Order
{
    QString id;
    QString referenceCustomerId;
    QString billingCycle; // e.g. "monthly"
    QList<OrderLineItem> lineItems;
    QString currencyCode;
    QDateTime creationDate;
    QString status; // e.g. "pending"

    friend bool operator==(const Order&, const Order&) = default;
};

// Partner Center "Subscription" (the fields PartnerDesk shows). A customer with
// subscriptions bought through a partner cannot accept the agreement directly.
struct Subscription
{
    QString id;
    QString offerId;
    QString offerName;
    QString friendlyName;
    int quantity = 0;
    QString status;
    QDateTime creationDate;

    friend bool operator==(const Subscription&, const Subscription&) = default;
};

} // namespace PartnerDesk

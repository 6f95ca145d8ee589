#pragma once

#include "sandbox/OrderRecord.h"
#include "sandbox/SubscriptionRecord.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace PartnerDesk::Sandbox {

class SandboxDatabase;

// Orders and the subscriptions they create.
class OrderStore
{
public:
    explicit OrderStore(SandboxDatabase& database);

    [[nodiscard]] QList<SubscriptionRecord> subscriptions(const QString& customerId) const;
    // The order and its subscriptions in one transaction: all or nothing.
    bool placeOrder(const OrderRecord& order, const QList<SubscriptionRecord>& subscriptions, QString* errorMessage);

    [[nodiscard]] qint64 orderCount() const;
    [[nodiscard]] qint64 subscriptionCount() const;

    [[nodiscard]] static QString subscriptionInsertStatement();
    [[nodiscard]] static QVariantList subscriptionInsertValues(const SubscriptionRecord& subscription);

private:
    SandboxDatabase& m_database;
};

} // namespace PartnerDesk::Sandbox

#include "sandbox/OrderStore.h"

#include "sandbox/SandboxDatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

qint64 countRows(const QSqlDatabase& connection, const QString& table)
{
    QSqlQuery query(connection);
    if (query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace

OrderStore::OrderStore(SandboxDatabase& database)
    : m_database(database)
{ }

QString OrderStore::subscriptionInsertStatement()
{
    return u"INSERT INTO subscriptions (id, customer_id, order_id, offer_id, offer_name, friendly_name, quantity, "
           "status, billing_cycle, creation_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

QVariantList OrderStore::subscriptionInsertValues(const SubscriptionRecord& subscription)
{
    return SandboxDatabase::withoutNulls({subscription.id, subscription.customerId, subscription.orderId,
        subscription.offerId, subscription.offerName, subscription.friendlyName, subscription.quantity,
        subscription.status, subscription.billingCycle, subscription.creationDate});
}

QList<SubscriptionRecord> OrderStore::subscriptions(const QString& customerId) const
{
    const auto query = m_database.prepared(
        u"SELECT id, customer_id, order_id, offer_id, offer_name, friendly_name, quantity, status, "
        "billing_cycle, creation_date FROM subscriptions WHERE customer_id = ? ORDER BY rowid"_s);
    query->addBindValue(customerId.toLower());
    QList<SubscriptionRecord> subscriptions;
    if (!query->exec())
        return subscriptions;
    while (query->next()) {
        SubscriptionRecord subscription;
        subscription.id = query->value(0).toString();
        subscription.customerId = query->value(1).toString();
        subscription.orderId = query->value(2).toString();
        subscription.offerId = query->value(3).toString();
        subscription.offerName = query->value(4).toString();
        subscription.friendlyName = query->value(5).toString();
        subscription.quantity = query->value(6).toInt();
        subscription.status = query->value(7).toString();
        subscription.billingCycle = query->value(8).toString();
        subscription.creationDate = query->value(9).toString();
        subscriptions.append(subscription);
    }
    return subscriptions;
}

bool OrderStore::placeOrder(
    const OrderRecord& order, const QList<SubscriptionRecord>& subscriptions, QString* errorMessage)
{
    QSqlDatabase connection = m_database.connection();
    if (!connection.transaction()) {
        *errorMessage = connection.lastError().text();
        return false;
    }
    QSqlQuery insertOrder(connection);
    insertOrder.prepare(u"INSERT INTO orders (id, customer_id, billing_cycle, currency_code, creation_date, status, "
                        "line_items, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariantList orderValues = SandboxDatabase::withoutNulls(
        {order.id, order.customerId, order.billingCycle, order.currencyCode, order.creationDate, order.status,
            QString::fromUtf8(QJsonDocument(order.lineItems).toJson(QJsonDocument::Compact)), order.requestId});
    for (const QVariant& value : orderValues)
        insertOrder.addBindValue(value);
    bool ok = insertOrder.exec();
    if (!ok)
        *errorMessage = insertOrder.lastError().text();

    QSqlQuery insertSubscription(connection);
    insertSubscription.prepare(subscriptionInsertStatement());
    for (qsizetype i = 0; ok && i < subscriptions.size(); ++i) {
        const QVariantList values = subscriptionInsertValues(subscriptions.at(i));
        for (const QVariant& value : values)
            insertSubscription.addBindValue(value);
        ok = insertSubscription.exec();
        if (!ok)
            *errorMessage = insertSubscription.lastError().text();
    }
    if (!ok) {
        connection.rollback();
        return false;
    }
    return connection.commit();
}

qint64 OrderStore::orderCount() const
{
    return countRows(m_database.connection(), u"orders"_s);
}

qint64 OrderStore::subscriptionCount() const
{
    return countRows(m_database.connection(), u"subscriptions"_s);
}

} // namespace PartnerDesk::Sandbox

#include "sandbox/CoverageQuery.h"

#include "sandbox/AgreementCatalog.h"
#include "sandbox/SandboxDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {
const QString statusKeys[] = {u"confirmedByPartner"_s, u"acceptedDirectly"_s, u"notConfirmed"_s};

QJsonObject zeroes()
{
    QJsonObject object;
    for (const QString& key : statusKeys)
        object.insert(key, 0);
    return object;
}

void addTo(QJsonObject& object, const QString& key, qint64 count)
{
    object.insert(key, object.value(key).toInteger() + count);
}
} // namespace

CoverageQuery::CoverageQuery(SandboxDatabase& database)
    : m_database(database)
{ }

QJsonObject CoverageQuery::counts(QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT c.address_country, "
                  "CASE WHEN EXISTS (SELECT 1 FROM agreements a WHERE a.customer_id = c.id AND a.type = ?) "
                  "THEN 0 WHEN c.direct_signed <> 0 THEN 1 ELSE 2 END AS status, "
                  "EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = c.id) AS purchases, "
                  "COUNT(*) FROM customers c GROUP BY 1, 2, 3"_s);
    query.addBindValue(AgreementCatalog::customerAgreementType());
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = query.lastError().text();
        return {};
    }
    QJsonObject totals = zeroes();
    QJsonObject withSubscriptions = zeroes();
    QJsonObject byCountry;
    qint64 customers = 0;
    while (query.next()) {
        const QString country = query.value(0).toString();
        const QString& status = statusKeys[query.value(1).toInt()];
        const bool purchases = query.value(2).toBool();
        const qint64 count = query.value(3).toLongLong();
        customers += count;
        addTo(totals, status, count);
        if (purchases)
            addTo(withSubscriptions, status, count);
        QJsonObject perCountry = byCountry.contains(country) ? byCountry.value(country).toObject() : zeroes();
        addTo(perCountry, status, count);
        byCountry.insert(country, perCountry);
    }
    QJsonObject result = totals;
    result.insert(u"customers"_s, customers);
    result.insert(u"withSubscriptions"_s, withSubscriptions);
    result.insert(u"byCountry"_s, byCountry);
    return result;
}

} // namespace PartnerDesk::Sandbox

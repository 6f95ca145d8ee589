#include "sandbox/IdempotencyStore.h"

#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxLogging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

IdempotencyStore::IdempotencyStore(SandboxDatabase& database)
    : m_database(database)
{ }

std::optional<IdempotencyStore::StoredResponse> IdempotencyStore::find(
    const QString& requestId, const QString& route) const
{
    if (requestId.isEmpty())
        return std::nullopt;
    const auto query
        = m_database.prepared(u"SELECT status, body FROM idempotent_responses WHERE request_id = ? AND route = ?"_s);
    query->addBindValue(requestId);
    query->addBindValue(route);
    if (!query->exec() || !query->next())
        return std::nullopt;
    return StoredResponse{query->value(0).toInt(), query->value(1).toByteArray()};
}

void IdempotencyStore::remember(const QString& requestId, const QString& route, int status, const QByteArray& body)
{
    const auto query = m_database.prepared(
        u"INSERT OR REPLACE INTO idempotent_responses (request_id, route, status, body, created_at) "
        "VALUES (?, ?, ?, ?, ?)"_s);
    query->addBindValue(requestId);
    query->addBindValue(route);
    query->addBindValue(status);
    query->addBindValue(body);
    query->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query->exec())
        qCWarning(lcSandboxServer) << "Cannot remember an idempotent response:" << query->lastError().text();
}

} // namespace PartnerDesk::Sandbox

#include "sandbox/AgreementStore.h"

#include "sandbox/SandboxDatabase.h"
#include "sandbox/WireFormat.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

AgreementStore::AgreementStore(SandboxDatabase& database)
    : m_database(database)
{ }

QString AgreementStore::storedDate(const QDateTime& dateTime)
{
    return WireFormat::isoUtcWithMilliseconds(dateTime);
}

QString AgreementStore::insertStatement()
{
    return u"INSERT INTO agreements (customer_id, type, template_id, first_name, last_name, email, phone_number, "
           "date_agreed, user_id, created_at, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

QVariantList AgreementStore::insertValues(const AgreementRecord& agreement)
{
    return SandboxDatabase::withoutNulls({agreement.customerId, agreement.type, agreement.templateId,
        agreement.firstName, agreement.lastName, agreement.email, agreement.phoneNumber,
        storedDate(agreement.dateAgreed), agreement.userId, agreement.createdAt, agreement.requestId});
}

QList<AgreementRecord> AgreementStore::list(const QString& customerId, const std::optional<QString>& type) const
{
    QString sql = u"SELECT id, customer_id, type, template_id, first_name, last_name, email, phone_number, "
                  "date_agreed, user_id, created_at, request_id FROM agreements WHERE customer_id = ?"_s;
    if (type)
        sql += u" AND type = ?"_s;
    const auto query = m_database.prepared(sql + u" ORDER BY id"_s);
    query->addBindValue(customerId.toLower());
    if (type)
        query->addBindValue(*type);

    QList<AgreementRecord> agreements;
    if (!query->exec())
        return agreements;
    while (query->next()) {
        AgreementRecord agreement;
        agreement.id = query->value(0).toLongLong();
        agreement.customerId = query->value(1).toString();
        agreement.type = query->value(2).toString();
        agreement.templateId = query->value(3).toString();
        agreement.firstName = query->value(4).toString();
        agreement.lastName = query->value(5).toString();
        agreement.email = query->value(6).toString();
        agreement.phoneNumber = query->value(7).toString();
        agreement.dateAgreed = QDateTime::fromString(query->value(8).toString(), Qt::ISODateWithMs);
        agreement.userId = query->value(9).toString();
        agreement.createdAt = query->value(10).toString();
        agreement.requestId = query->value(11).toString();
        agreements.append(agreement);
    }
    return agreements;
}

bool AgreementStore::hasConfirmation(const QString& customerId, const QString& type) const
{
    const auto query = m_database.prepared(u"SELECT 1 FROM agreements WHERE customer_id = ? AND type = ? LIMIT 1"_s);
    query->addBindValue(customerId.toLower());
    query->addBindValue(type);
    return query->exec() && query->next();
}

bool AgreementStore::isDuplicate(const AgreementRecord& agreement) const
{
    // SQLite's = on TEXT is binary: case-sensitive, as the rule wants.
    const auto query
        = m_database.prepared(u"SELECT 1 FROM agreements WHERE customer_id = ? AND type = ? AND first_name = ? "
                              "AND last_name = ? AND email = ? AND phone_number = ? LIMIT 1"_s);
    query->addBindValue(agreement.customerId.toLower());
    query->addBindValue(agreement.type);
    query->addBindValue(agreement.firstName);
    query->addBindValue(agreement.lastName);
    query->addBindValue(agreement.email);
    query->addBindValue(agreement.phoneNumber.isNull() ? QStringLiteral("") : agreement.phoneNumber);
    return query->exec() && query->next();
}

bool AgreementStore::insert(const AgreementRecord& agreement, QString* errorMessage)
{
    const auto query = m_database.prepared(insertStatement());
    const QVariantList values = insertValues(agreement);
    for (const QVariant& value : values)
        query->addBindValue(value);
    if (query->exec())
        return true;
    *errorMessage = query->lastError().text();
    return false;
}

qint64 AgreementStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(u"SELECT COUNT(*) FROM agreements"_s) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 AgreementStore::duplicateCount() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(u"SELECT COALESCE(SUM(copies - 1), 0) FROM (SELECT COUNT(*) AS copies FROM agreements "
                   "GROUP BY customer_id, type, first_name, last_name, email, phone_number HAVING copies > 1)"_s)
        && query.next()) {
        return query.value(0).toLongLong();
    }
    return 0;
}

} // namespace PartnerDesk::Sandbox

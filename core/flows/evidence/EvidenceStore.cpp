#include "EvidenceStore.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "util/Paths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace PartnerDesk {

namespace {

constexpr int SchemaVersion = 1;

const QString Columns = QStringLiteral(
    "id, recorded_at, user_id, user_principal_name, role, partner_type, customer_id, contact_first_name, "
    "contact_last_name, contact_email, contact_phone, acceptance_date, template_id, request_id, correlation_id, "
    "outcome, http_status, error_code, error_description, channel, contact_removed_at");

// Fixed width, so text order is time order.
QString dateTimeToText(const QDateTime& value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateTimeFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    return value.isValid() ? value.toUTC() : QDateTime();
}

QString dateToText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromText(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QJsonValue dateTimeToJson(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(dateTimeToText(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateToJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(dateToText(date)) : QJsonValue(QJsonValue::Null);
}

EvidenceRecord recordFromQuery(const QSqlQuery& query)
{
    EvidenceRecord record;
    record.id = query.value(0).toLongLong();
    record.recordedAtUtc = dateTimeFromText(query.value(1).toString());
    record.userId = query.value(2).toString();
    record.userPrincipalName = query.value(3).toString();
    // Keys this version does not know (written by a newer one) leave the defaults.
    static_cast<void>(roleFromKey(query.value(4).toString(), &record.role));
    static_cast<void>(partnerTypeFromKey(query.value(5).toString(), &record.partnerType));
    record.customerId = query.value(6).toString();
    record.contact.firstName = query.value(7).toString();
    record.contact.lastName = query.value(8).toString();
    record.contact.email = query.value(9).toString();
    record.contact.phoneNumber = query.value(10).toString();
    record.acceptanceDate = dateFromText(query.value(11).toString());
    record.templateId = query.value(12).toString();
    record.requestId = query.value(13).toString();
    record.correlationId = query.value(14).toString();
    static_cast<void>(EvidenceStore::outcomeFromKey(query.value(15).toString(), &record.outcome));
    record.httpStatus = query.value(16).toInt();
    record.errorCode = query.value(17).toString();
    record.errorDescription = query.value(18).toString();
    record.channel = query.value(19).toString();
    record.contactRemovedAtUtc = dateTimeFromText(query.value(20).toString());
    return record;
}

QJsonObject recordToJson(const EvidenceRecord& record)
{
    QJsonObject contact;
    contact.insert(QStringLiteral("firstName"), record.contact.firstName);
    contact.insert(QStringLiteral("lastName"), record.contact.lastName);
    contact.insert(QStringLiteral("email"), record.contact.email);
    contact.insert(QStringLiteral("phoneNumber"), record.contact.phoneNumber);

    QJsonObject object;
    object.insert(QStringLiteral("id"), record.id);
    object.insert(QStringLiteral("recordedAtUtc"), dateTimeToJson(record.recordedAtUtc));
    object.insert(QStringLiteral("userId"), record.userId);
    object.insert(QStringLiteral("userPrincipalName"), record.userPrincipalName);
    object.insert(QStringLiteral("role"), roleToKey(record.role));
    object.insert(QStringLiteral("partnerType"), partnerTypeToKey(record.partnerType));
    object.insert(QStringLiteral("customerId"), record.customerId);
    object.insert(QStringLiteral("contact"), contact);
    object.insert(QStringLiteral("acceptanceDate"), dateToJson(record.acceptanceDate));
    object.insert(QStringLiteral("templateId"), record.templateId);
    object.insert(QStringLiteral("requestId"), record.requestId);
    object.insert(QStringLiteral("correlationId"), record.correlationId);
    object.insert(QStringLiteral("outcome"), EvidenceStore::outcomeToKey(record.outcome));
    object.insert(QStringLiteral("httpStatus"), record.httpStatus);
    object.insert(QStringLiteral("errorCode"), record.errorCode);
    object.insert(QStringLiteral("errorDescription"), record.errorDescription);
    object.insert(QStringLiteral("channel"), record.channel);
    object.insert(QStringLiteral("contactRemovedAtUtc"), dateTimeToJson(record.contactRemovedAtUtc));
    return object;
}

bool recordFromJson(const QJsonObject& object, EvidenceRecord* record)
{
    const auto text = [&object](const char* key) { return object.value(QLatin1String(key)).toString(); };
    record->id = object.value(QLatin1String("id")).toInteger();
    record->recordedAtUtc = dateTimeFromText(text("recordedAtUtc"));
    record->userId = text("userId");
    record->userPrincipalName = text("userPrincipalName");
    if (!roleFromKey(text("role"), &record->role) || !partnerTypeFromKey(text("partnerType"), &record->partnerType)
        || !EvidenceStore::outcomeFromKey(text("outcome"), &record->outcome))
        return false;
    record->customerId = text("customerId");
    const QJsonObject contact = object.value(QLatin1String("contact")).toObject();
    record->contact.firstName = contact.value(QLatin1String("firstName")).toString();
    record->contact.lastName = contact.value(QLatin1String("lastName")).toString();
    record->contact.email = contact.value(QLatin1String("email")).toString();
    record->contact.phoneNumber = contact.value(QLatin1String("phoneNumber")).toString();
    record->acceptanceDate = dateFromText(text("acceptanceDate"));
    record->templateId = text("templateId");
    record->requestId = text("requestId");
    record->correlationId = text("correlationId");
    record->httpStatus = object.value(QLatin1String("httpStatus")).toInt();
    record->errorCode = text("errorCode");
    record->errorDescription = text("errorDescription");
    record->channel = text("channel");
    record->contactRemovedAtUtc = dateTimeFromText(text("contactRemovedAtUtc"));
    return true;
}

// Opens the connection's file and brings its schema up to date; false with the reason on failure.
bool openAndMigrate(const QString& connectionName, const QString& file, QString* failure)
{
    const auto fail = [failure](const QString& why) {
        *failure = why.isEmpty() ? QStringLiteral("unknown error") : why;
        return false;
    };
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(file);
    if (!db.open())
        return fail(db.lastError().text());

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return fail(query.lastError().text());
    if (!query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return fail(query.lastError().text());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(query.lastError().text());
    const int version = query.value(0).toInt();
    if (version > SchemaVersion)
        return fail(QStringLiteral("evidence file has a newer schema version %1").arg(version));
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS evidence ("
                                   "id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                   "recorded_at TEXT NOT NULL,"
                                   "user_id TEXT NOT NULL,"
                                   "user_principal_name TEXT NOT NULL,"
                                   "role TEXT NOT NULL,"
                                   "partner_type TEXT NOT NULL,"
                                   "customer_id TEXT NOT NULL,"
                                   "contact_first_name TEXT NOT NULL,"
                                   "contact_last_name TEXT NOT NULL,"
                                   "contact_email TEXT NOT NULL,"
                                   "contact_phone TEXT NOT NULL,"
                                   "acceptance_date TEXT NOT NULL,"
                                   "template_id TEXT NOT NULL,"
                                   "request_id TEXT NOT NULL,"
                                   "correlation_id TEXT NOT NULL,"
                                   "outcome TEXT NOT NULL,"
                                   "http_status INTEGER NOT NULL,"
                                   "error_code TEXT NOT NULL,"
                                   "error_description TEXT NOT NULL,"
                                   "channel TEXT NOT NULL,"
                                   "contact_removed_at TEXT NOT NULL)")))
        return fail(query.lastError().text());
    if (!query.exec(
            QStringLiteral("CREATE INDEX IF NOT EXISTS evidence_customer ON evidence (customer_id, recorded_at)")))
        return fail(query.lastError().text());
    if (!query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS evidence_time ON evidence (recorded_at)")))
        return fail(query.lastError().text());
    if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)))
        return fail(query.lastError().text());
    return true;
}

} // namespace

EvidenceStore::EvidenceStore()
    : m_connectionName(QStringLiteral("partnerdesk-evidence-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

EvidenceStore::~EvidenceStore()
{
    close();
}

QString EvidenceStore::defaultPath()
{
    return Paths::dataDirectory() + QStringLiteral("/evidence.sqlite");
}

bool EvidenceStore::open(const QString& path, QString* error)
{
    close();
    QString failure;
    if (!openAndMigrate(m_connectionName, QFileInfo(path).absoluteFilePath(), &failure)) {
        m_lastError = failure;
        if (error)
            *error = failure;
        qCWarning(lcFlows) << "evidence store: cannot open:" << failure;
        close();
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_lastError.clear();
    return true;
}

bool EvidenceStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void EvidenceStore::close()
{
    m_insert.reset(); // before the connection goes
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

qint64 EvidenceStore::add(const EvidenceRecord& record)
{
    if (!isOpen()) {
        m_lastError = QStringLiteral("evidence store is not open");
        return -1;
    }
    if (!record.recordedAtUtc.isValid()) {
        m_lastError = QStringLiteral("evidence record without a time");
        return -1;
    }
    if (!m_insert) {
        // Prepared once: a bulk run adds a record for every row.
        QSqlQuery prepared(QSqlDatabase::database(m_connectionName, false));
        if (!prepared.prepare(
                QStringLiteral("INSERT INTO evidence (recorded_at, user_id, user_principal_name, role, "
                               "partner_type, customer_id, contact_first_name, contact_last_name, contact_email, "
                               "contact_phone, acceptance_date, template_id, request_id, correlation_id, outcome, "
                               "http_status, error_code, error_description, channel, contact_removed_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            m_lastError = prepared.lastError().text();
            qCWarning(lcFlows) << "evidence store: cannot add a record:" << m_lastError;
            return -1;
        }
        m_insert = prepared;
    }
    QSqlQuery& query = *m_insert;
    // QSqlQuery binds a null QString as NULL; the columns are NOT NULL, so bind "" instead.
    const auto text = [](const QString& value) { return value.isNull() ? QString(QLatin1String("")) : value; };
    query.addBindValue(dateTimeToText(record.recordedAtUtc));
    query.addBindValue(text(record.userId));
    query.addBindValue(text(record.userPrincipalName));
    query.addBindValue(roleToKey(record.role));
    query.addBindValue(partnerTypeToKey(record.partnerType));
    query.addBindValue(text(record.customerId));
    query.addBindValue(text(record.contact.firstName));
    query.addBindValue(text(record.contact.lastName));
    query.addBindValue(text(record.contact.email));
    query.addBindValue(text(record.contact.phoneNumber));
    query.addBindValue(text(dateToText(record.acceptanceDate)));
    query.addBindValue(text(record.templateId));
    query.addBindValue(text(record.requestId));
    query.addBindValue(text(record.correlationId));
    query.addBindValue(outcomeToKey(record.outcome));
    query.addBindValue(record.httpStatus);
    query.addBindValue(text(record.errorCode));
    query.addBindValue(text(record.errorDescription));
    query.addBindValue(text(record.channel));
    query.addBindValue(text(dateTimeToText(record.contactRemovedAtUtc)));
    const bool added = query.exec();
    const qint64 id = added ? query.lastInsertId().toLongLong() : -1;
    if (!added) {
        m_lastError = query.lastError().text();
        qCWarning(lcFlows) << "evidence store: cannot add a record:" << m_lastError;
    }
    query.finish();
    return id;
}

QList<EvidenceRecord> EvidenceStore::select(
    const QString& where, const QVariantList& values, const QString& order) const
{
    QList<EvidenceRecord> records;
    if (!isOpen())
        return records;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM evidence");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") + order;
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcFlows) << "evidence store: cannot read records:" << m_lastError;
        return records;
    }
    while (query.next())
        records.append(recordFromQuery(query));
    return records;
}

QList<EvidenceRecord> EvidenceStore::forCustomer(const QString& customerId) const
{
    return select(QStringLiteral("customer_id = ?"), {customerId.isNull() ? QString(QLatin1String("")) : customerId},
        QStringLiteral("recorded_at DESC, id DESC"));
}

QList<EvidenceRecord> EvidenceStore::between(const QDateTime& fromUtc, const QDateTime& toUtc) const
{
    QStringList conditions;
    QVariantList values;
    if (fromUtc.isValid()) {
        conditions.append(QStringLiteral("recorded_at >= ?"));
        values.append(dateTimeToText(fromUtc));
    }
    if (toUtc.isValid()) {
        conditions.append(QStringLiteral("recorded_at < ?"));
        values.append(dateTimeToText(toUtc));
    }
    return select(conditions.join(QStringLiteral(" AND ")), values, QStringLiteral("recorded_at ASC, id ASC"));
}

int EvidenceStore::purgeContactData(int retentionDays, const Clock& clock)
{
    if (retentionDays <= 0)
        return 0;
    if (!isOpen()) {
        m_lastError = QStringLiteral("evidence store is not open");
        return -1;
    }
    const QDateTime now = clock.nowUtc().toUTC();
    const QDateTime cutoff = now.addDays(-retentionDays);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE evidence SET contact_first_name = '', contact_last_name = '', "
                                 "contact_email = '', contact_phone = '', contact_removed_at = ? "
                                 "WHERE recorded_at < ? AND contact_removed_at = ''"));
    query.addBindValue(dateTimeToText(now));
    query.addBindValue(dateTimeToText(cutoff));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcFlows) << "evidence store: cannot remove contact data:" << m_lastError;
        return -1;
    }
    const int changed = query.numRowsAffected();
    qCInfo(lcFlows) << "evidence store: contact data removed from" << changed << "records older than" << retentionDays
                    << "days";
    return changed;
}

QByteArray EvidenceStore::toJson(const QList<EvidenceRecord>& records)
{
    QJsonArray array;
    for (const EvidenceRecord& record : records)
        array.append(recordToJson(record));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QList<EvidenceRecord> EvidenceStore::fromJson(const QByteArray& json, bool* ok)
{
    QList<EvidenceRecord> records;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    bool good = parseError.error == QJsonParseError::NoError && document.isArray();
    if (good) {
        const QJsonArray array = document.array();
        for (const QJsonValue& value : array) {
            EvidenceRecord record;
            if (!value.isObject() || !recordFromJson(value.toObject(), &record)) {
                good = false;
                break;
            }
            records.append(record);
        }
    }
    if (ok)
        *ok = good;
    return good ? records : QList<EvidenceRecord>();
}

QString EvidenceStore::outcomeToKey(EvidenceRecord::Outcome outcome)
{
    switch (outcome) {
    case EvidenceRecord::Outcome::Confirmed:
        return QStringLiteral("confirmed");
    case EvidenceRecord::Outcome::AlreadyConfirmed:
        return QStringLiteral("alreadyConfirmed");
    case EvidenceRecord::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

bool EvidenceStore::outcomeFromKey(const QString& key, EvidenceRecord::Outcome* outcome)
{
    for (const auto candidate : {EvidenceRecord::Outcome::Confirmed, EvidenceRecord::Outcome::AlreadyConfirmed,
             EvidenceRecord::Outcome::Failed}) {
        if (key == outcomeToKey(candidate)) {
            *outcome = candidate;
            return true;
        }
    }
    return false;
}

} // namespace PartnerDesk

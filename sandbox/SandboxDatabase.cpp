#include "sandbox/SandboxDatabase.h"

#include "sandbox/DemoUsers.h"
#include "sandbox/SandboxLogging.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

// Business tables, dropped on reset; meta, users and refresh tokens survive a reset so a
// signed-in client stays signed in.
const QStringList customerDataTables{
    u"agreements"_s, u"subscriptions"_s, u"orders"_s, u"idempotent_responses"_s, u"document_links"_s, u"customers"_s};

const QStringList schemaStatements{
    uR"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))"_s,
    uR"(CREATE TABLE partner_users (
        id TEXT PRIMARY KEY,
        user_principal_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL,
        partner_type TEXT NOT NULL))"_s,
    // rowid is the insertion order: the stable order of GET /v1/customers and its keyset.
    uR"(CREATE TABLE customers (
        row_id INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        commerce_id TEXT NOT NULL,
        company_name TEXT NOT NULL,
        company_name_folded TEXT NOT NULL,
        domain TEXT NOT NULL,
        domain_folded TEXT NOT NULL,
        custom_domains TEXT NOT NULL, -- one domain per line
        relationship TEXT NOT NULL,
        allow_delegated_access INTEGER NOT NULL,
        direct_signed INTEGER NOT NULL,
        associated_partner_id TEXT NOT NULL DEFAULT '',
        billing_id TEXT NOT NULL,
        billing_first_name TEXT NOT NULL,
        billing_last_name TEXT NOT NULL,
        billing_email TEXT NOT NULL,
        billing_culture TEXT NOT NULL,
        billing_language TEXT NOT NULL,
        billing_company_name TEXT NOT NULL,
        billing_etag TEXT NOT NULL,
        address_country TEXT NOT NULL,
        address_region TEXT NOT NULL,
        address_city TEXT NOT NULL,
        address_state TEXT NOT NULL,
        address_line1 TEXT NOT NULL,
        address_line2 TEXT NOT NULL,
        address_postal_code TEXT NOT NULL,
        address_first_name TEXT NOT NULL,
        address_last_name TEXT NOT NULL,
        address_phone_number TEXT NOT NULL,
        created_at TEXT NOT NULL))"_s,
    uR"(CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        customer_id TEXT NOT NULL,
        type TEXT NOT NULL,
        template_id TEXT NOT NULL,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        email TEXT NOT NULL,
        phone_number TEXT NOT NULL,
        date_agreed TEXT NOT NULL,
        user_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        request_id TEXT NOT NULL))"_s,
    uR"(CREATE TABLE subscriptions (
        id TEXT NOT NULL,
        customer_id TEXT NOT NULL,
        order_id TEXT NOT NULL,
        offer_id TEXT NOT NULL,
        offer_name TEXT NOT NULL,
        friendly_name TEXT NOT NULL,
        quantity INTEGER NOT NULL,
        status TEXT NOT NULL,
        billing_cycle TEXT NOT NULL,
        creation_date TEXT NOT NULL))"_s,
    uR"(CREATE TABLE orders (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL,
        billing_cycle TEXT NOT NULL,
        currency_code TEXT NOT NULL,
        creation_date TEXT NOT NULL,
        status TEXT NOT NULL,
        line_items TEXT NOT NULL,
        request_id TEXT NOT NULL))"_s,
    uR"(CREATE INDEX orders_by_customer ON orders (customer_id))"_s,
    uR"(CREATE TABLE idempotent_responses (
        request_id TEXT NOT NULL,
        route TEXT NOT NULL,
        status INTEGER NOT NULL,
        body BLOB NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (request_id, route)))"_s,
    uR"(CREATE TABLE document_links (
        token TEXT PRIMARY KEY,
        template_id TEXT NOT NULL,
        country TEXT NOT NULL,
        language TEXT NOT NULL,
        expires_at INTEGER NOT NULL))"_s,
    uR"(CREATE TABLE refresh_tokens (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        redeemed INTEGER NOT NULL DEFAULT 0))"_s,
};

// Indexes on the tables the seeder fills. The seeder drops them and builds them again after
// its inserts: building an index from sorted keys once is far cheaper than updating it for
// every random GUID (100,000 customers: seconds instead of half a minute).
const QList<std::pair<QString, QString>> bulkIndexes{
    {u"customers_by_id"_s, u"CREATE UNIQUE INDEX customers_by_id ON customers (id)"_s},
    {u"customers_by_domain"_s, u"CREATE UNIQUE INDEX customers_by_domain ON customers (domain_folded)"_s},
    {u"customers_by_company_name"_s, u"CREATE INDEX customers_by_company_name ON customers (company_name_folded)"_s},
    // Unique: a duplicate confirmation is impossible even if a code path forgot to check;
    // /sandbox/stats still counts them so a test can prove it.
    {u"agreements_by_contact"_s,
        u"CREATE UNIQUE INDEX agreements_by_contact "
        "ON agreements (customer_id, type, first_name, last_name, email, phone_number)"_s},
    {u"subscriptions_by_id"_s, u"CREATE UNIQUE INDEX subscriptions_by_id ON subscriptions (id)"_s},
    {u"subscriptions_by_customer"_s, u"CREATE INDEX subscriptions_by_customer ON subscriptions (customer_id)"_s},
};

const QStringList allTables{u"meta"_s, u"partner_users"_s, u"customers"_s, u"agreements"_s, u"subscriptions"_s,
    u"orders"_s, u"idempotent_responses"_s, u"document_links"_s, u"refresh_tokens"_s};

QString describe(const QSqlError& error)
{
    return error.text();
}

} // namespace

SandboxDatabase::SandboxDatabase(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

SandboxDatabase::~SandboxDatabase()
{
    m_prepared.clear(); // before the connection closes
    m_failedStatement.reset();
    if (m_connection.isValid()) {
        m_connection.close();
        m_connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

SandboxDatabase::Prepared SandboxDatabase::prepared(const QString& statement) const
{
    std::shared_ptr<QSqlQuery>& query = m_prepared[statement];
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_connection);
        query->setForwardOnly(true);
        if (!query->prepare(statement)) {
            // Not kept (the next call prepares again, as before); exec() reports the error.
            m_failedStatement = std::move(query);
            m_prepared.remove(statement);
            return Prepared(*m_failedStatement);
        }
    }
    return Prepared(*query);
}

bool SandboxDatabase::execute(const QString& statement, QString* errorMessage)
{
    QSqlQuery query(m_connection);
    if (query.exec(statement))
        return true;
    if (errorMessage)
        *errorMessage = describe(query.lastError());
    return false;
}

QVariantList SandboxDatabase::withoutNulls(QVariantList values)
{
    for (QVariant& value : values) {
        if (value.typeId() == QMetaType::QString && static_cast<const QString*>(value.constData())->isNull())
            value = QStringLiteral("");
    }
    return values;
}

bool SandboxDatabase::open(const QString& path, QString* errorMessage)
{
    m_path = path;
    m_connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_connection.setDatabaseName(path);
    if (!m_connection.open()) {
        *errorMessage = u"Cannot open the sandbox database: "_s + describe(m_connection.lastError());
        return false;
    }
    if (!execute(u"PRAGMA journal_mode=WAL"_s, errorMessage) || !execute(u"PRAGMA synchronous=NORMAL"_s, errorMessage)
        || !execute(u"PRAGMA busy_timeout=5000"_s, errorMessage)) {
        return false;
    }

    const int version = storedSchemaVersion();
    if (version != schemaVersion) {
        if (version != 0)
            qCWarning(lcSandboxServer) << "Sandbox database has schema version" << version << "- recreating it";
        if (!dropSchema(errorMessage) || !createSchema(errorMessage))
            return false;
        m_isNew = true;
    }
    return loadSigningSecret(errorMessage);
}

int SandboxDatabase::storedSchemaVersion() const
{
    QSqlQuery query(m_connection);
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'schemaVersion'"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool SandboxDatabase::dropSchema(QString* errorMessage)
{
    for (const QString& table : allTables) {
        if (!execute(u"DROP TABLE IF EXISTS "_s + table, errorMessage))
            return false;
    }
    return true;
}

bool SandboxDatabase::createSchema(QString* errorMessage)
{
    if (!m_connection.transaction()) {
        *errorMessage = describe(m_connection.lastError());
        return false;
    }
    for (const QString& statement : schemaStatements) {
        if (!execute(statement, errorMessage)) {
            m_connection.rollback();
            return false;
        }
    }
    if (!createBulkIndexes(errorMessage)) {
        m_connection.rollback();
        return false;
    }

    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()), secret.size() / 4);
    QSqlQuery meta(m_connection);
    meta.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s);
    const QList<std::pair<QString, QString>> values{
        {u"schemaVersion"_s, QString::number(schemaVersion)},
        {u"signingSecret"_s, QString::fromLatin1(secret.toBase64())},
        {u"partnerTenantId"_s, DemoUsers::partnerTenantId()},
    };
    for (const auto& [key, value] : values) {
        meta.addBindValue(key);
        meta.addBindValue(value);
        if (!meta.exec()) {
            *errorMessage = describe(meta.lastError());
            m_connection.rollback();
            return false;
        }
    }

    QSqlQuery users(m_connection);
    users.prepare(u"INSERT INTO partner_users (id, user_principal_name, display_name, role, partner_type) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    for (const DemoUser& user : DemoUsers::all()) {
        users.addBindValue(user.userId);
        users.addBindValue(user.userPrincipalName);
        users.addBindValue(user.displayName);
        users.addBindValue(user.role);
        users.addBindValue(user.partnerType);
        if (!users.exec()) {
            *errorMessage = describe(users.lastError());
            m_connection.rollback();
            return false;
        }
    }
    if (!m_connection.commit()) {
        *errorMessage = describe(m_connection.lastError());
        return false;
    }
    return true;
}

bool SandboxDatabase::loadSigningSecret(QString* errorMessage)
{
    QSqlQuery query(m_connection);
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'signingSecret'"_s) || !query.next()) {
        *errorMessage = u"The sandbox database has no signing secret"_s;
        return false;
    }
    m_signingSecret = QByteArray::fromBase64(query.value(0).toString().toLatin1());
    return !m_signingSecret.isEmpty();
}

bool SandboxDatabase::dropBulkIndexes(QString* errorMessage)
{
    for (const auto& [name, statement] : bulkIndexes) {
        if (!execute(u"DROP INDEX IF EXISTS "_s + name, errorMessage))
            return false;
    }
    return true;
}

bool SandboxDatabase::createBulkIndexes(QString* errorMessage)
{
    for (const auto& [name, statement] : bulkIndexes) {
        if (!execute(statement, errorMessage))
            return false;
    }
    return true;
}

bool SandboxDatabase::clearCustomerData(QString* errorMessage)
{
    for (const QString& table : customerDataTables) {
        if (!execute(u"DELETE FROM "_s + table, errorMessage))
            return false;
    }
    return true;
}

} // namespace PartnerDesk::Sandbox

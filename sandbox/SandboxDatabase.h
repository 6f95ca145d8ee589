#pragma once

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace PartnerDesk::Sandbox {

// The sandbox's SQLite file: one named connection per server, opened and used only in the
// server's thread (Qt's SQL connections may not cross threads). WAL, so tests may read the
// file while the server runs.
class SandboxDatabase
{
public:
    explicit SandboxDatabase(QString connectionName);
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase&) = delete;
    SandboxDatabase& operator=(const SandboxDatabase&) = delete;

    // Opens or creates the file. A new file (or one written by another schema version) gets
    // a fresh schema, a new token-signing secret and the demo users; isNew() then says so,
    // and the caller seeds the customers.
    bool open(const QString& path, QString* errorMessage);
    [[nodiscard]] bool isNew() const { return m_isNew; }
    [[nodiscard]] QString path() const { return m_path; }

    [[nodiscard]] const QSqlDatabase& connection() const { return m_connection; }

    // A statement prepared once per connection and kept: preparing cost more than running
    // most of the sandbox's queries. Bind values with addBindValue() and exec(); the statement
    // is reset when the handle goes, so no read stays open. One handle per statement at a time.
    class Prepared
    {
    public:
        explicit Prepared(QSqlQuery& query)
            : m_query(query)
        { }
        ~Prepared() { m_query.finish(); }
        Prepared(const Prepared&) = delete;
        Prepared& operator=(const Prepared&) = delete;
        QSqlQuery& operator*() const { return m_query; }
        QSqlQuery* operator->() const { return &m_query; }

    private:
        QSqlQuery& m_query;
    };
    [[nodiscard]] Prepared prepared(const QString& statement) const;
    // HS256 key for the access tokens; generated with the file, so tokens survive a restart
    // on the same database and are worthless against any other.
    [[nodiscard]] QByteArray signingSecret() const { return m_signingSecret; }

    // Removes customers and everything hanging off them (reset before a re-seed).
    bool clearCustomerData(QString* errorMessage);
    bool execute(const QString& statement, QString* errorMessage);
    // The indexes of the seeded tables, dropped before a bulk insert and built after it.
    bool dropBulkIndexes(QString* errorMessage);
    bool createBulkIndexes(QString* errorMessage);

    // Null QStrings bind as SQL NULL; the text columns are NOT NULL, so absent text is "".
    [[nodiscard]] static QVariantList withoutNulls(QVariantList values);

    static constexpr int schemaVersion = 1;

private:
    bool createSchema(QString* errorMessage);
    bool dropSchema(QString* errorMessage);
    [[nodiscard]] int storedSchemaVersion() const;
    bool loadSigningSecret(QString* errorMessage);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_connection;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    mutable std::shared_ptr<QSqlQuery> m_failedStatement;
    QByteArray m_signingSecret;
    bool m_isNew = false;
};

} // namespace PartnerDesk::Sandbox

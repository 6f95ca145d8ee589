#include "sandbox/DatabaseSeeder.h"

#include "sandbox/AgreementStore.h"
#include "sandbox/CustomerStore.h"
#include "sandbox/OrderStore.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SeedGenerator.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk::Sandbox {

namespace {

constexpr int customersPerBatch = 2000;

// Rows collected column by column and written with one execBatch().
class BatchedInsert
{
public:
    BatchedInsert(const QSqlDatabase& connection, const QString& statement)
        : m_query(connection)
    {
        m_prepared = m_query.prepare(statement);
    }

    [[nodiscard]] bool isPrepared() const { return m_prepared; }

    void addRow(QVariantList values)
    {
        if (m_columns.isEmpty()) {
            m_columns.resize(values.size());
            for (QVariantList& column : m_columns)
                column.reserve(customersPerBatch * 2);
        }
        QVariantList* columns = m_columns.data();
        for (qsizetype i = 0; i < values.size(); ++i)
            columns[i].append(std::move(values[i]));
        ++m_rows;
    }

    bool flush(QString* errorMessage)
    {
        if (m_rows == 0)
            return true;
        for (const QVariantList& column : std::as_const(m_columns))
            m_query.addBindValue(column);
        const bool ok = m_query.execBatch();
        if (!ok)
            *errorMessage = m_query.lastError().text();
        for (QVariantList& column : m_columns)
            column.clear();
        m_rows = 0;
        return ok;
    }

    [[nodiscard]] QString errorText() const { return m_query.lastError().text(); }

private:
    QSqlQuery m_query;
    QList<QVariantList> m_columns;
    int m_rows = 0;
    bool m_prepared = false;
};

} // namespace

DatabaseSeeder::DatabaseSeeder(SandboxDatabase& database, const SeedVocabulary& vocabulary,
    const CountryRulesCatalog& countryRules, const AgreementCatalog& agreementCatalog)
    : m_database(database)
    , m_vocabulary(vocabulary)
    , m_countryRules(countryRules)
    , m_agreementCatalog(agreementCatalog)
{ }

bool DatabaseSeeder::seed(int customerCount, quint32 seed, QString* errorMessage)
{
    QElapsedTimer timer;
    timer.start();
    // For the bulk write only: no fsync, a larger page cache, and the rollback journal in
    // memory instead of the WAL (the WAL would write every page twice: once to the log,
    // once more when checkpointed).
    if (!m_database.execute(u"PRAGMA synchronous=OFF"_s, errorMessage)
        || !m_database.execute(u"PRAGMA cache_size=-65536"_s, errorMessage)) {
        return false;
    }
    // Refused while another connection has the file open (a test reading it): then the
    // seed stays in WAL mode, which is only slower.
    QString restoreError;
    m_database.execute(u"PRAGMA journal_mode=MEMORY"_s, &restoreError);
    const bool ok = writeAll(customerCount, seed, errorMessage);
    m_database.execute(u"PRAGMA journal_mode=WAL"_s, &restoreError);
    m_database.execute(u"PRAGMA synchronous=NORMAL"_s, &restoreError);
    m_database.execute(u"PRAGMA cache_size=-2000"_s, &restoreError);
    if (ok)
        qCInfo(lcSandboxServer) << "Seeded" << customerCount << "customers in" << timer.elapsed() << "ms";
    return ok;
}

bool DatabaseSeeder::writeAll(int customerCount, quint32 seed, QString* errorMessage)
{
    QSqlDatabase connection = m_database.connection();
    if (!connection.transaction()) {
        *errorMessage = connection.lastError().text();
        return false;
    }
    bool ok = m_database.dropBulkIndexes(errorMessage);
    {
        BatchedInsert customers(connection, CustomerStore::insertStatement());
        BatchedInsert agreements(connection, AgreementStore::insertStatement());
        BatchedInsert subscriptions(connection, OrderStore::subscriptionInsertStatement());
        if (ok && (!customers.isPrepared() || !agreements.isPrepared() || !subscriptions.isPrepared())) {
            *errorMessage = u"Cannot prepare the seed statements: "_s + customers.errorText();
            ok = false;
        }

        SeedGenerator generator(m_vocabulary, m_countryRules, m_agreementCatalog, seed);
        for (int index = 1; ok && index <= customerCount; ++index) {
            const SeedCustomer seeded = generator.next(index);
            customers.addRow(CustomerStore::insertValues(seeded.customer));
            for (const AgreementRecord& agreement : seeded.agreements)
                agreements.addRow(AgreementStore::insertValues(agreement));
            for (const SubscriptionRecord& subscription : seeded.subscriptions)
                subscriptions.addRow(OrderStore::subscriptionInsertValues(subscription));
            if (index % customersPerBatch == 0 || index == customerCount) {
                ok = customers.flush(errorMessage) && agreements.flush(errorMessage)
                    && subscriptions.flush(errorMessage);
            }
        }
    }
    ok = ok && m_database.createBulkIndexes(errorMessage);
    if (!ok) {
        connection.rollback();
        return false;
    }
    if (!connection.commit()) {
        *errorMessage = connection.lastError().text();
        return false;
    }
    return true;
}

} // namespace PartnerDesk::Sandbox

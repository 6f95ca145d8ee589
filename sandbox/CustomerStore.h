#pragma once

#include "sandbox/CustomerRecord.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace PartnerDesk::Sandbox {

class SandboxDatabase;

// Customers in SQLite. Listing is keyset paging on the insertion rowid, so page 200 of
// 100,000 customers costs what page 1 does (no OFFSET).
class CustomerStore
{
public:
    enum class SearchField { None, CompanyName, Domain };

    struct Query
    {
        qint64 afterRowId = 0;
        int size = 500;
        SearchField field = SearchField::None;
        QString prefix; // case-insensitive "starts with"
    };

    struct Page
    {
        QList<CustomerRecord> customers; // id, companyName, domain, relationship and rowId only
        bool hasMore = false;
    };

    explicit CustomerStore(SandboxDatabase& database);

    bool insert(const CustomerRecord& customer, QString* errorMessage);
    [[nodiscard]] std::optional<CustomerRecord> find(const QString& customerId) const;
    [[nodiscard]] bool exists(const QString& customerId) const;
    [[nodiscard]] bool isDirectSigned(const QString& customerId) const;
    [[nodiscard]] bool isDomainTaken(const QString& domain) const;
    [[nodiscard]] Page page(const Query& query) const;
    bool updateBillingProfile(const QString& customerId, const BillingProfileRecord& profile, QString* errorMessage);
    [[nodiscard]] qint64 count() const;

    // Shared with the seeder, which inserts the same rows in batches.
    [[nodiscard]] static QString insertStatement();
    [[nodiscard]] static QVariantList insertValues(const CustomerRecord& customer);
    // The search key of company names and domains: case-insensitive in every script.
    [[nodiscard]] static QString folded(const QString& text);

private:
    SandboxDatabase& m_database;
};

} // namespace PartnerDesk::Sandbox

#pragma once

#include "CustomerRowIndex.h"
#include "model/AgreementStatus.h"
#include "model/Customer.h"
#include "model/CustomerCollation.h"
#include "model/CustomerListPage.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QDate>
#include <QHash>
#include <QList>

#include <array>
#include <optional>
#include <vector>

namespace PartnerDesk {

// The customer list: one row per customer, no widget per row, so 100,000 rows stay light.
// Company, domain and relationship come with the list; the country and the MCA status are
// filled in later, as they are read (list items carry neither).
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CompanyColumn,
        DomainColumn,
        CountryColumn,
        StatusColumn,
        DateAgreedColumn,
        RelationshipColumn,
        ColumnCount
    };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        StatusRole, // McaStatus as int
        SortRole, // a value that sorts right
        CountryCodeRole,
    };

    struct Row
    {
        QString id;
        QString companyName;
        QString domain;
        QString country; // ISO code, empty until read
        CustomerRelationship relationship = CustomerRelationship::Unknown;
        McaStatus status = McaStatus::Unknown;
        QDate dateAgreed; // of the latest partner confirmation
        bool hasDetails = false;
    };

    explicit CustomerListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // Appends customers not listed yet (a page of the list); known ones are updated.
    void appendCustomers(const QList<Customer>& customers);
    // The same for a page from the list loader, taking the sort keys computed with it when they
    // are in this model's collation (otherwise they are computed here, as appendCustomers does).
    void appendPage(const CustomerListPage& page);
    void setDetails(const Customer& customer);
    void setStatus(const QString& customerId, const AgreementStatus& status);

    // The row of a customer, or -1.
    [[nodiscard]] int rowOf(const QString& customerId) const;
    [[nodiscard]] const Row& rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] const QList<Row>& rows() const { return m_rows; }
    // How many rows have each status (Unknown included).
    [[nodiscard]] QHash<McaStatus, int> statusCounts() const;

    // Language changed: headers and texts are re-read.
    void retranslate();

    // Compares two rows by a column the way the UI language sorts (negative, 0, positive).
    // Text columns use collation keys computed once per row, so sorting 100,000 rows does
    // not run the collator 1.7 million times.
    [[nodiscard]] int compareRows(int column, int left, int right) const;
    void setCollationLocale(const QLocale& locale);
    // While rowsInserted is emitted for rows of a page added with appendPage: the new rows in
    // ascending order by company (ties in list order), from the page; nullptr otherwise.
    [[nodiscard]] const std::vector<int>* insertedRowsByCompany() const
    {
        return m_insertedByCompany.empty() ? nullptr : &m_insertedByCompany;
    }
    // While rowsInserted is emitted for rows of a page added with appendPage: the row's search
    // text computed with the page (CustomerListPage::searchTexts); nullptr otherwise.
    [[nodiscard]] const QString* insertedSearchText(int row) const
    {
        const qsizetype index = row - m_insertedFirst;
        return index >= 0 && index < m_insertedSearchTexts.size() ? &m_insertedSearchTexts.at(index) : nullptr;
    }
    // The locale text is collated in (see CustomerCollation::locale).
    [[nodiscard]] QLocale collationLocale() const { return m_collation.locale(); }
    // Every row in ascending order by company (ties in list order) without a sort: when the
    // rows are those of one load of the list loader, added with appendPage since clear(), and
    // its last page came with their order (CustomerListPage::companyOrderOfLoad); nullptr
    // otherwise, and once a row is added otherwise or a company or the collation changes.
    [[nodiscard]] const QList<int>* rowsByCompany() const
    {
        return m_rowsByCompany.isEmpty() ? nullptr : &m_rowsByCompany;
    }
    // How many times a change may have moved rows in the order of this column: a row's value
    // in it changed, or the texts or the collation it sorts by did. Unchanged means that rows
    // compare by it as they did.
    [[nodiscard]] quint64 orderChanges(int column) const { return m_orderChanges.at(size_t(column)); }

private:
    void append(const QList<Customer>& customers, const CustomerListPage* page);
    void updateRow(int row, const Row& values);

    [[nodiscard]] const QCollatorSortKey& sortKey(int column, int row) const;
    [[nodiscard]] static QString sortText(int column, const Row& values);

    QList<Row> m_rows;
    CustomerRowIndex m_rowById;
    // How m_rowById reads the id of a row.
    [[nodiscard]] auto idOfRow() const
    {
        return [this](int row) { return QStringView(m_rows.at(row).id); };
    }
    CustomerCollation m_collation;
    void clearSortKeys();

    // One cache per column, used for the text columns (company, domain, country,
    // relationship), filled on demand. An array, not a hash: a sort looks keys up millions of times.
    using SortKeys = std::array<QList<std::optional<QCollatorSortKey>>, ColumnCount>;
    mutable SortKeys m_sortKeys;
    std::vector<int> m_insertedByCompany; // see insertedRowsByCompany()
    QList<QString> m_insertedSearchTexts; // see insertedSearchText(), from row m_insertedFirst on
    int m_insertedFirst = 0;
    // Every row so far came from appendPage as a new row with its page's company key, and no
    // company changed: the rows are numbered as the list loader numbers those of a load.
    bool m_rowsAsLoaded = true;
    QList<int> m_rowsByCompany; // see rowsByCompany()
    std::array<quint64, ColumnCount> m_orderChanges{}; // see orderChanges()
    void orderChanged(int column);
};

// The name of a country for display, in the UI language when known.
[[nodiscard]] QString countryDisplayName(const QString& isoCode);

} // namespace PartnerDesk

#include "CustomerListModel.h"

#include "StatusPresentation.h"
#include "util/IsoNames.h"

#include <QLocale>
#include <QThreadPool>

namespace PartnerDesk {

QString countryDisplayName(const QString& isoCode)
{
    return IsoNames::country(isoCode);
}

CustomerListModel::CustomerListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_collation(QLocale())
{ }

void CustomerListModel::setCollationLocale(const QLocale& locale)
{
    if (CustomerCollation::localeFor(locale) == m_collation.locale())
        return; // the same keys
    m_collation = CustomerCollation(locale);
    clearSortKeys();
    m_rowsAsLoaded = false;
    m_rowsByCompany.clear();
    for (int column = 0; column < ColumnCount; ++column)
        orderChanged(column);
}

void CustomerListModel::orderChanged(int column)
{
    ++m_orderChanges[size_t(column)];
}

void CustomerListModel::clearSortKeys()
{
    for (QList<std::optional<QCollatorSortKey>>& keys : m_sortKeys)
        keys.clear();
}

QString CustomerListModel::sortText(int column, const Row& values)
{
    switch (column) {
    case CompanyColumn:
        return values.companyName;
    case DomainColumn:
        return values.domain;
    case CountryColumn:
        return countryDisplayName(values.country);
    case RelationshipColumn:
        return relationshipDisplayName(values.relationship);
    default:
        return {};
    }
}

const QCollatorSortKey& CustomerListModel::sortKey(int column, int row) const
{
    QList<std::optional<QCollatorSortKey>>& keys = m_sortKeys[column];
    if (keys.size() < m_rows.size())
        keys.resize(m_rows.size());
    std::optional<QCollatorSortKey>& key = keys[row];
    if (!key)
        key = m_collation.sortKey(sortText(column, m_rows.at(row)));
    return *key;
}

int CustomerListModel::compareRows(int column, int left, int right) const
{
    switch (column) {
    case StatusColumn:
        return StatusPresentation::sortOrder(m_rows.at(left).status)
            - StatusPresentation::sortOrder(m_rows.at(right).status);
    case DateAgreedColumn: {
        const QDate a = m_rows.at(left).dateAgreed;
        const QDate b = m_rows.at(right).dateAgreed;
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    default:
        return sortKey(column, left).compare(sortKey(column, right));
    }
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case CustomerIdRole:
        return row.id;
    case StatusRole:
        return static_cast<int>(row.status);
    case CountryCodeRole:
        return row.country;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CompanyColumn:
            return row.companyName;
        case DomainColumn:
            return row.domain;
        case CountryColumn:
            return countryDisplayName(row.country);
        case StatusColumn:
            return role == Qt::ToolTipRole ? StatusPresentation::explanation(row.status)
                                           : StatusPresentation::text(row.status);
        case DateAgreedColumn:
            return row.dateAgreed.isValid() ? QLocale().toString(row.dateAgreed, QLocale::ShortFormat) : QString();
        case RelationshipColumn:
            return relationshipDisplayName(row.relationship);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(StatusPresentation::icon(row.status)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case CountryColumn:
            return countryDisplayName(row.country);
        case StatusColumn:
            return StatusPresentation::sortOrder(row.status);
        case DateAgreedColumn:
            return row.dateAgreed;
        case RelationshipColumn:
            return relationshipToWire(row.relationship);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case DomainColumn:
        return tr("Domain");
    case CountryColumn:
        return tr("Country/region");
    case StatusColumn:
        return tr("MCA status");
    case DateAgreedColumn:
        return tr("Date agreed");
    case RelationshipColumn:
        return tr("Relationship");
    default:
        return {};
    }
}

int CustomerListModel::rowOf(const QString& customerId) const
{
    return m_rowById.find(customerId, idOfRow());
}

void CustomerListModel::clear()
{
    beginResetModel();
    // Some 500,000 strings and keys to free for 100,000 rows, tens of milliseconds: a pooled
    // thread frees them while this one starts reading the list again. Nothing else holds them
    // but maybe the list loader's worker (keys it still merges), and their references are
    // counted atomically.
    constexpr qsizetype freedHere = 10000;
    if (m_rows.size() > freedHere) {
        auto* rows = new QList<Row>(std::exchange(m_rows, {}));
        auto* keys = new SortKeys(std::exchange(m_sortKeys, {}));
        QThreadPool::globalInstance()->start([rows, keys] {
            delete rows;
            delete keys;
        });
    }
    m_rows.clear();
    m_rowById.clear();
    clearSortKeys();
    m_rowsAsLoaded = true;
    m_rowsByCompany.clear();
    endResetModel();
}

void CustomerListModel::appendCustomers(const QList<Customer>& customers)
{
    append(customers, nullptr);
}

void CustomerListModel::appendPage(const CustomerListPage& page)
{
    append(page.customers, &page);
}

void CustomerListModel::append(const QList<Customer>& customers, const CustomerListPage* page)
{
    // What was computed with the page is taken when it is there for every customer, and the
    // sort keys only when they are in this model's collation.
    const bool keysFit
        = page && page->companyKeys.size() == customers.size() && page->collationLocale == m_collation.locale();
    const CustomerListPage* keyed = keysFit ? page : nullptr;
    const bool searchTextsFit = page && page->searchTexts.size() == customers.size();
    QList<Row> fresh;
    fresh.reserve(customers.size());
    QList<qsizetype> freshIndex; // into customers
    freshIndex.reserve(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const Customer& customer = customers.at(i);
        Row row;
        row.id = customer.id;
        row.companyName = customer.companyProfile.companyName;
        row.domain = customer.companyProfile.domain;
        row.relationship = customer.relationshipToPartner;
        row.country = customer.country();
        const int existing = rowOf(row.id);
        if (existing >= 0) {
            Row merged = m_rows.at(existing);
            merged.companyName = row.companyName;
            merged.domain = row.domain;
            merged.relationship = row.relationship;
            if (!row.country.isEmpty())
                merged.country = row.country;
            updateRow(existing, merged);
            continue;
        }
        fresh.append(row);
        freshIndex.append(i);
    }
    if (fresh.size() != customers.size() || !keyed)
        m_rowsAsLoaded = false;
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_rowsByCompany.clear();
    if (m_rowsAsLoaded && page->companyOrderOfLoad.size() == first + fresh.size())
        m_rowsByCompany = page->companyOrderOfLoad;
    if (searchTextsFit) {
        m_insertedFirst = first;
        m_insertedSearchTexts.reserve(fresh.size());
        for (qsizetype index : std::as_const(freshIndex))
            m_insertedSearchTexts.append(page->searchTexts.at(index));
    }
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const Row& row : std::as_const(fresh)) {
        m_rowById.set(row.id, static_cast<int>(m_rows.size()), idOfRow());
        m_rows.append(row);
    }
    // The list opens sorted by company: those keys are wanted now, a page at a time, rather
    // than all 100,000 at the first sort. The loader computes them off this thread.
    if (keyed) {
        QList<std::optional<QCollatorSortKey>>& keys = m_sortKeys[CompanyColumn];
        keys.resize(m_rows.size());
        for (qsizetype k = 0; k < freshIndex.size(); ++k)
            keys[first + k] = keyed->companyKeys.at(freshIndex.at(k));
        // The page's order by company, for the rows it adds (not those it updated).
        if (keyed->companyOrder.size() == customers.size()) {
            std::vector<int> rowOfIndex(static_cast<size_t>(customers.size()), -1);
            for (qsizetype k = 0; k < freshIndex.size(); ++k)
                rowOfIndex[static_cast<size_t>(freshIndex.at(k))] = first + static_cast<int>(k);
            m_insertedByCompany.reserve(static_cast<size_t>(fresh.size()));
            for (int index : keyed->companyOrder) {
                const int row = rowOfIndex.at(static_cast<size_t>(index));
                if (row >= 0)
                    m_insertedByCompany.push_back(row);
            }
        }
    } else {
        for (int row = first; row < m_rows.size(); ++row)
            static_cast<void>(sortKey(CompanyColumn, row));
    }
    endInsertRows();
    m_insertedByCompany.clear();
    m_insertedSearchTexts.clear();
}

void CustomerListModel::setDetails(const Customer& customer)
{
    const int row = rowOf(customer.id);
    if (row < 0) {
        appendCustomers({customer});
        return;
    }
    Row values = m_rows.at(row);
    if (!customer.companyProfile.companyName.isEmpty())
        values.companyName = customer.companyProfile.companyName;
    else if (customer.billingProfile && !customer.billingProfile->companyName.isEmpty())
        values.companyName = customer.billingProfile->companyName;
    if (!customer.country().isEmpty())
        values.country = customer.country();
    values.hasDetails = true;
    updateRow(row, values);
}

void CustomerListModel::setStatus(const QString& customerId, const AgreementStatus& status)
{
    const int row = rowOf(customerId);
    if (row < 0)
        return;
    Row values = m_rows.at(row);
    values.status = status.verdict();
    const std::optional<Agreement> latest = status.latestConfirmation();
    values.dateAgreed = latest ? latest->acceptanceDate() : QDate();
    updateRow(row, values);
}

void CustomerListModel::updateRow(int row, const Row& values)
{
    // Forget a row's sort keys only for the columns whose text changed (a status does not
    // change the company's key), and count a change in the order of the columns whose value
    // changed.
    const Row& old = m_rows.at(row);
    for (int column = 0; column < ColumnCount; ++column) {
        bool changed = false;
        switch (column) {
        case StatusColumn:
            changed = StatusPresentation::sortOrder(old.status) != StatusPresentation::sortOrder(values.status);
            break;
        case DateAgreedColumn:
            changed = old.dateAgreed != values.dateAgreed;
            break;
        default: {
            changed = sortText(column, old) != sortText(column, values);
            QList<std::optional<QCollatorSortKey>>& keys = m_sortKeys[column];
            if (changed && row < keys.size())
                keys[row].reset();
        }
        }
        if (!changed)
            continue;
        orderChanged(column);
        if (column == CompanyColumn) {
            m_rowsAsLoaded = false;
            m_rowsByCompany.clear();
        }
    }
    m_rows[row] = values;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QHash<McaStatus, int> CustomerListModel::statusCounts() const
{
    QHash<McaStatus, int> counts;
    for (const Row& row : m_rows)
        ++counts[row.status];
    return counts;
}

void CustomerListModel::retranslate()
{
    // Country and relationship names are in the UI language: sorted by the new ones.
    for (int column : {CountryColumn, RelationshipColumn}) {
        m_sortKeys[size_t(column)].clear();
        orderChanged(column);
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace PartnerDesk

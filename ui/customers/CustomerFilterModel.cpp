#include "CustomerFilterModel.h"

#include "CustomerListModel.h"

#include <algorithm>
#include <numeric>

namespace PartnerDesk {

namespace {
// A change of more rows than this re-sorts the sorted order at the next filter instead of
// moving each row into place.
constexpr int rowsMovedOneByOne = 256;

// std::stable_sort's result — there is only one stable order — in about half the comparisons
// when `rows` is a few long sorted runs, as the rows shown are once the list has loaded (each
// page sorted among itself): the runs are merged pairwise, left before right, which keeps
// ties in their order. Rows without long runs go to std::stable_sort after a few comparisons.
template<typename Less> void stableSortByRuns(std::vector<int>& rows, Less less)
{
    constexpr size_t shortestAverageRun = 64;
    std::vector<size_t> bounds{0}; // where each run starts, then the end
    for (size_t i = 1; i < rows.size(); ++i) {
        if (!less(rows[i], rows[i - 1]))
            continue;
        bounds.push_back(i);
        if (bounds.size() * shortestAverageRun > i + 1024) {
            std::stable_sort(rows.begin(), rows.end(), less);
            return;
        }
    }
    bounds.push_back(rows.size());
    std::vector<int> merged(rows.size());
    while (bounds.size() > 2) {
        std::vector<size_t> mergedBounds{0};
        for (size_t run = 0; run + 1 < bounds.size(); run += 2) {
            const auto first = static_cast<std::ptrdiff_t>(bounds[run]);
            const auto middle = static_cast<std::ptrdiff_t>(bounds[run + 1]);
            const auto last = run + 2 < bounds.size() ? static_cast<std::ptrdiff_t>(bounds[run + 2]) : middle;
            std::merge(rows.begin() + first, rows.begin() + middle, rows.begin() + middle, rows.begin() + last,
                merged.begin() + first, less);
            mergedBounds.push_back(static_cast<size_t>(last));
        }
        rows.swap(merged);
        bounds = std::move(mergedBounds);
    }
}
} // namespace

CustomerFilterModel::CustomerFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

CustomerFilterModel::~CustomerFilterModel() = default;

void CustomerFilterModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = qobject_cast<CustomerListModel*>(sourceModel);
    QAbstractProxyModel::setSourceModel(m_model);
    if (m_model) {
        m_connections << connect(
            m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first, int last) {
                if (!parent.isValid())
                    onRowsInserted(first, last);
            });
        m_connections << connect(m_model, &QAbstractItemModel::dataChanged, this, &CustomerFilterModel::onDataChanged);
        m_connections << connect(
            m_model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        m_connections << connect(
            m_model, &QAbstractItemModel::modelAboutToBeReset, this, &CustomerFilterModel::onAboutToReset);
        m_connections << connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerFilterModel::onReset);
        // The list only appends, changes and resets; anything else is taken as a reset.
        for (auto aboutTo : {&QAbstractItemModel::rowsAboutToBeRemoved, &QAbstractItemModel::columnsAboutToBeInserted,
                 &QAbstractItemModel::columnsAboutToBeRemoved})
            m_connections << connect(m_model, aboutTo, this, &CustomerFilterModel::onAboutToReset);
        for (auto done : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::columnsInserted,
                 &QAbstractItemModel::columnsRemoved})
            m_connections << connect(m_model, done, this, &CustomerFilterModel::onReset);
        m_connections << connect(
            m_model, &QAbstractItemModel::rowsAboutToBeMoved, this, &CustomerFilterModel::onAboutToReset);
        m_connections << connect(m_model, &QAbstractItemModel::rowsMoved, this, &CustomerFilterModel::onReset);
        m_connections << connect(
            m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, &CustomerFilterModel::onAboutToReset);
        m_connections << connect(m_model, &QAbstractItemModel::layoutChanged, this, &CustomerFilterModel::onReset);
    }
    onResetState();
    endResetModel();
}

void CustomerFilterModel::onAboutToReset()
{
    beginResetModel();
}

void CustomerFilterModel::onReset()
{
    onResetState();
    endResetModel();
}

void CustomerFilterModel::onResetState()
{
    m_holdAppended = false;
    m_appendedWhileHeld = false;
    m_held.clear();
    m_searchIndex.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row)
        indexRow(row);
    m_sortedValid = false;
    m_proxyToSource.clear();
    for (int row : sortedRows()) {
        if (accepts(row))
            m_proxyToSource.push_back(row);
    }
    rebuildSourceToProxy();
    m_shownIsFiltered = true;
    setShownTiesInListOrder(true);
}

void CustomerFilterModel::indexRow(int sourceRow)
{
    const CustomerListModel::Row& row = m_model->rowAt(sourceRow);
    m_searchIndex.setRow(sourceRow, row.companyName, row.domain, row.id);
}

void CustomerFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    const QString folded = CustomerSearchText::fold(trimmed);
    // Typing on: every row the longer text finds, the shorter found too.
    const bool narrower = folded.startsWith(m_foldedSearch);
    m_search = trimmed;
    m_foldedSearch = folded;
    refilter(narrower);
}

void CustomerFilterModel::setStatusFilter(std::optional<McaStatus> status)
{
    if (status == m_status)
        return;
    const bool narrower = !m_status;
    m_status = status;
    refilter(narrower);
}

void CustomerFilterModel::setCollationLocale(const QLocale& locale)
{
    if (m_model)
        m_model->setCollationLocale(locale);
    m_sortedValid = false;
    refilter(false);
}

void CustomerFilterModel::invalidate()
{
    refilter(false);
}

bool CustomerFilterModel::accepts(int sourceRow) const
{
    const CustomerListModel::Row& row = m_model->rowAt(sourceRow);
    if (m_status && row.status != *m_status)
        return false;
    if (m_search.isEmpty())
        return true;
    return m_searchIndex.rowMatches(sourceRow, m_foldedSearch) || idStartsWithSearch(sourceRow);
}

bool CustomerFilterModel::idStartsWithSearch(int sourceRow) const
{
    // Most searches cannot start an id at all: then no id is looked at.
    return m_searchIndex.anyIdMayStartWith(m_foldedSearch) && m_searchIndex.idMayStartWith(sourceRow, m_foldedSearch)
        && m_model->rowAt(sourceRow).id.startsWith(m_search, Qt::CaseInsensitive);
}

bool CustomerFilterModel::sortLess(int left, int right) const
{
    if (m_sortColumn < 0)
        return left < right;
    return m_model->compareRows(m_sortColumn, left, right) < 0;
}

bool CustomerFilterModel::before(int left, int right) const
{
    // A stable sort of the list's order, as QSortFilterProxyModel sorts: descending compares
    // the other way round, ties still in list order.
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (ascending ? sortLess(left, right) : sortLess(right, left))
        return true;
    if (ascending ? sortLess(right, left) : sortLess(left, right))
        return false;
    return m_sortColumn < 0 && !ascending ? left > right : left < right;
}

void CustomerFilterModel::stableSort(std::vector<int>& rows) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn < 0) {
        if (ascending)
            std::stable_sort(rows.begin(), rows.end(), std::less<>());
        else
            std::stable_sort(rows.begin(), rows.end(), std::greater<>());
        return;
    }
    if (ascending)
        stableSortByRuns(rows, [this](int left, int right) { return sortLess(left, right); });
    else
        stableSortByRuns(rows, [this](int left, int right) { return sortLess(right, left); });
}

const std::vector<int>& CustomerFilterModel::sortedRows()
{
    if (!m_sortedValid) {
        if (const QList<int>* known = knownSortedRows()) {
            m_sorted.assign(known->cbegin(), known->cend());
        } else {
            m_sorted.resize(static_cast<size_t>(m_model ? m_model->rowCount() : 0));
            std::iota(m_sorted.begin(), m_sorted.end(), 0);
            stableSort(m_sorted);
        }
        m_sortedValid = true;
    }
    return m_sorted;
}

const QList<int>* CustomerFilterModel::knownSortedRows() const
{
    if (!m_model || m_sortColumn != CustomerListModel::CompanyColumn || m_sortOrder != Qt::AscendingOrder)
        return nullptr;
    const QList<int>* known = m_model->rowsByCompany();
    return known && known->size() == m_model->rowCount() ? known : nullptr;
}

bool CustomerFilterModel::shownTiesInListOrder() const
{
    return m_shownTiesInListOrder && m_sortColumn >= 0 && m_model
        && m_model->orderChanges(m_sortColumn) == m_tiesOrderChanges;
}

void CustomerFilterModel::setShownTiesInListOrder(bool inListOrder)
{
    m_shownTiesInListOrder = inListOrder;
    m_tiesOrderChanges = m_model && m_sortColumn >= 0 ? m_model->orderChanges(m_sortColumn) : 0;
}

void CustomerFilterModel::rebuildSourceToProxy()
{
    m_sourceToProxy.assign(static_cast<size_t>(m_model ? m_model->rowCount() : 0), -1);
    for (size_t proxyRow = 0; proxyRow < m_proxyToSource.size(); ++proxyRow)
        m_sourceToProxy[static_cast<size_t>(m_proxyToSource[proxyRow])] = static_cast<int>(proxyRow);
}

void CustomerFilterModel::changeLayout(QAbstractItemModel::LayoutChangeHint hint, const std::function<void()>& change)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, int>> sourceCells; // row, column
    sourceCells.reserve(before.size());
    for (const QModelIndex& index : before)
        sourceCells.append({m_proxyToSource.at(static_cast<size_t>(index.row())), index.column()});
    change();
    rebuildSourceToProxy();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto& [sourceRow, column] : std::as_const(sourceCells)) {
        const int proxyRow = m_sourceToProxy.at(static_cast<size_t>(sourceRow));
        after.append(proxyRow >= 0 ? createIndex(proxyRow, column) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

void CustomerFilterModel::refilter(bool narrower)
{
    if (!m_model)
        return;
    insertHeldRows();
    changeLayout(QAbstractItemModel::NoLayoutChangeHint, [this, narrower] {
        const bool pickFromShown = narrower && m_shownIsFiltered;
        const std::vector<int> shown = pickFromShown ? m_proxyToSource : std::vector<int>();
        const std::vector<int>& candidates = pickFromShown ? shown : sortedRows();
        if (!pickFromShown)
            setShownTiesInListOrder(true); // otherwise as it was: some of the rows shown, in their order
        m_proxyToSource.clear();
        if (m_search.isEmpty()) {
            for (int row : candidates) {
                if (!m_status || m_model->rowAt(row).status == *m_status)
                    m_proxyToSource.push_back(row);
            }
        } else {
            // One pass over all the text, unless only a few rows are left to look at.
            const bool fewCandidates = candidates.size() * 8 < static_cast<size_t>(m_model->rowCount());
            // Ids are GUIDs: a search with a character no id has starts none, and no id is read.
            const bool mayStartId = m_searchIndex.anyIdMayStartWith(m_foldedSearch);
            if (!fewCandidates)
                m_searchIndex.findRows(m_foldedSearch, m_matches);
            for (int row : candidates) {
                if (m_status && m_model->rowAt(row).status != *m_status)
                    continue;
                const bool textMatches = fewCandidates ? m_searchIndex.rowMatches(row, m_foldedSearch)
                                                       : m_matches[static_cast<size_t>(row)] != 0;
                if (textMatches || (mayStartId && idStartsWithSearch(row)))
                    m_proxyToSource.push_back(row);
            }
        }
        m_shownIsFiltered = true;
    });
}

void CustomerFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_model)
        return;
    insertHeldRows();
    changeLayout(QAbstractItemModel::VerticalSortHint, [this, column, order] {
        const bool allShown = m_proxyToSource.size() == static_cast<size_t>(m_model->rowCount());
        // Sorted again as it was, as when the list has loaded: the rows shown are sorted runs
        // (what was shown, then each page) with ties in list order, so their stable sort is
        // the sorted order of all rows, with the rows not shown left out — when that order is
        // known, no row is compared.
        const bool tiesKept = column == m_sortColumn && order == m_sortOrder && shownTiesInListOrder();
        if (tiesKept && (m_sortedValid || knownSortedRows())) {
            std::vector<int> shown;
            shown.reserve(m_proxyToSource.size());
            for (int row : sortedRows()) {
                if (m_sourceToProxy[static_cast<size_t>(row)] >= 0)
                    shown.push_back(row);
            }
            m_proxyToSource = std::move(shown);
            m_shownIsFiltered = allShown;
            return;
        }
        m_sortColumn = column;
        m_sortOrder = order;
        stableSort(m_proxyToSource);
        // Every row shown, ties in list order: that is the sorted order of all rows, free.
        bool tiesInListOrder = allShown;
        for (size_t i = 1; tiesInListOrder && !tiesKept && i < m_proxyToSource.size(); ++i)
            tiesInListOrder = before(m_proxyToSource[i - 1], m_proxyToSource[i]);
        if (tiesInListOrder) {
            m_sorted = m_proxyToSource;
            m_sortedValid = true;
        } else {
            // Now rather than at the next keystroke.
            m_sortedValid = false;
            sortedRows();
        }
        m_shownIsFiltered = tiesInListOrder;
        setShownTiesInListOrder(tiesKept || tiesInListOrder);
    });
}

void CustomerFilterModel::onRowsInserted(int first, int last)
{
    const int oldCount = static_cast<int>(m_sourceToProxy.size());
    if (first != oldCount) {
        // Rows inserted before others: not what the list does; start afresh.
        beginResetModel();
        onResetState();
        endResetModel();
        return;
    }
    for (int row = first; row <= last; ++row) {
        // A page from the list loader comes with its rows' search texts (folded on its worker).
        if (const QString* searchText = m_model->insertedSearchText(row))
            m_searchIndex.setRowText(row, *searchText, m_model->rowAt(row).id);
        else
            indexRow(row);
    }
    m_sortedValid = false;
    m_shownIsFiltered = false;
    // Sorted among themselves and added after the rows shown, as QSortFilterProxyModel does
    // without dynamic sorting: nothing shown moves while pages arrive. Sorted by company, a page
    // from the list loader comes in that order already (computed on its worker thread).
    const std::vector<int>* byCompany = m_model->insertedRowsByCompany();
    const bool presorted = byCompany && m_sortColumn == CustomerListModel::CompanyColumn
        && m_sortOrder == Qt::AscendingOrder && byCompany->size() == static_cast<size_t>(last - first + 1);
    std::vector<int> accepted;
    if (presorted) {
        for (int row : *byCompany) {
            if (accepts(row))
                accepted.push_back(row);
        }
    } else {
        for (int row = first; row <= last; ++row) {
            if (accepts(row))
                accepted.push_back(row);
        }
        stableSort(accepted);
    }
    m_sourceToProxy.resize(static_cast<size_t>(last + 1), -1);
    if (m_holdAppended) {
        m_appendedWhileHeld = true;
        m_held.insert(m_held.end(), accepted.cbegin(), accepted.cend());
        return;
    }
    appendShown(accepted);
}

void CustomerFilterModel::appendShown(const std::vector<int>& sourceRows)
{
    if (sourceRows.empty())
        return;
    const int proxyFirst = static_cast<int>(m_proxyToSource.size());
    beginInsertRows({}, proxyFirst, proxyFirst + static_cast<int>(sourceRows.size()) - 1);
    for (int row : sourceRows) {
        m_sourceToProxy[static_cast<size_t>(row)] = static_cast<int>(m_proxyToSource.size());
        m_proxyToSource.push_back(row);
    }
    endInsertRows();
}

void CustomerFilterModel::insertHeldRows()
{
    const std::vector<int> held = std::exchange(m_held, {});
    appendShown(held);
}

bool CustomerFilterModel::showAppendedRows()
{
    insertHeldRows();
    m_holdAppended = false;
    return std::exchange(m_appendedWhileHeld, false);
}

void CustomerFilterModel::onDataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    for (int row = first; row <= last; ++row)
        indexRow(row);
    // The sorted order follows the change; what is shown does not until the next filter.
    if (m_sortedValid && m_sortColumn >= 0) {
        if (last - first + 1 > rowsMovedOneByOne) {
            m_sortedValid = false;
        } else {
            for (int row = first; row <= last; ++row) {
                m_sorted.erase(std::find(m_sorted.begin(), m_sorted.end(), row));
                const auto place = std::lower_bound(
                    m_sorted.begin(), m_sorted.end(), row, [this](int left, int right) { return before(left, right); });
                m_sorted.insert(place, row);
            }
        }
    }
    m_shownIsFiltered = false;

    int proxyFirst = -1;
    int proxyLast = -1;
    for (int row = first; row <= last && row < static_cast<int>(m_sourceToProxy.size()); ++row) {
        const int proxyRow = m_sourceToProxy[static_cast<size_t>(row)];
        if (proxyRow < 0)
            continue;
        proxyFirst = proxyFirst < 0 ? proxyRow : std::min(proxyFirst, proxyRow);
        proxyLast = std::max(proxyLast, proxyRow);
    }
    if (proxyFirst >= 0)
        Q_EMIT dataChanged(index(proxyFirst, topLeft.column()), index(proxyLast, bottomRight.column()), roles);
}

QModelIndex CustomerFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CustomerFilterModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex CustomerFilterModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int CustomerFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proxyToSource.size());
}

int CustomerFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool CustomerFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant CustomerFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    if (section >= 0 && section < rowCount())
        return m_model->headerData(m_proxyToSource[static_cast<size_t>(section)], orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

QModelIndex CustomerFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return m_model->index(m_proxyToSource[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CustomerFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model
        || sourceIndex.row() >= static_cast<int>(m_sourceToProxy.size()))
        return {};
    const int proxyRow = m_sourceToProxy[static_cast<size_t>(sourceIndex.row())];
    return proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, sourceIndex.column());
}

} // namespace PartnerDesk

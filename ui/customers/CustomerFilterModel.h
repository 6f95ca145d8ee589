#pragma once

#include "CustomerSearchIndex.h"
#include "model/AgreementStatus.h"

#include <QAbstractProxyModel>

#include <functional>
#include <optional>
#include <vector>

namespace PartnerDesk {

class CustomerListModel;

// Search as you type (company or domain contains the text, ignoring case, or the customer id
// starts with it), a status filter, and sorting by any column in the order of the UI language,
// over a CustomerListModel.
//
// It behaves as the QSortFilterProxyModel it replaces did with dynamic sorting off — the same
// rows in the same order after every change — but a keystroke never sorts: the order of every
// row by the sort column is kept, and a new filter only picks the rows that pass from it, in
// one pass over a case-folded copy of the texts (CustomerSearchIndex). With 100,000 customers
// that is a few milliseconds instead of a filter and a sort of the whole list.
//
//  - sort(): a stable sort of the rows shown (ties keep their order), as the view asks.
//  - A new filter, invalidate(), a new collation: the rows that pass, in sorted order with ties
//    in list order.
//  - Rows appended to the list (pages arriving): those that pass, sorted among themselves,
//    after the rows shown — the view does not jump while the list loads.
//  - Changed rows (a status, the country) stay where they are and stay shown until the next
//    filter or sort, so that rows do not jump as statuses arrive one by one.
class CustomerFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterModel(QObject* parent = nullptr);
    ~CustomerFilterModel() override;

    // The source must be a CustomerListModel (or nullptr).
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_search; }
    void setStatusFilter(std::optional<McaStatus> status);
    [[nodiscard]] std::optional<McaStatus> statusFilter() const { return m_status; }
    // The UI language changed: sort by its rules.
    void setCollationLocale(const QLocale& locale);
    // Filters (and so sorts) every row again, for instance after statuses changed.
    void invalidate();

    // While the list loads: the rows appended from now on wait here, and are shown together by
    // showAppendedRows() — or by a filter or sort before that, which shows them as it would —
    // so that a view lays out and paints the table once for many pages of the list.
    void holdAppendedRows() { m_holdAppended = true; }
    // Shows the rows held since holdAppendedRows() (those that pass the filter, after the rows
    // shown, as if appended now) and stops holding; false when no row was appended meanwhile.
    bool showAppendedRows();

    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void onRowsInserted(int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onAboutToReset();
    void onReset();
    // Everything again from the list, without signals.
    void onResetState();

    [[nodiscard]] bool accepts(int sourceRow) const;
    [[nodiscard]] bool idStartsWithSearch(int sourceRow) const;
    // The list's compareRows for the sort column (the row number without one).
    [[nodiscard]] bool sortLess(int left, int right) const;
    // Whether source row `left` comes before `right` in the sorted order of all rows.
    [[nodiscard]] bool before(int left, int right) const;
    void stableSort(std::vector<int>& rows) const;
    // Every source row in sorted order (ties in list order), sorted again when stale, or taken
    // from the list when it knows it (CustomerListModel::rowsByCompany).
    const std::vector<int>& sortedRows();
    [[nodiscard]] const QList<int>* knownSortedRows() const;
    // The rows shown that tie in the sort column are in list order (see m_shownTiesInListOrder).
    [[nodiscard]] bool shownTiesInListOrder() const;
    void setShownTiesInListOrder(bool inListOrder);
    // Chooses the rows shown again; `narrower`: the new filter passes no row the old one did not.
    void refilter(bool narrower);
    // Runs `change` on the rows shown inside a layout change, keeping persistent indexes.
    void changeLayout(QAbstractItemModel::LayoutChangeHint hint, const std::function<void()>& change);
    void rebuildSourceToProxy();
    void indexRow(int sourceRow);
    // Shows these source rows after the rows shown.
    void appendShown(const std::vector<int>& sourceRows);
    // The rows held, shown before anything else changes what is shown.
    void insertHeldRows();

    CustomerListModel* m_model = nullptr;
    QList<QMetaObject::Connection> m_connections;

    QString m_search; // trimmed, as typed
    QString m_foldedSearch;
    std::optional<McaStatus> m_status;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1: not shown
    std::vector<int> m_sorted; // every source row in sort order, when m_sortedValid
    bool m_sortedValid = false;
    // m_proxyToSource is exactly the rows of m_sorted that pass the current filter, so a
    // narrower search may pick from it instead of from every row.
    bool m_shownIsFiltered = false;
    // Of any two rows shown that tie in the sort column, the one first in the list is shown
    // first — as in the sorted order of all rows, and kept by rows appended after the others
    // sorted among themselves — as long as no row's value in the sort column changed since
    // (CustomerListModel::orderChanges, m_tiesOrderChanges then). Sorting again by the same
    // column then gives the rows shown in the sorted order of all rows.
    bool m_shownTiesInListOrder = false;
    quint64 m_tiesOrderChanges = 0;
    bool m_holdAppended = false;
    bool m_appendedWhileHeld = false;
    std::vector<int> m_held; // rows appended while held that passed the filter, in the order to show them
    CustomerSearchIndex m_searchIndex;
    mutable std::vector<char> m_matches;
};

} // namespace PartnerDesk

#include "CustomerFilterModel.h"

#include "CustomerListModel.h"

namespace PartnerDesk {

CustomerFilterModel::CustomerFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CustomerListModel::SortRole);
    setDynamicSortFilter(false); // statuses arrive one by one; re-sorting each time would jump rows
}

void CustomerFilterModel::setCollationLocale(const QLocale& locale)
{
    if (auto* model = qobject_cast<CustomerListModel*>(sourceModel()))
        model->setCollationLocale(locale);
    invalidate();
}

void CustomerFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    // A full re-filter: removing tens of thousands of scattered rows one range at a time
    // (invalidateRowsFilter) takes seconds with a view attached; a reset takes milliseconds.
    invalidate();
}

void CustomerFilterModel::setStatusFilter(std::optional<McaStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidate();
}

bool CustomerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const CustomerListModel*>(sourceModel());
    const CustomerListModel::Row& row = model->rowAt(sourceRow);
    if (m_status && row.status != *m_status)
        return false;
    if (m_search.isEmpty())
        return true;
    return row.companyName.contains(m_search, Qt::CaseInsensitive) || row.domain.contains(m_search, Qt::CaseInsensitive)
        || row.id.startsWith(m_search, Qt::CaseInsensitive);
}

bool CustomerFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = static_cast<const CustomerListModel*>(sourceModel());
    return model->compareRows(left.column(), left.row(), right.row()) < 0;
}

} // namespace PartnerDesk

#include "CustomerFilterModel.h"

#include "CustomerListModel.h"

namespace PartnerDesk {

CustomerFilterModel::CustomerFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CustomerListModel::SortRole);
    setDynamicSortFilter(false); // statuses arrive one by one; re-sorting each time would jump rows
    setCollationLocale(QLocale());
}

void CustomerFilterModel::setCollationLocale(const QLocale& locale)
{
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    invalidate();
}

void CustomerFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void CustomerFilterModel::setStatusFilter(std::optional<McaStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
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
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace PartnerDesk

#pragma once

#include "model/AgreementStatus.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace PartnerDesk {

// Search as you type (company or domain contains the text, ignoring case), a status
// filter, and sorting by any column in the order of the UI language.
class CustomerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_search; }
    void setStatusFilter(std::optional<McaStatus> status);
    [[nodiscard]] std::optional<McaStatus> statusFilter() const { return m_status; }
    // The UI language changed: sort by its rules.
    void setCollationLocale(const QLocale& locale);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search;
    std::optional<McaStatus> m_status;
};

} // namespace PartnerDesk

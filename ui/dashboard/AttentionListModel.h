#pragma once

#include "flows/coverage/CoverageReport.h"

#include <QAbstractTableModel>

namespace PartnerDesk {

// The customers that need attention, most urgent first (Coverage::needsAttention): not
// confirmed with purchases, the other not confirmed ones, then those not read.
class AttentionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CompanyColumn, DomainColumn, CountryColumn, StatusColumn, PurchasesColumn, ColumnCount };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        StatusRole, // McaStatus as int
    };

    explicit AttentionListModel(QObject* parent = nullptr);

    void setRows(const QList<CoverageRow>& rows);
    void retranslate();
    [[nodiscard]] const CoverageRow& rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] static QString headerText(Column column);
    [[nodiscard]] static QString purchasesText(const CoverageRow& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CoverageRow> m_rows;
};

} // namespace PartnerDesk

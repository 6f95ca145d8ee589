#pragma once

#include "flows/coverage/CoverageReport.h"

#include <QAbstractTableModel>
#include <QMap>

namespace PartnerDesk {

// The coverage by country: one row per country (its name in the UI language), the customers
// of each status and the share covered (confirmed or accepted directly). Sorts by SortRole.
class CountryCoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CountryColumn,
        TotalColumn,
        ConfirmedColumn,
        AcceptedColumn,
        NotConfirmedColumn,
        UnknownColumn,
        CoveredColumn,
        ColumnCount
    };
    enum Role {
        CountryCodeRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit CountryCoverageModel(QObject* parent = nullptr);

    void setCounts(const QMap<QString, StatusCounts>& counts);
    // Names and headers again, in the new UI language.
    void retranslate();
    [[nodiscard]] static McaStatus statusOf(Column column);
    [[nodiscard]] static QString countryName(const QString& isoCode);
    [[nodiscard]] static QString headerText(Column column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString code;
        QString name;
        StatusCounts counts;
    };
    QList<Row> m_rows;
};

} // namespace PartnerDesk

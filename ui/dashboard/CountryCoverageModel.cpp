#include "CountryCoverageModel.h"

#include "customers/StatusPresentation.h"
#include "util/IsoNames.h"
#include "widgets/LocaleText.h"

#include <QLocale>

namespace PartnerDesk {

namespace {
double coveredPercent(const StatusCounts& counts)
{
    return counts.percent(McaStatus::ConfirmedByPartner) + counts.percent(McaStatus::AcceptedDirectly);
}
} // namespace

CountryCoverageModel::CountryCoverageModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CountryCoverageModel::setCounts(const QMap<QString, StatusCounts>& counts)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_rows.append({it.key(), countryName(it.key()), it.value()});
    endResetModel();
}

void CountryCoverageModel::retranslate()
{
    for (Row& row : m_rows)
        row.name = countryName(row.code);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

McaStatus CountryCoverageModel::statusOf(Column column)
{
    switch (column) {
    case ConfirmedColumn:
        return McaStatus::ConfirmedByPartner;
    case AcceptedColumn:
        return McaStatus::AcceptedDirectly;
    case NotConfirmedColumn:
        return McaStatus::NotConfirmed;
    default:
        break;
    }
    return McaStatus::Unknown;
}

QString CountryCoverageModel::countryName(const QString& isoCode)
{
    return isoCode.isEmpty() ? tr("Country not known") : IsoNames::country(isoCode);
}

QString CountryCoverageModel::headerText(Column column)
{
    switch (column) {
    case CountryColumn:
        return tr("Country");
    case TotalColumn:
        return tr("Customers");
    case CoveredColumn:
        return tr("Covered");
    case ConfirmedColumn:
    case AcceptedColumn:
    case NotConfirmedColumn:
    case UnknownColumn:
        return StatusPresentation::text(statusOf(column));
    case ColumnCount:
        break;
    }
    return {};
}

int CountryCoverageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CountryCoverageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountryCoverageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const auto number
        = [&]() -> int { return column == TotalColumn ? row.counts.total() : row.counts.count(statusOf(column)); };
    switch (role) {
    case Qt::DisplayRole:
        if (column == CountryColumn)
            return row.name;
        if (column == CoveredColumn)
            return LocaleText::percent(coveredPercent(row.counts), 0);
        return QLocale().toString(number());
    case SortRole:
        if (column == CountryColumn)
            return row.name;
        if (column == CoveredColumn)
            return coveredPercent(row.counts);
        return number();
    case CountryCodeRole:
        return row.code;
    case Qt::TextAlignmentRole:
        return column == CountryColumn ? QVariant() : QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == CountryColumn && !row.code.isEmpty())
            return row.code;
        break;
    default:
        break;
    }
    return {};
}

QVariant CountryCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return headerText(static_cast<Column>(section));
}

} // namespace PartnerDesk

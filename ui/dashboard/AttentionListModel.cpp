#include "AttentionListModel.h"

#include "CountryCoverageModel.h"
#include "customers/StatusPresentation.h"

#include <QFont>

namespace PartnerDesk {

namespace {
// A name written left to right keeps its final punctuation at its end in a right-to-left
// window ("S.A. de C.V.", not ".S.A. de C.V"; "(주)…" keeps its parenthesis first): left-to-right
// marks enclose it.
QString leftToRightKept(const QString& text)
{
    return text.isRightToLeft() ? text : QChar(0x200E) + text + QChar(0x200E);
}
} // namespace

AttentionListModel::AttentionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AttentionListModel::setRows(const QList<CoverageRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void AttentionListModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString AttentionListModel::headerText(Column column)
{
    switch (column) {
    case CompanyColumn:
        return tr("Company");
    case DomainColumn:
        return tr("Domain");
    case CountryColumn:
        return tr("Country");
    case StatusColumn:
        return tr("MCA status");
    case PurchasesColumn:
        return tr("Has purchases");
    case ColumnCount:
        break;
    }
    return {};
}

QString AttentionListModel::purchasesText(const CoverageRow& row)
{
    if (!row.hasPurchases)
        return row.customer.status == McaStatus::NotConfirmed ? tr("Could not be read") : tr("Not checked");
    return *row.hasPurchases ? tr("Yes") : tr("No");
}

int AttentionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttentionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CoverageRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case CompanyColumn:
            return leftToRightKept(row.customer.companyName);
        case DomainColumn:
            return leftToRightKept(row.customer.domain);
        case CountryColumn:
            return row.customer.country.isEmpty() ? QString() : CountryCoverageModel::countryName(row.customer.country);
        case StatusColumn:
            return StatusPresentation::text(row.customer.status);
        case PurchasesColumn:
            return purchasesText(row);
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusPresentation::icon(row.customer.status);
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return StatusPresentation::explanation(row.customer.status);
        break;
    case Qt::FontRole:
        if (index.column() == PurchasesColumn && row.hasPurchases.value_or(false)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case CustomerIdRole:
        return row.customer.customerId;
    case StatusRole:
        return static_cast<int>(row.customer.status);
    default:
        break;
    }
    return {};
}

QVariant AttentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return headerText(static_cast<Column>(section));
}

} // namespace PartnerDesk

#include "CoverageReport.h"

#include <algorithm>
#include <numeric>

namespace PartnerDesk {

void StatusCounts::add(McaStatus status, bool hasPurchases)
{
    ++m_counts[index(status)];
    if (status == McaStatus::NotConfirmed && hasPurchases)
        ++m_notConfirmedWithPurchases;
}

int StatusCounts::total() const
{
    return std::accumulate(m_counts.cbegin(), m_counts.cend(), 0);
}

double StatusCounts::percent(McaStatus status) const
{
    const int all = total();
    return all == 0 ? 0.0 : 100.0 * count(status) / all;
}

namespace Coverage {

StatusCounts countByStatus(const QList<CoverageRow>& rows)
{
    StatusCounts counts;
    for (const CoverageRow& row : rows)
        counts.add(row.customer.status, row.hasPurchases.value_or(false));
    return counts;
}

QMap<QString, StatusCounts> countByCountry(const QList<CoverageRow>& rows)
{
    QMap<QString, StatusCounts> counts;
    for (const CoverageRow& row : rows)
        counts[row.customer.country.trimmed().toUpper()].add(row.customer.status, row.hasPurchases.value_or(false));
    return counts;
}

std::optional<int> attentionRank(const CoverageRow& row)
{
    switch (row.customer.status) {
    case McaStatus::NotConfirmed:
        return row.hasPurchases.value_or(false) ? 0 : 1;
    case McaStatus::Unknown:
        return 2;
    case McaStatus::ConfirmedByPartner:
    case McaStatus::AcceptedDirectly:
        break;
    }
    return std::nullopt;
}

QList<CoverageRow> needsAttention(const QList<CoverageRow>& rows)
{
    QList<CoverageRow> result;
    for (const CoverageRow& row : rows) {
        if (attentionRank(row))
            result.append(row);
    }
    std::stable_sort(result.begin(), result.end(), [](const CoverageRow& a, const CoverageRow& b) {
        const int rankA = *attentionRank(a);
        const int rankB = *attentionRank(b);
        if (rankA != rankB)
            return rankA < rankB;
        const int byName = QString::compare(a.customer.companyName, b.customer.companyName, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.customer.customerId < b.customer.customerId;
    });
    return result;
}

} // namespace Coverage

CoverageReport::CoverageReport(QList<CoverageRow> rows, const QDateTime& scannedAtUtc)
    : m_rows(std::move(rows))
    , m_scannedAt(scannedAtUtc.toUTC())
    , m_totals(Coverage::countByStatus(m_rows))
    , m_byCountry(Coverage::countByCountry(m_rows))
    , m_failed(static_cast<int>(
          std::count_if(m_rows.cbegin(), m_rows.cend(), [](const CoverageRow& row) { return row.readFailed; })))
{ }

QList<CustomerStatusRow> CoverageReport::statusRows() const
{
    QList<CustomerStatusRow> result;
    result.reserve(m_rows.size());
    for (const CoverageRow& row : m_rows)
        result.append(row.customer);
    return result;
}

} // namespace PartnerDesk

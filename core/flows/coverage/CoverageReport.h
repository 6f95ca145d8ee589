#pragma once

#include "api/ApiError.h"
#include "flows/StatusExport.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace PartnerDesk {

// One customer as the coverage scan saw it: its status line (the same as in the status
// export) and, for customers that can neither buy nor accept directly, whether it has
// purchases already — those cannot accept in the admin center and need the partner first.
struct CoverageRow
{
    CustomerStatusRow customer;
    // Read only for customers that are not confirmed; empty when not read or not readable.
    std::optional<bool> hasPurchases;
    // Something about this customer could not be read (its status then is Unknown, or its
    // country or purchases are missing).
    bool readFailed = false;
};

// How many customers have each MCA status.
class StatusCounts
{
public:
    void add(McaStatus status, bool hasPurchases = false);
    [[nodiscard]] int count(McaStatus status) const { return m_counts.at(index(status)); }
    [[nodiscard]] int total() const;
    // Not confirmed customers that already have purchases (the most urgent ones).
    [[nodiscard]] int notConfirmedWithPurchases() const { return m_notConfirmedWithPurchases; }
    // The share of `status` in the total, 0..100 (0 when there are no customers).
    [[nodiscard]] double percent(McaStatus status) const;

    friend bool operator==(const StatusCounts&, const StatusCounts&) = default;

    // Every status in the order the dashboard shows them.
    static constexpr std::array<McaStatus, 4> statuses{
        McaStatus::ConfirmedByPartner, McaStatus::AcceptedDirectly, McaStatus::NotConfirmed, McaStatus::Unknown};

private:
    [[nodiscard]] static std::size_t index(McaStatus status) { return static_cast<std::size_t>(status); }
    std::array<int, 4> m_counts{};
    int m_notConfirmedWithPurchases = 0;
};

// The aggregation, as pure functions (unit-tested without a server).
namespace Coverage {

[[nodiscard]] StatusCounts countByStatus(const QList<CoverageRow>& rows);
// Keyed by ISO country code, upper case; customers without a known country under "".
[[nodiscard]] QMap<QString, StatusCounts> countByCountry(const QList<CoverageRow>& rows);
// The customers to act on, most urgent first: not confirmed with purchases, then the other
// not confirmed ones, then those whose status is unknown. Inside each group by company
// name, then id, so the order is stable.
[[nodiscard]] QList<CoverageRow> needsAttention(const QList<CoverageRow>& rows);
// The rank of a row in needsAttention(); empty for rows that need none.
[[nodiscard]] std::optional<int> attentionRank(const CoverageRow& row);

} // namespace Coverage

// The result of one scan of every customer.
class CoverageReport
{
public:
    CoverageReport() = default;
    CoverageReport(QList<CoverageRow> rows, const QDateTime& scannedAtUtc);

    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty() && !m_scannedAt.isValid(); }
    [[nodiscard]] const QList<CoverageRow>& rows() const { return m_rows; }
    [[nodiscard]] QDateTime scannedAtUtc() const { return m_scannedAt; }
    [[nodiscard]] const StatusCounts& totals() const { return m_totals; }
    [[nodiscard]] const QMap<QString, StatusCounts>& byCountry() const { return m_byCountry; }
    [[nodiscard]] QList<CoverageRow> needsAttention() const { return Coverage::needsAttention(m_rows); }
    // The rows as the status export writes them.
    [[nodiscard]] QList<CustomerStatusRow> statusRows() const;

    // Customers with something that could not be read, and the last such error.
    [[nodiscard]] int failedCount() const { return m_failed; }
    [[nodiscard]] const std::optional<ApiError>& lastError() const { return m_lastError; }
    void setLastError(const ApiError& error) { m_lastError = error; }

private:
    QList<CoverageRow> m_rows;
    QDateTime m_scannedAt;
    StatusCounts m_totals;
    QMap<QString, StatusCounts> m_byCountry;
    int m_failed = 0;
    std::optional<ApiError> m_lastError;
};

} // namespace PartnerDesk

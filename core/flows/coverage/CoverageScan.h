#pragma once

#include "CoverageReport.h"
#include "api/Json.h"
#include "api/Result.h"
#include "flows/Workspace.h"
#include "model/Customer.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace PartnerDesk {

class PartnerCenterClient;
class RequestGate;

// Reads the MCA coverage of every customer: pages through the customer list, and for each
// customer reads its details (the country is on the billing profile), its status
// (confirmations and direct acceptance) and — when it is not confirmed — whether it has
// purchases. Every request waits its turn at a RequestGate, so a scan of thousands of
// customers stays inside Partner Center's rate limit; the list's pages go first, then
// the purchases of customers already half read, then the next customers.
//
// A customer whose status cannot be read counts as Unknown and the error is kept; a
// customer whose country or purchases cannot be read keeps its status. Only a customer
// list that cannot be read fails the scan.
class CoverageScan : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxInFlight = 4;
        int perMinute = 300; // 0 = no cap
    };
    // Safe for Partner Center (documented: 500 requests a minute per tenant on the customer
    // resource); the loopback sandbox is read faster.
    [[nodiscard]] static Limits limitsFor(Workspace::Connection connection);

    CoverageScan(PartnerCenterClient* client, const Limits& limits, QObject* parent = nullptr);
    ~CoverageScan() override;

    void start();
    // Stops at once: nothing more is sent, the answers still under way are dropped.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] int doneCount() const { return m_done; }
    [[nodiscard]] int knownCount() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] bool isListComplete() const { return m_listComplete; }
    [[nodiscard]] const Limits& limits() const { return m_limits; }
    // Requests sent so far in this scan (retries included).
    [[nodiscard]] qint64 requestCount() const;

Q_SIGNALS:
    // `known` grows while the list is paged; it is the total once `listComplete`.
    void progress(int done, int known, bool listComplete);
    void finished(const PartnerDesk::CoverageReport& report);
    void canceled();
    // The customer list could not be read: there is no report.
    void failed(const PartnerDesk::ApiError& error);
    // Partner Center asked to slow down; the scan waits this long before going on.
    void throttled(int delayMilliseconds);

private:
    struct Reading;

    void readPage(const std::optional<Link>& next);
    void onPage(const Result<Page<Customer>>& page);
    void readCustomer(int row);
    void onCustomer(int row, const Result<Reading>& reading);
    void readPurchases(int row);
    void customerDone(int row);
    void recordError(int row, const ApiError& error);
    void finishIfDone();

    PartnerCenterClient* m_client;
    Limits m_limits;
    std::unique_ptr<RequestGate> m_gate;
    QList<CoverageRow> m_rows;
    std::optional<ApiError> m_lastError;
    int m_done = 0;
    int m_generation = 0;
    bool m_listComplete = false;
    bool m_running = false;
};

} // namespace PartnerDesk

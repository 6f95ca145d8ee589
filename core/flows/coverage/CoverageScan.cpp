#include "CoverageScan.h"

#include "api/ChainOperation.h"
#include "api/PartnerCenterClient.h"
#include "flows/AgreementStatusLoader.h"
#include "flows/bulk/RequestGate.h"
#include "util/Clock.h"
#include "util/Logging.h"

namespace PartnerDesk {

namespace {
constexpr int pageSize = 500; // the largest page Partner Center serves

// Gate priorities: finish what is started before starting more.
constexpr int pagePriority = 2;
constexpr int purchasesPriority = 1;
constexpr int customerPriority = 0;

// Requests one customer costs before its purchases: details, confirmations, direct acceptance.
constexpr int customerCost = 3;
} // namespace

struct CoverageScan::Reading
{
    Customer details;
    AgreementStatus status;
};

CoverageScan::Limits CoverageScan::limitsFor(Workspace::Connection connection)
{
    if (connection == Workspace::Connection::Sandbox)
        return {8, 0};
    return {4, 300};
}

CoverageScan::CoverageScan(PartnerCenterClient* client, const Limits& limits, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_limits(limits)
{ }

CoverageScan::~CoverageScan() = default;

qint64 CoverageScan::requestCount() const
{
    return m_gate ? m_gate->requestsCharged() : 0;
}

void CoverageScan::start()
{
    if (m_running)
        return;
    ++m_generation;
    m_rows.clear();
    m_lastError.reset();
    m_done = 0;
    m_listComplete = false;
    m_running = true;
    m_gate = std::make_unique<RequestGate>(m_limits.maxInFlight, std::max(0, m_limits.perMinute)); // 0: no cap
    connect(m_gate.get(), &RequestGate::throttled, this, &CoverageScan::throttled);
    qCInfo(lcFlows) << "Coverage scan started:" << m_limits.maxInFlight << "in flight," << m_limits.perMinute
                    << "per minute";
    Q_EMIT progress(0, 0, false);
    readPage(std::nullopt);
}

void CoverageScan::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // answers still under way are dropped
    m_gate->clearQueue();
    m_gate->abortInFlight();
    qCInfo(lcFlows) << "Coverage scan canceled after" << m_done << "of" << m_rows.size() << "customers";
    Q_EMIT canceled();
}

void CoverageScan::readPage(const std::optional<Link>& next)
{
    const int generation = m_generation;
    RequestGate::Job job;
    job.priority = pagePriority;
    job.start = [this, next, generation]() -> ApiOperation* {
        auto done = [this, generation](const Result<Page<Customer>>& page) {
            if (generation == m_generation)
                onPage(page);
        };
        return next ? m_client->nextCustomers(*next, this, done) : m_client->customers(pageSize, this, done);
    };
    m_gate->enqueue(std::move(job));
}

void CoverageScan::onPage(const Result<Page<Customer>>& page)
{
    if (!page.ok()) {
        m_running = false;
        ++m_generation;
        m_gate->clearQueue();
        m_gate->abortInFlight();
        qCWarning(lcFlows) << "Coverage scan failed: the customer list could not be read:" << page.error().httpStatus
                           << page.error().code;
        Q_EMIT failed(page.error());
        return;
    }
    for (const Customer& customer : page.value().items) {
        CoverageRow row;
        row.customer.customerId = customer.id;
        row.customer.companyName = customer.companyProfile.companyName;
        row.customer.domain = customer.companyProfile.domain;
        row.customer.country = customer.country();
        row.customer.relationship = relationshipToWire(customer.relationshipToPartner);
        m_rows.append(row);
        readCustomer(static_cast<int>(m_rows.size()) - 1);
    }
    if (page.value().next && !page.value().items.isEmpty())
        readPage(page.value().next);
    else
        m_listComplete = true;
    Q_EMIT progress(m_done, static_cast<int>(m_rows.size()), m_listComplete);
    finishIfDone();
}

void CoverageScan::readCustomer(int row)
{
    const int generation = m_generation;
    const QString customerId = m_rows.at(row).customer.customerId;
    RequestGate::Job job;
    job.priority = customerPriority;
    job.order = row;
    job.cost = customerCost;
    job.start = [this, row, customerId, generation]() -> ApiOperation* {
        PartnerCenterClient* client = m_client;
        const ResultCallback<Reading> done = [this, row, generation](const Result<Reading>& reading) {
            if (generation == m_generation)
                onCustomer(row, reading);
        };
        // One request at a time per customer: the gate counts one slot for the chain.
        auto* chain = new ChainOperation(this, client);
        chain->setCurrent(
            client->customer(customerId, chain, [client, customerId, chain, done](const Result<Customer>& details) {
                if (!details.ok()) {
                    chain->complete<Reading>(done, details.error());
                    return;
                }
                chain->setCurrent(AgreementStatusLoader::load(client, customerId, chain,
                    [chain, done, customer = details.value()](const Result<AgreementStatus>& status) {
                        if (!status.ok()) {
                            chain->complete<Reading>(done, status.error());
                            return;
                        }
                        chain->complete<Reading>(done, Reading{customer, status.value()});
                    }));
            }));
        return chain;
    };
    m_gate->enqueue(std::move(job));
}

void CoverageScan::onCustomer(int row, const Result<Reading>& reading)
{
    CoverageRow& target = m_rows[row];
    if (!reading.ok()) {
        recordError(row, reading.error());
        customerDone(row);
        return;
    }
    const Customer& details = reading.value().details;
    if (!details.companyProfile.companyName.isEmpty())
        target.customer.companyName = details.companyProfile.companyName;
    if (!details.companyProfile.domain.isEmpty())
        target.customer.domain = details.companyProfile.domain;
    if (!details.country().isEmpty())
        target.customer.country = details.country();
    if (details.relationshipToPartner != CustomerRelationship::Unknown)
        target.customer.relationship = relationshipToWire(details.relationshipToPartner);
    const AgreementStatus& status = reading.value().status;
    target.customer.status = status.verdict();
    if (const std::optional<Agreement> latest = status.latestConfirmation())
        target.customer.dateAgreed = latest->acceptanceDate();
    if (target.customer.status == McaStatus::NotConfirmed)
        readPurchases(row);
    else
        customerDone(row);
}

void CoverageScan::readPurchases(int row)
{
    const int generation = m_generation;
    const QString customerId = m_rows.at(row).customer.customerId;
    RequestGate::Job job;
    job.priority = purchasesPriority;
    job.order = row;
    job.start = [this, row, customerId, generation]() -> ApiOperation* {
        return m_client->subscriptions(
            customerId, this, [this, row, generation](const Result<QList<Subscription>>& subscriptions) {
                if (generation != m_generation)
                    return;
                if (subscriptions.ok())
                    m_rows[row].hasPurchases = !subscriptions.value().isEmpty();
                else
                    recordError(row, subscriptions.error());
                customerDone(row);
            });
    };
    m_gate->enqueue(std::move(job));
}

void CoverageScan::recordError(int row, const ApiError& error)
{
    m_rows[row].readFailed = true;
    m_lastError = error;
    // The id only: company names and contacts stay out of the log.
    qCWarning(lcFlows) << "Coverage scan: customer" << m_rows.at(row).customer.customerId
                       << "could not be read:" << error.httpStatus << error.code;
}

void CoverageScan::customerDone(int)
{
    ++m_done;
    Q_EMIT progress(m_done, static_cast<int>(m_rows.size()), m_listComplete);
    finishIfDone();
}

void CoverageScan::finishIfDone()
{
    if (!m_running || !m_listComplete || m_done < m_rows.size())
        return;
    m_running = false;
    CoverageReport report(m_rows, Clock::instance().nowUtc());
    if (m_lastError)
        report.setLastError(*m_lastError);
    qCInfo(lcFlows) << "Coverage scan finished:" << m_rows.size() << "customers," << report.failedCount()
                    << "not fully read," << requestCount() << "requests";
    Q_EMIT finished(report);
}

} // namespace PartnerDesk

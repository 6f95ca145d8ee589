#pragma once

#include "api/ApiError.h"
#include "model/AgreementStatus.h"
#include "model/Customer.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace PartnerDesk {

class Workspace;

// Reads the country and the MCA status of the customers the user is looking at, a few at a
// time: list items carry neither, and reading all 100,000 at once would take hours under
// Partner Center's rate limit. Newly requested customers go first.
class CustomerStatusQueue : public QObject
{
    Q_OBJECT

public:
    explicit CustomerStatusQueue(Workspace* workspace, QObject* parent = nullptr);

    // Asks for these customers (those already known or under way are skipped).
    void request(const QStringList& customerIds);
    // Reads one customer again, whatever is known (after a change).
    void refresh(const QString& customerId);
    void clear();
    void setConcurrency(int concurrency) { m_concurrency = std::max(1, concurrency); }
    [[nodiscard]] int pendingCount() const { return static_cast<int>(m_queue.size()) + m_inFlight; }

Q_SIGNALS:
    void detailsLoaded(const PartnerDesk::Customer& customer);
    void statusLoaded(const QString& customerId, const PartnerDesk::AgreementStatus& status);
    void loadFailed(const QString& customerId, const PartnerDesk::ApiError& error);
    void idle();

private:
    void pump();
    void load(const QString& customerId);

    Workspace* m_workspace;
    QStringList m_queue;
    QSet<QString> m_known; // done or queued
    int m_inFlight = 0;
    int m_concurrency = 3;
};

} // namespace PartnerDesk

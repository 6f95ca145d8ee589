#include "CustomerStatusQueue.h"

#include "api/PartnerCenterClient.h"
#include "flows/AgreementStatusLoader.h"
#include "flows/Workspace.h"

namespace PartnerDesk {

CustomerStatusQueue::CustomerStatusQueue(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{ }

void CustomerStatusQueue::request(const QStringList& customerIds)
{
    QStringList fresh;
    for (const QString& id : customerIds) {
        if (!m_known.contains(id)) {
            m_known.insert(id);
            fresh << id;
        }
    }
    m_queue = fresh + m_queue; // what the user looks at now comes first
    pump();
}

void CustomerStatusQueue::refresh(const QString& customerId)
{
    m_known.remove(customerId);
    m_queue.removeAll(customerId);
    request({customerId});
}

void CustomerStatusQueue::clear()
{
    m_queue.clear();
    m_known.clear();
}

void CustomerStatusQueue::pump()
{
    while (m_inFlight < m_concurrency && !m_queue.isEmpty())
        load(m_queue.takeFirst());
    if (m_inFlight == 0 && m_queue.isEmpty())
        Q_EMIT idle();
}

void CustomerStatusQueue::load(const QString& customerId)
{
    ++m_inFlight;
    m_workspace->client()->customer(customerId, this, [this, customerId](const Result<Customer>& customer) {
        if (!customer.ok()) {
            --m_inFlight;
            m_known.remove(customerId); // may be asked again later
            Q_EMIT loadFailed(customerId, customer.error());
            pump();
            return;
        }
        Q_EMIT detailsLoaded(customer.value());
        AgreementStatusLoader::load(
            m_workspace->client(), customerId, this, [this, customerId](const Result<AgreementStatus>& status) {
                --m_inFlight;
                if (status.ok()) {
                    Q_EMIT statusLoaded(customerId, status.value());
                } else {
                    m_known.remove(customerId);
                    Q_EMIT loadFailed(customerId, status.error());
                }
                pump();
            });
    });
}

} // namespace PartnerDesk

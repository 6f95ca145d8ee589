#include "OrderFlow.h"

#include "api/PartnerCenterClient.h"
#include "flows/AgreementStatusLoader.h"
#include "flows/AttestationChannel.h"
#include "flows/Workspace.h"

namespace PartnerDesk {

OrderFlow::OrderFlow(Workspace* workspace, QString customerId, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_customerId(std::move(customerId))
{ }

void OrderFlow::setCurrent(ApiOperation* operation)
{
    m_current = operation;
    Q_EMIT busyChanged(operation != nullptr);
}

void OrderFlow::start(const Order& order)
{
    m_order = order;
    m_order.referenceCustomerId = m_customerId;
    for (qsizetype i = 0; i < m_order.lineItems.size(); ++i)
        m_order.lineItems[i].lineItemNumber = static_cast<int>(i);
    setCurrent(AgreementStatusLoader::load(
        m_workspace->client(), m_customerId, this, [this](const Result<AgreementStatus>& status) {
            setCurrent(nullptr);
            if (!status.ok()) {
                Q_EMIT failed(status.error());
                return;
            }
            if (!status.value().canTransact()) {
                Q_EMIT confirmationNeeded(Reason::NotConfirmed);
                return;
            }
            place(false);
        }));
}

void OrderFlow::confirmAndPlace(const Contact& contact, const QDate& acceptanceDate)
{
    setCurrent(m_workspace->attestation()->attest(AttestationRequest{m_customerId, contact, acceptanceDate}, this,
        [this](const Result<AgreementConfirmation>& result) {
            setCurrent(nullptr);
            if (!result.ok()) {
                Q_EMIT confirmationFailed(result.error());
                return;
            }
            place(true);
        }));
}

void OrderFlow::place(bool afterConfirmation)
{
    setCurrent(m_workspace->client()->createOrder(
        m_customerId, m_order, this, [this, afterConfirmation](const Result<Order>& result) {
            setCurrent(nullptr);
            if (result.ok()) {
                Q_EMIT orderPlaced(result.value());
                return;
            }
            if (result.error().isAgreementMissing() && !afterConfirmation) {
                Q_EMIT confirmationNeeded(Reason::ServiceRefused);
                return;
            }
            Q_EMIT failed(result.error());
        }));
}

void OrderFlow::cancel()
{
    if (m_current)
        m_current->cancel();
}

} // namespace PartnerDesk

#include "CreateCustomerFlow.h"

#include "flows/AttestationChannel.h"
#include "flows/Workspace.h"

#include <QCoreApplication>

namespace PartnerDesk {

CreateCustomerFlow::CreateCustomerFlow(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{ }

void CreateCustomerFlow::start(const NewCustomerRequest& request)
{
    Q_EMIT progress(QCoreApplication::translate("PartnerDesk::CreateCustomerFlow", "Creating the customer…"));
    m_current = m_workspace->client()->createCustomer(
        request.customer, this, [this, request](const Result<Customer>& created) {
            m_current = nullptr;
            if (!created.ok()) {
                Q_EMIT failed(created.error());
                return;
            }
            NewCustomerResult result;
            result.customer = created.value();
            if (request.choice != AgreementChoice::Attest) {
                Q_EMIT finished(result);
                return;
            }
            Q_EMIT progress(QCoreApplication::translate(
                "PartnerDesk::CreateCustomerFlow", "Recording the confirmation of acceptance…"));
            m_current = m_workspace->attestation()->attest(
                AttestationRequest{result.customer.id, request.acceptedBy, request.acceptanceDate}, this,
                [this, result](const Result<AgreementConfirmation>& confirmation) mutable {
                    m_current = nullptr;
                    if (confirmation.ok())
                        result.confirmation = confirmation.value();
                    else
                        result.attestationError = confirmation.error();
                    Q_EMIT finished(result);
                });
        });
}

void CreateCustomerFlow::cancel()
{
    if (m_current)
        m_current->cancel();
}

} // namespace PartnerDesk

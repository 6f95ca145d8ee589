#include "AttestationChannel.h"

#include "api/ChainOperation.h"
#include "validation/Validation.h"

#include <QCoreApplication>

namespace PartnerDesk {

ApiOperation* PartnerConfirmationChannel::attest(
    const AttestationRequest& request, QObject* context, ResultCallback<AgreementConfirmation> done)
{
    auto* chain = new ChainOperation(context, m_client);
    const auto post = [this, chain, request, done] {
        Agreement agreement;
        agreement.primaryContact = Validation::normalized(request.contact);
        agreement.templateId = m_templateId;
        agreement.type = QString(AgreementTypes::MicrosoftCustomerAgreement);
        agreement.setAcceptanceDate(request.acceptanceDate);
        chain->setCurrent(m_client->confirmCustomerAgreement(request.customerId, agreement, chain,
            [chain, done, link = m_agreementLink](const Result<AgreementConfirmation>& r) {
                if (r.ok() && r.value().agreement.agreementLink.isEmpty()) {
                    AgreementConfirmation filled = r.value();
                    filled.agreement.agreementLink = link;
                    chain->complete<AgreementConfirmation>(done, filled);
                    return;
                }
                chain->complete<AgreementConfirmation>(done, r);
            }));
    };
    if (!m_templateId.isEmpty()) {
        post();
        return chain;
    }
    chain->setCurrent(m_client->agreementMetadata(QString(AgreementTypes::MicrosoftCustomerAgreement), chain,
        [this, chain, done, post](const Result<QList<AgreementMetadata>>& metadata) {
            if (!metadata.ok()) {
                chain->complete<AgreementConfirmation>(done, metadata.error());
                return;
            }
            int bestRank = -1;
            for (const AgreementMetadata& item : metadata.value()) {
                // Of several versions, the highest rank is the one in force.
                if (item.agreementType == AgreementTypes::MicrosoftCustomerAgreement && item.versionRank > bestRank) {
                    bestRank = item.versionRank;
                    m_templateId = item.templateId;
                    m_agreementLink = item.agreementLink;
                }
            }
            if (m_templateId.isEmpty()) {
                chain->complete<AgreementConfirmation>(done,
                    ApiError::invalidAnswer(QCoreApplication::translate("PartnerDesk::PartnerConfirmationChannel",
                        "Partner Center did not name a Microsoft Customer Agreement template.")));
                return;
            }
            post();
        }));
    return chain;
}

} // namespace PartnerDesk

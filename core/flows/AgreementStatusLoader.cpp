#include "AgreementStatusLoader.h"

#include "api/ChainOperation.h"
#include "api/PartnerCenterClient.h"

#include <memory>

namespace PartnerDesk {

ApiOperation* AgreementStatusLoader::load(
    PartnerCenterClient* client, const QString& customerId, QObject* context, ResultCallback<AgreementStatus> done)
{
    auto* chain = new ChainOperation(context, client);
    // Two reads in a row rather than in parallel: half the burst against the rate limit, and
    // the second is skipped when the first fails.
    chain->setCurrent(client->customerAgreements(customerId, QString(AgreementTypes::All), chain,
        [client, customerId, chain, done](const Result<QList<Agreement>>& agreements) {
            if (!agreements.ok()) {
                chain->complete<AgreementStatus>(done, agreements.error());
                return;
            }
            chain->setCurrent(client->directSignStatus(
                customerId, chain, [chain, done, list = agreements.value()](const Result<DirectSignStatus>& direct) {
                    if (!direct.ok()) {
                        chain->complete<AgreementStatus>(done, direct.error());
                        return;
                    }
                    AgreementStatus status;
                    status.agreements = list;
                    status.agreementsKnown = true;
                    status.directlySigned = direct.value().isSigned;
                    chain->complete<AgreementStatus>(done, status);
                }));
        }));
    return chain;
}

} // namespace PartnerDesk

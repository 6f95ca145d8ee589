#include "AgreementGuidance.h"

namespace PartnerDesk {

AgreementGuidance AgreementGuidance::assess(
    const AgreementStatus& status, std::optional<qsizetype> subscriptionCount, const PermissionPolicy& policy)
{
    AgreementGuidance guidance;
    guidance.verdict = status.verdict();
    guidance.subscriptionCount = subscriptionCount;
    guidance.attest = policy.decide(Action::Attest);
    guidance.ordersBlocked = guidance.verdict == McaStatus::NotConfirmed;

    // Unknown: nothing reliable to say. Accepted directly: the customer could and did accept.
    if (guidance.verdict == McaStatus::Unknown || status.directSigned())
        return guidance;
    if (subscriptionCount && *subscriptionCount > 0)
        guidance.scenario = Scenario::ExistingPurchases;
    else if (subscriptionCount && !status.partnerConfirmed())
        guidance.scenario = Scenario::NewPartnerRelationship;
    return guidance;
}

} // namespace PartnerDesk

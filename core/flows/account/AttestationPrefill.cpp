#include "AttestationPrefill.h"

namespace PartnerDesk {

AttestationPrefill AttestationPrefill::choose(
    const std::optional<AgreementStatus>& status, const std::optional<BillingProfile>& billing)
{
    AttestationPrefill prefill;
    if (status) {
        if (const std::optional<Agreement> latest = status->latestConfirmation();
            latest && !latest->primaryContact.isEmpty()) {
            prefill.source = Source::LatestConfirmation;
            prefill.contact = latest->primaryContact;
            prefill.latest = latest;
            return prefill;
        }
    }
    if (billing) {
        const Contact contact{
            billing->firstName, billing->lastName, billing->email, billing->defaultAddress.phoneNumber};
        if (!contact.isEmpty()) {
            prefill.source = Source::BillingContact;
            prefill.contact = contact;
        }
    }
    return prefill;
}

} // namespace PartnerDesk

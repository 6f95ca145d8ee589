#pragma once

#include "model/AgreementStatus.h"
#include "model/Contact.h"
#include "model/Customer.h"

#include <optional>

namespace PartnerDesk {

// Who the confirmation form starts with, and where that came from, so the form can say it:
// the person in the latest confirmation when there is one (an update usually corrects or
// repeats it), otherwise the billing profile's primary contact (Partner Center's own default).
struct AttestationPrefill
{
    enum class Source {
        None, // nothing known: the form starts empty
        LatestConfirmation,
        BillingContact,
    };

    Source source = Source::None;
    Contact contact;
    std::optional<Agreement> latest; // the confirmation the contact came from

    [[nodiscard]] static AttestationPrefill choose(
        const std::optional<AgreementStatus>& status, const std::optional<BillingProfile>& billing);
};

} // namespace PartnerDesk

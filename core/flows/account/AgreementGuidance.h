#pragma once

#include "model/AgreementStatus.h"
#include "validation/PermissionPolicy.h"

#include <optional>

namespace PartnerDesk {

// What the customer page should explain about a customer's Microsoft Customer Agreement,
// decided here so every screen (and a test) reaches the same verdict. The words are the
// screen's; this only says which case applies.
//
// Partner Center names two scenarios where a customer cannot accept in the Microsoft 365
// admin center and is told "Please reach out to your Partner to confirm your acceptance":
//  1. the customer already has purchases (offers, software, Reserved Instances, Azure plan)
//     through an existing partner relationship and makes a new purchase;
//  2. a customer with existing purchases starts buying through a new partner.
// PartnerDesk sees the subscriptions bought through the signed-in partner: when there are
// some, scenario 1 applies. When there are none and nothing is confirmed yet, the relationship
// is new to this partner and scenario 2 applies if the customer buys elsewhere — which
// PartnerDesk cannot see, so the page says "if".
struct AgreementGuidance
{
    enum class Scenario {
        None, // the customer accepted directly, or nothing needs explaining
        ExistingPurchases, // scenario 1: purchases through this partner, no direct acceptance
        NewPartnerRelationship, // scenario 2: no purchases through this partner, nothing confirmed
    };

    McaStatus verdict = McaStatus::Unknown;
    Scenario scenario = Scenario::None;
    // Orders are refused (403/13605) until acceptance is confirmed or given directly.
    bool ordersBlocked = false;
    // Subscriptions bought through this partner; empty when they could not be read.
    std::optional<qsizetype> subscriptionCount;
    // Whether the signed-in user may attest, and why not.
    PermissionDecision attest;

    // The signed-in partner is an indirect reseller: its indirect provider attests.
    [[nodiscard]] bool mustUseIndirectProvider() const
    {
        return attest.reason == DenialReason::IndirectResellerMustUseProvider;
    }
    // Anything worth a sentence on the page.
    [[nodiscard]] bool hasGuidance() const
    {
        return scenario != Scenario::None || ordersBlocked || !attest.isAllowed();
    }

    [[nodiscard]] static AgreementGuidance assess(
        const AgreementStatus& status, std::optional<qsizetype> subscriptionCount, const PermissionPolicy& policy);
};

} // namespace PartnerDesk

#pragma once

#include <QString>

namespace PartnerDesk::Sandbox {

// Who sent a /v1 request, read from the claims of the verified access token: the role and
// partner type travel in the token, as with Entra App+User tokens.
struct CallerIdentity
{
    QString userId; // oid
    QString userPrincipalName; // upn
    QString tenantId; // tid (the partner tenant)
    QString role; // "adminAgent" | "salesAgent" | "helpdeskAgent"
    QString partnerType; // "directBill" | "indirectProvider" | "indirectReseller"

    // Partner Center's "appropriate roles": Admin and Sales agents; indirect resellers work
    // through their provider (reference/api-customers.md section 10).
    [[nodiscard]] bool mayAttest() const { return isAgentWhoSells() && !isIndirectReseller(); }
    [[nodiscard]] bool mayCreateCustomers() const { return isAgentWhoSells() && !isIndirectReseller(); }
    [[nodiscard]] bool mayOrder() const { return isAgentWhoSells() && !isIndirectReseller(); }

private:
    [[nodiscard]] bool isAgentWhoSells() const { return role == u"adminAgent" || role == u"salesAgent"; }
    [[nodiscard]] bool isIndirectReseller() const { return partnerType == u"indirectReseller"; }
};

} // namespace PartnerDesk::Sandbox

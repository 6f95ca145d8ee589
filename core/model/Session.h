#pragma once

#include <QString>

namespace PartnerDesk {

// Partner Center roles (permissions-overview.md). Only the ones PartnerDesk distinguishes.
enum class Role {
    AdminAgent,
    SalesAgent,
    HelpdeskAgent,
    GlobalAdmin,
    BillingAdmin,
};

// How the signed-in partner sells: direct bill, or the two tiers of the indirect model.
enum class PartnerType {
    DirectBill,
    IndirectProvider,
    IndirectReseller,
};

[[nodiscard]] QString roleToKey(Role role);
[[nodiscard]] bool roleFromKey(const QString& key, Role* role);
[[nodiscard]] QString partnerTypeToKey(PartnerType type);
[[nodiscard]] bool partnerTypeFromKey(const QString& key, PartnerType* type);
// Translated names, as Partner Center's own pages call them.
[[nodiscard]] QString roleDisplayName(Role role);
[[nodiscard]] QString partnerTypeDisplayName(PartnerType type);

// The signed-in user, as far as PartnerDesk needs to know.
struct Session
{
    QString userId; // object id in the partner tenant
    QString userPrincipalName; // e.g. "ada@contoso.example"
    QString displayName;
    QString tenantId; // the partner's tenant
    QString partnerName; // the partner's company, for emails and reports
    Role role = Role::HelpdeskAgent;
    PartnerType partnerType = PartnerType::DirectBill;

    [[nodiscard]] bool isSignedIn() const { return !userId.isEmpty(); }
    friend bool operator==(const Session&, const Session&) = default;
};

} // namespace PartnerDesk

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace PartnerDesk::Sandbox {

// A partner user who can sign in to the sandbox (any non-empty password).
struct DemoUser
{
    QString userId; // object id (the token's oid)
    QString userPrincipalName;
    QString displayName;
    QString role; // "adminAgent" | "salesAgent" | "helpdeskAgent"
    QString partnerType; // "directBill" | "indirectProvider" | "indirectReseller"
};

// The fixed demo users of the one sandbox partner tenant. Their ids never change, so a
// test or a saved setting can name them.
namespace DemoUsers {

[[nodiscard]] QString partnerTenantId();
[[nodiscard]] QString partnerName();
[[nodiscard]] const QList<DemoUser>& all();
// The user principal name is compared case-insensitively, as Entra does.
[[nodiscard]] std::optional<DemoUser> findByPrincipalName(const QString& userPrincipalName);
[[nodiscard]] std::optional<DemoUser> findById(const QString& userId);

} // namespace DemoUsers

} // namespace PartnerDesk::Sandbox

#include "PermissionPolicy.h"

#include <QCoreApplication>

namespace PartnerDesk {

namespace {

bool isAgent(Role role)
{
    return role == Role::AdminAgent || role == Role::SalesAgent;
}

DenialReason decideFor(const Session& session, Action action)
{
    const bool reseller = session.partnerType == PartnerType::IndirectReseller;
    const Role role = session.role;

    switch (action) {
    case Action::ViewCustomers:
        return DenialReason::Allowed;
    case Action::Attest:
    case Action::BulkAttest:
        if (reseller)
            return DenialReason::IndirectResellerMustUseProvider;
        return isAgent(role)
            ? DenialReason::Allowed
            : (role == Role::HelpdeskAgent ? DenialReason::RoleViewOnly : DenialReason::RoleCannotAttest);
    case Action::CreateCustomer:
        if (reseller)
            return DenialReason::IndirectResellerMustUseProvider;
        return isAgent(role) ? DenialReason::Allowed : DenialReason::RoleCannotManageCustomers;
    case Action::PlaceOrder:
        if (reseller)
            return DenialReason::IndirectResellerMustUseProvider;
        return isAgent(role) ? DenialReason::Allowed : DenialReason::RoleCannotOrder;
    case Action::InviteCustomer:
        return isAgent(role) || role == Role::GlobalAdmin ? DenialReason::Allowed : DenialReason::RoleCannotInvite;
    case Action::EditBillingProfile:
        return isAgent(role) || role == Role::HelpdeskAgent ? DenialReason::Allowed
                                                            : DenialReason::RoleCannotManageCustomers;
    case Action::PrepareHandOff:
        if (!reseller)
            return DenialReason::OnlyIndirectResellers;
        return isAgent(role) ? DenialReason::Allowed : DenialReason::RoleCannotAttest;
    case Action::ExportEvidence:
        return isAgent(role) || role == Role::GlobalAdmin ? DenialReason::Allowed : DenialReason::RoleViewOnly;
    }
    return DenialReason::RoleViewOnly;
}

} // namespace

PermissionDecision PermissionPolicy::decide(Action action) const
{
    if (!m_session.isSignedIn())
        return {action, DenialReason::NotSignedIn};
    return {action, decideFor(m_session, action)};
}

bool PermissionPolicy::isViewOnly() const
{
    for (Action action : {Action::Attest, Action::CreateCustomer, Action::PlaceOrder, Action::InviteCustomer,
             Action::EditBillingProfile, Action::PrepareHandOff}) {
        if (allows(action))
            return false;
    }
    return true;
}

QString PermissionDecision::explanation() const
{
    switch (reason) {
    case DenialReason::Allowed:
        return {};
    case DenialReason::NotSignedIn:
        return QCoreApplication::translate("PartnerDesk::PermissionPolicy", "Sign in first.");
    case DenialReason::RoleCannotAttest:
        return QCoreApplication::translate("PartnerDesk::PermissionPolicy",
            "Only an Admin agent or a Sales agent can confirm customer acceptance of the Microsoft "
            "Customer Agreement.");
    case DenialReason::RoleCannotManageCustomers:
        return QCoreApplication::translate(
            "PartnerDesk::PermissionPolicy", "Only an Admin agent or a Sales agent can do this.");
    case DenialReason::RoleCannotOrder:
        return QCoreApplication::translate(
            "PartnerDesk::PermissionPolicy", "Only an Admin agent or a Sales agent can place orders.");
    case DenialReason::RoleCannotInvite:
        return QCoreApplication::translate("PartnerDesk::PermissionPolicy",
            "Only an Admin agent, a Sales agent or a Global admin can invite customers.");
    case DenialReason::RoleViewOnly:
        return QCoreApplication::translate("PartnerDesk::PermissionPolicy",
            "Your role can view customers and their agreement status, but not change them.");
    case DenialReason::IndirectResellerMustUseProvider:
        return QCoreApplication::translate("PartnerDesk::PermissionPolicy",
            "Indirect resellers cannot attest on behalf of their customers. Work with your indirect "
            "provider: prepare a confirmation file for them, or invite the customer to accept in the "
            "Microsoft 365 admin center.");
    case DenialReason::OnlyIndirectResellers:
        return QCoreApplication::translate("PartnerDesk::PermissionPolicy",
            "Only indirect resellers hand confirmations to a provider; you can confirm directly.");
    }
    return {};
}

} // namespace PartnerDesk

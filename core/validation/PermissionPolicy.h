#pragma once

#include "model/Session.h"

#include <QString>

namespace PartnerDesk {

// What a user may do in PartnerDesk. The one place that decides it; the UI asks here and
// explains the answer, the flows ask here before sending anything.
enum class Action {
    ViewCustomers,
    Attest, // confirm customer acceptance of the Microsoft Customer Agreement
    BulkAttest,
    CreateCustomer,
    PlaceOrder,
    InviteCustomer, // request a reseller relationship / invite to accept in the admin center
    EditBillingProfile,
    PrepareHandOff, // prepare a confirmation file for the indirect provider
    ExportEvidence,
};

// Why an action is refused (Allowed when it is not).
enum class DenialReason {
    Allowed,
    NotSignedIn,
    RoleCannotAttest,
    RoleCannotManageCustomers,
    RoleCannotOrder,
    RoleCannotInvite,
    RoleViewOnly,
    IndirectResellerMustUseProvider,
    OnlyIndirectResellers,
};

struct PermissionDecision
{
    Action action = Action::ViewCustomers;
    DenialReason reason = DenialReason::Allowed;

    [[nodiscard]] bool isAllowed() const { return reason == DenialReason::Allowed; }
    explicit operator bool() const { return isAllowed(); }
    // A translated sentence saying why the action is refused (empty when allowed).
    [[nodiscard]] QString explanation() const;
};

// Rules (Partner Center's "appropriate roles" and its partner-type rules):
// - Admin agent and Sales agent may attest and create customers; the Helpdesk agent may
//   view and edit customer details; Global admin and Billing admin may view.
// - An indirect reseller may not attest, whatever the role: its indirect provider does,
//   from a file the reseller prepares. It may view, invite and prepare that file.
// - Orders are placed by Admin and Sales agents of direct-bill partners and indirect
//   providers; an indirect reseller's orders go through its provider.
class PermissionPolicy
{
public:
    explicit PermissionPolicy(const Session& session)
        : m_session(session)
    { }

    [[nodiscard]] PermissionDecision decide(Action action) const;
    [[nodiscard]] bool allows(Action action) const { return decide(action).isAllowed(); }

    [[nodiscard]] bool canAttest() const { return allows(Action::Attest); }
    [[nodiscard]] bool canCreateCustomers() const { return allows(Action::CreateCustomer); }
    [[nodiscard]] bool canOrder() const { return allows(Action::PlaceOrder); }
    // Only viewing: nothing that changes a customer is allowed.
    [[nodiscard]] bool isViewOnly() const;

private:
    Session m_session;
};

} // namespace PartnerDesk

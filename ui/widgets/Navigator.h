#pragma once

#include "flows/Invitation.h"
#include "model/Customer.h"

#include <QString>

class QWidget;

namespace PartnerDesk {

// What a screen needs to say to open another one. Screens never include each other's
// headers; the main window implements this and decides how each screen is shown.
struct InvitationRequest
{
    InvitationKind kind = InvitationKind::AcceptAgreement;
    QString customerId; // may be empty for a new customer not yet listed
    QString customerName;
    QString customerEmail; // recipient, when known
    QString language; // the customer's language ("tr", "pt_BR"); the template follows it
    CustomerCredentials credentials; // only right after creating the customer
};

class Navigator
{
public:
    virtual ~Navigator() = default;

    virtual void openCustomer(const QString& customerId) = 0;
    virtual void openNewCustomer() = 0;
    virtual void openNewOrder(const QString& customerId) = 0;
    virtual void openInvitation(const InvitationRequest& request) = 0;
    // The agreement template for a country (pre-selected) in the UI language where offered.
    virtual void openAgreementTemplate(const QString& countryCode) = 0;
    // Bulk attestation from a CSV file; for a user who may not attest (an indirect reseller),
    // the same window prepares the file for whoever may.
    virtual void openBulkAttestation() = 0;
    // Something changed a customer (a confirmation, an order): refresh what shows it.
    virtual void customerChanged(const QString& customerId) = 0;
};

} // namespace PartnerDesk
